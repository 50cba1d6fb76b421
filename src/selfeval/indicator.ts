import { isCostLevel } from '../domain/framework.js';
import type { IndicatorValue } from '../domain/value.js';
import { formatNumber } from '../value/format-value.js';
import { normalizeText } from '../value/normalize.js';
import { parseValue } from '../value/parse-value.js';
import { GRADE_BANDS, parseGrade, type QualitativeGrade } from './grades.js';
import { formatPercent, formatScore, round2 } from './numbers.js';
import { unitFactor } from './units.js';

/** positive: ≥ >; negative: ≤ < (and deadlines, and cost ceilings written without a sign); equal: =. */
export type Direction = 'positive' | 'equal' | 'negative';

export interface IndicatorScoreInput {
  /** The 年度指标值 (parsed). */
  target: IndicatorValue;
  /** The 实际完成值 as written. */
  actual: string;
  weight: number;
  level1?: string;
  level2?: string;
  /** The 三级指标 name: "故障率 2%" written without a sign is a ceiling. */
  name?: string;
  /** For qualitative targets: the grade given by the evaluator. */
  grade?: QualitativeGrade | null;
  /** For qualitative targets: a score chosen inside the grade's band (the band's preset otherwise). */
  chosenScore?: number | null;
  /** The year evaluated, to place an actual such as "2023年3月底" after a target of "≤10月底". */
  year?: number | null;
}

export type UnscorableCode =
  | 'blank-target'
  | 'blank-actual'
  | 'actual-not-number'
  | 'kind-mismatch'
  | 'unit-mismatch'
  | 'composite-mismatch'
  | 'needs-grade'
  | 'score-outside-band';

export interface ScoredIndicator {
  ok: true;
  kind: 'quantitative' | 'qualitative';
  direction: Direction | null;
  /** Share of the weight earned, 0–1. */
  share: number;
  score: number;
  /** Scores the rules accept: the score itself for quantitative targets, the grade's band for qualitative ones. */
  min: number;
  max: number;
  grade: QualitativeGrade | null;
  explain: string;
  /** "target may have been set too low" notes (actual ≥ 120% of a positive target). */
  warnings: string[];
}

export interface UnscorableIndicator {
  ok: false;
  code: UnscorableCode;
  problem: string;
}

export type IndicatorScore = ScoredIndicator | UnscorableIndicator;

/** Share of the target beyond which an actual suggests the target was set too low. */
export const TOO_LOW_TARGET_RATIO = 1.2;

/** Names of things that should stay low (failures, complaints, accidents, time limits). */
const LOWER_IS_BETTER =
  /故障|投诉|事故|差错|失误|违规|违纪|超支|超标|不合格|返工|逾期|延误|损耗|流失|伤亡|死亡|发案|案发|时限|响应时间/;

export function directionOf(target: IndicatorValue, level1 = '', level2 = '', name = ''): Direction {
  if (target.op === '≥' || target.op === '>') return 'positive';
  if (target.op === '≤' || target.op === '<') return 'negative';
  // Written without a sign: a deadline, a cost ("38", "500元/人") or a failure rate ("故障率 2%") is a
  // ceiling; any other bare number means "=".
  if (
    !target.opExplicit &&
    (target.kind === 'deadline' || isCostLevel(level1, level2) || LOWER_IS_BETTER.test(name))
  )
    return 'negative';
  return 'equal';
}

/** Scores one indicator by docs/domain.md §4. Never throws: what cannot be scored comes back with a Chinese `problem`. */
export function scoreIndicator(input: IndicatorScoreInput): IndicatorScore {
  const { target } = input;
  if (target.kind === 'blank') {
    return fail(
      'blank-target',
      `年度指标值为空（“${target.text.trim()}”），无法评分；请先在目标表中补填指标值。`,
    );
  }
  const actual = parseValue(input.actual);
  if (actual.kind === 'blank')
    return fail('blank-actual', '实际完成值为空，无法评分；请填写实际完成值（未完成的填 0 并说明原因）。');
  if (!target.quantitative) return scoreQualitative(input);
  return scoreQuantitative(input, actual);
}

function fail(code: UnscorableCode, problem: string): UnscorableIndicator {
  return { ok: false, code, problem };
}

type Case = 'met' | 'under' | 'over' | 'double' | 'zero-met' | 'zero-missed';

function componentShare(direction: Direction, t: number, a: number): { share: number; case: Case } {
  if (direction === 'negative' || (direction === 'equal' && t <= 0)) {
    if (t <= 0) return a <= 0 ? { share: 1, case: 'zero-met' } : { share: 0, case: 'zero-missed' };
    if (a <= t) return { share: 1, case: 'met' };
    if (a >= 2 * t) return { share: 0, case: 'double' };
    return { share: 1 - (a - t) / t, case: 'over' };
  }
  if (a >= t || t <= 0) return { share: 1, case: 'met' };
  return { share: a / t, case: 'under' };
}

function scoreQuantitative(input: IndicatorScoreInput, actual: IndicatorValue): IndicatorScore {
  const { target, weight } = input;
  const actualText = input.actual.trim();
  if (!actual.quantitative) {
    const example = target.kind === 'deadline' ? '，例如“9月底”或“9月30日”' : '，例如“1434”或“98%”';
    return fail(
      'actual-not-number',
      `实际完成值“${actualText}”不是数值，而目标“${target.text.trim()}”是数值；请填写具体数值${example}。`,
    );
  }
  if ((target.kind === 'deadline') !== (actual.kind === 'deadline')) {
    const wanted = target.kind === 'deadline' ? '完成时间（例如“9月底”）' : '数值';
    return fail(
      'kind-mismatch',
      `实际完成值“${actualText}”与目标“${target.text.trim()}”不是同一类值；请填写${wanted}。`,
    );
  }
  if (target.kind !== 'deadline' && actual.numbers.length !== target.numbers.length) {
    return fail(
      'composite-mismatch',
      `目标“${target.text.trim()}”有 ${target.numbers.length} 项，实际完成值“${actualText}”有 ${actual.numbers.length} 项；请按目标的格式逐项填写（例如 1/178）。`,
    );
  }
  const direction = directionOf(target, input.level1, input.level2, input.name);
  let targets: number[];
  let actuals: number[];
  if (target.kind === 'deadline') {
    const reference = yearIn(target.text) ?? input.year ?? null;
    targets = [deadlineMonths(target, null)];
    actuals = [deadlineMonths(actual, reference)];
  } else {
    const factor = unitFactor(target.unit, actual.unit);
    if (factor === null) {
      return fail(
        'unit-mismatch',
        `实际完成值“${actualText}”的单位（${actual.unit}）与目标“${target.text.trim()}”的单位（${target.unit}）不一致；请换算成${target.unit}或只填数字。`,
      );
    }
    targets = target.numbers;
    actuals = actual.numbers.map((n) => n * factor);
  }
  const negativeActual = actuals.some((a) => a < 0);
  const parts = targets.map((t, i) => componentShare(direction, t, Math.max(0, actuals[i])));
  const share = Math.min(1, parts.reduce((acc, p) => acc + p.share, 0) / parts.length);
  const score = round2(Math.min(weight, share * weight));
  const show = (values: number[], i: number, value: IndicatorValue) =>
    value.kind === 'deadline'
      ? value.text.trim()
      : `${formatNumber(values[i])}${targets.length > 1 ? '' : target.unit}`;
  const explainPart = (i: number) =>
    explainComponent(
      parts[i].case,
      show(
        actuals.map((a) => Math.max(0, a)),
        i,
        actual,
      ),
      show(targets, i, target),
      target.kind === 'deadline' ? 'deadline' : direction,
      {
        share: parts[i].share,
        over: targets[i] > 0 ? (Math.max(0, actuals[i]) - targets[i]) / targets[i] : 0,
        weight,
        score,
      },
    );
  let explain: string;
  if (parts.length === 1) {
    explain = explainPart(0);
  } else if (share >= 1) {
    explain = `分项比较（目标 ${target.text.trim()}，实际 ${actualText}）：各项均达到目标，得满分 ${formatScore(score)}`;
  } else {
    explain =
      `分项比较（目标 ${target.text.trim()}，实际 ${actualText}）：各项完成比例 ${parts.map((p) => formatPercent(p.share)).join('、')}，` +
      `平均 ${formatPercent(share)}，得分 ${formatPercent(share)} × 分值 ${formatNumber(weight)} = ${formatScore(score)}`;
  }
  if (negativeActual) explain = `实际完成值为负数（${actualText}），按 0 计；${explain}`;
  const warnings: string[] = [];
  if (direction !== 'negative' && target.kind !== 'deadline') {
    targets.forEach((t, i) => {
      if (t > 0 && actuals[i] >= TOO_LOW_TARGET_RATIO * t) {
        warnings.push(
          `实际完成值 ${formatNumber(actuals[i])} 为目标 ${formatNumber(t)} 的 ${formatPercent(actuals[i] / t)}，超出 20% 以上：目标可能定得偏低，下一年度请按实际水平设定。`,
        );
      }
    });
  }
  return {
    ok: true,
    kind: 'quantitative',
    direction,
    share,
    score,
    min: score,
    max: score,
    grade: null,
    explain,
    warnings,
  };
}

function explainComponent(
  kase: Case,
  actual: string,
  target: string,
  direction: Direction | 'deadline',
  n: { share: number; over: number; weight: number; score: number },
): string {
  const deadline = direction === 'deadline';
  const w = formatNumber(n.weight);
  const full = `得满分 ${formatScore(n.score)}`;
  switch (kase) {
    case 'met':
      if (deadline) return `实际 ${actual} 不晚于目标 ${target}，${full}`;
      return direction === 'negative'
        ? `实际 ${actual} 未超过目标 ${target}，${full}`
        : `实际 ${actual} 达到目标 ${target}，${full}`;
    case 'under':
      return `实际 ${actual} / 目标 ${target} = ${formatPercent(n.share)}，得分 ${formatPercent(n.share)} × 分值 ${w} = ${formatScore(n.score)}`;
    case 'over': {
      const beyond = deadline
        ? `实际 ${actual} 晚于目标 ${target}，按月计超出 ${formatPercent(n.over)}`
        : `实际 ${actual} 超出目标 ${target} ${formatPercent(n.over)}`;
      return `${beyond}，得分 (1 − ${formatPercent(n.over)}) × 分值 ${w} = ${formatScore(n.score)}`;
    }
    case 'double':
      return `实际 ${actual} 达到目标 ${target} 的 2 倍及以上，得分 ${formatScore(0)}`;
    case 'zero-met':
      return `目标为 ${target}，实际 ${actual} 不超过 0，${full}`;
    case 'zero-missed':
      return `目标为 ${target}，实际 ${actual} 超过 0，得分 ${formatScore(0)}`;
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function yearIn(text: string): number | null {
  const m = /(\d{4})年/.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
}

/** A deadline as months from the start of its year (10月底 → 10, 10月15日 → 9.48), shifted by whole years against `reference`. */
function deadlineMonths(value: IndicatorValue, reference: number | null): number {
  const [month, day] = value.numbers;
  const days = DAYS_IN_MONTH[month - 1] ?? 31;
  let months: number;
  if (day !== undefined) months = month - 1 + Math.min(day, days) / days;
  else if (value.unitRaw === '上旬') months = month - 1 + 10 / days;
  else if (value.unitRaw === '中旬') months = month - 1 + 20 / days;
  else months = month;
  const year = yearIn(value.text);
  return year !== null && reference !== null ? months + 12 * (year - reference) : months;
}

function scoreQualitative(input: IndicatorScoreInput): IndicatorScore {
  const { target, weight } = input;
  const actualText = input.actual.trim();
  const same = normalizeText(actualText) === normalizeText(target.text);
  const grade = input.grade ?? parseGrade(actualText) ?? (same ? 'achieved' : null);
  if (!grade) {
    return fail(
      'needs-grade',
      `定性指标“${target.text.trim()}”的实际完成值“${actualText}”与目标不同，需要评定等级：` +
        '达成年度指标（80%–100%）、部分达成并具有一定效果（60%–80%）或未达成且效果较差（0–60%）。',
    );
  }
  const band = GRADE_BANDS[grade];
  const min = round2(band.min * weight);
  const max = round2(band.max * weight);
  let score = round2(band.preset * weight);
  if (input.chosenScore != null) {
    if (input.chosenScore < min - 0.005 || input.chosenScore > max + 0.005) {
      return fail(
        'score-outside-band',
        `得分 ${formatNumber(input.chosenScore)} 不在“${band.label}”的分数段 ${formatScore(min)}–${formatScore(max)} 内；请改分数或改等级。`,
      );
    }
    score = round2(input.chosenScore);
  }
  const how =
    input.grade == null && same ? `实际完成值与目标一致，视为“${band.label}”` : `评为“${band.label}”`;
  const explain = `定性指标：${how}（分数段 ${formatScore(min)}–${formatScore(max)}），得分 ${formatScore(score)}`;
  return {
    ok: true,
    kind: 'qualitative',
    direction: null,
    share: weight > 0 ? score / weight : 0,
    score,
    min,
    max,
    grade,
    explain,
    warnings: [],
  };
}
