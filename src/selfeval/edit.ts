import type {
  AnySelfEvalTable,
  DepartmentSelfEvalTable,
  SelfEvalFundRow,
  SelfEvalIndicator,
} from '../domain/document.js';
import type { Money } from '../domain/money.js';
import { moneyEquals, sumMoney } from '../value/money.js';
import { parseValue } from '../value/parse-value.js';
import type { GradeThresholds } from './grades.js';
import type { IndicatorScore } from './indicator.js';
import { formatPlain, hundredths, sum2 } from './numbers.js';
import {
  scoredIndicators,
  scoreSelfEvalTable,
  scoreTableIndicator,
  tableTotals,
  totalFundRow,
  type TableScore,
} from './table.js';
import { DEFAULT_WEIGHTS, spreadWeights, weightGroup, type WeightScheme } from './weights.js';

/**
 * Edits of a self-evaluation table as it is filled in (either kind), each followed by a re-score:
 * the app applies one answer at a time through these, and says what is still missing.
 */

export interface ScoreContext {
  thresholds: GradeThresholds;
  /** The year evaluated (document.unit.year), for deadlines. */
  year: number | null;
}

const isBlankText = (text: string) => parseValue(text).kind === 'blank';

/**
 * The table scored as it stands: execution rate, every indicator's score and grade, 总分 and 等级.
 * Unlike scoreSelfEvalTable (which keeps a score it cannot recompute), a row that cannot be scored
 * has no score here: an edited actual never leaves the old score behind.
 */
export function rescore<T extends AnySelfEvalTable>(table: T, context: ScoreContext): T {
  const result = scoreSelfEvalTable(table, context);
  const indicators = result.table.indicators.map((indicator, i) =>
    result.indicators[i]?.ok ? indicator : { ...indicator, score: null },
  );
  const total = totalFundRow(table);
  const funds = result.table.funds.map((row, i) =>
    i === total?.index && !result.execution?.ok ? { ...row, rate: '', score: null } : row,
  );
  const scored = { ...result.table, funds, indicators };
  return { ...scored, ...tableTotals(scored, context.thresholds) };
}

export interface TableStatus<T extends AnySelfEvalTable = AnySelfEvalTable> {
  score: TableScore<T>;
  /** What still has to be filled or fixed before the table can be exported, in Chinese. */
  missing: string[];
  /** 分值 of the execution rate plus every indicator taking part. */
  weightTotal: number;
  complete: boolean;
}

export function rowLabel(indicator: SelfEvalIndicator, index: number): string {
  return indicator.name.trim() || `${indicator.level2}第${index + 1}行`;
}

/** The table's scores and what is still missing (actuals, the 全年执行数, weights that do not total 100). */
export function tableStatus<T extends AnySelfEvalTable>(table: T, context: ScoreContext): TableStatus<T> {
  const score = scoreSelfEvalTable(table, context);
  const missing: string[] = [];
  const total = totalFundRow(table);
  if (!total) missing.push('没有“年度资金总额”行。');
  else if (total.row.spent == null) missing.push('全年执行数未填写。');
  else if (score.execution && !score.execution.ok) missing.push(`预算执行率：${score.execution.problem}`);
  const rows = scoredIndicators(table);
  for (const { indicator, index } of rows) {
    const result = score.indicators[index];
    if (isBlankText(indicator.actual) && indicator.value.kind !== 'blank')
      missing.push(`“${rowLabel(indicator, index)}”的实际完成值未填写。`);
    else if (indicator.weight == null) missing.push(`“${rowLabel(indicator, index)}”没有分值。`);
    else if (result && !result.ok) missing.push(`“${rowLabel(indicator, index)}”：${result.problem}`);
  }
  const weightTotal = sum2([total?.row.weight ?? 0, ...rows.map(({ indicator }) => indicator.weight ?? 0)]);
  const gap = weightGap(weightTotal);
  if (gap) missing.push(gap);
  return { score, missing, weightTotal, complete: missing.length === 0 };
}

/** "分值合计 95，比 100 少 5 分" when the weights do not total 100; '' when they do. */
export function weightGap(total: number): string {
  const off = (hundredths(total) - 10_000) / 100;
  if (off === 0) return '';
  return `分值合计 ${formatPlain(total)}，比 100 ${off < 0 ? '少' : '多'} ${formatPlain(Math.abs(off))} 分`;
}

/** The 一级 totals as they stand ("10/50/30/10"). */
export function currentScheme(table: AnySelfEvalTable): WeightScheme {
  const scheme: WeightScheme = {
    execution: totalFundRow(table)?.row.weight ?? DEFAULT_WEIGHTS.execution,
    output: 0,
    effect: 0,
    satisfaction: 0,
  };
  for (const { indicator } of scoredIndicators(table)) {
    const group = weightGroup(indicator.level1);
    if (group) scheme[group] = sum2([scheme[group], indicator.weight ?? 0]);
  }
  return scheme;
}

/** One indicator scored on its own (null when it takes no part or has no weight). */
export function scoreRow(
  table: AnySelfEvalTable,
  index: number,
  context: ScoreContext,
): IndicatorScore | null {
  const indicator = table.indicators[index];
  if (!indicator || indicator.status === 'rejected') return null;
  return scoreTableIndicator(indicator, context);
}

/** Whether a score below the weight still lacks its 偏差原因. */
export function needsReason(indicator: SelfEvalIndicator): boolean {
  return (
    indicator.status !== 'rejected' &&
    indicator.score != null &&
    indicator.weight != null &&
    indicator.score < indicator.weight - 0.005 &&
    isBlankText(indicator.reason)
  );
}

/**
 * Whether a qualitative indicator's actual needs a grade from the evaluator: it does unless the
 * actual repeats the target (达成) or is itself a grade. A grade the scoring derived does not count.
 */
export function needsGrade(indicator: SelfEvalIndicator, context: ScoreContext): boolean {
  if (indicator.value.quantitative || indicator.value.kind === 'blank' || isBlankText(indicator.actual))
    return false;
  const { grade: _grade, ...ungraded } = indicator;
  const result = scoreTableIndicator({ ...ungraded, score: null }, context);
  return Boolean(result && !result.ok && result.code === 'needs-grade');
}

/**
 * Changes the 年度资金总额 row (not re-scored). Its parts' 年初预算数 came from the target's 预算数:
 * they are cleared when the 年初预算数 no longer matches their sum.
 */
export function setTotalFund<T extends AnySelfEvalTable>(table: T, patch: Partial<SelfEvalFundRow>): T {
  const total = totalFundRow(table);
  if (!total) return table;
  const funds = table.funds.map((row, i) => (i === total.index ? { ...row, ...patch } : row));
  if (patch.initial !== undefined) {
    const parts = funds.filter((_, i) => i !== total.index).map((r) => r.initial);
    if (
      parts.some((p) => p != null) &&
      (patch.initial == null || !moneyEquals(sumMoney(parts), patch.initial))
    ) {
      return {
        ...table,
        funds: funds.map((row, i) => (i === total.index ? row : { ...row, initial: null })),
      };
    }
  }
  return { ...table, funds };
}

/** Sets the 执行数 of a whole-unit table's 年度主要任务, in their order (not scored: only the 年度资金总额 is). */
export function setTasksSpent<T extends DepartmentSelfEvalTable>(table: T, spent: Array<Money | null>): T {
  return { ...table, tasks: table.tasks.map((task, i) => ({ ...task, spent: spent[i] ?? null })) };
}

/** Changes one indicator (not re-scored). */
export function setIndicator<T extends AnySelfEvalTable>(
  table: T,
  index: number,
  patch: Partial<SelfEvalIndicator>,
): T {
  return {
    ...table,
    indicators: table.indicators.map((indicator, i) =>
      i === index ? { ...indicator, ...patch } : indicator,
    ),
  };
}

/**
 * Spreads a weight scheme (执行率/产出/效益/满意度) over the table (not re-scored); a qualitative
 * score is cleared, since its band changes with its weight. A problem in Chinese when it cannot be spread.
 */
export function applyScheme<T extends AnySelfEvalTable>(
  table: T,
  scheme: WeightScheme,
): { ok: true; table: T } | { ok: false; problem: string } {
  const rows = scoredIndicators(table);
  const spread = spreadWeights(
    rows.map(({ indicator }) => indicator.level1),
    scheme,
  );
  if (!spread.ok) return { ok: false, problem: spread.problem };
  let changed = setTotalFund(table, { weight: spread.execution });
  rows.forEach(({ indicator, index }, k) => {
    changed = setIndicator(changed, index, {
      weight: spread.weights[k] ?? 0,
      ...(indicator.value.quantitative ? {} : { score: null }),
    });
  });
  return { ok: true, table: changed };
}

/** Takes an indicator out of the scoring (or back in): its weight no longer counts, so the total is off until re-spread. */
export function toggleExcluded<T extends AnySelfEvalTable>(
  table: T,
  index: number,
  context: ScoreContext,
): T {
  const indicator = table.indicators[index];
  if (!indicator) return table;
  const { status: _status, ...rest } = indicator;
  const changed =
    indicator.status === 'rejected' ? rest : { ...rest, status: 'rejected' as const, score: null };
  return rescore(
    { ...table, indicators: table.indicators.map((x, i) => (i === index ? changed : x)) },
    context,
  );
}
