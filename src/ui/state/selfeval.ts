import type { AnySelfEvalTable, JixiaoDocument, Table } from '../../domain/document.js';
import type { Money } from '../../domain/money.js';
import { isTargetTable } from '../../domain/table-kind.js';
import {
  applyScheme,
  currentScheme,
  needsGrade,
  needsReason,
  rescore,
  setIndicator,
  setTasksSpent,
  setTotalFund,
  tableStatus,
  weightGap,
  type ScoreContext,
} from '../../selfeval/edit.js';
import { GRADE_BANDS, parseGrade } from '../../selfeval/grades.js';
import { formatPlain, hundredths, sum2 } from '../../selfeval/numbers.js';
import { scoreTableIndicator, totalFundRow } from '../../selfeval/table.js';
import { DEFAULT_WEIGHTS, type WeightScheme } from '../../selfeval/weights.js';
import { formatNumber } from '../../value/format-value.js';
import { parseMoneyInput, toYuan } from '../../value/money.js';
import { parseValue } from '../../value/parse-value.js';
import type { SelfEvalField } from './selfeval-types.js';

// The scoring and the table edits live in src/selfeval/; the screens reach them through here.
export { startSelfEvaluation } from '../../selfeval/blank.js';
export {
  currentScheme,
  needsReason,
  rowLabel,
  scoreRow,
  tableStatus as viewTable,
  toggleExcluded,
  weightGap,
  type ScoreContext,
} from '../../selfeval/edit.js';

/**
 * The app's self-evaluation questions, pure: the order they are asked in, the text each starts
 * with, and a typed answer read and applied through src/selfeval (which scores the table). The
 * screen and the reducer share these, so what is typed is scored the same way before and after Enter.
 */

/** Row 0 of the screen is the 预算执行率 (项目资金 / 年度预算执行情况); row k ≥ 1 is indicator k − 1. */
export const FUNDS_ROW = 0;

export const FIELD_LABELS: Record<SelfEvalField, string> = {
  initial: '年初预算数',
  full: '全年预算数',
  spent: '全年执行数',
  tasks: '年度主要任务执行数',
  goals: '年度总体目标实际完成情况',
  actual: '实际完成值',
  grade: '完成等级',
  score: '得分',
  reason: '偏差原因分析及改进措施',
  weight: '分值',
  scheme: '分值方案',
  target: '年度指标值',
};

const isBlankText = (text: string) => parseValue(text).kind === 'blank';
const wan = (money: Money) => formatNumber(toYuan(money) / 10_000);

/** The target tables a self-evaluation can start from (project and whole-unit), by their index in `document.tables`. */
export function targetIndexes(document: JixiaoDocument): number[] {
  return document.tables.flatMap((t, i) => (isTargetTable(t) ? [i] : []));
}

/** What the screens call a table: the project's name, or 部门整体 with the unit's name (either kind, target or self-evaluation). */
export function tableName(table: Table): string {
  if (table.kind === 'project' || table.kind === 'self-evaluation')
    return table.projectName.trim() || '（未命名项目）';
  return table.unitName.trim() ? `部门整体（${table.unitName.trim()}）` : '部门整体';
}

/** The heading of a self-evaluation's funds block, as on its official form. */
export function fundsLabel(table: AnySelfEvalTable): string {
  return table.kind === 'department-self-evaluation' ? '年度预算执行情况' : '项目资金';
}

export const schemeText = (s: WeightScheme) =>
  [s.execution, s.output, s.effect, s.satisfaction].map(formatPlain).join('/');

/** The questions of one row, in the order they are asked (they depend on the answers so far). */
export function rowSteps(table: AnySelfEvalTable, row: number, context: ScoreContext): SelfEvalField[] {
  if (row === FUNDS_ROW)
    return table.kind === 'department-self-evaluation' && table.tasks.length > 0
      ? ['initial', 'full', 'spent', 'tasks', 'goals']
      : ['initial', 'full', 'spent', 'goals'];
  const indicator = table.indicators[row - 1];
  if (!indicator || indicator.status === 'rejected') return [];
  const steps: SelfEvalField[] = ['actual'];
  const result = scoreTableIndicator(indicator, context);
  if (needsGrade(indicator, context)) steps.push('grade', 'score');
  if (result?.ok && indicator.weight != null && result.score < indicator.weight - 0.005) steps.push('reason');
  return steps;
}

/** A table nobody has started on: it opens with its first question. */
export function isFresh(table: AnySelfEvalTable): boolean {
  return (
    (totalFundRow(table)?.row.spent ?? null) === null && table.indicators.every((i) => isBlankText(i.actual))
  );
}

/**
 * The question after `field` of `row` when walking through a table: the rest of the row's
 * questions, then the next indicator without an actual (from the top again when the last is
 * passed), then the 全年执行数 if still missing; null when nothing is left to ask.
 */
export function nextSelfEvalStep(
  table: AnySelfEvalTable,
  row: number,
  field: SelfEvalField,
  context: ScoreContext,
): { row: number; field: SelfEvalField } | null {
  const steps = rowSteps(table, row, context);
  const at = steps.indexOf(field);
  if (at >= 0 && at < steps.length - 1) return { row, field: steps[at + 1] };
  const open = table.indicators.flatMap((indicator, i) =>
    indicator.status !== 'rejected' && isBlankText(indicator.actual) ? [i + 1] : [],
  );
  const after = open.find((r) => r > row) ?? open[0];
  if (after !== undefined) return { row: after, field: 'actual' };
  if (row !== FUNDS_ROW && (totalFundRow(table)?.row.spent ?? null) === null)
    return { row: FUNDS_ROW, field: 'spent' };
  return null;
}

/** Where a walk through a table starts: its first question when fresh, else the first one left unanswered (null: none). */
export function firstStep(
  table: AnySelfEvalTable,
  context: ScoreContext,
): { row: number; field: SelfEvalField } | null {
  if (isFresh(table)) return { row: FUNDS_ROW, field: 'initial' };
  if ((totalFundRow(table)?.row.spent ?? null) === null) return { row: FUNDS_ROW, field: 'spent' };
  return nextSelfEvalStep(table, FUNDS_ROW, 'goals', context);
}

/** The text a question starts with: what is there now (the 分值方案 as "10/50/30/10"). */
export function fieldText(table: AnySelfEvalTable, row: number, field: SelfEvalField): string {
  const total = totalFundRow(table)?.row;
  const indicator = row > FUNDS_ROW ? table.indicators[row - 1] : undefined;
  switch (field) {
    case 'initial':
    case 'full':
    case 'spent': {
      const money = total?.[field];
      return money == null ? '' : wan(money);
    }
    case 'tasks':
      return table.kind === 'department-self-evaluation' && table.tasks.some((task) => task.spent != null)
        ? table.tasks.map((task) => (task.spent == null ? '—' : wan(task.spent))).join(' / ')
        : '';
    case 'goals':
      return table.goalsActual;
    case 'scheme': {
      // The 一级 totals as they stand when they make 100; else the default, ready to be confirmed.
      const scheme = currentScheme(table);
      const total = sum2([scheme.execution, scheme.output, scheme.effect, scheme.satisfaction]);
      return schemeText(hundredths(total) === 10_000 ? scheme : DEFAULT_WEIGHTS);
    }
    case 'weight': {
      const weight = row === FUNDS_ROW ? total?.weight : indicator?.weight;
      return weight == null ? '' : formatPlain(weight);
    }
    case 'actual':
      return indicator?.actual ?? '';
    case 'reason':
      return indicator?.reason ?? '';
    case 'score': {
      // The grade's default score is not shown: Enter keeps it, and a typed score replaces it.
      const band = indicator?.grade ? GRADE_BANDS[indicator.grade] : null;
      if (
        indicator?.score == null ||
        (band &&
          indicator.weight != null &&
          hundredths(band.preset * indicator.weight) === hundredths(indicator.score))
      )
        return '';
      return formatPlain(indicator.score);
    }
    case 'grade':
      return indicator?.grade ?? '';
    case 'target':
      return indicator?.value.text ?? '';
  }
}

export type Applied = { ok: true; table: AnySelfEvalTable; notice?: string } | { ok: false; error: string };

/** Amounts typed in a row, one per task ("118 / 79", "118、79", "118，79"; — or 无 for one not known). */
function readTasksSpent(
  table: AnySelfEvalTable,
  text: string,
): { ok: true; spent: Array<Money | null> } | { ok: false; error: string } {
  const tasks = table.kind === 'department-self-evaluation' ? table.tasks : [];
  // The full-width comma separates (before NFKC makes it an ASCII comma, which may group thousands).
  const parts = text
    .replace(/，/g, ' ')
    .normalize('NFKC')
    .split(/[\s/、;|]+/)
    .filter(Boolean);
  if (parts.length === 0) return { ok: true, spent: tasks.map(() => null) };
  if (parts.length !== tasks.length)
    return {
      ok: false,
      error: `有 ${tasks.length} 项任务，填了 ${parts.length} 个金额：请按顺序逐项填写（万元，用空格或 / 分开，不知道的填 —）。`,
    };
  const spent: Array<Money | null> = [];
  for (const [i, part] of parts.entries()) {
    const parsed = parseMoneyInput(part);
    if (!parsed.ok) return { ok: false, error: `任务“${tasks[i]?.name ?? i + 1}”的执行数：${parsed.error}` };
    spent.push(parsed.money);
  }
  return { ok: true, spent };
}

/** A number typed by a person: full-width digits, spaces and a trailing 分 are fine. */
function readNumber(text: string): number | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '').replace(/分$/, '');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

/** Four numbers for 执行率 / 产出 / 效益 / 满意度 ("10/50/30/10", "10 50 30 10", "10，50，30，10"). */
export function readScheme(text: string): WeightScheme | null {
  const parts = text
    .normalize('NFKC')
    .split(/[\s/,，、;；|]+/)
    .filter(Boolean)
    .map(readNumber);
  if (parts.length !== 4 || parts.some((p) => p === null)) return null;
  const [execution, output, effect, satisfaction] = parts as number[];
  return { execution, output, effect, satisfaction };
}

const UNFIT_ACTUAL = new Set(['actual-not-number', 'kind-mismatch', 'unit-mismatch', 'composite-mismatch']);

/**
 * Applies one answer to the table and re-scores it, or says in Chinese what is wrong with it
 * (amounts through parseMoneyInput, actuals that cannot be compared with their target, a score
 * outside its grade's band, weights that are not numbers).
 */
export function applyField(
  table: AnySelfEvalTable,
  row: number,
  field: SelfEvalField,
  text: string,
  context: ScoreContext,
): Applied {
  const done = (changed: AnySelfEvalTable, notice?: string): Applied => ({
    ok: true,
    table: rescore(changed, context),
    ...(notice ? { notice } : {}),
  });
  const total = totalFundRow(table)?.row;
  const index = row - 1;
  const indicator = row > FUNDS_ROW ? table.indicators[index] : undefined;
  const label = FIELD_LABELS[field];
  switch (field) {
    case 'initial':
    case 'full':
    case 'spent': {
      const parsed = parseMoneyInput(text);
      if (!parsed.ok) return { ok: false, error: `${label}：${parsed.error}` };
      const money = parsed.money;
      if (field === 'spent' && money == null)
        return { ok: false, error: '请填写全年执行数（万元）；全年没有支出的填 0。' };
      const changed = setTotalFund(table, { [field]: money });
      const row0 = totalFundRow(changed)?.row;
      const budget = row0?.full ?? row0?.initial ?? null;
      if (field === 'full' && (budget == null || toYuan(budget) <= 0)) {
        return {
          ok: false,
          error: '年初预算数和全年预算数都为空或为 0，无法计算预算执行率：请填写全年预算数（万元）。',
        };
      }
      let notice: string | undefined;
      if (
        field === 'spent' &&
        money != null &&
        budget != null &&
        toYuan(budget) > 0 &&
        toYuan(money) > toYuan(budget)
      ) {
        notice = `全年执行数 ${formatNumber(toYuan(money) / 10_000)} 超过预算数 ${formatNumber(toYuan(budget) / 10_000)}：执行率按 100% 计分，请核对金额。`;
      }
      if (field === 'initial' && money == null && total?.full == null)
        notice = '年初预算数留空：请在下一项填写全年预算数。';
      return done(changed, notice);
    }
    case 'tasks': {
      if (table.kind !== 'department-self-evaluation')
        return { ok: false, error: '只有部门整体自评表有年度主要任务。' };
      const read = readTasksSpent(table, text);
      if (!read.ok) return { ok: false, error: read.error };
      const over = table.tasks.filter(
        (task, i) =>
          task.budget != null && read.spent[i] != null && toYuan(read.spent[i]!) > toYuan(task.budget),
      );
      return done(
        setTasksSpent(table, read.spent),
        over.length > 0
          ? `任务${over.map((t) => `“${t.name}”`).join('、')}的执行数超过预算数，请核对金额。`
          : undefined,
      );
    }
    case 'goals':
      return done({ ...table, goalsActual: text.trim() });
    case 'scheme': {
      const scheme = readScheme(text);
      if (!scheme)
        return { ok: false, error: '请填写四个分值，依次为 预算执行率/产出/效益/满意度，例如 10/50/30/10。' };
      const spread = applyScheme(table, scheme);
      if (!spread.ok) return { ok: false, error: spread.problem.replace(/（weight）/g, '') };
      const changed = spread.table;
      return done(changed, `已按 ${schemeText(scheme)} 重新分配分值。`);
    }
    case 'weight': {
      const weight = readNumber(text);
      if (weight === null || weight > 100)
        return { ok: false, error: `分值应为 0 到 100 之间的数字，例如 5 或 2.5；“${text.trim()}”不是。` };
      const changed =
        row === FUNDS_ROW
          ? setTotalFund(table, { weight })
          : setIndicator(table, index, { weight, ...(indicator?.value.quantitative ? {} : { score: null }) });
      const gap = weightGap(tableStatus(changed, context).weightTotal);
      return done(changed, gap ? `${gap}：请调整其他指标的分值，或按 s 重新分配。` : '分值合计 100。');
    }
    default:
      break;
  }
  if (!indicator) return { ok: false, error: '请先选择一个指标。' };
  switch (field) {
    case 'actual': {
      const actual = text.trim();
      if (isBlankText(actual))
        return { ok: false, error: '请填写实际完成值；没有完成的填 0，并在偏差原因中说明。' };
      let changed = setIndicator(table, index, { actual });
      // An actual that repeats the target (or names a grade) sets the grade itself: an earlier grade goes.
      if (
        !indicator.value.quantitative &&
        indicator.grade &&
        !needsGrade(changed.indicators[index], context)
      ) {
        const { grade: _grade, ...rest } = changed.indicators[index];
        changed = {
          ...changed,
          indicators: changed.indicators.map((x, i) => (i === index ? { ...rest, score: null } : x)),
        };
      }
      const result = scoreTableIndicator(changed.indicators[index], context);
      if (result && !result.ok && UNFIT_ACTUAL.has(result.code)) return { ok: false, error: result.problem };
      const notice = result?.ok
        ? result.warnings.join(' ')
        : result?.code === 'blank-target'
          ? result.problem
          : undefined;
      return done(changed, notice || undefined);
    }
    case 'grade': {
      const grade = parseGrade(text);
      if (!grade)
        return { ok: false, error: '请选择等级：达成年度指标、部分达成并具有一定效果或未达成且效果较差。' };
      return done(setIndicator(table, index, { grade, score: null }));
    }
    case 'score': {
      if (isBlankText(text)) return done(setIndicator(table, index, { score: null }));
      const score = readNumber(text);
      if (score === null)
        return { ok: false, error: `得分应为数字；“${text.trim()}”不是。直接回车取该等级的默认得分。` };
      const changed = setIndicator(table, index, { score });
      const result = scoreTableIndicator(changed.indicators[index], context);
      if (!result || !result.ok) return { ok: false, error: result?.problem ?? '这个指标还没有分值。' };
      if (result.kind === 'qualitative' && Math.abs(result.score - score) > 0.005) {
        return {
          ok: false,
          error: `得分 ${formatPlain(score)} 不在该等级的分数段 ${formatPlain(result.min)}–${formatPlain(result.max)} 内；请改分数或改等级。`,
        };
      }
      return done(changed);
    }
    case 'reason':
      return done(
        setIndicator(table, index, { reason: text.trim() }),
        isBlankText(text) && needsReason({ ...indicator, reason: '' })
          ? '偏差原因未填写：得分低于分值时应说明原因和改进措施，检查时会提醒。'
          : undefined,
      );
    case 'target': {
      const value = parseValue(text.trim());
      if (value.kind === 'blank')
        return {
          ok: false,
          error: '请填写年度指标值（例如 ≥1434户、≥95%、≤10月底）；没有目标的指标可按 x 不参与自评。',
        };
      return done(setIndicator(table, index, { value, score: null }));
    }
    default:
      return { ok: false, error: `不能修改${label}。` };
  }
}

/** The bands of the three grades for a weight, for the grade question ("24–30 分"). */
export function gradeChoices(weight: number | null) {
  return (Object.keys(GRADE_BANDS) as Array<keyof typeof GRADE_BANDS>).map((grade) => {
    const band = GRADE_BANDS[grade];
    const w = weight ?? 0;
    return {
      grade,
      label: band.label,
      note:
        weight == null
          ? ''
          : `${formatPlain(band.min * w)}–${formatPlain(band.max * w)} 分，默认 ${formatPlain(band.preset * w)}`,
    };
  });
}
