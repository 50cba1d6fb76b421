import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { runDraft } from '../../src/commands/draft.js';
import { JixiaoError } from '../../src/errors.js';
import { checkDocument } from '../../src/rules/engine.js';

const example = join(import.meta.dirname, '..', '..', 'examples', 'street-office-answers.json');
let dir: string;
let stderr: MockInstance;
let stdout: MockInstance;
const written = (spy: MockInstance) => spy.mock.calls.map((c) => String(c[0])).join('');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-draft-'));
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('jixiao draft', () => {
  it('drafts the worked example into a file that passes the checker with no errors', async () => {
    const out = join(dir, '草稿.json');
    expect(await runDraft({ answers: example, offline: true, output: out })).toBe(0);
    const document = JSON.parse(readFileSync(out, 'utf8'));
    expect(document.tables).toHaveLength(6);
    expect(checkDocument(document).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const log = written(stderr);
    expect(log).toContain('起草中：项目 1/5 老旧小区改造提升工程…');
    expect(log).toContain('起草中：整体表');
    expect(log).toContain(`已写入 ${out}（6 张表`);
    expect(log).toMatch(/检查结果：0 个错误，\d+ 个警告。/);
    expect(written(stdout)).toBe('');
  });

  it('writes the document to stdout without -o', async () => {
    expect(await runDraft({ answers: example, offline: true })).toBe(0);
    const document = JSON.parse(written(stdout));
    expect(document.unit.name).toBe('青石街道办事处');
  });

  it('names the wrong field of the answers in Chinese', async () => {
    const file = join(dir, 'answers.json');
    writeFileSync(
      file,
      JSON.stringify({
        unit: { name: '某单位', year: 2025 },
        projects: [
          { name: 'a', fiscal: 1 },
          { name: 'b', fiscal: 1 },
          { name: 'c', fiscal: '八十' },
        ],
      }),
    );
    const failure = runDraft({ answers: file, offline: true });
    await expect(failure).rejects.toBeInstanceOf(JixiaoError);
    await expect(runDraft({ answers: file, offline: true })).rejects.toThrow(
      'projects[2].fiscal（财政资金）：应为数字',
    );
  });

  it('says so when the answers file or the output folder does not exist, and writes nothing', async () => {
    await expect(runDraft({ answers: join(dir, 'nope.json'), offline: true })).rejects.toThrow(
      /找不到答卷文件：.*nope\.json/,
    );
    await expect(
      runDraft({ answers: example, offline: true, output: join(dir, 'missing', 'out.json') }),
    ).rejects.toThrow(/文件夹不存在/);
  });

  it('prints the errors that come from the answers themselves (items not adding up)', async () => {
    const file = join(dir, 'answers.json');
    writeFileSync(
      file,
      JSON.stringify({
        unit: { name: '某单位', year: 2025 },
        projects: [
          { name: '道路硬化工程', fiscal: 80, purpose: '1.路面45万元；2.排水30万元；3.监理3.5万元。' },
        ],
      }),
    );
    expect(await runDraft({ answers: file, offline: true, output: join(dir, 'out.json') })).toBe(0);
    expect(written(stderr)).toMatch(/错误：【道路硬化工程】资金用途列出的金额 .*（sum\/purpose-breakdown）/);
  });
});
