import { makeDepartmentSelfEval, makeSelfEval } from '../domain/build.js';
import type {
  AnySelfEvalTable,
  DepartmentSelfEvalTable,
  DepartmentTable,
  Indicator,
  JixiaoDocument,
  ProjectTable,
  SelfEvalIndicator,
  SelfEvalTable,
} from '../domain/document.js';
import { parseValue } from '../value/parse-value.js';
import { selfEvalIndicatorFrom } from './build.js';
import { rescore, type ScoreContext } from './edit.js';
import { budgetTotal, departmentBudget, selfEvalFundRows } from './funds.js';
import type { GradeThresholds } from './grades.js';
import { DEFAULT_WEIGHTS, spreadWeights } from './weights.js';

/**
 * A self-evaluation to fill in, from a target table: the target's indicators and budget, the
 * default weights 10/50/30/10 spread over the indicators, nothing actual yet.
 */

const isBlankText = (text: string) => parseValue(text).kind === 'blank';

/** The indicators a self-evaluation takes over: named rows not rejected, weights spread by 一级. */
function blankIndicators(
  indicators: Indicator[],
  name: string,
  notes: string[],
): { rows: SelfEvalIndicator[]; execution: number } {
  const kept = indicators.filter(
    (i) => i.status !== 'rejected' && !(isBlankText(i.name) && i.value.kind === 'blank'),
  );
  const rows = kept.filter((i) => !isBlankText(i.name));
  if (rows.length < kept.length)
    notes.push(`${name}：有 ${kept.length - rows.length} 行指标没有三级指标名称，未列入自评表。`);
  const spread = spreadWeights(
    rows.map((r) => r.level1),
    DEFAULT_WEIGHTS,
  );
  if (!spread.ok)
    notes.push(`${name}：${spread.problem.replace(/（weight）/g, '')}（选中该行按 w 填写分值）`);
  const made = rows.map((indicator, k): SelfEvalIndicator => {
    const row = selfEvalIndicatorFrom(indicator, { weight: spread.ok ? (spread.weights[k] ?? null) : null });
    // A placeholder the review left unfilled ("≥（待填）%") is no target: the row cannot be scored until it is filled.
    return indicator.placeholder
      ? { ...row, value: { ...row.value, kind: 'blank', quantitative: false, numbers: [] } }
      : row;
  });
  return { rows: made, execution: spread.ok ? spread.execution : DEFAULT_WEIGHTS.execution };
}

/** A 项目支出绩效自评表 to fill in for one project table. */
export function blankSelfEval(
  project: ProjectTable,
  context: ScoreContext,
): { table: SelfEvalTable; notes: string[] } {
  const notes: string[] = [];
  const { rows, execution } = blankIndicators(
    project.indicators,
    `项目“${project.projectName || '（未命名项目）'}”`,
    notes,
  );
  const table = makeSelfEval({
    projectName: project.projectName,
    ...(project.department ? { department: project.department } : {}),
    ...(project.implementer ? { implementer: project.implementer } : {}),
    funds: selfEvalFundRows('self-evaluation', project.budget, {
      initial: budgetTotal(project.budget),
      weight: execution,
    }),
    goalsExpected: project.goals,
    indicators: rows,
  });
  return { table: rescore(table, context), notes };
}

/** A 部门（单位）整体支出绩效自评表 to fill in for a whole-unit target table: its tasks with their 预算数. */
export function blankDepartmentSelfEval(
  department: DepartmentTable,
  context: ScoreContext,
): { table: DepartmentSelfEvalTable; notes: string[] } {
  const notes: string[] = [];
  const { rows, execution } = blankIndicators(
    department.indicators,
    `${department.unitName || '部门'}整体支出`,
    notes,
  );
  const budget = departmentBudget(department);
  const table = makeDepartmentSelfEval({
    unitName: department.unitName,
    year: department.year ?? context.year,
    funds: selfEvalFundRows('department-self-evaluation', budget, {
      initial: budgetTotal(budget),
      weight: execution,
    }),
    tasks: department.tasks.map((t) => ({
      name: t.name,
      content: t.content,
      budget: budgetTotal(t.funding),
      spent: null,
    })),
    goalsExpected: department.goals,
    indicators: rows,
  });
  return { table: rescore(table, context), notes };
}

/** A document of blank self-evaluations for the chosen target tables (project or whole-unit) of `target`. */
export function startSelfEvaluation(
  target: JixiaoDocument,
  tables: number[],
  thresholds: GradeThresholds,
): { document: JixiaoDocument; notes: string[] } {
  const context = { thresholds, year: target.unit.year };
  const made = tables.flatMap((i): Array<{ table: AnySelfEvalTable; notes: string[] }> => {
    const t = target.tables[i];
    if (t?.kind === 'project') return [blankSelfEval(t, context)];
    if (t?.kind === 'department') return [blankDepartmentSelfEval(t, context)];
    return [];
  });
  return {
    document: { schemaVersion: 1, unit: target.unit, tables: made.map((m) => m.table), prose: [] },
    notes: made.flatMap((m) => m.notes),
  };
}
