import { z } from 'zod';

/**
 * What `jixiao selfeval --actuals FILE` reads: for each project, the money spent and what each
 * indicator reached. Projects and indicators are matched by name to the target document. Amounts
 * are 万元 (numbers or text such as "27.75"); they are turned into exact Money by the builder.
 */
/** Zod error option: one message when the field is missing, another when it has the wrong type. */
function says(missing: string, wrong: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong) };
}

const Amount = z
  .union([z.number(), z.string()], { error: '金额应为数字（万元），例如 38 或 "27.75"' })
  .nullable()
  .optional();

/** 达成年度指标 (80–100%), 部分达成并具有一定效果 (60–80%), 未达成且效果较差 (0–60%), in English or Chinese. */
export const QualitativeGradeInput = z.enum(
  ['achieved', 'partial', 'failed', '达成年度指标', '部分达成并具有一定效果', '未达成且效果较差'],
  { error: '等级（grade）应为 达成年度指标、部分达成并具有一定效果 或 未达成且效果较差' },
);
export type QualitativeGradeInput = z.infer<typeof QualitativeGradeInput>;

export const ActualsIndicator = z
  .strictObject({
    name: z
      .string(
        says(
          '缺少指标名称（name）：填目标表中的三级指标名称',
          '指标名称（name）应为文字：目标表中的三级指标名称',
        ),
      )
      .min(1, '指标名称（name）不能为空'),
    actual: z
      .union(
        [z.string(), z.number()],
        says(
          '缺少实际完成值（actual），例如 "1434"、"95%"、"9月底"',
          '实际完成值（actual）应为文字或数字，例如 "1434"、"95%"、"9月底"',
        ),
      )
      .describe('实际完成值，例如 1434、"98%"、"9月底"、"1/178"、"有效保障"'),
    reason: z.string({ error: '偏差原因（reason）应为文字' }).default('').describe('偏差原因分析及改进措施'),
    grade: QualitativeGradeInput.optional().describe(
      '定性指标的等级；实际完成值与目标一致时可省略（视为达成年度指标）',
    ),
    score: z
      .number({ error: '得分（score）应为数字' })
      .min(0, '得分（score）不能为负数')
      .optional()
      .describe('定性指标在所评等级分数段内自定的得分；省略时取默认值'),
    weight: z
      .number({ error: '分值（weight）应为数字' })
      .min(0, '分值（weight）不能为负数')
      .optional()
      .describe('该指标的分值；要么每个指标都给，要么都不给（按默认分值分配）'),
  })
  .describe('一个三级指标的实际完成情况');
export type ActualsIndicator = z.infer<typeof ActualsIndicator>;

export const ActualsBudget = z
  .strictObject(
    {
      initial: Amount.describe('年初预算数（万元）；省略时取目标表的预算数'),
      full: Amount.describe('全年预算数（万元）；空缺时按年初预算数计算执行率'),
      spent: z
        .union(
          [z.number(), z.string()],
          says(
            '缺少全年执行数（spent），单位万元，例如 27.75',
            '全年执行数（spent）应为数字（万元），例如 27.75',
          ),
        )
        .describe('全年执行数（万元）'),
    },
    says(
      '缺少项目资金（budget），例如 {"initial": 38, "spent": 27.75}',
      '项目资金（budget）应为对象，例如 {"initial": 38, "spent": 27.75}',
    ),
  )
  .describe('项目资金（万元）');
export type ActualsBudget = z.infer<typeof ActualsBudget>;

const WeightPart = z.number({ error: '分值应为数字' }).min(0, '分值不能为负数');

/** Default weights 10 / 50 / 30 / 10; they must total 100. */
export const WeightScheme = z
  .strictObject({
    execution: WeightPart.default(10).describe('预算执行率'),
    output: WeightPart.default(50).describe('产出指标（含中央2021框架下的成本指标）'),
    effect: WeightPart.default(30).describe('效益指标'),
    satisfaction: WeightPart.default(10).describe('满意度指标'),
  })
  .describe('一级指标的分值，平均分配给其下的三级指标');
export type WeightScheme = z.infer<typeof WeightScheme>;

export const ActualsProject = z
  .strictObject({
    name: z
      .string(says('缺少项目名称（name）：填目标表中的项目名称', '项目名称（name）应为文字'))
      .min(1, '项目名称（name）不能为空'),
    budget: ActualsBudget,
    goalsActual: z
      .string({ error: '年度总体目标实际完成情况（goalsActual）应为文字' })
      .default('')
      .describe('年度总体目标的实际完成情况'),
    weights: WeightScheme.optional(),
    indicators: z
      .array(ActualsIndicator, says('缺少 indicators（指标列表）', 'indicators 应为指标列表'))
      .default([]),
  })
  .describe('一个项目的实际完成情况');
export type ActualsProject = z.infer<typeof ActualsProject>;

export const ActualsTask = z
  .strictObject({
    name: z
      .string(says('缺少任务名称（name）：填目标表中的任务名称', '任务名称（name）应为文字'))
      .min(1, '任务名称（name）不能为空'),
    spent: z
      .union(
        [z.number(), z.string()],
        says('缺少执行数（spent），单位万元', '执行数（spent）应为数字（万元）'),
      )
      .describe('该任务的全年执行数（万元）'),
  })
  .describe('一项年度主要任务的执行数');
export type ActualsTask = z.infer<typeof ActualsTask>;

export const ActualsDepartment = z
  .strictObject({
    name: z
      .string({ error: '单位名称（name）应为文字' })
      .optional()
      .describe('目标文档中有几张部门整体表时，填其部门（单位）名称'),
    budget: ActualsBudget,
    goalsActual: z
      .string({ error: '年度总体目标实际完成情况（goalsActual）应为文字' })
      .default('')
      .describe('年度总体目标的实际完成情况'),
    tasks: z.array(ActualsTask, { error: 'tasks 应为任务列表' }).default([]),
    weights: WeightScheme.optional(),
    indicators: z
      .array(ActualsIndicator, says('缺少 indicators（指标列表）', 'indicators 应为指标列表'))
      .default([]),
  })
  .describe(
    '部门（单位）整体支出的实际完成情况：单位的资金、各项年度主要任务的执行数、各三级指标的实际完成值',
  );
export type ActualsDepartment = z.infer<typeof ActualsDepartment>;

export const Actuals = z
  .strictObject(
    {
      $schema: z.string().optional(),
      projects: z
        .array(ActualsProject, says('缺少 projects（项目列表）', 'projects 应为项目列表'))
        .default([]),
      department: ActualsDepartment.optional(),
    },
    { error: '应为对象 {…}，例如 {"projects": […]}。' },
  )
  .superRefine((actuals, context) => {
    if (actuals.projects.length === 0 && !actuals.department)
      context.addIssue({
        code: 'custom',
        path: ['projects'],
        message: '至少要有一个项目（projects 为空），或填写部门整体（department）',
      });
  })
  .describe('jixiao 自评的实际完成情况：每个项目（和部门整体）的资金执行和各三级指标的实际完成值');
export type Actuals = z.infer<typeof Actuals>;
export type ActualsInput = z.input<typeof Actuals>;
