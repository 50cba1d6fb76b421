import type { Alignment, Borders, Worksheet } from 'exceljs';
import stringWidth from 'string-width';
import type { GridCell, TableGrid } from './office/grid.js';
import { proseBefore, withDocumentHeading } from './office/heading.js';
import { tableGrid } from './office/layouts.js';
import { proseParts } from './office/prose.js';
import { uniqueSheetName } from './office/sheet-name.js';
import { validateForExport } from './office/validate.js';

export interface XlsxExportOptions {
  /** Font of the cells (settings.fontBody). */
  fontBody?: string;
  /** Font of the titles (settings.fontHeading). */
  fontHeading?: string;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
const LINE_HEIGHT = 15;

/**
 * The document as an .xlsx workbook: one sheet per table (title rows, then the grid), merged
 * cells as in the form, column widths from the display width of the Chinese text, money as
 * numbers with two decimals, the title rows and the first row of the grid frozen, A4 print setup.
 * Prose (a 部门预算情况说明) goes on a sheet of its own, in its place among the tables. exceljs is
 * loaded here.
 */
export async function exportXlsx(input: unknown, options: XlsxExportOptions = {}): Promise<Uint8Array> {
  const document = withDocumentHeading(validateForExport(input));
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao';
  const fonts = { body: options.fontBody || '仿宋', heading: options.fontHeading || '黑体' };
  const used = new Set<string>();
  const proseSheet = (before: number): void => {
    const items = proseBefore(document, before).sheet;
    if (items.length === 0) return;
    const sheet = workbook.addWorksheet(uniqueSheetName(items[0].title || '说明', used));
    sheet.getColumn(1).width = 100;
    for (const prose of items) {
      if (prose.title) sheet.addRow([prose.title]).font = { name: fonts.heading, size: 12, bold: true };
      for (const part of proseParts(prose.text)) {
        if (part.kind === 'line') {
          const row = sheet.addRow([part.text]);
          row.font = { name: fonts.body, size: 11 };
          row.alignment = { wrapText: true, vertical: 'top' };
          continue;
        }
        // A table kept as text: its own cells, set apart by blank rows so it is read back as a table.
        sheet.addRow([]);
        for (const cells of part.rows) {
          const row = sheet.addRow(cells);
          row.font = { name: fonts.body, size: 11 };
          row.eachCell({ includeEmpty: true }, (cell) => {
            cell.border = BORDER;
          });
        }
        sheet.addRow([]);
      }
      sheet.addRow([]);
    }
  };
  document.tables.forEach((table, i) => {
    proseSheet(i);
    const grid = tableGrid(table, document);
    const sheet = workbook.addWorksheet(uniqueSheetName(grid.sheetName, used), {
      pageSetup: {
        paperSize: 9,
        orientation: grid.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    writeGrid(sheet, grid, fonts, proseBefore(document, i).headings);
  });
  proseSheet(document.tables.length);
  if (workbook.worksheets.length === 0) workbook.addWorksheet('说明');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const ALIGN: Record<GridCell['role'], Partial<Alignment>> = {
  header: { horizontal: 'center', vertical: 'middle', wrapText: true },
  label: { horizontal: 'center', vertical: 'middle', wrapText: true },
  center: { horizontal: 'center', vertical: 'middle', wrapText: true },
  number: { horizontal: 'center', vertical: 'middle', wrapText: true },
  money: { horizontal: 'right', vertical: 'middle' },
  text: { horizontal: 'left', vertical: 'middle', wrapText: true },
};

/** The grid under its title rows; `headings` (the document's own title line) go above the title. */
function writeGrid(
  sheet: Worksheet,
  grid: TableGrid,
  fonts: { body: string; heading: string },
  headings: string[] = [],
): void {
  const width = grid.columns.length;
  let top = 1;
  const titleRow = (
    text: string,
    font: { name: string; size: number; bold?: boolean },
    horizontal: 'center' | 'right',
  ): void => {
    sheet.mergeCells(top, 1, top, width);
    const cell = sheet.getCell(top, 1);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal, vertical: 'middle' };
    sheet.getRow(top).height = font.size * 1.8;
    top += 1;
  };
  for (const heading of headings) titleRow(heading, { name: fonts.heading, size: 16, bold: true }, 'center');
  titleRow(grid.title, { name: fonts.heading, size: 16, bold: true }, 'center');
  if (grid.subtitle) titleRow(grid.subtitle, { name: fonts.body, size: 12 }, 'center');
  if (grid.unitLine) titleRow(grid.unitLine, { name: fonts.body, size: 11 }, 'right');
  const first = top;

  for (const cell of grid.cells) {
    const r = first + cell.row;
    const c = 1 + cell.col;
    if (cell.rowSpan > 1 || cell.colSpan > 1)
      sheet.mergeCells(r, c, r + cell.rowSpan - 1, c + cell.colSpan - 1);
    const target = sheet.getCell(r, c);
    target.value = cell.numeric ? cell.numeric.value : cell.text;
    if (cell.numeric && cell.numeric.format !== 'General') target.numFmt = cell.numeric.format;
    target.font = { name: fonts.body, size: 11, bold: cell.role === 'header' || cell.role === 'label' };
    target.alignment = ALIGN[cell.role];
  }
  // Borders on every slot of the grid, merged or not, so merged cells are framed all round.
  for (let r = 0; r < grid.rowCount; r += 1)
    for (let c = 0; c < width; c += 1) sheet.getCell(first + r, 1 + c).border = BORDER;

  const widths = columnWidths(grid);
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  for (const [r, height] of rowHeights(grid, widths)) sheet.getRow(first + r).height = height;
  sheet.views = [{ state: 'frozen', ySplit: first, xSplit: 0 }];
}

/** Widest line of each column's own (unmerged) cells, in Excel's units (a Chinese character is 2). */
export function columnWidths(grid: TableGrid): number[] {
  const widths = grid.columns.map(() => MIN_WIDTH);
  for (const cell of grid.cells) {
    if (cell.colSpan !== 1) continue;
    const longest = Math.max(...cell.text.split('\n').map((line) => stringWidth(line)));
    widths[cell.col] = Math.max(widths[cell.col], Math.min(MAX_WIDTH, longest + 2));
  }
  // Cells that span columns may still need more room: widen their columns evenly.
  for (const cell of grid.cells) {
    if (cell.colSpan === 1) continue;
    const span = widths.slice(cell.col, cell.col + cell.colSpan);
    const have = span.reduce((a, b) => a + b, 0);
    const need = Math.min(
      MAX_WIDTH * cell.colSpan,
      Math.max(...cell.text.split('\n').map((line) => stringWidth(line))) + 2,
    );
    if (need > have && cell.role !== 'text') {
      const extra = Math.ceil((need - have) / cell.colSpan);
      for (let i = 0; i < cell.colSpan; i += 1) widths[cell.col + i] += extra;
    }
  }
  return widths;
}

/** Rows tall enough for wrapped text (Excel does not grow rows of merged cells by itself). */
function rowHeights(grid: TableGrid, widths: number[]): Map<number, number> {
  const heights = new Map<number, number>();
  for (const cell of grid.cells) {
    const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
    const lines = cell.text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(stringWidth(line) / Math.max(1, width - 1))), 0);
    const perRow = (lines * LINE_HEIGHT) / cell.rowSpan;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1)
      heights.set(r, Math.max(heights.get(r) ?? LINE_HEIGHT, Math.min(400, perRow + 4)));
  }
  return heights;
}
