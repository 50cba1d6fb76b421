import { attribute, scanXml } from './xml-stream.js';
import { formatNumber, formatSerialDate, isDateFormat } from './xlsx-format.js';
import type { Workbook } from './xlsx-parts.js';
import { unescapeExcel } from './xlsx-parts.js';
import { damaged, tooManyCells } from './zip.js';

/**
 * One worksheet read row by row from its XML as it is inflated: only each row's cell texts are kept
 * (an array of strings), never a tree of the sheet. The merges, listed after the rows, are applied
 * at the end: a covered cell is '' and the merge's first cell keeps the text.
 */
export interface SheetRow {
  cells: string[];
  /** Whether any cell is covered by a merge (such a row belongs to a table even when blank). */
  merged: boolean;
  /** The first cell merged across the whole row (a title, as our own export writes it). */
  wide: boolean;
}

const BLANK: SheetRow = { cells: [], merged: false, wide: false };

/** Cells the file may still spread out (a cell in column XFD makes a row 16,384 wide). */
export interface CellBudget {
  cells: number;
  path: string;
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The rows of a sheet in order, a gap between row numbers as one BLANK row (it separates tables). */
export async function readSheetRows(
  chunks: AsyncIterable<Buffer>,
  book: Workbook,
  budget: CellBudget,
): Promise<SheetRow[]> {
  const sheet = await scanSheet(chunks, book, budget);
  return applyMerges(sheet, budget);
}

interface ScannedSheet {
  /** The cells of each row that has a value, by row number ('' where a cell has none). */
  rows: Map<number, string[]>;
  merges: Merge[];
  /** The rows whose first cell (column A) has a value. */
  valueInA: Set<number>;
}

/** A `<c>` as read: its type (`t`), style (`s`), `<v>` text, inline string and whether it has a formula. */
interface CellParts {
  type: string;
  style: number;
  value?: string;
  inline?: string;
  formula: boolean;
}

/** The rows and merges of a sheet, as its XML is inflated. */
async function scanSheet(
  chunks: AsyncIterable<Buffer>,
  book: Workbook,
  budget: CellBudget,
): Promise<ScannedSheet> {
  const rows = new Map<number, string[]>();
  const merges: Merge[] = [];
  const valueInA = new Set<number>();
  let spread = 0; // cells the rows read so far spread out to (a lower bound of what the budget counts)
  let rowNumber = 0;
  let row: string[] = [];
  let column = 0;
  let cell: CellParts | null = null;
  let capture: 'value' | 'inline' | null = null;
  let phonetic = 0;
  const finishCell = (): void => {
    if (!cell) return;
    const text = cellText(cell, book, budget.path);
    if (text !== undefined) {
      if (column === 1) valueInA.add(rowNumber);
      if (column > row.length) {
        spread += column - row.length;
        if (spread > budget.cells) throw tooManyCells(budget.path);
        while (row.length < column - 1) row.push('');
        row.push(text);
      } else row[column - 1] = text;
    }
    cell = null;
  };
  await scanXml(chunks, {
    open(name, raw) {
      if (name === 'row') {
        const r = Number(attribute(raw, 'r'));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        row = rows.get(rowNumber) ?? [];
        column = 0;
      } else if (name === 'c') {
        const ref = attribute(raw, 'r');
        column = ref ? columnOf(ref, budget.path) : column + 1;
        cell = { type: attribute(raw, 't') ?? 'n', style: Number(attribute(raw, 's') ?? 0), formula: false };
      } else if (cell) {
        if (name === 'v') capture = 'value';
        else if (name === 'f') cell.formula = true;
        else if (name === 'rPh') phonetic += 1;
        else if (name === 't' && phonetic === 0) capture = 'inline';
      } else if (name === 'mergeCell') {
        const merge = mergeOf(attribute(raw, 'ref') ?? '', budget.path);
        if (merge) merges.push(merge);
      }
    },
    close(name) {
      if (name === 'v' || name === 't') capture = null;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'c') finishCell();
      else if (name === 'row' && row.length > 0) rows.set(rowNumber, row);
    },
    text(text) {
      if (!cell || !capture || text === '') return;
      if (capture === 'value') cell.value = (cell.value ?? '') + text;
      else cell.inline = (cell.inline ?? '') + text;
    },
  });
  return { rows, merges, valueInA };
}

/**
 * A cell's text as the sheet shows it, or undefined for a cell without a value (only formatted):
 * shared and inline strings, numbers in their format, dates, booleans, errors; a formula by its
 * cached result ('' when it has none).
 */
function cellText(cell: CellParts, book: Workbook, path: string): string | undefined {
  const { type, value } = cell;
  let text: string | undefined;
  if (cell.formula && value === undefined) return '';
  if (type === 'inlineStr') text = cell.inline === undefined ? value : unescapeExcel(cell.inline);
  else if (value === undefined) return undefined;
  else if (type === 's' && !cell.formula) {
    text = book.strings[Number(value)];
    if (text === undefined) throw damaged(path); // a shared string that is not there
  } else if (type === 'str' || type === 'e' || type === 's') text = value;
  else if (type === 'b') text = Number(value) !== 0 ? 'TRUE' : 'FALSE';
  else if (type === 'd') {
    const date = new Date(value);
    text = Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
  } else {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) text = value;
    else {
      const format = book.formats[cell.style];
      text = isDateFormat(format) ? formatSerialDate(n, format!, book.date1904) : formatNumber(n, format);
    }
  }
  return text !== undefined && text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** The 1-based column of a reference (`AB12` → 28). */
function columnOf(ref: string, path: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i += 1) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  if (i === 0 || column > 16_384) throw damaged(path);
  return column;
}

function mergeOf(ref: string, path: string): Merge | undefined {
  const [from, to] = ref.split(':');
  if (!from || !to) return undefined;
  const at = (r: string): [number, number] => [Number(/\d+$/.exec(r)?.[0] ?? NaN), columnOf(r, path)];
  const [r1, c1] = at(from);
  const [r2, c2] = at(to);
  if (![r1, r2].every((r) => Number.isInteger(r) && r > 0)) throw damaged(path);
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/**
 * The rows with the merges applied, in order: a covered cell becomes '' (and a row made only of
 * covered cells appears), `merged` and `wide` are set. Cells are counted against the budget as
 * they are spread out, so a merge over a million cells is refused before it is built.
 */
function applyMerges({ rows, merges, valueInA }: ScannedSheet, budget: CellBudget): SheetRow[] {
  let covered = 0;
  for (const m of merges) covered += (m.bottom - m.top + 1) * (m.right - m.left + 1) - 1;
  if (covered > budget.cells) throw tooManyCells(budget.path);
  const merged = new Set<number>();
  /** The right edge of a merge that starts at column A of a row (a title across the row). */
  const titleEdge = new Map<number, number>();
  for (const m of merges) {
    if (m.left === 1) titleEdge.set(m.top, m.right);
    for (let r = m.top; r <= m.bottom; r += 1) {
      const first = r === m.top ? m.left + 1 : m.left;
      if (first > m.right) continue; // a merge one column wide: its first row holds only the text
      let cells = rows.get(r);
      if (!cells) rows.set(r, (cells = []));
      while (cells.length < m.right) cells.push('');
      for (let c = first; c <= m.right; c += 1) cells[c - 1] = '';
      merged.add(r);
    }
  }
  const numbers = [...rows.keys()].sort((a, b) => a - b);
  const out: SheetRow[] = [];
  let previous = 0;
  for (const number of numbers) {
    const cells = rows.get(number)!;
    if (number > previous + 1 && out.length > 0) out.push(BLANK);
    budget.cells -= cells.length;
    if (budget.cells < 0) throw tooManyCells(budget.path);
    const edge = titleEdge.get(number);
    out.push({
      cells,
      merged: merged.has(number),
      // The text in A, the rest of the row (at least two more cells) covered by that cell's merge.
      wide: edge !== undefined && edge > 2 && cells.length === edge && valueInA.has(number),
    });
    previous = number;
  }
  return out;
}
