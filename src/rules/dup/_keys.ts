import type { Indicator } from '../../domain/document.js';
import { isGenericRowName } from '../../domain/project-model.js';
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
 * Whether a shared row says something particular to a project: a count, an amount, words, or a rate
 * of an object of its own (道路修复完成率, 路面平整合格率). Not particular: a row any project may have,
 * decided by its name (满意度, 预算执行率, 资金支付及时率: no object but money, schedule or people
 * served — src/domain/project-model.ts), a deadline or response time, zero incidents, and a drafter's
 * placeholder still to be filled.
 */
export function isSpecific(indicator: Indicator): boolean {
  const { value } = indicator;
  if (indicator.placeholder || value.kind === 'blank' || value.kind === 'deadline') return false;
  if (value.quantitative && value.numbers.every((n) => n === 0)) return false; // 安全事故 =0起: a norm
  if (value.kind === 'number' && isTimeUnit(value.unit)) return false;
  return !isGenericRowName(indicator.name);
}
