import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocument, makeIndicator, makeSelfEval } from '../../src/domain/build.js';
import type { JixiaoDocument } from '../../src/domain/document.js';
import { readKeptReason, withKeptReasons } from '../../src/domain/kept-reason.js';
import { exportDocx } from '../../src/export/docx.js';
import { exportMarkdown } from '../../src/export/markdown.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { loadDocumentFile } from '../../src/import/index.js';
import { checkDocument } from '../../src/rules/engine.js';
import { drafted } from '../support/tables/draft.js';

/** The fixture with an error kept: 工程验收合格率 written as 110% and a reason given. */
function withKeptError(): JixiaoDocument {
  const document = drafted();
  const table = document.tables.find((t) => t.kind === 'project')!;
  table.indicators = table.indicators.map(({ value, placeholder: _p, ...ind }) =>
    makeIndicator({
      ...ind,
      value: ind.name === '工程验收合格率' ? '≥110%' : value.text.replace('（待填）', '30'),
      ...(ind.name === '工程验收合格率' ? { keptReason: '按省住建厅验收办法，含复检计分' } : {}),
    }),
  );
  return checkDocument(document).document!;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-kept-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a kept error’s reason goes onto paper and comes back on import', () => {
  it('reads the 说明 line it writes, and leaves other notes alone', () => {
    expect(readKeptReason('说明 | 指标“工程验收合格率”保留原因：按文件规定')).toEqual({
      name: '工程验收合格率',
      reason: '按文件规定',
    });
    expect(readKeptReason('说明：本表金额单位为万元')).toBeNull();
    const table = withKeptReasons({
      indicators: drafted().tables.find((t) => t.kind === 'project')!.indicators,
      notes: ['其他需说明的问题 | 无', '说明 | 指标“工程验收合格率”保留原因：按文件规定'],
    });
    expect(table.notes).toEqual(['其他需说明的问题 | 无']);
    expect(table.indicators[1]!.keptReason).toBe('按文件规定');
  });

  for (const [format, write] of [
    ['docx', (d: JixiaoDocument) => exportDocx(d)],
    ['xlsx', (d: JixiaoDocument) => exportXlsx(d)],
    ['md', async (d: JixiaoDocument) => new TextEncoder().encode(exportMarkdown(d))],
  ] as const) {
    it(`${format}: the 说明 line is in the file and check says 提示, as on the JSON`, async () => {
      const document = withKeptError();
      const onJson = checkDocument(document).findings.filter((f) => f.rule === 'value/rate-over-100');
      expect(onJson.map((f) => f.severity)).toEqual(['info']);
      const path = join(dir, `kept.${format}`);
      await writeFile(path, await write(document));
      const loaded = await loadDocumentFile(path);
      const back = checkDocument(loaded.input).document!;
      const indicator = back.tables[1]!.indicators.find((i) => i.name === '工程验收合格率');
      expect(indicator?.keptReason).toBe('按省住建厅验收办法，含复检计分');
      expect(back.tables[1]!.notes ?? []).not.toContainEqual(expect.stringContaining('保留原因'));
      const onFile = checkDocument(back).findings.filter((f) => f.rule === 'value/rate-over-100');
      expect(onFile.map((f) => f.severity)).toEqual(['info']);
    });
  }
});

describe('the Markdown heading says what the file is', () => {
  it('a file of self-evaluations only is headed 绩效自评表, a file of targets 预算绩效目标表', () => {
    const target = withKeptError();
    expect(exportMarkdown(target).split('\n')[0]).toBe('# 青石街道办事处2025年度预算绩效目标表');
    const selfEval = makeDocument({
      unit: target.unit,
      tables: [makeSelfEval({ projectName: '老旧小区改造提升工程' })],
    });
    expect(exportMarkdown(selfEval).split('\n')[0]).toBe('# 青石街道办事处2025年度绩效自评表');
  });
});
