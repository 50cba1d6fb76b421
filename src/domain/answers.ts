import { z } from 'zod';
import { Framework, ProjectCategory } from './document.js';

/**
 * What the interview collects (and what `jixiao draft --answers FILE` reads). Amounts are numbers
 * in 万元 as people type them; the drafter turns them into exact Money. Only unit.name, unit.year
 * and each project's name and fiscal are required.
 */
export const AnswersTask = z.object({
  name: z.string().min(1, '任务名称不能为空'),
  content: z.string().default(''),
  fiscal: z.number().nonnegative('财政拨款不能为负数').default(0),
  other: z.number().nonnegative('其他资金不能为负数').default(0),
});
export type AnswersTask = z.infer<typeof AnswersTask>;

export const AnswersProject = z.object({
  name: z.string().min(1, '项目名称不能为空'),
  code: z.string().default(''),
  fiscal: z.number().nonnegative('财政资金不能为负数'),
  other: z.number().nonnegative('其他资金不能为负数').default(0),
  purpose: z
    .string()
    .default('')
    .describe('资金用途，例如 主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元'),
  plan: z
    .array(z.number().min(0).max(100))
    .length(4, '资金支出计划应有 3月底、6月底、10月底、12月底 四个数')
    .optional()
    .describe('累计支出比例（%）：3/6/10/12 月底'),
  goals: z.string().default(''),
  /** Chosen by the drafter from the name, purpose and goals when absent; the user may change it. */
  category: ProjectCategory.optional(),
});
export type AnswersProject = z.infer<typeof AnswersProject>;

export const Answers = z.object({
  unit: z.object({
    name: z.string().min(1, '单位名称不能为空'),
    year: z.number().int().min(2000, '年度应为四位年份，例如 2025').max(2100, '年度应为四位年份，例如 2025'),
    framework: Framework.default('local'),
    duties: z.string().default(''),
    staff: z.number().int().nonnegative().optional(),
  }),
  tasks: z.array(AnswersTask).default([]),
  projects: z.array(AnswersProject).default([]),
});
export type Answers = z.infer<typeof Answers>;
export type AnswersInput = z.input<typeof Answers>;
