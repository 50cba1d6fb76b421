import type { AnySelfEvalTable, SelfEvalFundRow } from '../../domain/document.js';
import type { Money } from '../../domain/money.js';
import { formatPercent } from '../../selfeval/numbers.js';
import { totalFundRow } from '../../selfeval/table.js';
import { formatMoney, toYuan } from '../../value/money.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { fundLabel, fundsSection, selfEvalTables } from './_tables.js';

/**
 * 执行数 above 预算数 (执行率 over 100%): spending beyond the budget must be explained, or the figures
 * are wrong. Funds rows (the 年度资金总额, and its parts when the total itself is within budget), the
 * tasks of a whole-unit table, and a 执行率 written over 100% where the amounts are not given.
 */
export const overspending: Rule = {
  meta: {
    id: 'selfeval/overspending',
    description: '自评表中执行数超过预算数（执行率超过 100%，超支），需要说明原因',
    severity: 'warning',
    tags: ['selfeval', 'money'],
    messages: {
      spentOverBudget: '{{row}}：全年执行数 {{spent}} 超过{{basis}} {{budget}}，执行率 {{rate}}（超支）',
      rateOverHundred: '{{row}}：执行率写为 {{rate}}，超过 100%（超支）',
      taskOverBudget: '任务“{{task}}”：执行数 {{spent}} 超过预算数 {{budget}}，执行率 {{rate}}（超支）',
    },
  },
  check({ document }) {
    return selfEvalTables(document).flatMap(({ table, tableIndex }) => [
      ...checkFunds(table, tableIndex),
      ...checkTasks(table, tableIndex),
    ]);
  },
};

const SUGGESTION =
  '核对执行数与预算数（是否漏记预算调整、记错科目）；确属超支的，在偏差原因或说明中写明超支的原因和资金来源';

/** spent / budget when both are given and the budget is positive. */
function rate(budget: Money | null, spent: Money | null): number | null {
  if (budget == null || spent == null || toYuan(budget) <= 0) return null;
  return toYuan(spent) / toYuan(budget);
}

/** A 执行率 as written ("105%", "1.05"), as a share; null when unreadable. */
function writtenRate(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  if (!m) return null;
  const value = Number(m[1]);
  return m[2] === '%' || value > 2 ? value / 100 : value;
}

function overspent(row: SelfEvalFundRow): { rate: number; from: 'amounts' | 'rate' } | null {
  const fromAmounts = rate(row.full ?? row.initial, row.spent);
  if (fromAmounts != null) return fromAmounts > 1 ? { rate: fromAmounts, from: 'amounts' } : null;
  const written = row.rate.trim() ? writtenRate(row.rate) : null;
  return written != null && written > 1 ? { rate: written, from: 'rate' } : null;
}

function checkFunds(table: AnySelfEvalTable, tableIndex: number): Report[] {
  const total = totalFundRow(table);
  const rows = total && overspent(total.row) ? [total.row] : table.funds;
  return rows.flatMap((row): Report[] => {
    const found = overspent(row);
    if (!found) return [];
    const name = fundLabel(row.label);
    const budget = row.full ?? row.initial;
    return [
      {
        ...(found.from === 'amounts'
          ? {
              messageId: 'spentOverBudget',
              data: {
                row: name,
                spent: formatMoney(row.spent),
                basis: row.full != null ? '全年预算数' : '年初预算数',
                budget: formatMoney(budget),
                rate: formatPercent(found.rate),
              },
            }
          : { messageId: 'rateOverHundred', data: { row: name, rate: row.rate.trim() } }),
        location: tableLocation(table, tableIndex, fundsSection(table), '全年执行数'),
        suggestion: SUGGESTION,
      },
    ];
  });
}

function checkTasks(table: AnySelfEvalTable, tableIndex: number): Report[] {
  if (table.kind !== 'department-self-evaluation') return [];
  return table.tasks.flatMap((task, i): Report[] => {
    const found = rate(task.budget, task.spent);
    if (found == null || found <= 1) return [];
    return [
      {
        messageId: 'taskOverBudget',
        data: {
          task: task.name || `第${i + 1}行`,
          spent: formatMoney(task.spent),
          budget: formatMoney(task.budget),
          rate: formatPercent(found),
        },
        location: tableLocation(table, tableIndex, '年度主要任务', '执行数'),
        suggestion: SUGGESTION,
      },
    ];
  });
}
