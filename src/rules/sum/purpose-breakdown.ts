import type { ProjectTable } from '../../domain/document.js';
import { formatMoney, fromYuan, sumMoney, toYuan } from '../../value/money.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import type { Amount } from '../../facts/money.js';
import { tableFacts } from '../../facts/table-facts.js';

const total = (amounts: Amount[]) => amounts.reduce((acc, a) => acc + a.yuan, 0);

/**
 * The readings of a list of amounts that could add up to the budget: all items, the items without
 * their 其中 parts, and the items without the largest one when it is the sum of the others (a total
 * written without 共/合计).
 */
function readings(items: Amount[]): number[] {
  const top = items.filter((a) => !a.part);
  const sums = [total(items), total(top)];
  const largest = items.reduce((max, a) => (a.yuan > max.yuan ? a : max), items[0]);
  const rest = items.filter((a) => a !== largest);
  if (total(rest) === largest.yuan) sums.push(largest.yuan);
  return sums;
}

/**
 * The amounts itemised in 资金用途 (or in the 绩效目标 text) do not add up to the 预算数. Only texts
 * that itemise at least two amounts are checked; stated totals (共/合计/总投资 …) and unit rates are
 * not items; approximate amounts (约, 30余万元) make the text unchecked.
 */
export const purposeBreakdown: Rule = {
  meta: {
    id: 'sum/purpose-breakdown',
    description: '资金用途（或绩效目标）中列出的各项金额之和与预算数不符',
    severity: 'error',
    tags: ['sum', 'money'],
    messages: {
      sumDiffers: '{{section}}列出的金额 {{amounts}} = {{sum}}，与预算数{{budget}}不符（相差{{gap}}）',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const [tableIndex, table] of document.tables.entries()) {
      if (table.kind !== 'project') continue;
      const { total: budgetTotal, fiscal, other } = table.budget;
      const budget = budgetTotal ?? (fiscal || other ? sumMoney([fiscal, other]) : null);
      if (!budget) continue;
      const { purposeMoney, goalsMoney } = tableFacts(table);
      for (const [section, amounts] of [
        ['资金用途', purposeMoney],
        ['绩效目标', goalsMoney],
      ] as const) {
        const report = breakdown(table, tableIndex, section, amounts, budget);
        if (report) reports.push(report);
      }
    }
    return reports;
  },
};

function breakdown(
  table: ProjectTable,
  tableIndex: number,
  section: string,
  amounts: Amount[] | null,
  budget: string,
): Report | null {
  const items = amounts?.filter((a) => !a.total) ?? [];
  if (items.length < 2) return null;
  const budgetYuan = toYuan(budget);
  if (readings(items).includes(budgetYuan)) return null;
  const shown = items.filter((a) => !a.part).length >= 2 ? items.filter((a) => !a.part) : items;
  const sum = total(shown);
  return {
    messageId: 'sumDiffers',
    data: {
      section,
      amounts: shown.map((a) => a.text).join(' + '),
      sum: formatMoney(fromYuan(sum)),
      budget: formatMoney(budget),
      gap: formatMoney(fromYuan(Math.abs(budgetYuan - sum))),
    },
    location: tableLocation(table, tableIndex, section),
    suggestion: `补全未列出的用途或修正各项金额，使各项之和等于预算数${formatMoney(budget)}`,
  };
}
