import type { Indicator } from '../../domain/document.js';
import { isCostLevel } from '../../domain/framework.js';
import { isMoneyUnit } from '../../value/units.js';
import { indicatorUnit, unitMeasure } from '../value/_units.js';

/**
 * Cost indicators that must be an amount of money: 成本指标 under 产出 (local framework) and
 * 经济成本指标 (central-2021). 社会成本 and 生态环境成本 measure harm in other units and are left alone.
 */
export function isMoneyCost(indicator: Pick<Indicator, 'level1' | 'level2'>): boolean {
  const level1 = indicator.level1.normalize('NFKC').replace(/\s+/g, '');
  const level2 = indicator.level2.normalize('NFKC').replace(/\s+/g, '');
  return isCostLevel(level1, level2) && !/社会|生态|环境/.test(level2);
}

/** Whether the value is money: a number in 万元, 元/人 … (the unit may stand in the name: `经费（万元）`). */
export function isMoneyValue(indicator: Indicator): boolean {
  return indicator.value.kind === 'number' && isMoneyUnit(indicatorUnit(indicator));
}

/** A whole amount (not a unit cost) in 元: `≤45万元` → 450000; null for `≤0.5万元/人` or non-money. */
export function totalYuan(indicator: Indicator): number | null {
  const value = indicator.value;
  const unit = indicatorUnit(indicator);
  if (value.kind !== 'number' || value.numbers.length !== 1 || !isMoneyUnit(unit) || unit.includes('/'))
    return null;
  const measure = unitMeasure(unit);
  return measure ? Math.round(value.numbers[0] * measure.factor) : null;
}
