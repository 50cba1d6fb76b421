import { padTo, truncateTo, widthOf } from './graphemes.js';
import { wrapText } from './wrap.js';

/**
 * Tables with Chinese cells, laid out by display width: columns shrink toward their minimum when
 * the terminal is narrow; below the minimums the table is shown one field per line instead.
 */
export interface Column {
  title: string;
  /** Narrowest useful width (columns). */
  min: number;
  /** Widest it should grow. */
  max?: number;
}

export interface TableLayout {
  mode: 'grid' | 'stacked';
  widths: number[];
  header: string[];
  /** Each row's lines. */
  rows: string[][];
}

/** Column widths that fit `available` columns (separators included), or null when even the minimums do not. */
export function columnWidths(
  columns: Column[],
  rows: string[][],
  available: number,
  separator = 3,
): number[] | null {
  const natural = columns.map((c, i) => {
    const widest = Math.max(
      widthOf(c.title),
      ...rows.map((r) => Math.max(...(r[i] ?? '').split('\n').map(widthOf))),
    );
    return Math.max(c.min, Math.min(c.max ?? Infinity, widest));
  });
  const room = available - separator * (columns.length - 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return natural;
  const minimum = columns.map((c) => c.min);
  if (minimum.reduce((a, b) => a + b, 0) > room) return null;
  // Take one column at a time from the widest column that can still shrink: short columns (amounts,
  // values) keep their full width and the long text columns share what is left.
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - room;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++)
      if (widths[i] > minimum[i] && (widest === -1 || widths[i] > widths[widest])) widest = i;
    if (widest === -1) return null;
    widths[widest]--;
    excess--;
  }
  return widths;
}

function cellLines(text: string, width: number, wrap: boolean): string[] {
  return wrap ? wrapText(text, width) : [truncateTo(text.replace(/\n/g, ' '), width)];
}

export function layoutTable(
  columns: Column[],
  rows: string[][],
  available: number,
  options: { wrap?: boolean; separator?: string } = {},
): TableLayout {
  const sep = options.separator ?? ' │ ';
  const wrap = options.wrap ?? true;
  const widths = columnWidths(columns, rows, available, widthOf(sep));
  if (!widths) return stacked(columns, rows, available);
  const line = (cells: string[][]) => {
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      cells
        .map((c, i) => padTo(c[k] ?? '', widths[i]))
        .join(sep)
        .trimEnd(),
    );
  };
  return {
    mode: 'grid',
    widths,
    header: line(columns.map((c, i) => cellLines(c.title, widths[i], false))),
    rows: rows.map((r) => line(columns.map((_, i) => cellLines(r[i] ?? '', widths[i], wrap)))),
  };
}

/** One field per line ("三级指标：改造小区数量"), wrapped under its label, for narrow terminals. */
function stacked(columns: Column[], rows: string[][], available: number): TableLayout {
  const labelWidth = Math.max(...columns.map((c) => widthOf(c.title))) + 1;
  const width = Math.max(4, available - labelWidth - 1);
  return {
    mode: 'stacked',
    widths: [],
    header: [],
    rows: rows.map((r) =>
      columns.flatMap((c, i) => {
        const value = r[i] ?? '';
        if (!value) return [];
        const lines = wrapText(value, width);
        return lines.map(
          (l, k) => `${k === 0 ? padTo(`${c.title}：`, labelWidth + 1) : ' '.repeat(labelWidth + 1)}${l}`,
        );
      }),
    ),
  };
}
