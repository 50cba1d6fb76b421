import type { Indicator } from '../../domain/document.js';
import { isTimeUnit } from '../../value/units.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { ownFrameworkTables, resolvedLevels } from './_levels.js';
import { isTemplateRow } from './_placeholder.js';

/** Units of things counted or measured out: a quantity, never a quality standard. */
const COUNT_UNIT =
  /^(人|人次|名|位|户|个|次|场|场次|期|批|件|册|本|套|台|辆|座|处|项|份|篇|家|所|条|支|棵|株|盏|块|张|间|栋|幢|吨|公斤|千克|米|公里|平方米|亩|公顷|立方米|万人|万册|万户)$/;
/** Names whose counts are quality measures (fewer is better): 事故次数, 投诉件数, 故障次数. */
const DEFECT_WORDS =
  /事故|投诉|故障|差错|返工|失误|违规|违纪|问题|缺陷|不合格|隐患|次品|扣分|退回|整改|通报|上访|案件/;
const RATE_WORDS = /率|度|比例|占比|比重|指数/;
/** Words that show an indicator is about time: a deadline, a time limit, timeliness. */
const TIME_WORDS =
  /及时|按时|按期|准时|如期|限时|时效|时限|时间|期限|周期|工期|进度|按计划|计划完成|当日|当天|当月|当年|年内|年底|月底|季度|天内|日内|小时|工作日|前完成|之前|截止|逾期|延期|超期|提前|时长|用时|期内|月内|限期|按月|按季|按年|定期|每月|每季|每年|每日|每天|每周|日清|即时|实时|立即|第一时间/;
/**
 * A deadline phrase: a period or event followed by 前/之前/以前 (汛期前, 开学前, 春节前, 次年3月前, 6月底前),
 * a span followed by 内 (年内, 当月内, 30日内), a part of the year (第三季度, 上半年, 年初) or the next year.
 * A rate whose name carries one (汛期前完工率) is a time requirement.
 */
const DEADLINE_PHRASE =
  /[\u4e00-\u9fff\d](?<![目当门面眼跟])(之|以)?前(?![期景沿列端台置提])|[年月周日天旬季]内|季度|[上下]半年|(?<![少青老成中晚])年[初中末底]|次年|旬/;
const QUALITY_WORDS = /合格|达标|通过|优良|正确|准确|完好|规范|质量/;

function isTimeRelated(indicator: Indicator): boolean {
  const { value } = indicator;
  return (
    value.kind === 'deadline' ||
    isTimeUnit(value.unit) ||
    TIME_WORDS.test(`${indicator.name}${indicator.description}`) ||
    DEADLINE_PHRASE.test(
      `${indicator.name}${indicator.description}${value.kind === 'qualitative' ? value.text : ''}`,
    )
  );
}

function isCount(indicator: Indicator): boolean {
  return indicator.value.kind === 'number' && COUNT_UNIT.test(indicator.value.unit);
}

/** Why an indicator does not belong under its 二级 (null when it fits). */
export function misplacement(indicator: Indicator): Omit<Report, 'location'> | null {
  const { level1, level2 } = resolvedLevels(indicator);
  const { value, name } = indicator;
  const written = value.text.trim();
  if (
    level1 !== '满意度指标' &&
    /满意/.test(name) &&
    !(value.kind === 'number' && value.unit !== '%') &&
    value.kind !== 'composite'
  ) {
    return {
      messageId: written ? 'satisfactionElsewhere' : 'satisfactionElsewhereNoValue',
      data: { level2: level2 || level1, name, value: written },
      suggestion: '移到一级指标“满意度指标”、二级指标“服务对象满意度指标”下。',
    };
  }
  if (
    level2 === '质量指标' &&
    isCount(indicator) &&
    !RATE_WORDS.test(name) &&
    !DEFECT_WORDS.test(name) &&
    value.op !== '≤' &&
    value.op !== '<'
  ) {
    return {
      messageId: 'countUnderQuality',
      data: { name, value: written },
      suggestion: '移到数量指标下；质量指标应写达到的标准，如验收合格率、达标率（%）。',
    };
  }
  if (level2 === '数量指标' && value.kind === 'number' && value.unit === '%') {
    const target = TIME_WORDS.test(name) ? '时效指标' : '质量指标';
    return {
      messageId: 'rateUnderQuantity',
      data: { name, value: written },
      suggestion: `移到${target}下；数量指标应写完成的数量和单位，如“改造小区数量 =3个”。`,
    };
  }
  if (level2 === '数量指标' && value.kind === 'deadline') {
    return {
      messageId: 'deadlineUnderQuantity',
      data: { name, value: written },
      suggestion: '移到时效指标下。',
    };
  }
  if (level2 === '时效指标' && value.kind !== 'blank' && !isTimeRelated(indicator)) {
    const home = isCount(indicator) ? '数量指标' : QUALITY_WORDS.test(name) ? '质量指标' : null;
    return {
      messageId: 'timelessUnderTime',
      data: { name, value: written },
      suggestion: `${home ? `这是${home === '数量指标' ? '数量' : '质量'}要求，请移到${home}下；` : ''}时效指标应写完成时限或及时程度，如“按期完成率 =100%”“≤10月底”“响应时间 ≤24小时”。`,
    };
  }
  return null;
}

export const misplacedIndicator: Rule = {
  meta: {
    id: 'structure/misplaced-indicator',
    description:
      '指标放错了二级指标：质量指标下写数量、数量指标下写比率、时效指标下写与时间无关的内容、满意度放在产出或效益下',
    severity: 'warning',
    tags: ['structure'],
    messages: {
      satisfactionElsewhere: '{{level2}}下的“{{name}}”（指标值{{value}}）是满意度，应放在满意度指标下',
      satisfactionElsewhereNoValue: '{{level2}}下的“{{name}}”是满意度，应放在满意度指标下',
      // The rows below always have a value: a count, a rate, a deadline, or any non-blank value.
      countUnderQuality: '质量指标下的“{{name}}”（指标值{{value}}）是数量，不是质量标准',
      rateUnderQuantity: '数量指标下的“{{name}}”（指标值{{value}}）是比率，不是数量',
      deadlineUnderQuantity: '数量指标下的“{{name}}”（指标值{{value}}）是完成时限，不是数量',
      timelessUnderTime: '时效指标下的“{{name}}”（指标值{{value}}）看不出时间要求',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    const own = ownFrameworkTables(document.tables);
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      if (isTemplateRow(indicator) || own.has(tableIndex)) continue;
      const problem = misplacement(indicator);
      if (problem)
        reports.push({
          ...problem,
          location: indicatorLocation(table, tableIndex, indicator, indicatorIndex, '二级指标'),
        });
    }
    return reports;
  },
};
