import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../support/build-cli.js';
import { REAL_EXAMPLES_DIR } from '../support/examples.js';
import { tempDir } from './support.js';

/**
 * `jixiao check 文件夹` as a whole process (the built CLI, so the files are checked in worker
 * threads): a folder of 40 files in every format, one of them a scan, one a lock file to skip.
 */
const OFFICE = join(import.meta.dirname, '..', 'fixtures', 'office');
const { dir, cleanup } = tempDir('jixiao-folder-');
let cli: string;
let removeCli = (): void => {};

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folder = join(dir, '各单位报送');
const expectedFiles: string[] = [];

beforeAll(() => {
  ({ cli, remove: removeCli } = buildCli('check-folder'));
  const office = readdirSync(OFFICE).filter(
    (name) => /\.(pdf|doc|xls|docx|xlsx)$/.test(name) && !/^(fifty|header-footer)/.test(name),
  );
  const units = ['甲单位', '乙单位/项目'];
  for (const unit of units) mkdirSync(join(folder, unit), { recursive: true });
  for (const name of office) {
    copyFileSync(join(OFFICE, name), join(folder, units[0], name));
    expectedFiles.push(join(units[0], name));
  }
  for (const name of readdirSync(REAL_EXAMPLES_DIR)) {
    copyFileSync(join(REAL_EXAMPLES_DIR, name), join(folder, units[1], name));
    expectedFiles.push(join(units[1], name));
  }
  writeFileSync(join(folder, units[0], '~$lock.docx'), 'owner'); // Word's lock file: not a table
  writeFileSync(join(folder, units[0], 'notes.png'), 'not checked');
}, 120_000);

afterAll(() => {
  removeCli();
  cleanup();
});

describe('jixiao check FOLDER', () => {
  it('finds 40 files', () => {
    expect(expectedFiles).toHaveLength(40);
  });

  it('prints one line per file in name order and the totals, progress on stderr, and writes the report', async () => {
    const { status, stdout, stderr } = run('check', '各单位报送', '--report', '汇总.xlsx');
    expect(status).toBe(2); // the scan cannot be read
    const lines = stdout.trim().split('\n');
    const fileLines = lines.slice(0, -2);
    expect(fileLines).toHaveLength(40);
    const sorted = [...expectedFiles].sort(new Intl.Collator('zh-Hans-CN', { numeric: true }).compare);
    const named = fileLines.map((line) =>
      expectedFiles.find((f) => line.includes(`${f}（`) || line.includes(`${f}：`)),
    );
    expect(named).toEqual(sorted); // name order, the same on every run
    expect(fileLines.findIndex((l) => l.includes('甲单位'))).toBe(0);
    expect(fileLines.find((l) => l.includes('scanned.pdf'))).toMatch(/^无法读取.*扫描件/);
    expect(lines.at(-1)).toMatch(/^共 40 个文件（1 个无法读取）：\d+ 个错误，\d+ 个警告，\d+ 个提示。$/);
    expect(stderr).toMatch(/\[40\/40\]/);
    expect(stderr).toContain('已写出汇总表');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, '汇总.xlsx')) as unknown as ExcelJS.Buffer);
    const list = workbook.getWorksheet('问题清单')!;
    expect(list.getRow(1).values).toEqual([
      undefined,
      '文件',
      '单位',
      '表格',
      '一级指标',
      '二级指标',
      '三级指标',
      '规则',
      '级别',
      '问题',
      '建议',
    ]);
    expect(list.autoFilter).toBeTruthy();
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const total = Number(
      /：(\d+) 个错误，(\d+) 个警告，(\d+) 个提示/
        .exec(lines.at(-1)!)!
        .slice(1)
        .reduce((a, b) => a + Number(b), 0),
    );
    expect(list.rowCount - 1).toBe(total);
    // An indicator finding carries its 一级/二级/三级.
    const withLevels = list.getSheetValues().filter((row) => Array.isArray(row) && row[4] && row[6]);
    expect(withLevels.length).toBeGreaterThan(0);

    const stats = workbook.getWorksheet('统计')!;
    expect(stats.autoFilter).toBeTruthy();
    expect(stats.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const statRows = stats.getSheetValues().filter(Array.isArray) as unknown[][];
    expect(
      statRows.filter((row) => typeof row[1] === 'string' && String(row[1]).includes('各单位报送')),
    ).toHaveLength(40);
    expect(statRows.some((row) => row[1] === '规则')).toBe(true);
    expect(statRows.some((row) => row[1] === 'value/description-mismatch')).toBe(true);
  }, 180_000);

  it('gives the same as JSON', () => {
    const { stdout } = run('check', '各单位报送', '--format', 'json');
    const json = JSON.parse(stdout) as {
      files: Array<{ file: string; error?: string; findings: Array<{ rule: string; level1: string }> }>;
      rules: Array<{ rule: string }>;
      summary: { files: number; unreadable: number };
    };
    expect(json.summary).toMatchObject({ files: 40, unreadable: 1 });
    expect(json.files.filter((f) => f.error)).toHaveLength(1);
    expect(json.rules.length).toBeGreaterThan(3);
  }, 180_000);

  it('the same document as .docx, .doc, .xls and .pdf gets the same counts', () => {
    const { stdout } = run('check', '各单位报送', '--format', 'json');
    const json = JSON.parse(stdout) as { files: Array<{ file: string; errors: number; warnings: number }> };
    const counts = (ext: string) =>
      json.files
        .filter((f) => f.file.endsWith(`korla-department-2021.${ext}`))
        .map((f) => [f.errors, f.warnings]);
    expect(counts('pdf')).toEqual(counts('docx'));
    expect(counts('doc')).toEqual(counts('docx'));
    expect(counts('xls')).toEqual(counts('xlsx'));
  }, 180_000);

  it('an empty folder is an error that says which formats it looks for', () => {
    mkdirSync(join(dir, '空'), { recursive: true });
    const { status, stderr } = run('check', '空');
    expect(status).toBe(2);
    expect(stderr).toMatch(/没有可检查的文件.*\.pdf/);
  });
});
