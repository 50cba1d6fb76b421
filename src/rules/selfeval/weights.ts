import type { AnySelfEvalTable } from '../../domain/document.js';
import { closeTo, formatPlain, sum2 } from '../../selfeval/numbers.js';
import { scoredIndicators, totalFundRow } from '../../selfeval/table.js';
import { canonicalLevel1, declaredPoints } from '../../selfeval/weights.js';
import { indicatorLocation, tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { selfEvalTables } from './_tables.js';

/**
 * 分值 of the indicators plus that of the execution rate not totalling 100 (0.01 tolerance), the 总分
 * row's 分值 not their sum, a 一级 marked "(50分)" whose indicators add up to something else, a negative 分值.
 */
export const weights: Rule = {
  meta: {
    id: 'selfeval/weights',
    description:
      '自评表的分值（各三级指标分值 + 预算执行率分值）合计不是 100，或与总分栏、一级指标标明的分数不符',
    severity: 'error',
    tags: ['selfeval', 'arithmetic'],
    messages: {
      negativeWeight: '{{name}}：分值为 {{weight}}，不能为负数',
      sumNotHundred: '分值合计为 {{sum}}（预算执行率 {{execution}} + 绩效指标 {{indicators}}），应为 100',
      sumNotHundredNoExecution:
        '分值合计为 {{sum}}（预算执行率未填分值 + 绩效指标 {{indicators}}），应为 100',
      totalWeightDiffers: '总分栏的分值写为 {{written}}，各项分值合计为 {{sum}}',
      declaredDiffers: '一级指标“{{level1}}”标明 {{declared}} 分，其下三级指标分值合计为 {{sum}}',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex } of selfEvalTables(document))
      reports.push(...checkTable(table, tableIndex));
    return reports;
  },
};

function checkTable(table: AnySelfEvalTable, tableIndex: number): Report[] {
  const reports: Report[] = [];
  const rows = scoredIndicators(table);
  const execution = totalFundRow(table)?.row.weight ?? null;
  for (const { indicator, index } of rows) {
    if (indicator.weight != null && indicator.weight < 0) {
      reports.push({
        messageId: 'negativeWeight',
        data: { name: indicator.name || indicator.level2, weight: formatPlain(indicator.weight) },
        location: indicatorLocation(table, tableIndex, indicator, index, '分值'),
        suggestion: '分值应为正数',
      });
    }
  }
  const indicatorWeights = rows.flatMap(({ indicator }) =>
    indicator.weight == null ? [] : [indicator.weight],
  );
  if (indicatorWeights.length === 0 && execution == null) return reports;
  const indicatorSum = sum2(indicatorWeights);
  const sum = sum2([execution ?? 0, indicatorSum]);
  if (!closeTo(sum, 100)) {
    reports.push({
      messageId: execution == null ? 'sumNotHundredNoExecution' : 'sumNotHundred',
      data: {
        sum: formatPlain(sum),
        execution: execution == null ? '' : formatPlain(execution),
        indicators: formatPlain(indicatorSum),
      },
      location: tableLocation(table, tableIndex, '绩效指标', '分值'),
      suggestion:
        '调整各指标分值，使其与预算执行率分值之和为 100（默认：执行率 10、产出 50、效益 30、满意度 10）',
    });
  }
  if (table.totalWeight != null && !closeTo(table.totalWeight, sum)) {
    reports.push({
      messageId: 'totalWeightDiffers',
      data: { written: formatPlain(table.totalWeight), sum: formatPlain(sum) },
      location: tableLocation(table, tableIndex, '总分', '分值'),
      suggestion: `把总分栏的分值改为 ${formatPlain(sum)}`,
    });
  }
  reports.push(...checkDeclaredPoints(table, tableIndex));
  return reports;
}

/** "产出指标(50分)": the 分值 of its indicators must add up to 50. */
function checkDeclaredPoints(table: AnySelfEvalTable, tableIndex: number): Report[] {
  const groups = new Map<string, { declared: number | null; weights: number[] }>();
  for (const { indicator } of scoredIndicators(table)) {
    const name = canonicalLevel1(indicator.level1);
    const group = groups.get(name) ?? { declared: null, weights: [] };
    group.declared ??= declaredPoints(indicator.level1);
    if (indicator.weight != null) group.weights.push(indicator.weight);
    groups.set(name, group);
  }
  const reports: Report[] = [];
  for (const [name, { declared, weights }] of groups) {
    if (declared === null || weights.length === 0 || closeTo(sum2(weights), declared)) continue;
    reports.push({
      messageId: 'declaredDiffers',
      data: { level1: name, declared: formatPlain(declared), sum: formatPlain(sum2(weights)) },
      location: tableLocation(table, tableIndex, '绩效指标', '分值'),
      suggestion: `调整“${name}”下各指标的分值，或改正标明的分数`,
    });
  }
  return reports;
}
