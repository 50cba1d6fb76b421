import { formatNumber } from '../value/format-value.js';

/** Rounds half away from zero to 2 decimals (1.005 → 1.01, which plain Math.round(x * 100) gets wrong). */
export function round2(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const sign = n < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(n) * 100 + 1e-7)) / 100;
}

/** A score or weight in whole hundredths, for exact sums and comparisons. */
export function hundredths(n: number): number {
  return Math.round(round2(n) * 100);
}

/** Sum of 2-decimal numbers without floating-point drift. */
export function sum2(values: number[]): number {
  return values.reduce((acc, v) => acc + hundredths(v), 0) / 100;
}

/** Whether two scores agree within `tolerance` (0.01 by default) once rounded to 2 decimals. */
export function closeTo(a: number, b: number, tolerance = 0.01): boolean {
  return Math.abs(hundredths(a) - hundredths(b)) <= Math.round(tolerance * 100);
}

/** A score as the tables write it in explanations: always two decimals ("7.30"). */
export function formatScore(n: number): string {
  return round2(n).toFixed(2);
}

/** A share (0.7303) as a percentage with two decimals ("73.03%"). */
export function formatPercent(share: number): string {
  return `${round2(share * 100).toFixed(2)}%`;
}

/** A number for messages: no trailing zeros ("97.3", "100"). */
export function formatPlain(n: number): string {
  return formatNumber(round2(n));
}
