import type { Block } from '../types.js';
import { ImportError } from '../types.js';
import { readWorkbook, type Workbook } from './xlsx-parts.js';
import { readSheetRows, type CellBudget, type SheetRow } from './xlsx-sheet.js';
import { checkOtherParts, checkWorkbookSize, damaged, MAX_CELLS, type OfficePackage } from './zip.js';

export { formatNumber } from './xlsx-format.js';

/**
 * Reads every visible sheet of a workbook, row by row (src/import/office/xlsx-sheet.ts: only the
 * cells' texts are kept, so an 87,000-row ledger stays within memory). A sheet becomes tables
 * separated by empty rows; single-cell rows above or below a table (title, 单位：万元, notes) become
 * paragraphs. The cells a merge covers are '' (the merge's first cell keeps the text); numbers are
 * written as the sheet shows them (number format: 0.00, 0%), formulas give their cached result.
 */
export async function xlsxToBlocks(pkg: OfficePackage, path: string): Promise<Block[]> {
  checkWorkbookSize(pkg, path);
  const blocks: Block[] = [];
  let tables = 0;
  for (const rows of await readSheets(pkg, path))
    for (const block of sheetBlocks(rows)) {
      if (block.kind === 'table' && ++tables > MAX_TABLES) throw tooManyTables(path);
      blocks.push(block);
    }
  if (blocks.length === 0)
    throw new ImportError(`${path} 的工作表都是空的，没有可读取的表格。请确认选择了正确的文件。`);
  return blocks;
}

/**
 * Most tables a workbook may hold. Each table costs the mapper, the checker and the JSON document
 * some 0.1 MB, whatever its size in XML (shared strings make a repeated table a few hundred bytes):
 * set by measurement (bench/file-limits.ts) so the largest accepted workbook stays under 300 MB.
 * A unit's workbook holds a few dozen; a ledger is one long table.
 */
export const MAX_TABLES = 1500;

function tooManyTables(path: string): ImportError {
  return new ImportError(
    `${path} 中的表格过多（超过 ${MAX_TABLES} 张），不像是一个单位的绩效目标表（可能是选错了文件，或是多个文件合并而成）。请确认选择了正确的文件；如确需检查，请把其中的绩效目标表分到几个 Excel 文件中再导入。`,
  );
}

/**
 * The rows of every visible sheet, in workbook order. Whatever this reader cannot make sense of
 * (a part missing, malformed XML, a shared string that is not there) is a damaged file: never
 * rows silently left out.
 */
export async function readSheets(pkg: OfficePackage, path: string): Promise<SheetRow[][]> {
  const budget: CellBudget = { cells: MAX_CELLS, path };
  const sheets: SheetRow[][] = [];
  try {
    const book: Workbook = await readWorkbook(pkg, path);
    const read = new Set<string>();
    for (const sheet of book.sheets) {
      if (sheet.hidden) continue;
      const chunks = pkg.stream(sheet.part);
      if (!chunks) throw damaged(path);
      sheets.push(await readSheetRows(chunks, book, budget));
      read.add(sheet.part);
    }
    await checkOtherParts(pkg, read);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw damaged(path);
  }
  return sheets;
}

function sheetBlocks(rows: SheetRow[]): Block[] {
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
