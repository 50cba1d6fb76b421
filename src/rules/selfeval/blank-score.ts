import type { AnySelfEvalTable, JixiaoDocument } from '../../domain/document.js';
import { formatPlain, formatScore } from '../../selfeval/numbers.js';
import {
  scoredIndicators,
  scoreTableExecution,
  scoreTableIndicator,
  totalFundRow,
} from '../../selfeval/table.js';
import { indicatorLocation, tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { fundsSection, selfEvalTables } from './_tables.js';

/**
 * A 分值 with no 得分 beside it: an indicator, the scored 年度资金总额 row, or the 总分 row. Where the
 * scoring rules give the score (a number against a numeric target), the suggestion names it. Rows
 * without a target are value/missing-target's.
 */
export const blankScore: Rule = {
  meta: {
    id: 'selfeval/blank-score',
    description: '自评表中给了分值却没有填写得分（指标、预算执行率或总分）',
    severity: 'error',
    tags: ['selfeval', 'completeness'],
    messages: {
      executionUnscored: '预算执行率有分值 {{weight}}，但没有填写得分',
      totalUnscored: '总分栏有分值 {{weight}}，但没有填写总得分',
      indicatorUnscored: '{{name}}：分值 {{weight}}，但没有填写得分',
    },
  },
  check({ document }) {
    return selfEvalTables(document).flatMap(({ table, tableIndex }) => [
      ...checkTotals(table, tableIndex),
      ...checkIndicators(document, table, tableIndex),
    ]);
  },
};

function checkTotals(table: AnySelfEvalTable, tableIndex: number): Report[] {
  const reports: Report[] = [];
  const total = totalFundRow(table)?.row;
  if (total && total.weight != null && total.score == null) {
    const execution = scoreTableExecution(table);
    reports.push({
      messageId: 'executionUnscored',
      data: { weight: formatPlain(total.weight) },
      location: tableLocation(table, tableIndex, fundsSection(table), '得分'),
      suggestion: execution?.ok
        ? `填写得分 ${formatScore(execution.score)}（${execution.explain}）`
        : '填写全年预算数和全年执行数，按 min(分值, 执行率 × 分值) 计算得分',
    });
  }
  if (table.totalWeight != null && table.totalScore == null) {
    reports.push({
      messageId: 'totalUnscored',
      data: { weight: formatPlain(table.totalWeight) },
      location: tableLocation(table, tableIndex, '总分', '得分'),
      suggestion: '把预算执行率得分与各指标得分相加，填入总分，并据此确定评价等级',
    });
  }
  return reports;
}

function checkIndicators(document: JixiaoDocument, table: AnySelfEvalTable, tableIndex: number): Report[] {
  const reports: Report[] = [];
  for (const { indicator, index } of scoredIndicators(table)) {
    if (indicator.weight == null || indicator.score != null || indicator.value.kind === 'blank') continue;
    const result = scoreTableIndicator(indicator, { year: document.unit.year });
    reports.push({
      messageId: 'indicatorUnscored',
      data: { name: indicator.name || indicator.level2, weight: formatPlain(indicator.weight) },
      location: indicatorLocation(table, tableIndex, indicator, index, '得分'),
      suggestion:
        result?.ok && result.kind === 'quantitative'
          ? `按评分规则填写得分 ${formatScore(result.score)}（${result.explain}）`
          : '按实际完成情况评分：定性指标先评等级（达成年度指标 / 部分达成并具有一定效果 / 未达成且效果较差），再在该等级的分数段内给分',
    });
  }
  return reports;
}
