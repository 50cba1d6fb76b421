import { type Indicator } from '../../domain/document.js';
import { isSelfEvaluation } from '../../domain/table-kind.js';
import { indicatorLocation, indicators } from '../helpers.js';
import { isTemplateRow } from '../structure/_placeholder.js';
import type { Report, Rule } from '../types.js';
import { levelKind, MEASURABLE_HINT } from './_levels.js';

/** Things that should not happen: for these, and for 社会/生态环境成本, “无” is the target (none). */
const NOTHING_WANTED =
  /(事故|投诉|违法|违纪|违规|污染|隐患|损失|事件|纠纷|差错|失误|不良|负面|影响|风险|问题)/;

/** A target written at the end of the 三级 name: "举办赛事活动≥20场次", "培训人数不少于200人". */
const TARGET_IN_NAME = /((?:[≥≤><=]|不低于|不少于|不高于|不超过|达到)\s*\d[\d.,]*\s*\S{0,6})$/u;

function noneIsTheTarget(indicator: Indicator): boolean {
  if (indicator.value.text.normalize('NFKC').trim() !== '无') return false;
  return NOTHING_WANTED.test(indicator.name) || /社会成本|生态|环境成本/.test(indicator.level2);
}

/**
 * A named indicator without a target: empty, 无, `/` or `……`. Rows with no 三级 name (template
 * leftovers) and the drafter's placeholders are structure/placeholder's. “无” is a target where the
 * indicator names something that should not happen (安全事故 无) or a 社会/生态环境 cost.
 */
export const missingTarget: Rule = {
  meta: {
    id: 'value/missing-target',
    description: '指标没有目标值（空白、“无”或“……”）',
    severity: 'error',
    tags: ['value', 'completeness'],
    messages: {
      blank: '{{name}}：{{field}}未填写',
      blankButActual: '{{name}}：{{field}}未填写，但实际完成值为{{actual}}',
      noTarget: '{{name}}：{{field}}为“{{written}}”，没有目标',
      noTargetButActual: '{{name}}：{{field}}为“{{written}}”，没有目标，但实际完成值为{{actual}}',
      inName: '{{name}}：{{field}}未填写，目标“{{target}}”写在了三级指标名称里',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    // A self-evaluation none of whose rows has a target or an actual value is scored by a framework
    // (规划/执行… with 评分标准), which has no 指标值 column to fill.
    const scoringFramework = new Set(
      document.tables.filter(
        (table) =>
          isSelfEvaluation(table) &&
          table.indicators.length > 0 &&
          table.indicators.every((i) => i.value.kind === 'blank' && i.actual.trim() === ''),
      ),
    );
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      if (scoringFramework.has(table)) continue;
      if (indicator.value.kind !== 'blank' || isTemplateRow(indicator) || indicator.placeholder) continue;
      if (noneIsTheTarget(indicator)) continue;
      const written = indicator.value.text.trim();
      const actual =
        'actual' in indicator && typeof indicator.actual === 'string' ? indicator.actual.trim() : '';
      const label = isSelfEvaluation(table) ? '年度指标值' : '指标值';
      const done = actual && !/^(无|\/|—+|-+|…+)$/.test(actual);
      const inName = written ? null : TARGET_IN_NAME.exec(indicator.name.normalize('NFKC'));
      if (inName) {
        reports.push({
          messageId: 'inName',
          data: { name: indicator.name, field: label, target: inName[1] },
          location: indicatorLocation(table, tableIndex, indicator, indicatorIndex),
          suggestion: `把“${inName[1]}”移到${label}栏，名称只写指标本身`,
        });
        continue;
      }
      reports.push({
        messageId: written ? (done ? 'noTargetButActual' : 'noTarget') : done ? 'blankButActual' : 'blank',
        data: { name: indicator.name, field: label, written, actual },
        location: indicatorLocation(table, tableIndex, indicator, indicatorIndex),
        suggestion: `填写${label}：${MEASURABLE_HINT[levelKind(indicator)]}`,
      });
    }
    return reports;
  },
};
