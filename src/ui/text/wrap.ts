import stringWidth from 'string-width';
import { graphemes } from './graphemes.js';

/** One screen row of wrapped text: its text and where it starts and ends in the source (UTF-16 offsets). */
export interface Row {
  text: string;
  start: number;
  end: number;
  /** Whether the row ends at a newline of the source (the last row of a line). */
  hard: boolean;
}

/** Characters that form one unbreakable run: Latin letters, digits, and what goes with numbers. */
const WORD = /^[A-Za-z0-9.,%‰≥≤<>=+\-_/:@#&()]$/;

/** Chinese punctuation that may not begin a row (it stays at the end of the row before). */
const NO_ROW_START = new Set([
  '，',
  '。',
  '、',
  '；',
  '：',
  '？',
  '！',
  '）',
  '》',
  '」',
  '』',
  '”',
  '’',
  '】',
  ',',
  '.',
  ';',
  ':',
  ')',
]);

/**
 * Wraps text to `width` columns by display width: Chinese breaks between any two characters,
 * Latin words move whole to the next row, and closing punctuation never starts a row (the character
 * before it moves down with it). Each source line gives at least one row.
 */
export function layoutRows(text: string, width: number): Row[] {
  const limit = Math.max(1, Math.floor(width));
  const rows: Row[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    rows.push(...layoutLine(line, offset, limit));
    offset += line.length + 1;
  }
  return rows;
}

function layoutLine(line: string, base: number, width: number): Row[] {
  const rows: Row[] = [];
  const parts = graphemes(line);
  let rowStart = 0; // index into parts
  let used = 0;
  const offsets: number[] = [];
  let o = 0;
  for (const g of parts) {
    offsets.push(o);
    o += g.length;
  }
  offsets.push(o);
  const push = (from: number, to: number, hard: boolean) =>
    rows.push({
      text: parts.slice(from, to).join(''),
      start: base + offsets[from],
      end: base + offsets[to],
      hard,
    });
  for (let i = 0; i < parts.length; i++) {
    const w = stringWidth(parts[i]);
    if (used + w <= width || i === rowStart) {
      used += w;
      continue;
    }
    // parts[i] does not fit: choose where the row ends.
    let cut = i;
    if (NO_ROW_START.has(parts[i]) && i - rowStart > 1) cut = i - 1;
    else if (WORD.test(parts[i]) && WORD.test(parts[i - 1])) {
      // Inside a Latin word or a number with its sign and unit (≥100%, 3374.98, 2025XX0001):
      // the whole run moves to the next row, unless it alone fills a row.
      let j = i - 1;
      while (j > rowStart && WORD.test(parts[j - 1])) j--;
      if (j > rowStart) cut = j;
    }
    push(rowStart, cut, false);
    rowStart = cut;
    used = parts.slice(cut, i + 1).reduce((sum, g) => sum + stringWidth(g), 0);
  }
  push(rowStart, parts.length, true);
  return rows;
}

/** Wrapped rows of text, as strings (a space left at the start of a wrapped row is dropped). */
export function wrapText(text: string, width: number): string[] {
  const rows = layoutRows(text, width);
  return rows.map((row, i) => (i > 0 && !rows[i - 1].hard ? row.text.replace(/^ +/, '') : row.text));
}

/** Where the cursor (a UTF-16 offset) falls among the rows: row index and column. */
export function cursorCell(rows: Row[], cursor: number): { row: number; col: number } {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const last = r === rows.length - 1;
    // At a soft break the cursor belongs to the next row; at the end of a line to this one.
    if (cursor >= row.start && (cursor < row.end || (cursor === row.end && (row.hard || last)))) {
      return { row: r, col: stringWidth(row.text.slice(0, cursor - row.start)) };
    }
  }
  const r = rows.length - 1;
  return { row: r, col: stringWidth(rows[r].text) };
}

/** The offset in `row` nearest to column `col` (never inside a grapheme). */
export function offsetAt(rows: Row[], rowIndex: number, col: number): number {
  const row = rows[Math.max(0, Math.min(rows.length - 1, rowIndex))];
  let used = 0;
  let offset = row.start;
  for (const g of graphemes(row.text)) {
    const w = stringWidth(g);
    if (used + w > col) break;
    used += w;
    offset += g.length;
  }
  // A soft-wrapped row's end is the next row's start: stay on this row.
  if (!row.hard && offset === row.end && offset > row.start) {
    const gs = graphemes(row.text);
    offset -= gs[gs.length - 1].length;
  }
  return offset;
}

// eslint-disable-next-line no-control-regex -- an ANSI colour sequence (ESC [ … m) takes no columns
const SGR = /\u001b\[[0-9;]*m/y;

/**
 * Wraps one line that may carry colour codes (SGR): the codes take no width and are never split,
 * and the styles open at a break are closed at the row's end and opened again on the next row.
 */
export function wrapStyled(line: string, width: number): string[] {
  if (!line.includes('\u001b')) return wrapText(line, width);
  const limit = Math.max(1, Math.floor(width));
  const rows: string[] = [];
  let row = '';
  let used = 0;
  let active: string[] = [];
  let i = 0;
  const flush = () => {
    rows.push(active.length ? `${row}\u001b[0m` : row);
    row = active.join('');
    used = 0;
  };
  while (i < line.length) {
    SGR.lastIndex = i;
    const m = SGR.exec(line);
    if (m) {
      row += m[0];
      active = m[0] === '\u001b[0m' || m[0] === '\u001b[m' ? [] : [...active, m[0]];
      i += m[0].length;
      continue;
    }
    const next = line.indexOf('\u001b', i + 1);
    const chunk = line.slice(i, next === -1 ? line.length : next);
    for (const g of graphemes(chunk)) {
      const w = stringWidth(g);
      if (used + w > limit && used > 0) flush();
      row += g;
      used += w;
    }
    i += chunk.length;
  }
  rows.push(row);
  return rows;
}
