import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkFile } from '../../src/commands/check.js';
import { runExport } from '../../src/commands/export.js';
import { JixiaoError } from '../../src/errors.js';
import { runImport } from '../../src/commands/import.js';
import { exportDocx } from '../../src/export/docx.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { describeWriteError, writeExportFile, WriteFileError } from '../../src/export/office/write-file.js';
import { ImportError } from '../../src/import/types.js';
import { openSettings } from '../../src/store/settings.js';
import { sampleDocument } from '../support/tables/documents.js';
import { tempDir } from './support.js';
import { exampleFile } from '../support/examples.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);
const EXAMPLE = exampleFile('example-street-office-projects-2025.txt');

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.stubEnv('JIXIAO_CONFIG_DIR', join(dir, 'config'));
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => ((stdout += String(chunk)), true),
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk: string | Uint8Array) => ((stderr += String(chunk)), true),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

function sampleJson(name = 'doc.json'): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(sampleDocument()));
  return path;
}

describe('jixiao import', () => {
  it('turns a text table into our JSON document on disk, reporting on stderr', async () => {
    const out = join(dir, 'street.json');
    expect(await runImport(EXAMPLE, { output: out })).toBe(0);
    const document = JSON.parse(readFileSync(out, 'utf8'));
    expect(document.tables).toHaveLength(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/已导入 .*项目表 2 张，已保存到 .*street\.json/);
  });

  it('turns a .docx into JSON on stdout', async () => {
    const file = join(dir, 'sample.docx');
    writeFileSync(file, await exportDocx(sampleDocument()));
    expect(await runImport(file)).toBe(0);
    expect(JSON.parse(stdout)).toEqual(sampleDocument());
    expect(stderr).toMatch(/部门整体表 1 张，项目表 2 张，自评表 1 张/);
  });

  it('refuses a file that is not a table with an ImportError', async () => {
    const file = join(dir, 'fake.xlsx');
    writeFileSync(file, 'just text');
    await expect(runImport(file)).rejects.toBeInstanceOf(ImportError);
  });
});

describe('jixiao check on Word and Excel files', () => {
  it('reads them through loadDocumentFile and reports what the text reports', async () => {
    const text = await checkFile(EXAMPLE);
    for (const [ext, write] of [
      ['docx', exportDocx],
      ['xlsx', exportXlsx],
    ] as const) {
      const file = join(dir, `street.${ext}`);
      writeFileSync(file, await write(readTextDocument(readFileSync(EXAMPLE), 'street.txt').document));
      const office = await checkFile(file);
      expect(office.error).toBeUndefined();
      expect(office.tables).toEqual(text.tables);
      expect(office.findings).toEqual(text.findings);
      expect(office.findings.length).toBeGreaterThan(0);
    }
  });
});

describe('jixiao export', () => {
  it('writes .docx into the export folder of the settings, named after the input, in the fonts of the settings', async () => {
    const exportDir = join(dir, 'exports');
    mkdirSync(exportDir);
    openSettings().set('exportDir', exportDir);
    openSettings().set('fontBody', '楷体');
    expect(await runExport(sampleJson(), { to: 'docx' })).toBe(0);
    const out = join(exportDir, 'doc.docx');
    expect(existsSync(out)).toBe(true);
    const styles = await (await JSZip.loadAsync(readFileSync(out))).file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:eastAsia="楷体"');
    expect(stderr).toContain(`已导出：${out}`);
  });

  it('writes .xlsx to -o, and md / json to stdout', async () => {
    const input = sampleJson();
    const out = join(dir, '目标表.xlsx');
    expect(await runExport(input, { to: 'xlsx', output: out })).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    await runExport(input, { to: 'md' });
    expect(stdout).toContain('老旧小区改造提升工程');
    stdout = '';
    await runExport(input, { to: 'json' });
    expect(JSON.parse(stdout)).toEqual(sampleDocument());
  });

  it('exports a Word file straight from a text table (any file import reads)', async () => {
    const out = join(dir, 'street.docx');
    await runExport(EXAMPLE, { to: 'docx', output: out });
    expect(existsSync(out)).toBe(true);
    expect(stderr).toMatch(/注意：文档中还有 \d+ 个错误/);
  });

  it('explains a missing folder, a folder given as the file, and an output that would overwrite the input', async () => {
    const input = sampleJson();
    await expect(
      runExport(input, { to: 'docx', output: join(dir, '没有这个文件夹', 'a.docx') }),
    ).rejects.toThrow(/文件夹不存在：.*没有这个文件夹.*请先创建/);
    await expect(runExport(input, { to: 'docx', output: dir })).rejects.toThrow(/是一个文件夹.*加上文件名/);
    await expect(runExport(input, { to: 'json', output: input })).rejects.toThrow(/就是输入文件.*同一个文件/);
    await expect(runExport(input, { to: 'json', output: input })).rejects.toBeInstanceOf(JixiaoError);
  });

  it('refuses an invalid document with the zod problems in Chinese', async () => {
    const input = join(dir, 'bad.json');
    writeFileSync(input, JSON.stringify({ unit: { name: 1 }, tables: 'x' }));
    await expect(runExport(input, { to: 'xlsx', output: join(dir, 'bad.xlsx') })).rejects.toThrow(
      /不符合 jixiao 格式/,
    );
    expect(existsSync(join(dir, 'bad.xlsx'))).toBe(false);
  });
});

describe('writing files', () => {
  it('explains read-only folders, busy files and a full disk in Chinese', () => {
    const error = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteError(error('EACCES'), '/srv/a.docx', '/srv')).toMatch(
      /没有权限写入 \/srv（文件夹只读或受保护）/,
    );
    expect(describeWriteError(error('EROFS'), '/mnt/a.docx', '/mnt')).toMatch(/只读/);
    expect(describeWriteError(error('EBUSY'), 'a.docx', '.')).toMatch(/正被其他程序占用.*WPS\/Word\/Excel/);
    expect(describeWriteError(error('ENOSPC'), 'a.docx', '.')).toMatch(/磁盘空间不足/);
  });

  it.skipIf(process.getuid?.() === 0)(
    'refuses a real read-only folder (skipped as root, who may write anywhere)',
    async () => {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      await expect(writeExportFile(join(locked, 'a.docx'), 'x')).rejects.toThrow(WriteFileError);
      await expect(writeExportFile(join(locked, 'a.docx'), 'x')).rejects.toThrow(/没有权限写入/);
      chmodSync(locked, 0o755);
    },
  );

  it('replaces an existing file whole (atomic rename), never half-written', async () => {
    const file = join(dir, 'again.json');
    await writeExportFile(file, 'first');
    await writeExportFile(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
  });
});

describe('the command line', () => {
  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: new URL('../../', import.meta.url).pathname,
      env: { ...process.env, JIXIAO_CONFIG_DIR: join(dir, 'config') },
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('exits 2 with a Chinese message and no stack trace for an unreadable file or an unwritable place', async () => {
    const fake = join(dir, 'fake.docx');
    writeFileSync(fake, 'hello');
    const imported = await cli(['import', fake]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/^错误：.*不是有效的 Word\/Excel 文件/);
    expect(imported.stderr).not.toMatch(/at .*\.ts:\d+/);
    const exported = await cli(['export', sampleJson(), '--to', 'docx', '-o', join(dir, 'nope', 'x.docx')]);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toMatch(/^错误：文件夹不存在/);
  }, 60_000);
});
