import type { TableDraft } from './draft.js';

/**
 * What a row did to the table being read, found by comparing the draft before and after it: the
 * fields it filled (for `jixiao import --explain`). Comparing keeps every reader of a row free of
 * bookkeeping, so a new kind of row is explained without further code.
 */
export type DraftShape = unknown[];

/** The fields compared, by name; `indicators` and the bookkeeping ones are named specially. */
const FIELDS = [
  'indicators',
  '表名',
  '年度',
  '单位名称',
  '项目编码',
  '项目名称',
  '主管部门',
  '实施单位',
  '年度主要任务',
  '合计',
  '绩效目标',
  '预期目标',
  '实际完成情况',
  '预算数',
  '财政资金',
  '其他资金',
  '资金用途',
  '资金支出计划',
  '资金',
  '总分',
  '长期指标',
  '说明',
  '指标表头',
  '目标表头',
  '资金表头',
  '任务表头',
  '计划表头',
  '成本构成表头',
  '一级指标',
  '二级指标',
  'section',
  'pending',
] as const;

export function draftShape(d: TableDraft): DraftShape {
  return [
    d.indicators.length,
    d.title,
    d.year,
    d.unitName,
    d.code,
    d.projectName,
    d.department,
    d.implementer,
    d.tasks.length,
    d.tasksTotal,
    d.goals.length,
    d.goalsExpected.length,
    d.goalsActual.length,
    d.budget.total,
    d.budget.fiscal,
    d.budget.other,
    d.purpose.length,
    d.plan ? `${d.plan.mar}/${d.plan.jun}/${d.plan.oct}/${d.plan.dec}` : null,
    d.funds.length,
    `${d.totalWeight}/${d.totalScore}/${d.grade}`,
    d.longIndicators.length,
    d.tableNotes.length,
    d.grid,
    d.goalGrid,
    d.fundCols,
    `${d.taskCols.name},${d.taskCols.content},${d.taskCols.total},${d.taskCols.spent}`,
    d.planCols,
    d.costCols,
    d.level.level1,
    d.level.level2,
    d.section,
    d.pending ?? d.pendingColumns,
  ];
}

const INDICATOR_FIELDS: Array<[keyof TableDraft['indicators'][number], string]> = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['name', '三级指标'],
  ['description', '指标描述'],
  ['value', '指标值'],
  ['basis', '依据'],
  ['actual', '实际完成值'],
  ['weight', '分值'],
  ['score', '得分'],
  ['reason', '偏差原因'],
];

const SECTION = FIELDS.indexOf('section');
const PENDING = FIELDS.indexOf('pending');

/** What changed between two shapes of the same draft, in Chinese. */
export function shapeChanges(before: DraftShape, after: DraftShape, draft: TableDraft): string[] {
  const went: string[] = [];
  const added = (after[0] as number) - (before[0] as number);
  for (let n = draft.indicators.length - added + 1; added > 0 && n <= draft.indicators.length; n++) {
    const raw = draft.indicators[n - 1];
    const fields = INDICATOR_FIELDS.filter(([f]) => raw[f] !== '' && raw[f] !== null).map(([, name]) => name);
    went.push(`指标第${n}条（${fields.join('、')}${raw.extras.length > 0 ? '、说明' : ''}）`);
  }
  for (let i = 1; i < SECTION; i++) {
    if (before[i] === after[i]) continue;
    const name = FIELDS[i];
    if (added > 0 && (name === '一级指标' || name === '二级指标')) continue;
    went.push(name);
  }
  if (went.length === 0 && before[SECTION] !== after[SECTION]) went.push('栏目名称');
  if (went.length === 0 && after[PENDING] && before[PENDING] !== after[PENDING])
    went.push('栏目名称（值在下一行）');
  return went;
}
