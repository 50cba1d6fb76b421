import { z } from 'zod';
import './zod-chinese.js';
import { Funding, Money } from './money.js';
import { IndicatorValue } from './value.js';

/** `local`: 成本 is a 二级 under 产出 (every example); `central-2021`: 成本 is a 一级 (财预〔2021〕101号). */
export const Framework = z.enum(['local', 'central-2021']);
export type Framework = z.infer<typeof Framework>;

export const ProjectCategory = z.enum([
  'salary-subsidy',
  'operations',
  'construction',
  'it-system',
  'training-meeting',
  'equipment',
  'publicity',
  'expropriation',
  'petition-stability',
  'community-service',
  'environment-sanitation',
  'consulting-study',
  // County sectors (issue 16).
  'farmland-construction',
  'agricultural-subsidy',
  'animal-epidemic',
  'water-supply',
  'river-management',
  'rural-road',
  'student-aid',
  'school-meals',
  'school-repair',
  'public-health',
  'medical-assistance',
  'minimum-living',
  'temporary-assistance',
  'elderly-care',
  'legal-aid',
  'mediation',
  'grain-reserve',
  'emergency-supplies',
  'culture-outreach',
  'fitness',
  'afforestation',
  'forest-fire',
  'party-building',
  'flood-control',
  'work-safety',
  'other',
]);
export type ProjectCategory = z.infer<typeof ProjectCategory>;

/** Where an indicator came from and what the reviewer did with it (drafting only). */
export const ReviewStatus = z.enum(['suggested', 'accepted', 'edited', 'rejected', 'custom']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const Indicator = z.object({
  id: z.string().optional().describe('由程序生成，模型不得编造'),
  level1: z.string().describe('一级指标'),
  level2: z.string().describe('二级指标'),
  name: z.string().describe('三级指标'),
  description: z.string().describe('绩效指标描述；部门整体表没有此列时为空串'),
  value: IndicatorValue,
  basis: z.string().describe('指标值确定依据；没有时为空串'),
  status: ReviewStatus.optional(),
  /** The reviewer's reason for keeping an indicator the checker flags as an error. */
  keptReason: z.string().optional(),
  /** Set by the offline drafter where a number is unknown: the reviewer must fill it. */
  placeholder: z.boolean().optional(),
  /** A drafter's explanation of why this indicator fits. */
  rationale: z.string().optional(),
  /** 权重 / 分值 where a target table has such a column. */
  weight: z.number().nullable().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Task = z.object({
  name: z.string().describe('任务名称'),
  content: z.string().describe('主要内容'),
  funding: Funding,
});
export type Task = z.infer<typeof Task>;

export const DepartmentTable = z.object({
  kind: z.literal('department'),
  id: z.string().optional(),
  title: z.string().describe('表名，例如 部门（单位）整体支出绩效目标表'),
  unitName: z.string(),
  year: z.number().int().nullable(),
  tasks: z.array(Task),
  /** The 合计 row as written (null when the table has none). */
  tasksTotal: Funding.nullable(),
  goals: z.string().describe('年度总体目标'),
  indicators: z.array(Indicator),
  /** Rows after the indicators kept as written (其他需说明的问题, 评价结论, 存在问题, 改进措施, 说明, 注…). */
  notes: z.array(z.string()).optional(),
});
export type DepartmentTable = z.infer<typeof DepartmentTable>;

/** Cumulative share of the budget spent by the end of March, June, October, December (percent). */
export const SpendingPlan = z.object({
  mar: z.number().nullable(),
  jun: z.number().nullable(),
  oct: z.number().nullable(),
  dec: z.number().nullable(),
});
export type SpendingPlan = z.infer<typeof SpendingPlan>;

export const ProjectTable = z.object({
  kind: z.literal('project'),
  id: z.string().optional(),
  title: z.string(),
  code: z.string(),
  projectName: z.string(),
  department: z.string().optional(),
  implementer: z.string().optional(),
  category: ProjectCategory.optional(),
  budget: Funding,
  purpose: z.string().describe('资金用途'),
  plan: SpendingPlan.nullable(),
  goals: z.string().describe('绩效目标'),
  indicators: z.array(Indicator),
  /** Rows after the indicators kept as written (其他需说明的问题, 评价结论, 存在问题, 改进措施, 说明, 注…). */
  notes: z.array(z.string()).optional(),
});
export type ProjectTable = z.infer<typeof ProjectTable>;

/** One row of 项目资金: 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金. */
export const SelfEvalFundRow = z.object({
  label: z.string(),
  initial: Money.nullable().describe('年初预算数'),
  full: Money.nullable().describe('全年预算数'),
  spent: Money.nullable().describe('全年执行数'),
  weight: z.number().nullable().describe('分值'),
  rate: z.string().describe('执行率，原文，例如 73.03%'),
  score: z.number().nullable().describe('得分'),
});
export type SelfEvalFundRow = z.infer<typeof SelfEvalFundRow>;

export const SelfEvalIndicator = Indicator.extend({
  actual: z.string().describe('实际完成值，原文'),
  weight: z.number().nullable().describe('分值'),
  score: z.number().nullable().describe('得分'),
  reason: z.string().describe('偏差原因分析及改进措施'),
  /** For qualitative targets: 达成年度指标 / 部分达成并具有一定效果 / 未达成且效果较差. */
  grade: z.enum(['achieved', 'partial', 'failed']).optional(),
});
export type SelfEvalIndicator = z.infer<typeof SelfEvalIndicator>;

export const SelfEvalTable = z.object({
  kind: z.literal('self-evaluation'),
  id: z.string().optional(),
  title: z.string(),
  projectName: z.string(),
  department: z.string().optional(),
  implementer: z.string().optional(),
  funds: z.array(SelfEvalFundRow),
  goalsExpected: z.string(),
  goalsActual: z.string(),
  indicators: z.array(SelfEvalIndicator),
  /** 总分 as written: the sum of weights and of scores. */
  totalWeight: z.number().nullable(),
  totalScore: z.number().nullable(),
  grade: z.string().optional().describe('优/良/中/差'),
  /** Rows after the indicators kept as written (其他需说明的问题, 评价结论, 存在问题, 改进措施, 说明, 注…). */
  notes: z.array(z.string()).optional(),
});
export type SelfEvalTable = z.infer<typeof SelfEvalTable>;

/** One row of 年度主要任务 in a whole-unit self-evaluation. */
export const DepartmentSelfEvalTask = z.object({
  name: z.string().describe('任务名称'),
  content: z.string().describe('主要内容'),
  budget: Money.nullable().describe('预算数'),
  spent: Money.nullable().describe('执行数'),
});
export type DepartmentSelfEvalTask = z.infer<typeof DepartmentSelfEvalTask>;

/** 部门（单位）整体支出绩效自评表: the whole unit's year, scored like a project self-evaluation. */
export const DepartmentSelfEvalTable = z.object({
  kind: z.literal('department-self-evaluation'),
  id: z.string().optional(),
  title: z.string().describe('表名，例如 部门（单位）整体支出绩效自评表'),
  unitName: z.string(),
  year: z.number().int().nullable(),
  /** 年度资金总额 first, then its parts (基本支出/项目支出 or 财政拨款/其他资金). */
  funds: z.array(SelfEvalFundRow),
  tasks: z.array(DepartmentSelfEvalTask),
  goalsExpected: z.string().describe('年度总体目标'),
  goalsActual: z.string().describe('实际完成情况'),
  indicators: z.array(SelfEvalIndicator),
  totalWeight: z.number().nullable(),
  totalScore: z.number().nullable(),
  grade: z.string().optional().describe('优/良/中/差'),
  /** Rows after the indicators kept as written (其他需说明的问题, 评价结论, 存在问题, 改进措施, 说明, 注…). */
  notes: z.array(z.string()).optional(),
});
export type DepartmentSelfEvalTable = z.infer<typeof DepartmentSelfEvalTable>;

/** Either kind of self-evaluation: both carry funds, goals expected/actual and scored indicators. */
export type AnySelfEvalTable = SelfEvalTable | DepartmentSelfEvalTable;

export const Table = z.discriminatedUnion('kind', [
  DepartmentTable,
  ProjectTable,
  SelfEvalTable,
  DepartmentSelfEvalTable,
]);
export type Table = z.infer<typeof Table>;
export type TableKind = Table['kind'];

/** A target table (绩效目标表) as opposed to a self-evaluation (自评表). */
export type TargetTable = ProjectTable | DepartmentTable;

/** Free text kept as it stood between the tables (e.g. a 部门预算情况说明). */
export const Prose = z.object({
  title: z.string(),
  text: z.string(),
  /** Index in `tables` of the table this prose stood before (tables.length when after the last). */
  before: z.number().int().nonnegative(),
});
export type Prose = z.infer<typeof Prose>;

export const Unit = z.object({
  name: z.string(),
  year: z.number().int().min(1990).max(2100).nullable(),
  framework: Framework.default('local'),
  duties: z.string().optional(),
  staff: z.number().int().nonnegative().nullable().optional(),
});
export type Unit = z.infer<typeof Unit>;

export const JixiaoDocument = z
  .object({
    schemaVersion: z.literal(1).default(1),
    unit: Unit,
    tables: z.array(Table),
    prose: z.array(Prose).default([]),
  })
  .describe('jixiao 文档：一个单位、一个年度的绩效目标表');
export type JixiaoDocument = z.infer<typeof JixiaoDocument>;

export { Money, Funding };
