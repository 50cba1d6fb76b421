import type { Indicator } from '../../domain/document.js';
import { indicatorLocation } from '../helpers.js';
import { isTemplateRow } from '../structure/_placeholder.js';
import type { Report, Rule } from '../types.js';
import { nameKey } from './_keys.js';

/** The same 三级 indicator twice in one table (the later rows are reported, naming the first). */
export const duplicateIndicator: Rule = {
  meta: {
    id: 'dup/indicator',
    description: '同一张表中同一个三级指标出现了两次或以上',
    severity: 'warning',
    tags: ['duplicate'],
    messages: {
      repeatedSameValue:
        '三级指标“{{name}}”在本表中重复出现（第{{first}}个和第{{second}}个指标，指标值都是“{{value}}”）',
      repeatedOtherValue:
        '三级指标“{{name}}”在本表中重复出现（第{{first}}个和第{{second}}个指标，指标值不同：前一处为“{{before}}”，此处为“{{value}}”）',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const [tableIndex, table] of document.tables.entries()) {
      const first = new Map<string, { indicator: Indicator; index: number }>();
      for (const [index, indicator] of (table.indicators as Indicator[]).entries()) {
        if (indicator.status === 'rejected' || isTemplateRow(indicator)) continue;
        const key = nameKey(indicator.name);
        if (!key) continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { indicator, index });
          continue;
        }
        const a = earlier.indicator.value.text.trim();
        const b = indicator.value.text.trim();
        reports.push({
          messageId: a === b ? 'repeatedSameValue' : 'repeatedOtherValue',
          data: {
            name: indicator.name,
            first: earlier.index + 1,
            second: index + 1,
            before: a || '空白',
            value: b || '空白',
          },
          location: indicatorLocation(table, tableIndex, indicator, index, '三级指标'),
          suggestion:
            a === b
              ? '删除重复的一行。'
              : '合并为一行并确定一个指标值；若是两项不同的工作，请在名称中写明区别。',
        });
      }
    }
    return reports;
  },
};
