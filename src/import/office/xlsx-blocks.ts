import type { Cell, CellValue, Row, Workbook, Worksheet } from 'exceljs';
import type { Block } from '../types.js';
import { ImportError } from '../types.js';
import { damaged, MAX_CELLS, tooManyCells } from './zip.js';

/**
 * Reads every visible sheet of a workbook with exceljs. A sheet becomes tables separated by empty
 * rows; single-cell rows above or below a table (title, 单位：万元, notes) become paragraphs. The
 * cells a merge covers are '' (the merge's first cell keeps the text); numbers are written as the
 * sheet shows them (number format: 0.00, 0%), formulas give their cached result.
 */
export async function xlsxToBlocks(bytes: Uint8Array, path: string): Promise<Block[]> {
  const workbook = await loadWorkbook(bytes, path);
  const blocks: Block[] = [];
  const budget = { cells: MAX_CELLS, path };
  for (const sheet of workbook.worksheets) {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
    for (const block of sheetBlocks(sheet, budget)) blocks.push(block);
  }
  if (blocks.length === 0)
    throw new ImportError(`${path} 的工作表都是空的，没有可读取的表格。请确认选择了正确的文件。`);
  return blocks;
}

async function loadWorkbook(bytes: Uint8Array, path: string): Promise<Workbook> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types ask for its own Buffer alias; a Node Buffer is what it reads.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<
        typeof workbook.xlsx.load
      >[0],
    );
  } catch {
    throw damaged(path);
  }
  return workbook;
}

interface SheetRow {
  cells: string[];
  /** Whether any cell is covered by a merge (such a row belongs to a table even when blank). */
  merged: boolean;
  /** The first cell merged across the whole row (a title, as our own export writes it). */
  wide: boolean;
}

const BLANK: SheetRow = { cells: [], merged: false, wide: false };

/** `budget`: cells the file may still spread out (a cell in column XFD makes a row 16,384 wide). */
function sheetBlocks(sheet: Worksheet, budget: { cells: number; path: string }): Block[] {
  // Only rows and cells that hold something are visited (a sheet formatted down to row 1,048,576
  // costs nothing); a gap between row numbers is a blank row, which separates tables.
  const rows: SheetRow[] = [];
  let previous = 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number > previous + 1 && rows.length > 0) rows.push(BLANK);
    const read = readRow(row);
    budget.cells -= read.cells.length;
    if (budget.cells < 0) throw tooManyCells(budget.path);
    rows.push(read);
    previous = number;
  });
  const blocks: Block[] = [];
  let segment: SheetRow[] = [];
  const flush = (): void => {
    if (segment.length > 0) for (const block of segmentBlocks(segment)) blocks.push(block);
    segment = [];
  };
  for (const row of rows) {
    if (!row.merged && row.cells.every((c) => c.trim() === '')) flush();
    else segment.push(row);
  }
  flush();
  return blocks;
}

function readRow(row: Row): SheetRow {
  const cells: string[] = [];
  let merged = false;
  let wide = true;
  const first = row.getCell(1).address;
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (col > cells.length + 1 && col > 1) wide = false; // a gap: not one merged title
    while (cells.length < col - 1) cells.push('');
    const covered = cell.isMerged && cell.master.address !== cell.address;
    if (col > 1 && !(covered && cell.master.address === first)) wide = false;
    merged ||= covered;
    cells.push(covered ? '' : cellText(cell));
  });
  return { cells, merged, wide: wide && cells.length > 2 };
}

/** Leading and trailing single-cell rows are paragraphs; the rest is one table. */
function segmentBlocks(segment: SheetRow[]): Block[] {
  const filled = (row: SheetRow): number => row.cells.filter((c) => c.trim() !== '').length;
  // A lone cell (title, 单位：万元, a note), or a title merged across the whole width as our export writes it.
  const lone = (row: SheetRow): boolean =>
    filled(row) <= 1 && (!row.merged || (row.wide && isFullWidth(row, segment)));
  let start = 0;
  let end = segment.length;
  while (start < end && lone(segment[start])) start += 1;
  // Below the table only a note starting at the left edge ("说明：…"); a lone value in an inner
  // column (a leftover "……" row) still belongs to the table.
  const firstFilled = (row: SheetRow): number => row.cells.findIndex((c) => c.trim() !== '');
  // Loops, not Math.min(...rows): a sheet of 150,000 rows would overflow the stack.
  const left = segment.reduce(
    (min, r) => Math.min(min, firstFilled(r) < 0 ? Infinity : firstFilled(r)),
    Infinity,
  );
  while (end > start && lone(segment[end - 1]) && firstFilled(segment[end - 1]) <= left) end -= 1;
  const paragraph = (row: SheetRow): Block => ({
    kind: 'paragraph',
    text: row.cells.find((c) => c.trim() !== '') ?? '',
  });
  const blocks: Block[] = segment
    .slice(0, start)
    .filter((r) => filled(r) > 0)
    .map(paragraph);
  if (end > start)
    blocks.push({ kind: 'table', rows: trimColumns(segment.slice(start, end).map((r) => r.cells)) });
  blocks.push(
    ...segment
      .slice(end)
      .filter((r) => filled(r) > 0)
      .map(paragraph),
  );
  return blocks;
}

function isFullWidth(row: SheetRow, segment: SheetRow[]): boolean {
  return (
    row.cells.length >= segment.reduce((max, r) => Math.max(max, r.cells.length), 0) &&
    row.cells[0].trim() !== ''
  );
}

/** Drops columns that are empty in every row, at the left and the right, and pads rows to one width. */
function trimColumns(rows: string[][]): string[][] {
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  const used = (c: number): boolean => rows.some((r) => (r[c] ?? '').trim() !== '');
  let left = 0;
  let right = width;
  while (left < right && !used(left)) left += 1;
  while (right > left && !used(right - 1)) right -= 1;
  return rows.map((r) => Array.from({ length: right - left }, (_, i) => r[left + i] ?? ''));
}

function cellText(cell: Cell): string {
  return valueText(cell.value, cell.numFmt).replace(/\r\n?/g, '\n');
}

function valueText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return valueText((value as { result?: CellValue }).result ?? null, numFmt);
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : valueText(value.text as CellValue, numFmt);
  if ('error' in value) return String(value.error);
  return '';
}

/** A number as the sheet displays it for the formats that matter here: 0.00, #,##0.00, 0%, 0.0%. */
export function formatNumber(n: number, numFmt: string | undefined): string {
  const format = (numFmt ?? '').replace(/"[^"]*"|\\./g, '').split(';')[0];
  const decimals = (/\.(0+)/.exec(format)?.[1] ?? '').length;
  if (format.includes('%')) return `${round(n * 100, decimals)}%`;
  if (/0\.0/.test(format)) return round(n, decimals);
  return String(Number(n.toPrecision(15)));
}

function round(n: number, decimals: number): string {
  return Number(n.toPrecision(15)).toFixed(decimals);
}

function formatDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
