import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { JixiaoDocument } from '../../src/domain/document.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { ImportError } from '../../src/import/types.js';
import { seededRandom } from '../support/random.js';
import { EXAMPLES_DIR } from '../support/examples.js';

const repoRoot = join(import.meta.dirname, '..', '..');
function seedTexts(): string[] {
  const dirs = [EXAMPLES_DIR, join(repoRoot, 'tests', 'fixtures', 'text')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt') && !f.startsWith('gb18030'))
      .map((f) => readFileSync(join(dir, f), 'utf8')),
  );
}

const WORDS = [
  '项目支出绩效目标表',
  '部门（单位）整体支出绩效目标表',
  '项目支出绩效自评表',
  '项目编码',
  '项目名称',
  '预算数',
  '其中：财政资金',
  '其他资金',
  '资金支出计划（%）',
  '3月底',
  '12月底',
  '绩效目标',
  '年度主要任务',
  '合计',
  '总分',
  '年度总体目标',
  '预期目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '年初预算数',
  '全年执行数',
  '产出指标',
  '数量指标',
  '成本指标',
  '满意度指标',
  '效益指标',
  '……',
  '≥95%',
  '≤10月底',
  '1/160',
  '八十',
  '-5',
  '1e400',
  '99999999999999',
  '(2021 年)',
  'TC 3、x绩效目标表 \\f C \\l 1',
  '　',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '|',
  '**',
  '单位：万元',
  '𠮷',
  '😀',
  '\u000b',
  '\u00a0',
  'NaN',
  '%',
  '（50分）',
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  let lines = text.split('\n');
  const rounds = 1 + Math.floor(random() * 6);
  for (let r = 0; r < rounds; r++) {
    const at = Math.floor(random() * Math.max(lines.length, 1));
    switch (Math.floor(random() * 9)) {
      case 0:
        lines.splice(at, 1 + Math.floor(random() * 5));
        break; // delete lines
      case 1:
        lines.splice(at, 0, ...lines.slice(at, at + 1 + Math.floor(random() * 8)));
        break; // duplicate lines
      case 2:
        lines.splice(at, 0, pick(WORDS));
        break; // insert a label or a value
      case 3:
        lines[at] = (lines[at] ?? '')
          .split('\t')
          .map((c) => (random() < 0.3 ? pick(WORDS) : c))
          .join('\t');
        break; // replace cells
      case 4:
        lines[at] = (lines[at] ?? '')
          .split('\t')
          .sort(() => random() - 0.5)
          .join('\t');
        break; // shuffle cells
      case 5:
        lines[at] = (lines[at] ?? '').replace(/\t/g, () => pick(['', '\t\t', '\n', '\t']));
        break; // break the layout
      case 6:
        lines = lines.slice(0, at);
        break; // truncate
      case 7:
        lines.splice(at, 0, '');
        break; // blank line
      default:
        lines = lines.sort(() => random() - 0.5).slice(0, 200); // shuffle everything
    }
  }
  return lines.join(random() < 0.2 ? '\r\n' : '\n');
}

function randomText(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.3) out += WORDS[Math.floor(random() * WORDS.length)];
    else if (r < 0.5) out += '\t';
    else if (r < 0.6) out += '\n';
    else out += String.fromCodePoint(0x20 + Math.floor(random() * 0x9fff));
  }
  return out;
}

describe('readTextDocument never crashes (fuzz)', () => {
  it('reads 2,500 random, mutated and truncated inputs: only ImportError escapes, every document valid, each input fast', () => {
    const seed = 20251121;
    const random = seededRandom(seed);
    const seeds = seedTexts();
    const inputs: Buffer[] = [];
    for (let i = 0; i < 1600; i++) inputs.push(Buffer.from(mutate(seeds[i % seeds.length], random)));
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(seeds[i % seeds.length]);
      inputs.push(bytes.subarray(0, Math.floor(random() * bytes.length))); // truncated, often mid-character
    }
    for (let i = 0; i < 300; i++) inputs.push(Buffer.from(randomText(random, Math.floor(random() * 3000))));
    for (let i = 0; i < 250; i++) {
      const bytes = Buffer.alloc(Math.floor(random() * 4000));
      for (let k = 0; k < bytes.length; k++) bytes[k] = Math.floor(random() * 256);
      inputs.push(bytes);
    }
    // Large and pathological: one huge line, thousands of tabs, thousands of short lines after a cell.
    // (each 10-20 times the largest example; bigger ones are linear, see the closing note)
    inputs.push(Buffer.from('项目名称\t'.repeat(8000)));
    inputs.push(Buffer.from(`\t${'x'.repeat(100000)}\n`));
    inputs.push(Buffer.from(`\t单元格\n${'\n短\n'.repeat(8000)}`));
    inputs.push(Buffer.from(`${'TC '.repeat(30000)}绩效目标表`));
    inputs.push(Buffer.from(seeds.join('\n').repeat(3)));

    /** Reads one input and checks the outcome; returns the time it took. */
    const readOnce = (bytes: Buffer, index: number): { ms: number; refused: boolean } => {
      const started = performance.now();
      try {
        const { document, findings } = readTextDocument(bytes, `fuzz-${index}.txt`);
        const ms = performance.now() - started;
        const parsed = JixiaoDocument.safeParse(document);
        if (!parsed.success)
          throw new Error(
            `input ${index} (seed ${seed}): invalid document ${JSON.stringify(parsed.error.issues.slice(0, 3))}`,
          );
        for (const f of findings) {
          expect(f.rule).toBe('import/unrecognised');
          if (f.message.includes('内部错误')) throw new Error(`input ${index} (seed ${seed}): ${f.message}`);
        }
        return { ms, refused: false };
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        expect(error.message).toMatch(/[\u4e00-\u9fa5]/);
        return { ms: performance.now() - started, refused: true };
      }
    };

    const BOUND_MS = 200;
    let slowest = 0;
    let refused = 0;
    for (const [index, bytes] of inputs.entries()) {
      const first = readOnce(bytes, index);
      if (first.refused) refused++;
      // A slow reading is timed twice more: a busy machine can pause a process, an input that is
      // really slow stays slow every time.
      const ms =
        first.ms > BOUND_MS / 4
          ? Math.min(first.ms, readOnce(bytes, index).ms, readOnce(bytes, index).ms)
          : first.ms;
      slowest = Math.max(slowest, ms);
    }
    console.info(
      `text import fuzz: ${inputs.length} inputs, ${refused} refused as not text, slowest ${slowest.toFixed(1)} ms`,
    );
    expect(inputs.length).toBeGreaterThanOrEqual(2000);
    expect(refused).toBeGreaterThan(200); // the random bytes
    expect(slowest).toBeLessThan(BOUND_MS);
  }, 120_000);
});
