import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCheckCommand } from '../../src/commands/check-folder.js';
import { reportFatal } from '../../src/commands/fatal.js';
import { exampleFile } from '../support/examples.js';

/**
 * Issue 13: `jixiao check DIR --report DIR/汇总.xlsx`. The report a first run writes into the folder
 * is not checked by the next run (nor refused there as "the output is an input"); a report path
 * that is one of the files named on the command line is refused (exit 2) before anything is read.
 */
const OFFICE = join(import.meta.dirname, '..', 'fixtures', 'office');
let root: string;
let folder: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'jixiao-check-report-'));
  folder = join(root, '报送');
  mkdirSync(folder);
  copyFileSync(exampleFile('example-street-office-projects-2025.txt'), join(folder, 'a.txt'));
  copyFileSync(join(OFFICE, 'korla-department-2021.xlsx'), join(folder, 'b.xlsx'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Runs the command in this process; stdout and stderr captured, a thrown error mapped as the CLI does. */
async function check(
  args: string[],
  report: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  let code: number;
  try {
    code = await runCheckCommand(args, { format: 'json', report });
  } catch (error) {
    code = reportFatal(error, false);
  }
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

const checkedFiles = (stdout: string): string[] =>
  (JSON.parse(stdout) as { files: Array<{ file: string }> }).files.map((f) => f.file);

describe('check --report inside the folder being checked', () => {
  it('the report of a previous run is neither checked nor refused as an input', async () => {
    const report = join(folder, '汇总.xlsx');
    const first = await check([folder], report);
    expect(first.stderr).toContain('已写出汇总表');
    expect(checkedFiles(first.stdout)).toEqual([join(folder, 'a.txt'), join(folder, 'b.xlsx')]);
    const written = statSync(report).mtimeMs;

    const second = await check([folder], report);
    expect(second.stderr).not.toMatch(/就是输入文件/);
    expect(second.stderr).toContain('已写出汇总表');
    expect(checkedFiles(second.stdout)).toEqual([join(folder, 'a.txt'), join(folder, 'b.xlsx')]);
    expect(second.code).toBe(first.code);
    expect(statSync(report).mtimeMs).toBeGreaterThanOrEqual(written);

    // Named relative to another spelling of the folder (…/报送/../报送/汇总.xlsx): still the same file.
    const third = await check([folder], join(folder, '..', '报送', '汇总.xlsx'));
    expect(checkedFiles(third.stdout)).toHaveLength(2);
  }, 60_000);

  it('a report path that is an input file is refused with exit 2 before checking, the input untouched', async () => {
    const input = join(folder, 'b.xlsx');
    const before = readFileSync(input);
    const result = await check([folder, input], input);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/就是输入文件/);
    expect(result.stdout).toBe(''); // nothing was checked
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('a table inside the folder named as the report (not a report of ours) is an input: refused, kept', async () => {
    const input = join(folder, 'b.xlsx');
    const before = readFileSync(input);
    const result = await check([folder], input);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/就是输入文件/);
    expect(result.stdout).toBe('');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('a report path that is a folder is refused before checking', async () => {
    const named = join(root, '汇总表.xlsx');
    mkdirSync(named);
    const result = await check([folder], named);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/是一个文件夹/);
    expect(result.stdout).toBe('');
  });
});
