import type { AnySelfEvalTable, SelfEvalFundRow, SelfEvalIndicator } from '../domain/document.js';
import { normalizeText } from '../value/normalize.js';
import { parseValue } from '../value/parse-value.js';
import { scoreExecution, type ExecutionScore } from './execution.js';
import { DEFAULT_GRADE_THRESHOLDS, overallGrade, type GradeThresholds } from './grades.js';
import { scoreIndicator, type IndicatorScore } from './indicator.js';
import { formatScore, sum2 } from './numbers.js';

/** The parts of 年度资金总额: by source (财政拨款, 结转, 其他资金) or by use (基本支出, 项目支出). */
const FUND_PART = /^其中|结转|其他资金|财政拨款|基本支出|项目支出/;

/** The 年度资金总额 row: the only funds row that is scored (either kind of self-evaluation). */
export function totalFundRow(table: AnySelfEvalTable): { row: SelfEvalFundRow; index: number } | null {
  const labelled = table.funds.findIndex((row) => /总额|合计|总计/.test(normalizeText(row.label)));
  const index =
    labelled >= 0 ? labelled : table.funds.findIndex((row) => !FUND_PART.test(normalizeText(row.label)));
  const row = table.funds[index];
  return row ? { row, index } : null;
}

/** A row left over from the template ("……", empty 经济效益 rows): nothing to score. */
export function isTemplateRow(indicator: SelfEvalIndicator): boolean {
  const empty = (text: string) => parseValue(text).kind === 'blank';
  return (
    empty(indicator.name) &&
    indicator.value.kind === 'blank' &&
    empty(indicator.actual) &&
    indicator.weight == null &&
    indicator.score == null
  );
}

/** Indicators that take part in the score: not rejected, not template leftovers. */
export function scoredIndicators(
  table: AnySelfEvalTable,
): Array<{ indicator: SelfEvalIndicator; index: number }> {
  return table.indicators.flatMap((indicator, index) =>
    indicator.status === 'rejected' || isTemplateRow(indicator) ? [] : [{ indicator, index }],
  );
}

export interface ScoreOptions {
  thresholds?: GradeThresholds;
  /** The year evaluated (document.unit.year). */
  year?: number | null;
}

/** Scores one indicator of a table as it stands (a qualitative score inside its grade's band is kept). */
export function scoreTableIndicator(
  indicator: SelfEvalIndicator,
  options: ScoreOptions = {},
): IndicatorScore | null {
  if (indicator.weight == null) return null;
  const input = {
    target: indicator.value,
    actual: indicator.actual,
    weight: indicator.weight,
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    grade: indicator.grade ?? null,
    year: options.year ?? null,
  };
  const kept = scoreIndicator({ ...input, chosenScore: indicator.score });
  return kept.ok || kept.code !== 'score-outside-band' ? kept : scoreIndicator(input);
}

export function scoreTableExecution(table: AnySelfEvalTable): ExecutionScore | null {
  const total = totalFundRow(table);
  if (!total || total.row.weight == null) return null;
  return scoreExecution({
    initial: total.row.initial,
    full: total.row.full,
    spent: total.row.spent,
    weight: total.row.weight,
  });
}

/** 分值 and 得分 totals (indicators + execution rate) and the grade, from the scores as they stand. */
export function tableTotals(table: AnySelfEvalTable, thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS) {
  const execution = totalFundRow(table)?.row;
  const rows = scoredIndicators(table).map(({ indicator }) => indicator);
  const totalWeight = sum2([execution?.weight ?? 0, ...rows.map((r) => r.weight ?? 0)]);
  const totalScore = sum2([execution?.score ?? 0, ...rows.map((r) => r.score ?? 0)]);
  return { totalWeight, totalScore, grade: overallGrade(totalScore, thresholds) };
}

export interface TableScore<T extends AnySelfEvalTable = AnySelfEvalTable> {
  table: T;
  execution: ExecutionScore | null;
  /** Per indicator of `table.indicators` (null where not scored: template rows, rejected, no weight). */
  indicators: Array<IndicatorScore | null>;
  /** What could not be scored, in Chinese, each naming the row. */
  problems: string[];
  /** Targets that may have been set too low. */
  warnings: string[];
}

/**
 * Re-scores a self-evaluation table (after the actuals or weights were edited): the execution
 * rate and its score, every indicator's score and grade, the totals and the grade. Rows that
 * cannot be scored keep their score and are listed in `problems`.
 */
export function scoreSelfEvalTable<T extends AnySelfEvalTable>(
  table: T,
  options: ScoreOptions = {},
): TableScore<T> {
  const problems: string[] = [];
  const warnings: string[] = [];
  const total = totalFundRow(table);
  const execution = scoreTableExecution(table);
  const funds = table.funds.map((row, i) =>
    i === total?.index && execution?.ok ? { ...row, rate: execution.rateText, score: execution.score } : row,
  );
  if (!total || !execution?.ok) {
    problems.push(
      `预算执行率：${execution && !execution.ok ? execution.problem : '没有“年度资金总额”行或未填写分值。'}`,
    );
  }
  const scores: Array<IndicatorScore | null> = table.indicators.map(() => null);
  const indicators = [...table.indicators];
  for (const { indicator, index } of scoredIndicators(table)) {
    const label = indicator.name.trim() || `${indicator.level2}第${index + 1}行`;
    const result = scoreTableIndicator(indicator, options);
    scores[index] = result;
    if (!result) {
      problems.push(`${label}：未填写分值。`);
    } else if (!result.ok) {
      problems.push(`${label}：${result.problem}`);
    } else {
      indicators[index] = {
        ...indicator,
        score: result.score,
        ...(result.grade ? { grade: result.grade } : {}),
      };
      warnings.push(...result.warnings.map((w) => `${label}：${w}`));
    }
  }
  const scored = { ...table, funds, indicators };
  const totals = tableTotals(scored, options.thresholds);
  return { table: { ...scored, ...totals }, execution, indicators: scores, problems, warnings };
}

/** Each score's arithmetic in Chinese, row by row, then the total ("实际 27.75 / 预算 38 = 73.03%，得分 7.30"). */
export function explainSelfEval(
  table: AnySelfEvalTable,
  options: ScoreOptions = {},
): Array<{ label: string; text: string }> {
  const lines: Array<{ label: string; text: string }> = [];
  const execution = scoreTableExecution(table);
  lines.push({
    label: '预算执行率',
    text: execution ? (execution.ok ? execution.explain : execution.problem) : '未填写分值。',
  });
  for (const { indicator, index } of scoredIndicators(table)) {
    const result = scoreTableIndicator(indicator, options);
    const label = indicator.name.trim() || `${indicator.level2}第${index + 1}行`;
    lines.push({ label, text: result ? (result.ok ? result.explain : result.problem) : '未填写分值。' });
  }
  const totals = tableTotals(table, options.thresholds);
  const parts = [
    totalFundRow(table)?.row.score ?? 0,
    ...scoredIndicators(table).map(({ indicator }) => indicator.score ?? 0),
  ];
  lines.push({
    label: '总分',
    text: `${parts.map(formatScore).join(' + ')} = ${formatScore(totals.totalScore)}，等级“${totals.grade}”`,
  });
  return lines;
}
