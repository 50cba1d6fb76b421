import type { Money } from '../domain/money.js';
import { formatNumber } from '../value/format-value.js';
import { toYuan } from '../value/money.js';
import { formatPercent, formatScore, round2 } from './numbers.js';

export interface ExecutionInput {
  /** 年初预算数 */
  initial: Money | null;
  /** 全年预算数; when blank the rate is taken against 年初预算数 (as in the kaifu table). */
  full: Money | null;
  /** 全年执行数 */
  spent: Money | null;
  /** 分值 of the execution rate (10 by default). */
  weight: number;
}

export type ExecutionScore =
  | {
      ok: true;
      budget: Money;
      budgetSource: 'full' | 'initial';
      /** 执行率 as a share (0.7303…), not rounded. */
      rate: number;
      /** "73.03%" */
      rateText: string;
      score: number;
      explain: string;
    }
  | { ok: false; problem: string };

/** 执行率 = 全年执行数 / 全年预算数; 得分 = min(分值, 执行率 × 分值), 2 decimals. Money is divided in whole 元. */
export function scoreExecution(input: ExecutionInput): ExecutionScore {
  const budgetSource = input.full != null ? 'full' : 'initial';
  const budget = input.full ?? input.initial;
  if (budget == null) return { ok: false, problem: '全年预算数和年初预算数都为空，无法计算预算执行率。' };
  if (input.spent == null) return { ok: false, problem: '全年执行数为空，无法计算预算执行率。' };
  const budgetYuan = toYuan(budget);
  if (budgetYuan <= 0)
    return { ok: false, problem: `预算数为 ${formatNumber(budgetYuan / 10_000)}，无法计算预算执行率。` };
  const spentYuan = Math.max(0, toYuan(input.spent));
  const rate = spentYuan / budgetYuan;
  const score = round2(Math.min(input.weight, rate * input.weight));
  const notes: string[] = [];
  if (budgetSource === 'initial') notes.push('全年预算数空缺，按年初预算数计算');
  if (rate > 1) notes.push(`执行率超过100%，得分以分值 ${formatNumber(input.weight)} 为限`);
  const explain =
    `实际 ${formatNumber(spentYuan / 10_000)} / 预算 ${formatNumber(budgetYuan / 10_000)} = ${formatPercent(rate)}，` +
    `得分 ${formatScore(score)}（${formatPercent(Math.min(rate, 1))} × 分值 ${formatNumber(input.weight)}${notes.length ? `；${notes.join('；')}` : ''}）`;
  return { ok: true, budget, budgetSource, rate, rateText: formatPercent(rate), score, explain };
}

/**
 * Reads a 执行率 as written ("73.03%", "73%", "0.7303") and says whether it agrees with `rate`
 * to the precision it was written with (or within 0.01 percentage points). Null when unreadable.
 */
export function rateAgrees(written: string, rate: number): boolean | null {
  const m = /^(-?\d+(?:\.(\d+))?)(%?)$/.exec(written.normalize('NFKC').replace(/\s+/g, ''));
  if (!m) return null;
  const value = Number(m[1]);
  const decimals = m[2]?.length ?? 0;
  const percent = rate * 100;
  const agrees = (candidate: number, places: number) =>
    Math.abs(candidate - percent) <= Math.max(0.5 * 10 ** -places, 0.01) + 1e-9;
  if (m[3] === '%') return agrees(value, decimals);
  // Without a % sign the number may be a percentage (73.03) or a share (0.7303).
  return agrees(value, decimals) || agrees(value * 100, decimals - 2);
}
