import type { Funding, SelfEvalFundRow, SpendingPlan, TableKind, Task } from '../../domain/document.js';
import type { ImportSource } from '../../domain/finding.js';
import type { Money } from '../../domain/money.js';
import type { ColumnRole } from './columns.js';
import type { CostColumns } from './costs.js';
import type { GoalColumn } from './goals.js';
import type { FieldLabel } from './labels.js';

/** Which part of a table the rows currently fill. */
export type Section =
  | 'start'
  | 'unit'
  | 'header'
  | 'tasks'
  | 'goals'
  | 'budget'
  | 'purpose'
  | 'plan'
  | 'funds'
  | 'selfGoals'
  | 'goalsGrid'
  | 'costs'
  | 'indicators'
  | 'notes';

/** An indicator row as read, before it is typed by the table's kind. */
export interface RawIndicator {
  level1: string;
  level2: string;
  name: string;
  description: string;
  value: string;
  basis: string;
  actual: string;
  weight: number | null;
  score: number | null;
  reason: string;
  /** A row naming only a 二级 (kept as a template leftover unless real rows follow it). */
  levelOnly: boolean;
  /** Cells of the row with no field of their own (备注, 历史参考值, a long-term copy…), as "header：text". */
  extras: string[];
}

export type GridField = 'name' | 'description' | 'value' | 'basis' | 'actual' | 'weight' | 'score' | 'reason';

/** Columns of the indicator grid, from its header row(s): what each column holds (columns.ts). */
export interface GridColumns {
  level1?: number;
  level2?: number;
  fields: Partial<Record<GridField, number>>;
  /** The role of each column; null for a column whose header names nothing we know. */
  roles: Array<ColumnRole | null>;
  /** The header text of each column (for cells kept as "header：text"). */
  headers: string[];
  /** Columns that are the long-term (中期/长期) copy of an annual one. */
  long: boolean[];
  /** A second column of the same role ("指标值" over "定量 | 定性"): fills the role where the first is empty. */
  alternates: Array<ColumnRole | null>;
  /** The whole grid is the long-term one (a "长期绩效指标" grid beside a "年度绩效指标" one). */
  longGrid: boolean;
  width: number;
}

export interface TaskColumns {
  name?: number;
  content?: number;
  total?: number;
  spent?: number;
  fiscal?: number;
  other?: number;
}

export type FundField = 'initial' | 'full' | 'spent' | 'weight' | 'rate' | 'score';

/** A problem found while reading a table, turned into an `import/unrecognised` finding when the table is done. */
export interface Note {
  message: string;
  section?: string;
  field?: string;
  /** 'info' for rows dropped on purpose (signatures); warnings otherwise. */
  severity?: 'warning' | 'info';
  /** The source row the note is about. */
  source?: ImportSource;
}

/** A table being read: every field any kind may have; the kind is settled when it is finished. */
export interface TableDraft {
  title: string;
  titleKind: TableKind | null;
  year: number | null;
  unitName: string;
  code: string;
  projectName: string;
  department: string;
  implementer: string;
  tasks: Task[];
  /** 执行数 of each task, where a whole-unit self-evaluation's task grid has the column. */
  taskSpent: Array<Money | null>;
  tasksTotal: Funding | null;
  goals: string[];
  goalsExpected: string[];
  goalsActual: string[];
  budget: Funding;
  purpose: string[];
  plan: SpendingPlan | null;
  funds: SelfEvalFundRow[];
  totalWeight: number | null;
  totalScore: number | null;
  /** 评价等级 written beside 总分 (优/良/中/差). */
  grade: string;
  indicators: RawIndicator[];
  section: Section;
  /** A label read without its value (a paragraph "部门（单位）名称"): the next text is its value. */
  pending: FieldLabel | null;
  /** The pending label as written. */
  pendingText: string;
  /** A row of labels only ("预算数 | 其中：财政资金 | 其他资金"): the next row holds their values, column by column. */
  pendingColumns: Map<number, FieldLabel> | null;
  /** A row of money labels without amounts ("年度预算 | 预算总额 | 基本支出 | 项目支出"): by column, '' where none. */
  pendingFunds: string[] | null;
  /** The unit a title names before its year ("某街道办事处2025年项目支出绩效目标表"). */
  titleUnit: string;
  grid?: GridColumns;
  taskCols: TaskColumns;
  fundCols?: { label: number; fields: Partial<Record<FundField, number>>; headers: string[] };
  planCols?: Map<number, keyof SpendingPlan>;
  goalCols?: { expected: number; actual: number };
  /** The columns of a goals header row ("总体目标 | 中期目标 | 年度目标"), for the rows under it. */
  goalGrid: GoalColumn[] | null;
  /** Columns of a budget build-up (成本构成 | 金额 | 测算依据). */
  costCols?: CostColumns;
  /** The header row just read, for a second header row under it (two-row headers). */
  gridTop: string[] | null;
  /** Indicators of a long-term grid: kept as notes when an annual grid exists. */
  longIndicators: RawIndicator[];
  /** Rows kept as the table's notes (其他需说明的问题, 评价结论, 说明, 注, a 中期目标, a 备注 column…). */
  tableNotes: string[];
  /** Bare amounts are in 元 after a "单位：元" marker or a "(元)" label. */
  moneyUnit: '万元' | '元';
  /** The 一级 / 二级 in force ("same as above" for empty cells). */
  level: { level1: string; level2: string };
  /** Whether anything was read into it besides its title. */
  content: boolean;
  notes: Note[];
}

export function newTableDraft(title = '', titleKind: TableKind | null = null): TableDraft {
  return {
    title,
    titleKind,
    year: null,
    unitName: '',
    code: '',
    projectName: '',
    department: '',
    implementer: '',
    tasks: [],
    taskSpent: [],
    tasksTotal: null,
    goals: [],
    goalsExpected: [],
    goalsActual: [],
    budget: { total: null, fiscal: null, other: null },
    purpose: [],
    plan: null,
    funds: [],
    totalWeight: null,
    totalScore: null,
    grade: '',
    indicators: [],
    section: 'start',
    pending: null,
    pendingText: '',
    pendingColumns: null,
    pendingFunds: null,
    titleUnit: '',
    taskCols: {},
    goalGrid: null,
    gridTop: null,
    longIndicators: [],
    tableNotes: [],
    moneyUnit: '万元',
    level: { level1: '', level2: '' },
    content: false,
    notes: [],
  };
}

/** What the content says the table is; a title decides unless the content clearly says otherwise. */
export function draftKind(draft: TableDraft): TableKind {
  const selfEval =
    draft.funds.length > 0 ||
    draft.fundCols !== undefined ||
    draft.goalsExpected.length + draft.goalsActual.length > 0 ||
    draft.grid?.fields.actual !== undefined ||
    draft.grid?.fields.score !== undefined ||
    draft.indicators.some((i) => i.actual !== '' || i.score !== null);
  const department = draft.tasks.length > 0 || draft.tasksTotal !== null || draft.unitName !== '';
  const project =
    draft.code !== '' ||
    draft.projectName !== '' ||
    draft.plan !== null ||
    draft.purpose.length > 0 ||
    draft.budget.total !== null ||
    draft.budget.fiscal !== null ||
    draft.budget.other !== null;
  if (draft.titleKind === 'department-self-evaluation') return 'department-self-evaluation';
  if (selfEval)
    return draft.titleKind === 'department' || (department && !project)
      ? 'department-self-evaluation'
      : 'self-evaluation';
  if (draft.titleKind === 'department' && project && !department) return 'project';
  if (draft.titleKind === 'project' && department && !project) return 'department';
  if (draft.titleKind) return draft.titleKind;
  if (department && !project) return 'department';
  if (project) return 'project';
  return draft.grid && draft.grid.fields.description === undefined && draft.projectName === ''
    ? 'department'
    : 'project';
}
