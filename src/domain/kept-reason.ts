import type { Indicator } from './document.js';

/**
 * A kept error's reason on paper: one 说明 row under the table, "指标“…”保留原因：…", written by the
 * Word/Excel/Markdown exporters and read back by the importer (so `check` on the file says 提示,
 * as it does on the JSON).
 */

export const KEPT_REASON_LABEL = '说明';

export function keptReasonText(indicator: Pick<Indicator, 'name' | 'level2'>, reason: string): string {
  return `指标“${indicator.name || indicator.level2}”保留原因：${reason}`;
}

/** The 说明 texts of the kept indicators of a table, in row order. */
export function keptReasonTexts(
  indicators: Array<Pick<Indicator, 'name' | 'level2' | 'keptReason'>>,
): string[] {
  return indicators.flatMap((i) => (i.keptReason ? [keptReasonText(i, i.keptReason)] : []));
}

const KEPT = /指标[“"]([^”"]+)[”"]保留原因[：:]\s*([\s\S]+)$/;

/** A note row read back ("说明 | 指标“…”保留原因：…", "说明：指标…"): the indicator's name and the reason. */
export function readKeptReason(note: string): { name: string; reason: string } | null {
  const m = KEPT.exec(note.trim());
  if (!m?.[1] || !m[2]) return null;
  return { name: m[1].trim(), reason: m[2].trim() };
}

/**
 * A table read from a file: its 说明 rows that carry a kept reason go back onto their indicators
 * (the first of that name without a reason); the other notes stay notes.
 */
export function withKeptReasons<T extends { indicators: Indicator[]; notes?: string[] }>(table: T): T {
  if (!table.notes?.length) return table;
  const indicators = [...table.indicators];
  const notes = table.notes.filter((note) => {
    const kept = readKeptReason(note);
    if (!kept) return true;
    const i = indicators.findIndex((x) => !x.keptReason && (x.name || x.level2) === kept.name);
    if (i === -1) return true;
    indicators[i] = { ...indicators[i]!, keptReason: kept.reason };
    return false;
  });
  if (notes.length === table.notes.length) return table;
  const { notes: _old, ...rest } = table;
  return { ...rest, indicators, ...(notes.length ? { notes } : {}) } as T;
}
