import { formatValue } from '../../value/format-value.js';
import { unitClass } from '../../value/measure.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { levelKind } from './_levels.js';
import { indicatorUnit } from './_units.js';

/** Things of which fewer is better, or caps by name (控制数, 编制, 限额): a ceiling on them is right (事故次数 ≤1次). */
const FEWER_IS_BETTER =
  /事故|投诉|故障|差错|返工|失误|违规|违纪|违法|问题|缺陷|不合格|隐患|扣分|退回|整改|通报|上访|信访|案件|纠纷|事件|损失|污染|排放|能耗|耗电|耗水|用电|用水|用量|消耗|中断|停机|超时|逾期|延误|空置|闲置|库存|积压|误差|偏差|伤亡|死亡|发病|病例|欠款|债务|垃圾|控制|编制|限额|上限|封顶/;

/**
 * A 数量指标 written as a ceiling (≤5个, <3次): a quantity target is a floor or an exact number, so a
 * ceiling says “at most”, which any shortfall meets. Counts of things to avoid, time spans and money
 * (costs) are left alone.
 */
export const quantityUpperBound: Rule = {
  meta: {
    id: 'value/quantity-upper-bound',
    description: '数量指标写成了上限（≤5个）：数量目标应是下限或确数',
    severity: 'warning',
    tags: ['value', 'measurability'],
    messages: { upperBound: '{{name}}：数量指标写成了上限（{{value}}），完成得再少也算达标' },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      const value = indicator.value;
      if (value.kind !== 'number' || (value.op !== '≤' && value.op !== '<') || !value.opExplicit) continue;
      if (levelKind(indicator) !== 'quantity' || FEWER_IS_BETTER.test(indicator.name)) continue;
      const kind = unitClass(indicatorUnit(indicator));
      if (!kind || kind === 'time' || kind === 'money' || kind === 'share') continue;
      const shown = formatValue(value);
      reports.push({
        messageId: 'upperBound',
        data: { name: indicator.name || indicator.level2, value: shown },
        location: indicatorLocation(table, tableIndex, indicator, indicatorIndex),
        suggestion: `数量目标写成下限或确数，例如 ${shown.replace(/^[≤<]/, '≥')}；如果要限制的是不希望发生的事，把它移到质量指标并写明`,
      });
    }
    return reports;
  },
};
