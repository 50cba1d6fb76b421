import type { Actuals, ActualsProject } from '../domain/actuals.js';
import { makeDocument, makeSelfEval, makeSelfEvalIndicator } from '../domain/build.js';
import type {
  Indicator,
  JixiaoDocument,
  ProjectTable,
  SelfEvalFundRow,
  SelfEvalIndicator,
  SelfEvalTable,
} from '../domain/document.js';
import type { Money } from '../domain/money.js';
import { moneyEquals, parseMoneyInput } from '../value/money.js';
import { normalizeText } from '../value/normalize.js';
import { parseValue } from '../value/parse-value.js';
import { scoreExecution } from './execution.js';
import { parseGrade, type GradeThresholds, type OverallGrade } from './grades.js';
import { scoreIndicator } from './indicator.js';
import { formatPlain, sum2 } from './numbers.js';
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
 * Target document + actuals → a document of scored self-evaluation tables. Throws SelfEvalError
 * listing every problem (unknown project or indicator names, missing actuals, bad amounts,
 * weights not totalling 100, qualitative rows without a grade): a missing actual is an error,
 * never a silent 0.
 */
export function buildSelfEvaluation(
  target: JixiaoDocument,
  actuals: Actuals,
  options: BuildOptions = {},
): BuildResult {
  const projects = target.tables.filter((t): t is ProjectTable => t.kind === 'project');
  if (projects.length === 0) {
    throw new SelfEvalError([
      '目标文档中没有项目支出绩效目标表；自评表要从项目支出绩效目标表生成，请检查 --target 指定的文件。',
    ]);
  }
  const problems: string[] = [];
  const notes: string[] = [];
  const tables: SelfEvalTable[] = [];
  const summaries: ProjectSummary[] = [];
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
    const built = buildTable(project, entry, target.unit.year, options);
    problems.push(...built.problems);
    notes.push(...built.notes);
    if (built.table) {
      tables.push(built.table);
      const totalRow = built.table.funds[0];
      summaries.push({
        name: project.projectName,
        executionRate: totalRow.rate,
        totalScore: built.table.totalScore ?? 0,
        grade: built.table.grade as OverallGrade,
      });
    }
  }
  if (problems.length > 0) throw new SelfEvalError(problems);
  for (const project of projects) {
    if (!used.has(project))
      notes.push(`目标文档中的项目“${project.projectName}”没有实际完成情况，未生成自评表。`);
  }
  return { document: makeDocument({ unit: target.unit, tables }), summaries, notes };
}

interface BuiltTable {
  table: SelfEvalTable | null;
  problems: string[];
  notes: string[];
}

const isBlank = (text: string) => parseValue(text).kind === 'blank';

function buildTable(
  project: ProjectTable,
  entry: ActualsProject,
  year: number | null,
  options: BuildOptions,
): BuiltTable {
  const name = project.projectName;
  const problems: string[] = [];
  const notes: string[] = [];
  const candidates = project.indicators.filter(
    (i) => i.status !== 'rejected' && !(isBlank(i.name) && i.value.kind === 'blank'),
  );
  const targets = candidates.filter((i) => !isBlank(i.name));
  if (targets.length < candidates.length)
    notes.push(
      `项目“${name}”：目标表中有 ${candidates.length - targets.length} 行指标没有三级指标名称，已略过。`,
    );

  // Match the actuals to the targets by name; a name used twice in the target is matched in order.
  const matched = new Array<number>(targets.length).fill(-1);
  const unknown: string[] = [];
  entry.indicators.forEach((actual, index) => {
    const slot = targets.findIndex((t, ti) => key(t.name) === key(actual.name) && matched[ti] === -1);
    if (slot >= 0) matched[slot] = index;
    else if (targets.some((t) => key(t.name) === key(actual.name)))
      problems.push(`项目“${name}”：指标“${actual.name}”填写了不止一次。`);
    else unknown.push(actual.name);
  });
  if (unknown.length > 0) {
    problems.push(
      `项目“${name}”中找不到指标“${unknown.join('”“')}”。该项目的三级指标有：${targets.map((t) => `“${t.name}”`).join('、') || '（无）'}。`,
    );
  }
  const missing = targets.filter((_, ti) => matched[ti] === -1).map((t) => `“${t.name}”`);
  if (missing.length > 0) {
    problems.push(
      `项目“${name}”缺少以下指标的实际完成值：${missing.join('、')}。请在 indicators 中补上（未完成的填 0 并写明原因）。`,
    );
  }

  const weights = indicatorWeights(targets, entry, name, problems);
  const execution = fundRows(project, entry, weights?.execution ?? DEFAULT_WEIGHTS.execution, problems);
  if (!weights) return { table: null, problems, notes };

  // Matched rows are scored even when other rows have problems, so that every problem is listed at once.
  const indicators: SelfEvalIndicator[] = [];
  targets.forEach((indicator, ti) => {
    if (matched[ti] === -1) return;
    const actual = entry.indicators[matched[ti]];
    const label = `项目“${name}” › 指标“${indicator.name}”`;
    const weight = weights.indicators[ti];
    const qualitative = !indicator.value.quantitative;
    if (actual.score !== undefined && !qualitative)
      problems.push(`${label}：得分（score）只用于定性指标；数值指标的得分由程序计算，请删去 score。`);
    if (actual.grade !== undefined && !qualitative)
      notes.push(`${label}：数值指标按实际完成值计分，已忽略等级（grade）。`);
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
      problems.push(`${label}：${result.problem}`);
      return;
    }
    notes.push(...result.warnings.map((w) => `${label}：${w}`));
    if (result.score < weight && isBlank(actual.reason)) {
      notes.push(
        `${label}：得分 ${formatPlain(result.score)} 低于分值 ${formatPlain(weight)}，请填写偏差原因分析及改进措施（reason）。`,
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
  if (problems.length > 0 || !execution) return { table: null, problems, notes };

  const table = makeSelfEval({
    projectName: project.projectName,
    ...(project.department ? { department: project.department } : {}),
    ...(project.implementer ? { implementer: project.implementer } : {}),
    funds: execution,
    goalsExpected: project.goals,
    goalsActual: entry.goalsActual,
    indicators,
  });
  return { table: { ...table, ...tableTotals(table, options.thresholds) }, problems, notes };
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
  entry: ActualsProject,
  name: string,
  problems: string[],
): { indicators: number[]; execution: number } | null {
  const scheme = { ...DEFAULT_WEIGHTS, ...entry.weights };
  const given = entry.indicators.filter((i) => i.weight !== undefined);
  if (given.length > 0) {
    if (given.length < entry.indicators.length) {
      problems.push(
        `项目“${name}”：部分指标填写了分值（weight），部分没有；要么都填，要么都不填（按默认 产出50、效益30、满意度10 分配）。`,
      );
      return null;
    }
    const total = sum2([scheme.execution, ...entry.indicators.map((i) => i.weight ?? 0)]);
    if (Math.abs(total - 100) > 0.005) {
      problems.push(
        `项目“${name}”：分值合计为 ${formatPlain(total)}（预算执行率 ${formatPlain(scheme.execution)} + 各指标分值），应为 100。`,
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
    problems.push(`项目“${name}”：${spread.problem}`);
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

/** The four 项目资金 rows; only 年度资金总额 is scored. 财政拨款/其他资金 come from the target when 年初预算数 is the target's 预算数. */
function fundRows(
  project: ProjectTable,
  entry: ActualsProject,
  weight: number,
  problems: string[],
): SelfEvalFundRow[] | null {
  const name = project.projectName;
  const before = problems.length;
  const fromTarget = entry.budget.initial === undefined;
  const initial = fromTarget
    ? project.budget.total
    : money(entry.budget.initial, `项目“${name}”的年初预算数（initial）`, problems);
  const full = money(entry.budget.full, `项目“${name}”的全年预算数（full）`, problems);
  const spent = money(entry.budget.spent, `项目“${name}”的全年执行数（spent）`, problems);
  if (problems.length > before) return null;
  if (spent === null) {
    problems.push(`项目“${name}”的全年执行数（spent）为空；请填写全年实际支出（万元），没有支出填 0。`);
    return null;
  }
  const execution = scoreExecution({ initial, full, spent, weight });
  if (!execution.ok) {
    const hint = fromTarget ? '（目标表没有预算数，请在 budget 中填写 initial 或 full）' : '';
    problems.push(`项目“${name}”：${execution.problem}${hint}`);
    return null;
  }
  const blank = (label: string, initialPart: Money | null = null): SelfEvalFundRow => ({
    label,
    initial: initialPart,
    full: null,
    spent: null,
    weight: null,
    rate: '',
    score: null,
  });
  const sameAsTarget =
    initial !== null && project.budget.total !== null && moneyEquals(initial, project.budget.total);
  return [
    { label: '年度资金总额', initial, full, spent, weight, rate: execution.rateText, score: execution.score },
    blank('其中：当年财政拨款', sameAsTarget ? project.budget.fiscal : null),
    blank('上年结转资金'),
    blank('其他资金', sameAsTarget ? project.budget.other : null),
  ];
}
