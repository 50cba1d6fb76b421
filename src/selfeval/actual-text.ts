import type { IndicatorValue } from '../domain/value.js';
import { parseValue } from '../value/parse-value.js';

/**
 * The 实际完成值 as an exported table shows it: a bare number entered against a target with a
 * unit gets that unit (≥95% and 100 → "100%", ≥200人次 and 230 → "230人次", 1/160人 and 1/170 →
 * "1/170人"). Anything else is shown as typed: an actual with its own unit or a direction, a
 * deadline ("11月"), words, and every actual of a deadline, qualitative or unit-less target. The
 * scoring reads both forms alike (the unit is the target's), so an exported file scores the same.
 */
export function actualWithUnit(indicator: { value: IndicatorValue; actual: string }): string {
  const { value } = indicator;
  const typed = indicator.actual.trim();
  if (!value.quantitative || value.kind === 'deadline' || !value.unit) return typed;
  const actual = parseValue(typed);
  const bare =
    (actual.kind === 'number' || actual.kind === 'composite') &&
    !actual.opExplicit &&
    actual.unitRaw === '' &&
    actual.numbers.length === value.numbers.length;
  return bare ? `${typed}${value.unit}` : typed;
}
