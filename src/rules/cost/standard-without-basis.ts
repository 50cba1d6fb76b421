import { bareName } from '../../facts/names.js';
import { formatValue } from '../../value/format-value.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { isMoneyCost, totalYuan } from './_money.js';

/** A name whose head says it is an amount per unit: 补助标准, 发放标准, 平均成本. */
const PER_UNIT_HEAD = /(标准|平均[\p{Script=Han}]{0,4}(成本|费用|价格|金额))$/u;
/** Words that say what the amount is per: 每人, 人均, 户均, 亩均, 生均, 按户计, 元/人 … (平均 alone does not). */
const PER_WORDS = /每|[人户亩生次床件座]均|单位|按[\p{Script=Han}]{1,4}计|\//u;

/**
 * A 成本指标 named as a standard (补助标准, 发放标准, 平均成本) whose value is a whole amount with nothing
 * saying what it is per: "补助标准 ≤120万元" reads as the total, and the standard a reviewer checks
 * (元/人·月, 元/亩) is missing.
 */
export const standardWithoutBasis: Rule = {
  meta: {
    id: 'cost/standard-without-basis',
    description: '标准类成本指标写成总金额，没有写按什么计（元/人、元/亩…）',
    severity: 'warning',
    tags: ['cost', 'measurability'],
    messages: {
      total: '{{name}}是标准，指标值却是总金额“{{value}}”，没有写按什么计（每人、每亩、每月…）',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      if (!isMoneyCost(indicator) || totalYuan(indicator) === null) continue;
      const name = bareName(indicator.name.normalize('NFKC'));
      if (!PER_UNIT_HEAD.test(name) || PER_WORDS.test(`${name}${indicator.description}`)) continue;
      reports.push({
        messageId: 'total',
        data: { name: indicator.name, value: formatValue(indicator.value) },
        location: indicatorLocation(table, tableIndex, indicator, indicatorIndex),
        suggestion:
          '写成单位标准，例如 每人每月补助标准 =400元/人·月、每亩补助标准 =105元/亩；总额另写一行成本指标',
      });
    }
    return reports;
  },
};
