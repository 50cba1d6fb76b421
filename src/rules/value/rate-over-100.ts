import { formatNumber, formatValue } from '../../value/format-value.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { indicatorUnit, isGrowthName } from './_units.js';

/**
 * A share cannot exceed 100%: `≥100%` / `>100%` can only mean (or can never be met beyond) 100%,
 * and `=120%` is a typo or a misunderstanding. Growth and change rates (增长率 ≥120%) may exceed it.
 */
export const rateOver100: Rule = {
  meta: {
    id: 'value/rate-over-100',
    description: '比率超过100%，或写成 ≥100% / >100%',
    severity: 'error',
    tags: ['value'],
    messages: {
      overHundred: '{{name}}：指标值为{{value}}，比率不能超过100%（{{over}}%）',
      atLeastHundred: '{{name}}：指标值为{{value}}，比率不能超过100%，“≥100%”实际就是100%',
      aboveHundred: '{{name}}：指标值为{{value}}，比率不可能超过100%，该目标无法达到',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      const value = indicator.value;
      if (!value.quantitative || value.kind === 'deadline' || indicatorUnit(indicator) !== '%') continue;
      if (isGrowthName(indicator.name)) continue;
      const name = indicator.name || indicator.level2;
      const shown = formatValue(value);
      const location = indicatorLocation(table, tableIndex, indicator, indicatorIndex);
      const over = value.numbers.find((n) => n > 100);
      if (over !== undefined) {
        reports.push({
          messageId: 'overHundred',
          data: { name, value: shown, over: formatNumber(over) },
          location,
          suggestion: '核对数值：比率应在0%–100%之间，全部完成写 =100%',
        });
      } else if (value.numbers.includes(100) && (value.op === '≥' || value.op === '>')) {
        reports.push({
          messageId: value.op === '≥' ? 'atLeastHundred' : 'aboveHundred',
          data: { name, value: shown },
          location,
          suggestion: '改为 =100%',
        });
      }
    }
    return reports;
  },
};
