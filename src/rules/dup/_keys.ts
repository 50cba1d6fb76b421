import type { Indicator } from '../../domain/document.js';
import { isTimeUnit } from '../../value/units.js';

/** Drafted and copied tables repeat names: each distinct name is folded once. */
const NAME_KEYS = new Map<string, string>();

/**
 * An indicator name for comparison: full-width forms, spaces and punctuation do not count, nor a
 * unit note at the end ("项目前期私房摸底调查数量（户）" = "项目前期私房摸底调查数量").
 */
export function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[(（][^()（）]{1,12}[)）]$/, '')
      .replace(/[\p{P}\p{S}]/gu, '')
      .toLowerCase();
    if (NAME_KEYS.size > 20_000) NAME_KEYS.clear();
    NAME_KEYS.set(name, key);
  }
  return key;
}

/** Name and target as written (spaces aside): two rows with the same key say word for word the same thing. */
export function indicatorKey(indicator: Indicator): string {
  return `${nameKey(indicator.name)}=${indicator.value.text.replace(/\s+/g, '')}`;
}

/**
 * Whether a shared row says something particular to a project (a count, an amount, words), not a
 * generic norm (a rate, a deadline, a response time, zero incidents) nor a drafter's placeholder still to be filled.
 */
export function isSpecific(indicator: Indicator): boolean {
  const { value } = indicator;
  if (indicator.placeholder || value.kind === 'blank' || value.kind === 'deadline') return false;
  if (value.quantitative && value.numbers.every((n) => n === 0)) return false; // 安全事故 =0起: a norm
  return !(value.kind === 'number' && (value.unit === '%' || isTimeUnit(value.unit)));
}
