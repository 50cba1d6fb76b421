/**
 * Peak memory and time of `jixiao check` and `jixiao import` on the largest file of each kind that is
 * accepted (just under its limit in src/io/limits.ts and, for Office files, under the unzipped
 * limits), each in its own process, measured by /usr/bin/time (maximum resident set size).
 *
 *   npx tsup && npx tsx bench/file-limits.ts [kind…]      # kinds: txt json docx xlsx ledger
 *
 * `xlsx` is target tables repeated up to the most tables a workbook may hold (MAX_TABLES); `ledger`
 * is the 87,000-row sheet of issue 13 item 6, `ledger-max` the same ledger grown to the unzipped limit.
 *
 * The goal (issue 13) is a peak under 300 MB for any accepted file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_TOTAL_BYTES, openOfficeZip } from '../src/import/office/zip.js';
import { INPUT_LIMITS } from '../src/io/limits.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'jixiao-limits-'));
const example = readFileSync(
  join(ROOT, 'tests', 'fixtures', 'examples', 'example-street-office-projects-2025.txt'),
);

/** A text file of the worked example repeated to just under `limit` bytes. */
function bigText(limit: number): string {
  const path = join(dir, 'largest.txt');
  const copies = Math.floor((limit - 1024) / example.length);
  writeFileSync(path, Buffer.concat(Array.from({ length: copies }, () => example)));
  return path;
}

/** Our JSON document of the example's tables repeated to just under `limit` bytes. */
function bigJson(limit: number): string {
  const out = execFileSync(process.execPath, [CLI, 'import', join(dir, 'one.txt')], {
    input: '',
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'ignore'],
    env: { ...process.env },
    cwd: dir,
  });
  const document = JSON.parse(out) as { tables: unknown[] };
  const one = Buffer.byteLength(JSON.stringify(document.tables));
  const times = Math.floor((limit * 0.98) / one);
  document.tables = Array.from({ length: times }, () => document.tables).flat();
  const path = join(dir, 'largest.json');
  writeFileSync(path, JSON.stringify(document));
  return path;
}

async function bigOffice(kind: 'docx' | 'xlsx'): Promise<string> {
  const { generateLargeOffice } = await import('./large-office.js');
  const path = await generateLargeOffice(kind, dir);
  return kind === 'xlsx' ? mostTables(path) : path;
}

/**
 * The generated workbook (target tables repeated to the unzipped limit) holds more tables than a
 * workbook may (MAX_TABLES): its rows are cut from the bottom to the most that is still accepted.
 */
async function mostTables(path: string): Promise<string> {
  const { readOfficeBlocks } = await import('../src/import/office/index.js');
  const { rebuildZip } = await import('../tests/fault/support/zip.js');
  const full = readFileSync(path);
  const cut = (fraction: number): Buffer =>
    rebuildZip(full, (name, data) => {
      if (name !== 'xl/worksheets/sheet1.xml') return data;
      const xml = data.toString('utf8');
      const start = xml.indexOf('<sheetData>') + 11;
      const end = xml.indexOf('</sheetData>');
      const at = xml.indexOf('</row>', start + Math.floor((end - start) * fraction));
      return Buffer.from(at < 0 || at > end ? xml : xml.slice(0, at + 6) + xml.slice(end));
    });
  const accepted = (bytes: Buffer): Promise<boolean> =>
    readOfficeBlocks(bytes, path, 'xlsx').then(
      () => true,
      () => false,
    );
  let [low, high] = [0, 1];
  if (await accepted(full)) return path;
  for (let step = 0; step < 12; step += 1) {
    const middle = (low + high) / 2;
    if (await accepted(cut(middle))) low = middle;
    else high = middle;
  }
  writeFileSync(path, cut(low));
  return path;
}

/**
 * The sheet of issue 13 item 6: a ledger of 87,000 rows chosen by mistake (date, voucher, summary,
 * account, amount 0.00, share 0.00%), written by exceljs's streaming writer with shared strings.
 */
async function ledger(rows = 87_000): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const path = join(dir, `ledger-${rows}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('明细账');
  sheet.addRow(['序号', '日期', '凭证号', '摘要', '科目', '金额（元）', '占比']).commit();
  const accounts = ['办公费', '印刷费', '差旅费', '会议费', '培训费', '维修费', '劳务费', '委托业务费'];
  for (let i = 1; i < rows; i += 1) {
    const row = sheet.addRow([
      i,
      new Date(Date.UTC(2024, 0, 1 + (i % 366))),
      `记-${String(i % 9000).padStart(5, '0')}`,
      `支付${accounts[i % accounts.length]}第${i % 1500}笔`,
      accounts[i % accounts.length],
      Math.round(((i * 7919) % 1_000_000) + 0.5) / 100,
      (i % 1000) / 100_000,
    ]);
    row.getCell(2).numFmt = 'yyyy-mm-dd';
    row.getCell(6).numFmt = '#,##0.00';
    row.getCell(7).numFmt = '0.00%';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return path;
}

function unzippedSize(path: string): number {
  return openOfficeZip(readFileSync(path), path).declaredBytes;
}

function measure(args: string[]): { mb: number; seconds: number; code: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, CLI, ...args], {
    encoding: 'utf8',
    cwd: dir,
    maxBuffer: 1024 * 1024 * 1024,
  });
  const [kb, seconds] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { mb: kb / 1024, seconds, code: result.status ?? -1 };
}

writeFileSync(join(dir, 'one.txt'), example);
const kinds = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['txt', 'json', 'docx', 'xlsx', 'ledger'];
try {
  for (const kind of kinds) {
    const path =
      kind === 'txt'
        ? bigText(INPUT_LIMITS.text)
        : kind === 'json'
          ? bigJson(INPUT_LIMITS.json)
          : kind === 'ledger'
            ? await ledger()
            : kind === 'ledger-max'
              ? await ledger(Math.floor((87_000 * MAX_TOTAL_BYTES * 0.99) / unzippedSize(await ledger())))
              : await bigOffice(kind as 'docx' | 'xlsx');
    const size = (statSync(path).size / 1024 / 1024).toFixed(1);
    const unzipped = /\.(docx|xlsx)$/.test(path)
      ? `, ${(unzippedSize(path) / 1024 / 1024).toFixed(1)} MB unzipped`
      : '';
    console.log(`${kind}: ${path.split('/').pop()}${unzipped}`);
    for (const command of ['check', 'import']) {
      const args = command === 'check' ? ['check', path, '--format', 'json'] : ['import', path];
      const { mb, seconds, code } = measure(args);
      console.log(
        `${kind.padEnd(5)} ${size.padStart(6)} MB  ${command.padEnd(6)} exit ${code}  peak ${mb.toFixed(0)} MB  ${seconds.toFixed(2)} s`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
