import type { Indicator, Table } from '../../domain/document.js';
import { isCostLevel } from '../../domain/framework.js';
import { formatMoney, sumMoney, toYuan } from '../../value/money.js';
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

/** The budget a cost must stay within, in 元, and what to call it; null when the table states none. */
export function budgetOf(table: Table): { yuan: number; label: string } | null {
  if (table.kind === 'project') {
    const { total, fiscal, other } = table.budget;
    const money = total ?? (fiscal || other ? sumMoney([fiscal, other]) : null);
    return money ? { yuan: toYuan(money), label: `项目预算数${formatMoney(money)}` } : null;
  }
  if (table.kind === 'department') {
    const totals = table.tasks.map((t) => t.funding.total).filter((m) => m !== null);
    const money = totals.length ? sumMoney(totals) : (table.tasksTotal?.total ?? null);
    return money ? { yuan: toYuan(money), label: `全部年度任务的预算合计${formatMoney(money)}` } : null;
  }
  const row = table.funds.find((f) => /总额|合计/.test(f.label)) ?? table.funds[0];
  const money = row?.full ?? row?.initial ?? null;
  const whose = table.kind === 'self-evaluation' ? '项目' : '';
  return money ? { yuan: toYuan(money), label: `${whose}全年预算数${formatMoney(money)}` } : null;
}
