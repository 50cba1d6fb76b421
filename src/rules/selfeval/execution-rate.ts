import type { SelfEvalTable } from '../../domain/document.js';
import { rateAgrees, scoreExecution } from '../../selfeval/execution.js';
import { closeTo, formatPercent, formatPlain, formatScore } from '../../selfeval/numbers.js';
import { totalFundRow } from '../../selfeval/table.js';
import { formatNumber } from '../../value/format-value.js';
import { toYuan } from '../../value/money.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';

/** 执行率 ≠ 全年执行数 / 全年预算数 (年初预算数 when 全年 is blank), or 得分 ≠ min(分值, 执行率 × 分值). */
export const executionRate: Rule = {
  meta: {
    id: 'selfeval/execution-rate',
    description: '自评表的预算执行率不等于全年执行数 / 全年预算数，或其得分不等于 min(分值, 执行率 × 分值)',
    severity: 'error',
    tags: ['selfeval', 'arithmetic'],
  },
  check({ document }) {
    const reports: Report[] = [];
    document.tables.forEach((table, tableIndex) => {
      if (table.kind !== 'self-evaluation') return;
      reports.push(...checkTable(table, tableIndex));
    });
    return reports;
  },
};

function checkTable(table: SelfEvalTable, tableIndex: number): Report[] {
  const total = totalFundRow(table);
  if (!total) return [];
  const { row } = total;
  const result = scoreExecution({
    initial: row.initial,
    full: row.full,
    spent: row.spent,
    weight: row.weight ?? 0,
  });
  if (!result.ok) return [];
  const basis = `${result.budgetSource === 'full' ? '全年预算数' : '年初预算数（全年预算数空缺）'} ${formatNumber(toYuan(result.budget) / 10_000)}`;
  const spent = formatNumber(toYuan(row.spent ?? '0') / 10_000);
  const reports: Report[] = [];
  const rate = row.rate.trim();
  if (rate && rateAgrees(rate, result.rate) === false) {
    reports.push({
      message: `预算执行率写为 ${rate}，按全年执行数 ${spent} / ${basis} 计算应为 ${formatPercent(result.rate)}`,
      location: tableLocation(table, tableIndex, '项目资金', '执行率'),
      suggestion: `把执行率改为 ${formatPercent(result.rate)}`,
    });
  }
  if (row.weight != null && row.score != null) {
    const expected = result.score;
    if (!closeTo(row.score, expected)) {
      reports.push({
        message:
          `预算执行率得分写为 ${formatPlain(row.score)}，按 min(分值 ${formatPlain(row.weight)}, 执行率 ${formatPercent(result.rate)} × ${formatPlain(row.weight)}) ` +
          `应为 ${formatScore(expected)}`,
        location: tableLocation(table, tableIndex, '项目资金', '得分'),
        suggestion: `把预算执行率得分改为 ${formatScore(expected)}，并相应修改总分`,
      });
    }
  }
  return reports;
}
