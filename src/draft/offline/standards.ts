import { formatNumber } from '../../value/format-value.js';
import type { Drafted } from './indicators.js';
import { type CountMention, findCounts, normalizeForNumbers, uniqueCounts } from './text.js';

/**
 * Standards written in 资金用途 or the goals — "每生每天4元", "每亩1000元", "每人每月100元",
 * "按2元/吨·月" — read as (amount, per what, per which period). Each becomes a standard row with its
 * unit (元/生·天), and with the counts of the same text they give the amount the purpose implies,
 * which the drafter compares with the budget.
 */

/** What a standard is paid per: 生 (student), 人, 亩, 吨… */
const PER =
  '学生|生|人次|人|名|户|亩|公顷|吨|公里|千米|平方米|处|座|头|只|羽|场次|场|所|校|村|台|套|辆|床|间|件|宗|个';
/** The period a standard is paid for. */
const PERIOD = '天|日|月|年|学年|学期|季度|餐';
const MONEY = '万元|元';
const CLAUSE = '[^\\d，。；;,、：:\\n（）()]';

const EACH_RE = new RegExp(
  `每(${PER})(?:每(${PERIOD}))?(${CLAUSE}{0,8}?)(\\d+(?:\\.\\d+)?)(${MONEY})(?![/每])`,
  'gu',
);
const SLASH_RE = new RegExp(
  `(\\d+(?:\\.\\d+)?)(${MONEY})\\s*[/／](${PER})(?:\\s*[·./／*×](${PERIOD}))?`,
  'gu',
);

export interface StandardMention {
  n: number;
  money: '元' | '万元';
  /** Normalised: 学生 → 生, 名 → 人, 日 → 天, 千米 → 公里. */
  per: string;
  period?: string;
  /** What the amount is ("补助", "保管费用"), possibly empty. */
  noun: string;
}

function normPer(per: string): string {
  return ({ 学生: '生', 名: '人', 千米: '公里', 场次: '场' } as Record<string, string>)[per] ?? per;
}
function normPeriod(period: string | undefined): string | undefined {
  return period === '日' ? '天' : period;
}
/** A noun from the words around the amount: cue words off, at most six characters. */
function cleanNoun(words: string): string {
  return words
    .replace(/[^\p{Script=Han}]/gu, '')
    .replace(/^(的|按照|按|为|给予)+/u, '')
    .replace(/(标准为|标准|为|按|达|是|的|计|共|约)+$/u, '')
    .slice(-6);
}

export function findStandards(input: string): StandardMention[] {
  const text = normalizeForNumbers(input);
  const found: StandardMention[] = [];
  const seen = new Set<string>();
  const push = (m: StandardMention) => {
    const key = `${m.n}${m.money}/${m.per}·${m.period ?? ''}`;
    if (!Number.isFinite(m.n) || m.n <= 0 || seen.has(key)) return;
    seen.add(key);
    found.push(m);
  };
  for (const m of text.matchAll(EACH_RE))
    push({
      n: Number(m[4]),
      money: m[5] as '元' | '万元',
      per: normPer(m[1]),
      period: normPeriod(m[2]),
      noun: cleanNoun(m[3]),
    });
  for (const m of text.matchAll(SLASH_RE)) {
    let i = m.index;
    while (i > 0 && !/[，。；;,、：:\n\d]/.test(text[i - 1])) i--;
    push({
      n: Number(m[1]),
      money: m[2] as '元' | '万元',
      per: normPer(m[3]),
      period: normPeriod(m[4]),
      noun: cleanNoun(text.slice(i, m.index)),
    });
  }
  return found;
}

export function standardUnit(s: StandardMention): string {
  return `${s.money}/${s.per}${s.period ? `·${s.period}` : ''}`;
}

/** "每生每天补助标准", "每亩投资标准". */
function standardName(s: StandardMention, defaultNoun: string): string {
  const noun = s.noun.replace(/^(每\p{Script=Han})+/u, '') || defaultNoun;
  return `每${s.per}${s.period ? `每${s.period}` : ''}${noun}标准`;
}

export function standardRow(s: StandardMention, defaultNoun: string): Drafted {
  const name = standardName(s, defaultNoun);
  const unit = standardUnit(s);
  return {
    dimension: 'cost',
    name,
    description: `${name}为${formatNumber(s.n)}${unit}`,
    value: `=${formatNumber(s.n)}${unit}`,
    basis: '计划标准',
    rationale: '取自资金用途或绩效目标中写明的补助（投入）标准。',
  };
}

/** The count units that measure what a standard is paid per. */
const PER_UNITS: Record<string, string[]> = {
  生: ['人', '名', '万人'],
  人: ['人', '名', '万人'],
  人次: ['人次'],
  公里: ['公里'],
  场: ['场', '场次'],
  校: ['所', '个'],
  村: ['个'],
};
const PERIOD_UNITS: Record<string, string[]> = { 天: ['天'], 月: ['个月'], 学期: ['学期'] };

function pick(mentions: CountMention[], units: string[], prefer: RegExp | null): CountMention | undefined {
  const candidates = mentions.filter((m) => units.includes(m.unit));
  return candidates.find((m) => prefer?.test(`${m.before}${m.after}`)) ?? candidates[0];
}

export interface StandardProduct {
  standard: StandardMention;
  quantity: CountMention;
  period?: CountMention;
  /** The period's count assumed (12 months a year) when the text gives none. */
  assumedPeriods?: number;
  yuan: number;
}

/**
 * What a standard multiplies to with the counts of the same text: 13000名 × 4元/生·天 × 200天.
 * Null when the text does not give the quantity (or the number of days for a daily standard).
 */
export function standardProduct(s: StandardMention, mentions: CountMention[]): StandardProduct | null {
  const units = PER_UNITS[s.per] ?? [s.per];
  const quantity = pick(mentions, units, s.per === '生' ? /学生|生|幼儿/ : null);
  if (!quantity) return null;
  const factor = s.money === '万元' ? 10_000 : 1;
  const base = s.n * factor * (quantity.unit === '万人' ? quantity.n * 10_000 : quantity.n);
  if (!s.period || s.period === '年' || s.period === '学年') return { standard: s, quantity, yuan: base };
  const period = PERIOD_UNITS[s.period] ? pick(mentions, PERIOD_UNITS[s.period], null) : undefined;
  if (period) return { standard: s, quantity, period, yuan: base * period.n };
  if (s.period === '月') return { standard: s, quantity, assumedPeriods: 12, yuan: base * 12 };
  return null;
}

/** "13000人 × 4元/生·天 × 200天 = 1040万元". */
export function describeProduct(p: StandardProduct): string {
  const parts = [
    `${formatNumber(p.quantity.n)}${p.quantity.unit}`,
    `${formatNumber(p.standard.n)}${standardUnit(p.standard)}`,
  ];
  if (p.period) parts.push(`${formatNumber(p.period.n)}${p.period.unit}`);
  if (p.assumedPeriods) parts.push(`${p.assumedPeriods}个月（按全年计）`);
  return `${parts.join(' × ')} = ${formatNumber(Math.round(p.yuan) / 10_000)}万元`;
}

/** How far the product of the purpose's own numbers may be from the budget before the user is told. */
const PRODUCT_TOLERANCE = 0.01;

/**
 * What the interview (and the drafter) tells the user when the standards and counts of a purpose do
 * not multiply to the budget: "13000名 × 4元/生·天 × 200天 = 1040万元，与预算数520万元不符…".
 */
export function multiplicationNotes(text: string, budgetYuan: number): string[] {
  if (budgetYuan <= 0) return [];
  const mentions = uniqueCounts(findCounts(text));
  const notes: string[] = [];
  for (const standard of findStandards(text)) {
    const product = standardProduct(standard, mentions);
    if (product && Math.abs(product.yuan - budgetYuan) > budgetYuan * PRODUCT_TOLERANCE)
      notes.push(
        `资金用途中的数字相乘为 ${describeProduct(product)}，与预算数${formatNumber(budgetYuan / 10_000)}万元不符，请核对标准、数量或预算数。`,
      );
  }
  return notes;
}
