import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TABLES } from '../../src/import/office/xlsx-blocks.js';
import { openOfficeZip } from '../../src/import/office/zip.js';
import { readXlsxBlocks } from '../../src/import/xlsx.js';
import { ROOT } from '../support/build-cli.js';
import { tempDir } from './support.js';

/**
 * Issue 13 item 6: an 87,000-row sheet (a ledger chosen by mistake, as the tester did) is
 * read row by row: accepted, every row kept, within a heap far smaller than the workbook's XML
 * (exceljs loaded the whole workbook: 490 MB to import it). A workbook of more tables than any
 * unit's file is refused in Chinese.
 */
const { dir, cleanup } = tempDir('jixiao-xlsx-large-');
const ledger = join(dir, 'ledger.xlsx');
const ROWS = 87_000;

beforeAll(async () => {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: ledger,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('明细账');
  sheet.addRow(['序号', '日期', '摘要', '科目', '金额（元）', '占比']).commit();
  const accounts = ['办公费', '印刷费', '差旅费', '会议费', '培训费'];
  for (let i = 1; i < ROWS; i += 1) {
    const row = sheet.addRow([
      i,
      new Date(Date.UTC(2024, 0, 1 + (i % 366))),
      `支付${accounts[i % accounts.length]}第${i % 1500}笔`,
      accounts[i % accounts.length],
      (i % 100_000) / 100,
      (i % 1000) / 100_000,
    ]);
    row.getCell(2).numFmt = 'yyyy-mm-dd';
    row.getCell(5).numFmt = '#,##0.00';
    row.getCell(6).numFmt = '0.00%';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}, 120_000);

afterAll(cleanup);

describe('an 87,000-row sheet', () => {
  it('is accepted and read whole in a child process whose heap is limited to 96 MB', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { readXlsxBlocks } from ${JSON.stringify(join(ROOT, 'src', 'import', 'xlsx.ts'))};
      const file = ${JSON.stringify(ledger)};
      const before = process.memoryUsage().rss;
      const blocks = await readXlsxBlocks(readFileSync(file), file);
      const table = blocks.find((b) => b.kind === 'table');
      console.log(JSON.stringify({
        blocks: blocks.length,
        rows: table.rows.length,
        first: table.rows[1],
        last: table.rows.at(-1),
        heapMb: process.memoryUsage().heapUsed / 1048576,
        rssGrowthMb: (process.memoryUsage().rss - before) / 1048576,
      }));`;
    const result = spawnSync(
      process.execPath,
      ['--max-old-space-size=96', '--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
    );
    expect(result.stderr).not.toMatch(/heap out of memory|Error/);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout.trim().split('\n').pop()!) as {
      blocks: number;
      rows: number;
      first: string[];
      last: string[];
      rssGrowthMb: number;
    };
    expect(out.blocks).toBe(1);
    expect(out.rows).toBe(ROWS);
    expect(out.first).toEqual(['1', '2024-01-02', '支付印刷费第1笔', '印刷费', '0.01', '0.00%']);
    expect(out.last).toEqual([
      String(ROWS - 1),
      expect.stringMatching(/^2024-/),
      expect.any(String),
      expect.any(String),
      '869.99',
      '1.00%',
    ]);
    // The XML is some 20 MB (about 40 MB as text): it was never held whole, nor a tree of it.
    expect(openOfficeZip(readFileSync(ledger), ledger).declaredBytes).toBeGreaterThan(18 * 1024 * 1024);
    expect(out.rssGrowthMb).toBeLessThan(200);
  }, 180_000);
});

describe('a workbook of more tables than any unit’s file', () => {
  it(`is refused in Chinese above ${MAX_TABLES} tables, read up to that`, async () => {
    const make = async (tables: number): Promise<Uint8Array> => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('合并');
      for (let t = 0; t < tables; t += 1) sheet.getRow(t * 2 + 1).values = ['项目名称', `项目${t + 1}`];
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    };
    expect(await readXlsxBlocks(await make(MAX_TABLES), 'ok.xlsx')).toHaveLength(MAX_TABLES);
    await expect(readXlsxBlocks(await make(MAX_TABLES + 1), 'many.xlsx')).rejects.toThrow(
      new RegExp(`表格过多（超过 ${MAX_TABLES} 张）`),
    );
  }, 60_000);
});
