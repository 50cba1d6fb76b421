import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../src/export/xlsx.js';
import type { SheetRow } from '../../src/import/office/xlsx-sheet.js';
import { readSheets } from '../../src/import/office/xlsx-blocks.js';
import { openOfficeZip } from '../../src/import/office/zip.js';
import { readXlsxBlocks } from '../../src/import/xlsx.js';
import { sampleDocument } from '../support/tables/documents.js';

/**
 * The .xlsx reader of our own (row by row from the XML) against exceljs, which read every workbook
 * before: for each visible sheet of every .xlsx in the repository (and the .xls ones as SheetJS
 * converts them, and our own exports), the same rows, the same cell texts, the same merge flags.
 * The reference below is the exceljs reading the reader replaced, unchanged.
 */
const OFFICE = join(import.meta.dirname, '..', 'fixtures', 'office');

async function excelRows(bytes: Uint8Array): Promise<SheetRow[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets: SheetRow[][] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    const rows: SheetRow[] = [];
    let previous = 0;
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      if (number > previous + 1 && rows.length > 0) rows.push({ cells: [], merged: false, wide: false });
      rows.push(excelRow(row));
      previous = number;
    });
    sheets.push(rows);
  }
  return sheets;
}

function excelRow(row: ExcelJS.Row): SheetRow {
  const cells: string[] = [];
  let merged = false;
  let wide = true;
  const first = row.getCell(1).address;
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col > cells.length + 1 && col > 1) wide = false;
    while (cells.length < col - 1) cells.push('');
    const covered = cell.isMerged && cell.master.address !== cell.address;
    if (col > 1 && !(covered && cell.master.address === first)) wide = false;
    merged ||= covered;
    cells.push(covered ? '' : excelText(cell.value, cell.numFmt).replace(/\r\n?/g, '\n'));
  });
  return { cells, merged, wide: wide && cells.length > 2 };
}

function excelText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    const format = (numFmt ?? '').replace(/"[^"]*"|\\./g, '').split(';')[0];
    const decimals = (/\.(0+)/.exec(format)?.[1] ?? '').length;
    const round = (n: number) => Number(n.toPrecision(15)).toFixed(decimals);
    if (format.includes('%')) return `${round(value * 100)}%`;
    if (/0\.0/.test(format)) return round(value);
    return String(Number(value.toPrecision(15)));
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return excelText((value as { result?: ExcelJS.CellValue }).result ?? null, numFmt);
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : excelText(value.text as ExcelJS.CellValue, numFmt);
  if ('error' in value) return String(value.error);
  return '';
}

async function ourRows(bytes: Uint8Array, name: string): Promise<SheetRow[][]> {
  return readSheets(openOfficeZip(bytes, name), name);
}

/** A department table as offices keep it: titles, merged labels in both directions, formulas, formats. */
function handMadeWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('整体目标');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = '部门（单位）整体支出绩效目标表';
  sheet.getCell('F2').value = '单位：万元';
  sheet.getRow(3).values = ['年度主要任务', '任务名称', '预算金额（万元）'];
  sheet.getRow(4).values = [null, '合计', { formula: 'SUM(C5:C6)', result: 100.5 }];
  sheet.getRow(5).values = [null, '人员保障', 80];
  sheet.getRow(6).values = [
    null,
    { richText: [{ text: '业务' }, { font: { bold: true }, text: '工作' }] },
    20.5,
  ];
  sheet.mergeCells('A3:A6');
  sheet.mergeCells('D3:F4'); // a block merged across rows and columns with no text
  sheet.getCell('C7').value = 0.955;
  sheet.getCell('C7').numFmt = '0.0%';
  sheet.getCell('D7').value = true;
  sheet.getCell('E7').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  sheet.getCell('F7').value = new Date(Date.UTC(2025, 2, 1));
  sheet.getCell('B7').value = { text: '链接', hyperlink: 'https://example.org' };
  sheet.getCell('A9').value = '说明：以上为示例。';
  sheet.getCell('H12').value = '右下角';
  workbook.addWorksheet('选项', { state: 'veryHidden' }).getCell('A1').value = '下拉';
  return workbook;
}

describe('our .xlsx reader reads what exceljs read', () => {
  const fixtures = readdirSync(OFFICE).filter((n) => /\.xlsx?$/.test(n));

  it('finds the workbooks of the repository', () => {
    expect(fixtures.filter((n) => n.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(4);
  });

  it.each(fixtures)('%s: the same rows, texts and merge flags in every visible sheet', async (name) => {
    let bytes: Uint8Array = readFileSync(join(OFFICE, name));
    if (name.endsWith('.xls')) {
      // As the .xls reader hands it on: SheetJS writes it as .xlsx (stored, not deflated).
      const workbook = XLSX.read(bytes, { type: 'array', cellNF: true });
      bytes = new Uint8Array(
        XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer,
      );
    }
    const expected = await excelRows(bytes);
    expect(expected.flat().length).toBeGreaterThan(5);
    expect(await ourRows(bytes, name)).toEqual(expected);
  });

  it('our own export and a hand-made workbook (merges both ways, rich text, formats, hidden sheet)', async () => {
    for (const bytes of [
      await exportXlsx(sampleDocument()),
      new Uint8Array(await handMadeWorkbook().xlsx.writeBuffer()),
    ]) {
      const expected = await excelRows(bytes);
      expect(await ourRows(bytes, 'made.xlsx')).toEqual(expected);
    }
  });
});

describe('what the reader keeps', () => {
  it('merged cells across rows and columns: covered cells are empty, the first keeps the text', async () => {
    const [sheet] = await ourRows(new Uint8Array(await handMadeWorkbook().xlsx.writeBuffer()), 'm.xlsx');
    expect(sheet[0]).toEqual({
      cells: ['部门（单位）整体支出绩效目标表', '', '', '', '', ''],
      merged: true,
      wide: true,
    });
    expect(sheet[2]).toEqual({
      cells: ['年度主要任务', '任务名称', '预算金额（万元）', '', '', ''],
      merged: true,
      wide: false,
    });
    expect(sheet[3].cells).toEqual(['', '合计', '100.5', '', '', '']);
    expect(sheet[5].cells).toEqual(['', '业务工作', '20.5']);
    expect(sheet[6].cells).toEqual(['', '链接', '95.5%', 'TRUE', '#DIV/0!', '2025-03-01']);
  });

  it('a hidden sheet is skipped; shared strings with rich text are joined; 0% and 0.00 formats', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = '不读';
    const sheet = workbook.addWorksheet('表');
    sheet.getRow(1).values = [
      { richText: [{ text: '满意' }, { font: { italic: true }, text: '度' }, { text: '≥' }] },
      'x',
    ];
    sheet.getRow(2).values = [0, 0];
    sheet.getCell('A2').numFmt = '0%';
    sheet.getCell('B2').numFmt = '0.00';
    sheet.getRow(3).values = [0.9, 12.345];
    sheet.getCell('A3').numFmt = '0%';
    sheet.getCell('B3').numFmt = '0.00';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: true } as never));
    const entries = openOfficeZip(bytes, 'f.xlsx');
    expect(entries.names).toContain('xl/sharedStrings.xml');
    expect(await readXlsxBlocks(bytes, 'f.xlsx')).toEqual([
      {
        kind: 'table',
        rows: [
          ['满意度≥', 'x'],
          ['0%', '0.00'],
          ['90%', '12.35'],
        ],
      },
    ]);
  });

  it('what it cannot read is a damaged file, never rows left out', async () => {
    const bytes = new Uint8Array(await handMadeWorkbook().xlsx.writeBuffer());
    const { rebuildZip } = await import('../fault/support/zip.js');
    const broken = [
      // A shared string index past the end of the table.
      rebuildZip(bytes, (n, d) =>
        n === 'xl/worksheets/sheet1.xml'
          ? Buffer.from(d.toString().replace(/t="s"><v>\d+</, 't="s"><v>99999<'))
          : d,
      ),
      // The sheet cut in the middle of its rows (the CRC and size made to match).
      rebuildZip(bytes, (n, d) => (n === 'xl/worksheets/sheet1.xml' ? d.subarray(0, d.length >> 1) : d)),
    ];
    for (const b of broken) await expect(readXlsxBlocks(b, 'broken.xlsx')).rejects.toThrow(/已损坏或不完整/);
  });
});
