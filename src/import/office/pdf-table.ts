import type { Segment, TextRun } from './pdf-page.js';
import { joinLines, toLines } from './pdf-text.js';

/** A table found on a page: its grid rows of cell text, where it stands, and its column edges. */
export interface PdfTable {
  rows: string[][];
  top: number;
  bottom: number;
  /** x of every column edge, left to right (to tell whether a table on the next page continues it). */
  columns: number[];
}

/** Lines closer than this (points) are one line; ends closer than this touch. */
const SNAP = 2;

/**
 * Finds the ruled tables of a page: ruling lines that touch each other form a grid; its rows and
 * columns are the distinct line positions, a missing line between two grid cells merges them (as
 * Word and LibreOffice draw merged cells). Returns the tables and the runs that are not in one.
 */
export function findTables(segments: Segment[], runs: TextRun[]): { tables: PdfTable[]; rest: TextRun[] } {
  const tables: PdfTable[] = [];
  let rest = runs;
  for (const group of connectedGroups(mergeSegments(segments))) {
    const rows = clusters(group.filter((s) => s.horizontal).map((s) => s.pos));
    const columns = clusters(group.filter((s) => !s.horizontal).map((s) => s.pos));
    if (rows.length < 2 || columns.length < 2) continue;
    const inside = (r: TextRun): boolean => {
      const [x, y] = [(r.x0 + r.x1) / 2, (r.top + r.bottom) / 2];
      return x > columns[0] && x < columns[columns.length - 1] && y > rows[0] && y < rows[rows.length - 1];
    };
    tables.push(gridTable(group, rows, columns, rest.filter(inside)));
    rest = rest.filter((r) => !inside(r));
  }
  return { tables, rest };
}

/** Joins collinear pieces of the same line (a border drawn cell by cell) into one segment. */
function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort(
    (a, b) => Number(a.horizontal) - Number(b.horizontal) || a.pos - b.pos || a.from - b.from,
  );
  const merged: Segment[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.horizontal === s.horizontal &&
      Math.abs(last.pos - s.pos) <= SNAP &&
      s.from <= last.to + SNAP
    )
      last.to = Math.max(last.to, s.to);
    else merged.push({ ...s });
  }
  return merged;
}

/** Segments that touch (a horizontal crossing or meeting a vertical one), grouped. */
function connectedGroups(segments: Segment[]): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const horizontal = segments.map((s, i) => ({ s, i })).filter((e) => e.s.horizontal);
  const vertical = segments.map((s, i) => ({ s, i })).filter((e) => !e.s.horizontal);
  for (const h of horizontal)
    for (const v of vertical)
      if (
        v.s.pos >= h.s.from - SNAP &&
        v.s.pos <= h.s.to + SNAP &&
        h.s.pos >= v.s.from - SNAP &&
        h.s.pos <= v.s.to + SNAP
      )
        parent[find(h.i)] = find(v.i);
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  return [...groups.values()];
}

/** Distinct positions, those within SNAP of each other taken as one. */
function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((sum, v) => sum + v, 0) / c.length);
}

/** Whether some line of the group runs along `pos` across the middle of from..to. */
function ruled(group: Segment[], horizontal: boolean, pos: number, from: number, to: number): boolean {
  const middle = (from + to) / 2;
  return group.some(
    (s) => s.horizontal === horizontal && Math.abs(s.pos - pos) <= SNAP && s.from <= middle && s.to >= middle,
  );
}

function gridTable(group: Segment[], ys: number[], xs: number[], runs: TextRun[]): PdfTable {
  const nRows = ys.length - 1;
  const nCols = xs.length - 1;
  // Each grid cell's anchor: the top-left grid cell of the merged area it belongs to.
  const anchor: number[][] = Array.from({ length: nRows }, (_, r) =>
    Array.from({ length: nCols }, (_, c) => r * nCols + c),
  );
  for (let r = 0; r < nRows; r += 1)
    for (let c = 0; c < nCols; c += 1) {
      if (c > 0 && !ruled(group, false, xs[c], ys[r], ys[r + 1])) anchor[r][c] = anchor[r][c - 1];
      else if (r > 0 && !ruled(group, true, ys[r], xs[c], xs[c + 1])) anchor[r][c] = anchor[r - 1][c];
    }
  const locate = (values: number[], v: number): number => {
    let i = 0;
    while (i < values.length - 2 && v >= values[i + 1]) i += 1;
    return i;
  };
  const byAnchor = new Map<number, TextRun[]>();
  for (const run of runs) {
    const r = locate(ys, (run.top + run.bottom) / 2);
    const c = locate(xs, (run.x0 + run.x1) / 2);
    const a = anchor[r][c];
    byAnchor.set(a, [...(byAnchor.get(a) ?? []), run]);
  }
  const rows = anchor.map((row, r) =>
    row.map((a, c) => {
      if (a !== r * nCols + c) return '';
      const cellRuns = byAnchor.get(a);
      if (!cellRuns) return '';
      // The merged area's right edge: the last column still anchored here in this row.
      let right = c;
      while (right + 1 < nCols && anchor[r][right + 1] === a) right += 1;
      return joinLines(toLines(cellRuns), xs[right + 1] - CELL_PADDING);
    }),
  );
  return { rows, top: ys[0], bottom: ys[ys.length - 1], columns: xs };
}

/** The text area of a cell ends this far inside its right border (Word and WPS: 0.19 cm). */
const CELL_PADDING = 5.4;
