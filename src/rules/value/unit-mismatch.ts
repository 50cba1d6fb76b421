import type { Indicator } from '../../domain/document.js';
import { formatValue } from '../../value/format-value.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { bareName, indicatorUnit, isRateName, nameUnit } from './_units.js';

/** Spellings that leave the unit unfinished (平方 for 平方米, 万 for 万元); other variants (㎡, km) are fine. */
const INCOMPLETE = /^(平方|平米|万|万\/.+)$/;
/** Names that count something, and what they count. */
const COUNT_NAMES: Array<[RegExp, string, string]> = [
  [/(人数|人次)$/, '人数', '≥240人'],
  [/户数$/, '户数', '≥420户'],
  [/(次数|场次|期数|个数|件数|台数|册数|套数|车辆数|数量)$/, '数量', '≥3个'],
  [/(面积|长度|里程)$/, '面积或长度', '≥1200平方米、≥2.5公里'],
  [/(时间|时限|期限|年限|工期|周期|天数)$/, '时间', '≤24小时、≤10月底、≥15年'],
];

/** Names whose values have no unit by nature (indices, ratios, scores, ranks). */
const UNITLESS = /(指数|系数|容积率|比值|之比|评分|得分|分数|分值|等级|级别|排名|名次|率)$/;

type Problem = Pick<Report, 'messageId' | 'data' | 'suggestion'>;

function problem(indicator: Indicator): Problem | null {
  const value = indicator.value;
  if (!value.quantitative || value.kind === 'composite') return null;
  const name = indicator.name || indicator.level2;
  const shown = formatValue(value);
  const unit = indicatorUnit(indicator);
  if (INCOMPLETE.test(value.unitRaw)) {
    return {
      messageId: 'incompleteUnit',
      data: { name, unit: value.unitRaw, complete: value.unit, value: value.text.trim() },
      suggestion: `改为 ${shown}`,
    };
  }
  if (value.kind === 'deadline') return null;
  const bare = bareName(indicator.name);
  const counted = COUNT_NAMES.find(([pattern]) => pattern.test(bare));
  if (counted && !isRateName(indicator.name) && unit === '%') {
    return {
      messageId: 'countAsPercent',
      data: { name, measure: counted[1], value: shown },
      suggestion: `写成${counted[1]}（数字加单位，例如 ${counted[2]}）；如要考核比例，请把指标名改为“……率”`,
    };
  }
  if (isRateName(indicator.name) && unit !== '%' && unit !== '‰') {
    return unit
      ? {
          messageId: 'rateWithUnit',
          data: { name, unit, value: shown },
          suggestion: '比率用百分比表示，例如 ≥95%；如要考核数量或时间，请改指标名',
        }
      : {
          messageId: 'rateWithoutPercent',
          data: { name, value: value.text.trim() },
          suggestion: `改为 ${shown}%`,
        };
  }
  if (!unit && !nameUnit(indicator.name) && !UNITLESS.test(bare)) {
    return {
      messageId: 'noUnit',
      data: { name, value: value.text.trim() },
      suggestion: '在数字后写明单位（人、户、个、次、%、万元等），例如 ≥3个',
    };
  }
  return null;
}

/** A unit that does not fit the indicator (人数 in %, a 率 without %), or an unfinished one (平方, 万). */
export const unitMismatch: Rule = {
  meta: {
    id: 'value/unit-mismatch',
    description: '指标值单位与指标不符（人数用%、比率无%），或单位不完整（平方、万）',
    severity: 'warning',
    tags: ['value'],
    messages: {
      incompleteUnit: '{{name}}：单位“{{unit}}”不完整，应写“{{complete}}”（{{value}}）',
      countAsPercent: '{{name}}：这是{{measure}}指标，指标值却是百分比（{{value}}）',
      rateWithUnit: '{{name}}：这是比率指标，指标值却以“{{unit}}”为单位（{{value}}）',
      rateWithoutPercent: '{{name}}：这是比率指标，指标值“{{value}}”缺少“%”',
      noUnit: '{{name}}：指标值“{{value}}”没有单位',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      const found = problem(indicator);
      if (found)
        reports.push({ ...found, location: indicatorLocation(table, tableIndex, indicator, indicatorIndex) });
    }
    return reports;
  },
};
