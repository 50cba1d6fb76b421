import type { Actuals, ActualsDepartment, ActualsProject } from '../domain/actuals.js';
import {
  makeDepartmentSelfEval,
  makeDocument,
  makeSelfEval,
  makeSelfEvalIndicator,
} from '../domain/build.js';
import type {
  AnySelfEvalTable,
  DepartmentSelfEvalTable,
  DepartmentSelfEvalTask,
  DepartmentTable,
  Indicator,
  JixiaoDocument,
  ProjectTable,
  SelfEvalFundRow,
  SelfEvalIndicator,
} from '../domain/document.js';
import type { Funding, Money } from '../domain/money.js';
import { parseMoneyInput } from '../value/money.js';
import { normalizeText } from '../value/normalize.js';
import { parseValue } from '../value/parse-value.js';
import { scoreExecution } from './execution.js';
import { parseGrade, type GradeThresholds, type OverallGrade } from './grades.js';
import { scoreIndicator } from './indicator.js';
import { formatPlain, sum2 } from './numbers.js';
import { budgetTotal, departmentBudget, selfEvalFundRows, type SelfEvalKind } from './funds.js';
import { tableTotals } from './table.js';
import { DEFAULT_WEIGHTS, spreadWeights } from './weights.js';
import { InputError } from '../errors.js';

/** Why a self-evaluation could not be built: every problem found, each in Chinese, naming the project and indicator. */
export class SelfEvalError extends InputError {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, 30).map((p, i) => `  ${i + 1}. ${p}`);
    if (problems.length > 30) shown.push(`  ……另有 ${problems.length - 30} 个问题`);
    super(`无法生成自评表，请修改实际完成情况后重试：\n${shown.join('\n')}`);
  }
}

export interface BuildOptions {
  /** Settings.gradeThresholds (优/良/中). */
  thresholds?: GradeThresholds;
}

export interface ProjectSummary {
  name: string;
  executionRate: string;
  totalScore: number;
  grade: OverallGrade;
}

export interface BuildResult {
  /** The target's unit with one self-evaluation table per project of the actuals, in their order. */
  document: JixiaoDocument;
  summaries: ProjectSummary[];
  /** Worth telling the user (targets that may be too low, missing 偏差原因, projects left out); never blocking. */
  notes: string[];
}

const key = (name: string) => normalizeText(name);

/**
 * Target document + actuals → a document of scored self-evaluation tables: one per project of the
 * actuals, in their order, then the whole-unit one when the actuals have a `department`. Throws
 * SelfEvalError listing every problem (unknown project, task or indicator names, missing actuals,
 * bad amounts, weights not totalling 100, qualitative rows without a grade): a missing actual is an
 * error, never a silent 0.
 */
export function buildSelfEvaluation(
  target: JixiaoDocument,
  actuals: Actuals,
  options: BuildOptions = {},
): BuildResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const tables: AnySelfEvalTable[] = [];
  const summaries: ProjectSummary[] = [];
  const add = (built: BuiltTable<AnySelfEvalTable>, name: string) => {
    problems.push(...built.problems);
    notes.push(...built.notes);
    if (!built.table) return;
    tables.push(built.table);
    summaries.push({
      name,
      executionRate: built.table.funds[0]?.rate ?? '',
      totalScore: built.table.totalScore ?? 0,
      grade: built.table.grade as OverallGrade,
    });
  };
  const projects = target.tables.filter((t): t is ProjectTable => t.kind === 'project');
  if (actuals.projects.length > 0 && projects.length === 0) {
    throw new SelfEvalError([
      '目标文档中没有项目支出绩效目标表；项目自评表要从项目支出绩效目标表生成，请检查 --target 指定的文件。',
    ]);
  }
  const used = new Set<ProjectTable>();
  for (const entry of actuals.projects) {
    const project = projects.find((p) => key(p.projectName) === key(entry.name));
    if (!project) {
      problems.push(
        `找不到项目“${entry.name}”。目标文档中的项目有：${projects.map((p) => `“${p.projectName}”`).join('、')}。`,
      );
      continue;
    }
    if (used.has(project)) {
      problems.push(`项目“${entry.name}”填写了不止一次；请合并为一项。`);
      continue;
    }
    used.add(project);
    add(buildProjectTable(project, entry, target.unit.year, options), project.projectName);
  }
  if (actuals.department) {
    const department = findDepartment(target, actuals.department, problems);
    if (department)
      add(
        buildDepartmentTable(department, actuals.department, target.unit.year, options),
        `${department.unitName || target.unit.name}（部门整体）`,
      );
  }
  if (problems.length > 0) throw new SelfEvalError(problems);
  if (actuals.projects.length > 0)
    for (const project of projects) {
      if (!used.has(project))
        notes.push(`目标文档中的项目“${project.projectName}”没有实际完成情况，未生成自评表。`);
    }
  return { document: makeDocument({ unit: target.unit, tables }), summaries, notes };
}

/** The whole-unit target table the `department` actuals are for: the only one, or the one named. */
function findDepartment(
  target: JixiaoDocument,
  entry: ActualsDepartment,
  problems: string[],
): DepartmentTable | null {
  const departments = target.tables.filter((t): t is DepartmentTable => t.kind === 'department');
  if (departments.length === 0) {
    problems.push(
      '目标文档中没有部门（单位）整体支出绩效目标表；部门整体自评表要从它生成，请检查 --target 指定的文件，或删去 department。',
    );
    return null;
  }
  if (entry.name === undefined) {
    if (departments.length === 1) return departments[0] ?? null;
    problems.push(
      `目标文档中有 ${departments.length} 张部门整体表：请在 department 中用 name 填写部门（单位）名称（${departments.map((d) => `“${d.unitName}”`).join('、')}）。`,
    );
    return null;
  }
  const name = entry.name;
  const found = departments.find((d) => key(d.unitName) === key(name));
  if (!found)
    problems.push(
      `找不到部门整体表“${name}”。目标文档中的部门整体表有：${departments.map((d) => `“${d.unitName}”`).join('、')}。`,
    );
  return found ?? null;
}

interface BuiltTable<T extends AnySelfEvalTable> {
  table: T | null;
  problems: string[];
  notes: string[];
}

const isBlank = (text: string) => parseValue(text).kind === 'blank';

/** What the two kinds share: a target's indicators and budget scored against the actuals. */
interface Scored {
  funds: SelfEvalFundRow[];
  indicators: SelfEvalIndicator[];
}

/** The actuals of either kind, as far as scoring goes. */
type ScoredEntry = Pick<ActualsProject, 'budget' | 'weights' | 'indicators'>;

/**
 * Matches the actuals to the target's indicators by name, spreads or takes the weights, scores
 * every row and the execution rate. `label` names the table in the problems ("项目“…”").
 */
function scoreAgainstTarget(
  kind: SelfEvalKind,
  label: string,
  target: { indicators: Indicator[]; budget: Funding },
  entry: ScoredEntry,
  year: number | null,
  problems: string[],
  notes: string[],
): Scored | null {
  const candidates = target.indicators.filter(
    (i) => i.status !== 'rejected' && !(isBlank(i.name) && i.value.kind === 'blank'),
  );
  const targets = candidates.filter((i) => !isBlank(i.name));
  if (targets.length < candidates.length)
    notes.push(`${label}：目标表中有 ${candidates.length - targets.length} 行指标没有三级指标名称，已略过。`);

  // Match the actuals to the targets by name; a name used twice in the target is matched in order.
  const matched = new Array<number>(targets.length).fill(-1);
  const unknown: string[] = [];
  entry.indicators.forEach((actual, index) => {
    const slot = targets.findIndex((t, ti) => key(t.name) === key(actual.name) && matched[ti] === -1);
    if (slot >= 0) matched[slot] = index;
    else if (targets.some((t) => key(t.name) === key(actual.name)))
      problems.push(`${label}：指标“${actual.name}”填写了不止一次。`);
    else unknown.push(actual.name);
  });
  if (unknown.length > 0) {
    problems.push(
      `${label}中找不到指标“${unknown.join('”“')}”。该${kind === 'self-evaluation' ? '项目' : '表'}的三级指标有：${targets.map((t) => `“${t.name}”`).join('、') || '（无）'}。`,
    );
  }
  const missing = targets.filter((_, ti) => matched[ti] === -1).map((t) => `“${t.name}”`);
  if (missing.length > 0) {
    problems.push(
      `${label}缺少以下指标的实际完成值：${missing.join('、')}。请在 indicators 中补上（未完成的填 0 并写明原因）。`,
    );
  }

  const weights = indicatorWeights(targets, entry, label, problems);
  const funds = fundRows(
    kind,
    label,
    target.budget,
    entry,
    weights?.execution ?? DEFAULT_WEIGHTS.execution,
    problems,
  );
  if (!weights) return null;

  // Matched rows are scored even when other rows have problems, so that every problem is listed at once.
  const indicators: SelfEvalIndicator[] = [];
  targets.forEach((indicator, ti) => {
    const actual = entry.indicators[matched[ti] ?? -1];
    if (!actual) return;
    const where = `${label} › 指标“${indicator.name}”`;
    const weight = weights.indicators[ti] ?? 0;
    const qualitative = !indicator.value.quantitative;
    if (actual.score !== undefined && !qualitative)
      problems.push(`${where}：得分（score）只用于定性指标；数值指标的得分由程序计算，请删去 score。`);
    if (actual.grade !== undefined && !qualitative)
      notes.push(`${where}：数值指标按实际完成值计分，已忽略等级（grade）。`);
    const actualText = String(actual.actual);
    const result = scoreIndicator({
      target: indicator.value,
      actual: actualText,
      weight,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      grade: qualitative ? parseGrade(actual.grade) : null,
      chosenScore: qualitative ? (actual.score ?? null) : null,
      year,
    });
    if (!result.ok) {
      problems.push(`${where}：${result.problem}`);
      return;
    }
    notes.push(...result.warnings.map((w) => `${where}：${w}`));
    if (result.score < weight && isBlank(actual.reason)) {
      notes.push(
        `${where}：得分 ${formatPlain(result.score)} 低于分值 ${formatPlain(weight)}，请填写偏差原因分析及改进措施（reason）。`,
      );
    }
    indicators.push(
      selfEvalIndicatorFrom(indicator, {
        actual: actualText,
        weight,
        score: result.score,
        reason: actual.reason,
        grade: result.grade,
      }),
    );
  });
  return funds ? { funds, indicators } : null;
}

function buildProjectTable(
  project: ProjectTable,
  entry: ActualsProject,
  year: number | null,
  options: BuildOptions,
): BuiltTable<AnySelfEvalTable> {
  const problems: string[] = [];
  const notes: string[] = [];
  const label = `项目“${project.projectName}”`;
  const scored = scoreAgainstTarget('self-evaluation', label, project, entry, year, problems, notes);
  if (!scored || problems.length > 0) return { table: null, problems, notes };
  const table = makeSelfEval({
    projectName: project.projectName,
    ...(project.department ? { department: project.department } : {}),
    ...(project.implementer ? { implementer: project.implementer } : {}),
    funds: scored.funds,
    goalsExpected: project.goals,
    goalsActual: entry.goalsActual,
    indicators: scored.indicators,
  });
  return { table: { ...table, ...tableTotals(table, options.thresholds) }, problems, notes };
}

function buildDepartmentTable(
  department: DepartmentTable,
  entry: ActualsDepartment,
  year: number | null,
  options: BuildOptions,
): BuiltTable<DepartmentSelfEvalTable> {
  const problems: string[] = [];
  const notes: string[] = [];
  const label = `部门整体“${department.unitName}”`;
  const budget = departmentBudget(department);
  const scored = scoreAgainstTarget(
    'department-self-evaluation',
    label,
    { indicators: department.indicators, budget },
    entry,
    year,
    problems,
    notes,
  );
  const tasks = departmentTasks(department, entry, label, problems, notes);
  if (!scored || problems.length > 0) return { table: null, problems, notes };
  const table = makeDepartmentSelfEval({
    unitName: department.unitName,
    year: department.year ?? year,
    funds: scored.funds,
    tasks,
    goalsExpected: department.goals,
    goalsActual: entry.goalsActual,
    indicators: scored.indicators,
  });
  return { table: { ...table, ...tableTotals(table, options.thresholds) }, problems, notes };
}

/** The target's tasks with their 预算数, and the 执行数 the actuals give each (matched by name). */
function departmentTasks(
  department: DepartmentTable,
  entry: ActualsDepartment,
  label: string,
  problems: string[],
  notes: string[],
): DepartmentSelfEvalTask[] {
  const spent = new Map<string, Money | null>();
  for (const task of entry.tasks) {
    if (!department.tasks.some((t) => key(t.name) === key(task.name))) {
      problems.push(
        `${label}中找不到任务“${task.name}”。目标表的任务有：${department.tasks.map((t) => `“${t.name}”`).join('、') || '（无）'}。`,
      );
      continue;
    }
    if (spent.has(key(task.name))) {
      problems.push(`${label}：任务“${task.name}”填写了不止一次。`);
      continue;
    }
    spent.set(key(task.name), money(task.spent, `${label} › 任务“${task.name}”的执行数（spent）`, problems));
  }
  const missing = department.tasks.filter((t) => !spent.has(key(t.name))).map((t) => `“${t.name}”`);
  if (missing.length > 0 && entry.tasks.length > 0)
    notes.push(`${label}：任务 ${missing.join('、')} 没有填写执行数（tasks），执行数留空。`);
  return department.tasks.map((t) => ({
    name: t.name,
    content: t.content,
    budget: budgetTotal(t.funding),
    spent: spent.get(key(t.name)) ?? null,
  }));
}

/** A target table's indicator as a self-evaluation row: the target kept as parsed, the scoring fields added. */
export function selfEvalIndicatorFrom(
  indicator: Indicator,
  fields: {
    actual?: string;
    weight?: number | null;
    score?: number | null;
    reason?: string;
    grade?: SelfEvalIndicator['grade'] | null;
  },
): SelfEvalIndicator {
  const { grade, ...rest } = fields;
  const made = makeSelfEvalIndicator({
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    description: indicator.description,
    basis: indicator.basis,
    value: indicator.value.text,
    ...rest,
    ...(grade ? { grade } : {}),
    ...(indicator.id ? { id: indicator.id } : {}),
    ...(indicator.keptReason ? { keptReason: indicator.keptReason } : {}),
  });
  return { ...made, value: indicator.value };
}

/** Weights from the actuals (all or none), else the scheme (default 10/50/30/10) spread over each 一级. */
function indicatorWeights(
  targets: Indicator[],
  entry: ScoredEntry,
  label: string,
  problems: string[],
): { indicators: number[]; execution: number } | null {
  const scheme = { ...DEFAULT_WEIGHTS, ...entry.weights };
  const given = entry.indicators.filter((i) => i.weight !== undefined);
  if (given.length > 0) {
    if (given.length < entry.indicators.length) {
      problems.push(
        `${label}：部分指标填写了分值（weight），部分没有；要么都填，要么都不填（按默认 产出50、效益30、满意度10 分配）。`,
      );
      return null;
    }
    const total = sum2([scheme.execution, ...entry.indicators.map((i) => i.weight ?? 0)]);
    if (Math.abs(total - 100) > 0.005) {
      problems.push(
        `${label}：分值合计为 ${formatPlain(total)}（预算执行率 ${formatPlain(scheme.execution)} + 各指标分值），应为 100。`,
      );
      return null;
    }
    // A name used twice takes the weights in order.
    const queue = new Map<string, number[]>();
    for (const i of entry.indicators)
      queue.set(key(i.name), [...(queue.get(key(i.name)) ?? []), i.weight ?? 0]);
    return {
      indicators: targets.map((t) => queue.get(key(t.name))?.shift() ?? 0),
      execution: scheme.execution,
    };
  }
  const spread = spreadWeights(
    targets.map((t) => t.level1),
    scheme,
  );
  if (!spread.ok) {
    problems.push(`${label}：${spread.problem}`);
    return null;
  }
  return { indicators: spread.weights, execution: spread.execution };
}

function money(value: string | number | null | undefined, label: string, problems: string[]): Money | null {
  const parsed = parseMoneyInput(value ?? null);
  if (parsed.ok) return parsed.money;
  problems.push(`${label}：${parsed.error}`);
  return null;
}

/** The funds rows (selfEvalFundRows): 年度资金总额 from the actuals, scored; 年初预算数 from the target unless given. */
function fundRows(
  kind: SelfEvalKind,
  label: string,
  budget: Funding,
  entry: ScoredEntry,
  weight: number,
  problems: string[],
): SelfEvalFundRow[] | null {
  const before = problems.length;
  const fromTarget = entry.budget.initial === undefined;
  const initial = fromTarget
    ? budgetTotal(budget)
    : money(entry.budget.initial, `${label}的年初预算数（initial）`, problems);
  const full = money(entry.budget.full, `${label}的全年预算数（full）`, problems);
  const spent = money(entry.budget.spent, `${label}的全年执行数（spent）`, problems);
  if (problems.length > before) return null;
  if (spent === null) {
    problems.push(`${label}的全年执行数（spent）为空；请填写全年实际支出（万元），没有支出填 0。`);
    return null;
  }
  const execution = scoreExecution({ initial, full, spent, weight });
  if (!execution.ok) {
    const hint = fromTarget ? '（目标表没有预算数，请在 budget 中填写 initial 或 full）' : '';
    problems.push(`${label}：${execution.problem}${hint}`);
    return null;
  }
  return selfEvalFundRows(kind, budget, {
    initial,
    full,
    spent,
    weight,
    rate: execution.rateText,
    score: execution.score,
  });
}
