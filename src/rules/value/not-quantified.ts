import { normalizeText } from '../../value/normalize.js';
import { isMoneyCost } from '../cost/_money.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { levelKind, MEASURABLE_HINT, type LevelKind } from './_levels.js';

/** Answers that only say yes or no. */
const YES_NO = /^(是|否|有|没有|已完成|未完成|完成)$/;
/** Degree words that cannot be graded: 有效提升, 显著, 进一步提高, 有所保障, 稳步推进 … */
const VAGUE_START =
  /^(有效|显著|明显|稳步|逐步|逐年|进一步|不断|持续|大幅|大力|较大|极大|有所|切实|更加|日益|长期|全面|积极|充分|得到|一定程度)/;
const VAGUE_WHOLE =
  /^(有效|显著|明显|长期|良好|较好|较高|较低|可控|稳定|积极|提高|提升|改善|促进|增强|加强|保障|推进|完善|发展|改进|优化|好转|缓解|降低|减少|增加|巩固|达到预期|达到预期目标|达到预期效果|符合预期|好|高|低)$/;
/**
 * Degree and outcome words that cannot be graded wherever they stand (成效明显, 生活水平得到提升,
 * 管理制度逐步完善, 服务质量良好): an adverb of degree or trend, or a bare verdict of good or high.
 */
const VAGUE_ANYWHERE =
  /(明显|显著|有效|有所|逐步|逐年|稳步|持续|不断|进一步|得到|一定程度|较大|大幅|日益|更加|切实|巩固|良好|较好|优良|较高|成效|好转)/;
/** What makes a qualitative value gradeable after all: a number, a standard to meet, a thing to set up, none to happen. */
const GRADEABLE =
  /\d|标准|规范|规定|要求|验收|合格|达标|通过|(建立|制定|出台|形成|印发|建成)[^，。,;；]{0,8}(机制|制度|办法|方案|台账|档案)|无|零|未发生|不发生|杜绝|全部|全面完成|按期|按时|前完成/;

/** One-word outcomes that stand where a rate or a deadline belongs (合格 → 合格率 =100%). */
const WEAK_OUTCOME = /^(合格|达标|按时|按期|及时|按时完成|按期完成|及时完成|正常|优良|优秀)$/;

/** What is wrong with a qualitative value (a key of the rule's messages); null when it is fine. */
function verdict(text: string, kind: LevelKind): Pick<Report, 'messageId'> | null {
  const t = text.replace(/[。.；;，,！!]+$/, '');
  if (YES_NO.test(t)) return { messageId: 'yesNo' };
  if (VAGUE_WHOLE.test(t) || ((VAGUE_START.test(t) || VAGUE_ANYWHERE.test(t)) && !GRADEABLE.test(t)))
    return { messageId: 'vague' };
  if (kind === 'quantity') return { messageId: 'quantityNotNumber' };
  if (kind === 'satisfaction') return { messageId: 'satisfactionNotPercent' };
  if ((kind === 'quality' || kind === 'time') && WEAK_OUTCOME.test(t)) return { messageId: 'notGradeable' };
  return null;
}

/**
 * Qualitative values where a quantity, rate, time or cost belongs, and vague ones anywhere. Cost
 * indicators are left to cost/not-money; blank values to value/missing-target.
 */
export const notQuantified: Rule = {
  meta: {
    id: 'value/not-quantified',
    description: '该量化的指标写成了定性值（是/否/有效/显著/有所保障/进一步提高……），或定性值过于笼统',
    severity: 'warning',
    tags: ['value', 'measurability'],
    messages: {
      yesNo: '{{name}}：指标值“{{value}}”只回答是或否，无法衡量完成程度',
      vague: '{{name}}：指标值“{{value}}”过于笼统，无法考核',
      quantityNotNumber: '{{name}}：数量指标应写成数字加单位，指标值却是“{{value}}”',
      satisfactionNotPercent: '{{name}}：满意度应写成百分比，指标值却是“{{value}}”',
      notGradeable: '{{name}}：指标值“{{value}}”无法衡量完成程度',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      if (indicator.value.kind !== 'qualitative' || indicator.placeholder || isMoneyCost(indicator)) continue;
      const kind = levelKind(indicator);
      const found = verdict(normalizeText(indicator.value.text), kind);
      if (!found) continue;
      reports.push({
        ...found,
        data: { name: indicator.name || indicator.level2, value: indicator.value.text.trim() },
        location: indicatorLocation(table, tableIndex, indicator, indicatorIndex),
        suggestion: MEASURABLE_HINT[kind],
      });
    }
    return reports;
  },
};
