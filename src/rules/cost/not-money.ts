import { formatValue } from '../../value/format-value.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { indicatorUnit, isRateName } from '../value/_units.js';
import { isMoneyCost, isMoneyValue } from './_money.js';

/** Why a cost value is not money (a key of the rule's messages). */
function what(kind: string, unit: string, name: string): Pick<Report, 'messageId'> {
  if (kind === 'qualitative') return { messageId: 'text' };
  if (kind === 'deadline') return { messageId: 'time' };
  if (unit === '%' || isRateName(name)) return { messageId: 'rate' };
  return { messageId: 'otherUnit' };
}

/**
 * A 成本指标 (经济成本指标) whose value is not an amount of money: 预算执行率 100%, 可控, 年度维护成本增长率
 * ≤10%. A number with no unit at all is value/unit-mismatch's; a blank value is value/missing-target's.
 */
export const notMoney: Rule = {
  meta: {
    id: 'cost/not-money',
    description: '成本指标的指标值不是金额（比率、“可控”等）',
    severity: 'warning',
    tags: ['cost', 'measurability'],
    messages: {
      text: '成本指标“{{name}}”的指标值“{{value}}”是文字，不是金额',
      time: '成本指标“{{name}}”的指标值“{{value}}”是时间，不是金额',
      rate: '成本指标“{{name}}”的指标值“{{value}}”是比率，不是成本',
      otherUnit: '成本指标“{{name}}”的指标值“{{value}}”以“{{unit}}”为单位，不是金额',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      const value = indicator.value;
      if (
        !isMoneyCost(indicator) ||
        indicator.placeholder ||
        value.kind === 'blank' ||
        isMoneyValue(indicator)
      )
        continue;
      const unit = indicatorUnit(indicator);
      if (value.kind === 'number' && !unit) continue;
      const rate = unit === '%' || isRateName(indicator.name);
      reports.push({
        ...what(value.kind, unit, indicator.name),
        data: {
          name: indicator.name || indicator.level2,
          value: formatValue(value) || value.text.trim(),
          unit,
        },
        location: indicatorLocation(table, tableIndex, indicator, indicatorIndex),
        suggestion:
          rate && /执行率/.test(indicator.name)
            ? '预算执行率在自评时另行计分，不作成本指标；改为本项目的具体成本，例如 人均培训成本 ≤0.05万元/人、项目总成本 ≤6万元'
            : '写成金额上限或单位成本，例如 ≤45万元、≤0.5万元/人',
      });
    }
    return reports;
  },
};
