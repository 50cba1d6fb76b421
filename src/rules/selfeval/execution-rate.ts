import type { AnySelfEvalTable, SelfEvalFundRow } from '../../domain/document.js';
import { rateAgrees, scoreExecution } from '../../selfeval/execution.js';
import { closeTo, formatPercent, formatPlain, formatScore } from '../../selfeval/numbers.js';
import { totalFundRow } from '../../selfeval/table.js';
import { formatNumber } from '../../value/format-value.js';
import { toYuan } from '../../value/money.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { fundLabel, fundsSection, selfEvalTables } from './_tables.js';

/**
 * 执行率 ≠ 全年执行数 / 全年预算数 (年初预算数 when 全年 is blank) on any funds row where it is
 * written, or the scored 年度资金总额 row's 得分 ≠ min(分值, 执行率 × 分值). Both kinds of self-evaluation.
 */
export const executionRate: Rule = {
  meta: {
    id: 'selfeval/execution-rate',
    description: '自评表的预算执行率不等于全年执行数 / 全年预算数，或其得分不等于 min(分值, 执行率 × 分值)',
    severity: 'error',
    tags: ['selfeval', 'arithmetic'],
    messages: {
      rateDiffers:
        '预算执行率写为 {{written}}，按全年执行数 {{spent}} / {{basis}} {{budget}} 计算应为 {{expected}}',
      rowRateDiffers:
        '{{row}}的执行率写为 {{written}}，按全年执行数 {{spent}} / {{basis}} {{budget}} 计算应为 {{expected}}',
      scoreDiffers:
        '预算执行率得分写为 {{written}}，按 min(分值 {{weight}}, 执行率 {{rate}} × {{weight}}) 应为 {{expected}}',
    },
  },
  check({ document }) {
    return selfEvalTables(document).flatMap(({ table, tableIndex }) => checkTable(table, tableIndex));
  },
};

function checkTable(table: AnySelfEvalTable, tableIndex: number): Report[] {
  const total = totalFundRow(table);
  const section = fundsSection(table);
  const reports: Report[] = [];
  table.funds.forEach((row, index) => {
    const scored = index === total?.index;
    const name = scored ? '预算执行率' : `${fundLabel(row.label)}的执行率`;
    const result = scoreExecution({ ...amounts(row), weight: row.weight ?? 0 });
    if (!result.ok) return;
    const basis = result.budgetSource === 'full' ? '全年预算数' : '年初预算数（全年预算数空缺）';
    const budget = formatNumber(toYuan(result.budget) / 10_000);
    const spent = formatNumber(toYuan(row.spent ?? '0') / 10_000);
    const rate = row.rate.trim();
    if (rate && rateAgrees(rate, result.rate) === false) {
      reports.push({
        messageId: scored ? 'rateDiffers' : 'rowRateDiffers',
        data: {
          ...(scored ? {} : { row: fundLabel(row.label) }),
          written: rate,
          spent,
          basis,
          budget,
          expected: formatPercent(result.rate),
        },
        location: tableLocation(table, tableIndex, section, '执行率'),
        suggestion: `把${name}改为 ${formatPercent(result.rate)}`,
      });
    }
    if (!scored || row.weight == null || row.score == null || closeTo(row.score, result.score)) return;
    reports.push({
      messageId: 'scoreDiffers',
      data: {
        written: formatPlain(row.score),
        weight: formatPlain(row.weight),
        rate: formatPercent(result.rate),
        expected: formatScore(result.score),
      },
      location: tableLocation(table, tableIndex, section, '得分'),
      suggestion: `把预算执行率得分改为 ${formatScore(result.score)}，并相应修改总分`,
    });
  });
  return reports;
}

function amounts(row: SelfEvalFundRow) {
  return { initial: row.initial, full: row.full, spent: row.spent };
}
