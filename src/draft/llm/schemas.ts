import { z } from 'zod';
import type { Framework } from '../../domain/document.js';
import { FRAMEWORK_LEVELS } from '../../domain/framework.js';

/**
 * What the model is asked to return. Only the parts a model should write: goals and indicators
 * (and explanations). Ids, names, codes, money, 资金用途 and the spending plan come from the
 * answers, never from the model. Every field is required (nullable where it may be empty), as
 * strict json_schema mode requires; `.describe()` texts reach the model through the schema.
 */

export const BASIS = ['计划标准', '行业标准', '历史标准', '其他标准'] as const;

export function levelNames(framework: Framework): {
  level1: [string, ...string[]];
  level2: [string, ...string[]];
} {
  const levels = FRAMEWORK_LEVELS[framework];
  const level1 = Object.keys(levels) as [string, ...string[]];
  const level2 = [...new Set(Object.values(levels).flat())] as [string, ...string[]];
  return { level1, level2 };
}

function indicatorFields(framework: Framework) {
  const { level1, level2 } = levelNames(framework);
  return {
    level1: z.enum(level1).describe('一级指标'),
    level2: z.enum(level2).describe('二级指标，必须属于所选一级指标'),
    name: z.string().describe('三级指标名称，简短具体，例如 培训人数、验收合格率'),
    value: z
      .string()
      .describe(
        '指标值：方向+数字+单位，例如 ≥95%、=120人、≤10月底、≤15万元；定性指标写可评判的等级，不写“有效”“显著”“是”',
      ),
    basis: z.enum(BASIS).describe('指标值确定依据'),
    rationale: z.string().nullable().describe('一句话说明为什么选这个指标、目标值从何而来；无则 null'),
  };
}

/** One indicator of a project table (with 绩效指标描述). */
export function projectIndicatorSchema(framework: Framework) {
  const f = indicatorFields(framework);
  return z.object({
    level1: f.level1,
    level2: f.level2,
    name: f.name,
    description: z.string().describe('绩效指标描述：一句话说明衡量什么，数字必须与指标值一致'),
    value: f.value,
    basis: f.basis,
    rationale: f.rationale,
  });
}

/** One indicator of the whole-unit table (that table has no description column). */
export function unitIndicatorSchema(framework: Framework) {
  const f = indicatorFields(framework);
  return z.object({
    level1: f.level1,
    level2: f.level2,
    name: f.name,
    value: f.value,
    basis: f.basis,
    rationale: f.rationale,
  });
}

export function projectDraftSchema(framework: Framework) {
  return z.object({
    goals: z.string().describe('绩效目标：1～3 句，写清做什么、做多少、达到什么效果，数字与指标一致'),
    indicators: z
      .array(projectIndicatorSchema(framework))
      .describe('三级指标，8～14 条，覆盖产出、效益、满意度'),
  });
}

export function unitDraftSchema(framework: Framework) {
  return z.object({
    goals: z.string().describe('年度总体目标，写成“目标1：……；目标2：……”'),
    indicators: z.array(unitIndicatorSchema(framework)).describe('年度绩效指标，8～16 条'),
  });
}

export type LlmProjectIndicator = z.infer<ReturnType<typeof projectIndicatorSchema>>;
export type LlmProjectDraft = z.infer<ReturnType<typeof projectDraftSchema>>;
export type LlmUnitDraft = z.infer<ReturnType<typeof unitDraftSchema>>;

export function suggestionsSchema(framework: Framework) {
  return z.object({
    indicators: z
      .array(projectIndicatorSchema(framework))
      .describe('新增的候选指标，3～5 条，不与已有指标重复'),
  });
}

export function rewriteSchema(framework: Framework) {
  return z.object({
    indicator: projectIndicatorSchema(framework).describe('改写后的指标'),
    reason: z.string().describe('改了什么、为什么，一两句'),
  });
}

export const ExplainSchema = z.object({
  reason: z.string().describe('这个指标为什么适合本项目、目标值如何确定，两三句'),
  caution: z.string().nullable().describe('审核时可能被质疑之处及如何补强；没有则 null'),
});

export const SecondOpinionSchema = z.object({
  agreed: z.boolean().describe('是否同意检查程序的判断'),
  reason: z.string().describe('理由，一两句，引用表中的具体内容'),
});
