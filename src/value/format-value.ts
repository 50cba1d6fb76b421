import type { IndicatorValue } from './schema.js';

/** A number as a table writes it: no exponent, no trailing zeros beyond what it needs. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  return Number(n.toFixed(4)).toString();
}

/** Canonical text of a parsed value: `>=95%` → `≥95%`, `≥ 1,434 户` → `≥1434户`. */
export function formatValue(value: IndicatorValue): string {
  if (!value.quantitative) return value.text.trim();
  const op = value.opExplicit && value.op ? value.op : '';
  if (value.kind === 'deadline') {
    const [month, day] = value.numbers;
    return day !== undefined ? `${op}${month}月${day}日` : `${op}${month}月底`;
  }
  return `${op}${value.numbers.map(formatNumber).join('/')}${value.unit}`;
}
