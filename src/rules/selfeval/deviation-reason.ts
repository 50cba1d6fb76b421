import { formatPlain, hundredths } from '../../selfeval/numbers.js';
import { scoredIndicators } from '../../selfeval/table.js';
import { parseValue } from '../../value/parse-value.js';
import { indicatorLocation } from '../helpers.js';
import { selfEvalTables } from './_tables.js';
import type { Report, Rule } from '../types.js';

/** 得分 below 分值 with no 偏差原因分析及改进措施 (blank, 无, /, …… count as none). */
export const deviationReason: Rule = {
  meta: {
    id: 'selfeval/deviation-reason',
    description: '自评表中得分低于分值的指标没有填写偏差原因分析及改进措施',
    severity: 'warning',
    tags: ['selfeval', 'completeness'],
    messages: { noReason: '{{name}}：得分 {{score}} 低于分值 {{weight}}，但没有填写偏差原因分析及改进措施' },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex } of selfEvalTables(document)) {
      for (const { indicator, index } of scoredIndicators(table)) {
        const { weight, score } = indicator;
        if (weight == null || score == null || hundredths(score) >= hundredths(weight)) continue;
        if (parseValue(indicator.reason).kind !== 'blank') continue;
        reports.push({
          messageId: 'noReason',
          data: {
            name: indicator.name || indicator.level2,
            score: formatPlain(score),
            weight: formatPlain(weight),
          },
          location: indicatorLocation(table, tableIndex, indicator, index, '偏差原因分析及改进措施'),
          suggestion: '写明未达到年度指标值的原因，以及下一步的改进措施',
        });
      }
    }
    return reports;
  },
};
