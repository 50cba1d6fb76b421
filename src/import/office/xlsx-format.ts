/**
 * A cell's number as the sheet shows it, for the formats that matter in target tables: 0.00,
 * #,##0.00, 0%, 0.0%, dates (as 2025-03-01) and times.
 */

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

/** The format without its quoted text and [colour]/[locale] parts: what decides dates. */
const bare = (numFmt: string): string => numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');

/** A date or time format (as Excel decides it: y, m, d, h, s in the format). */
export function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && /[ymdhMsb]/.test(bare(numFmt));
}

/** A serial date (days since 1899-12-30, or 1904-01-01) as the sheet shows it: a date, or a time. */
export function formatSerialDate(serial: number, numFmt: string, date1904: boolean): string {
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  if (Number.isNaN(date.getTime())) return String(serial);
  const format = bare(numFmt);
  return /[yd]/i.test(format) || !/[hs]/i.test(format)
    ? formatDate(date)
    : formatTime(date, /s/i.test(format));
}

export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function formatTime(date: Date, seconds: boolean): string {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return seconds ? `${time}:${pad(date.getUTCSeconds())}` : time;
}

const pad = (n: number): string => String(n).padStart(2, '0');
