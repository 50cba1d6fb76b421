import type { Table } from '../../domain/document.js';
import { formatNumber, formatValue } from '../../value/format-value.js';
import { formatMoney, fromYuan } from '../../value/money.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { budgetOf, isMoneyCost, totalYuan } from './_money.js';

/** 元 → "85.00万元" for messages (any size: a typo may make it huge). */
const wan = (yuan: number) =>
  Math.abs(yuan) < 1e15 ? formatMoney(fromYuan(yuan)) : `${formatNumber(yuan / 10_000)}万元`;

/** A cost ceiling (≤N万元, =N元 …) above the budget of its project, or of all tasks of a department. */
export const exceedsBudget: Rule = {
  meta: {
    id: 'cost/exceeds-budget',
    description: '成本指标的金额超过项目预算（部门整体表：超过全部任务预算合计）',
    severity: 'error',
    tags: ['cost', 'consistency'],
    messages: { overBudget: '{{name}}：成本{{value}}（{{cost}}）超过{{budget}}' },
  },
  check({ document }) {
    const reports: Report[] = [];
    const budgets = new Map<Table, ReturnType<typeof budgetOf>>();
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      if (!isMoneyCost(indicator) || indicator.value.op === '≥' || indicator.value.op === '>') continue;
      const cost = totalYuan(indicator);
      if (cost === null) continue;
      if (!budgets.has(table)) budgets.set(table, budgetOf(table));
      const budget = budgets.get(table);
      if (!budget || budget.yuan <= 0 || cost <= budget.yuan) continue;
      reports.push({
        messageId: 'overBudget',
        data: {
          name: indicator.name || indicator.level2,
          value: formatValue(indicator.value),
          cost: wan(cost),
          budget: budget.label,
        },
        location: indicatorLocation(table, tableIndex, indicator, indicatorIndex),
        suggestion: `成本不能超过预算：核对金额和单位（元/万元），改为不超过 ${formatMoney(fromYuan(budget.yuan))}`,
      });
    }
    return reports;
  },
};
