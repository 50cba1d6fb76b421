import { unitMeasure, type UnitMeasure } from '../value/measure.js';
import { normalizeUnit } from '../value/units.js';
import { factText } from './mentions.js';

/**
 * What a per-unit amount is per: a counted thing (人, 人次, 亩, 公里 …), a span of time (月, 天, 年),
 * or both (元/人·月, 每生每天). 公里 and 米 share a measure, so 万元/公里 applies to a length in 米.
 */
export interface Per {
  count: UnitMeasure | null;
  time: UnitMeasure | null;
  /** As a table would write it after the slash: `人·月`, `人次`, `公里`. */
  label: string;
}

/** An amount of money per unit found in text or a value: `400元/人次`, `每生每天4元`, `人均0.5万元`. */
export interface RateMention {
  text: string;
  /** 元 per one unit of `per` (per one 人·月 for 元/人·月). */
  yuan: number;
  per: Per;
  start: number;
  end: number;
}

const MONEY_FACTOR: Record<string, number> = { 元: 1, 千元: 1_000, 万元: 10_000, 亿元: 100_000_000 };
/** Nouns after 每 / before 均 that stand for people, whatever the table counts them as. */
const PEOPLE = new Set(['人', '名', '位', '生', '学生', '员', '人员']);
const TIME: Record<string, UnitMeasure> = {
  月: { family: '个月', factor: 1 },
  个月: { family: '个月', factor: 1 },
  天: { family: '天', factor: 1 },
  日: { family: '天', factor: 1 },
  年: { family: '年', factor: 1 },
  周: { family: '周', factor: 1 },
};
const COUNT_WORDS =
  '人次|人员|学生|人|名|位|生|户次|户|亩|公顷|平方公里|平方米|平米|公里|千米|km|米|册|本|辆|台|套|个|件|场次|场|期|座|处|所|间|张|条|吨|课时|学时|车次|宗|篇|份|批|棵|株|盏|项|次';
const TIME_WORDS = '个月|月|天|日|年|周';
const DENOMINATOR = `(?:(?:${COUNT_WORDS})(?:[·.•/]?(?:${TIME_WORDS}))?|(?:${TIME_WORDS})(?:[·.•/]?(?:${COUNT_WORDS}))?)`;
const MONEY = '(万元|千元|亿元|元)';
const NUMBER = '(\\d+(?:\\.\\d+)?)';

/** `400元/人次`, `200元/人·月`, `120万元/公里`. */
const SLASHED = new RegExp(`(?<![\\d.])${NUMBER}${MONEY}/(${DENOMINATOR})`, 'g');
/** `每生每天4元`, `每亩补助1000元`, `每人每月100元`, `每月5000元`. */
const EACH = new RegExp(
  `每(${COUNT_WORDS}|${TIME_WORDS})(?:每?(${TIME_WORDS}))?[^\\d，。；;,、]{0,6}?${NUMBER}${MONEY}(?![/每])`,
  'g',
);
/** `人均0.5万元`, `户均2000元`, `生均800元`. */
const AVERAGE = new RegExp(`(人|户|生)均[^\\d，。；;,、]{0,6}?${NUMBER}${MONEY}(?![/每])`, 'g');

function countMeasure(word: string): UnitMeasure | null {
  if (PEOPLE.has(word)) return { family: '人', factor: 1 };
  return unitMeasure(normalizeUnit(word === '平米' ? '平方米' : word));
}

function swapped(label: string): [string, string, string] | null {
  const m = /^(个月|月|天|日|年|周)·?(.+)$/.exec(label);
  return m ? [label, m[2], m[1]] : null;
}

/** `人·月` → 人 per month; `月` → per month; `人次` → 人次; null when the words name nothing countable. */
export function parsePer(raw: string): Per | null {
  const label = raw.replace(/[.•/]/g, '·');
  if (TIME[label]) return { count: null, time: TIME[label], label };
  // 人·月 as written, or 月·人 the other way round.
  const timed = /^(.+?)·?(个月|月|天|日|年|周)$/.exec(label) ?? swapped(label);
  const countWord = timed ? timed[1] : label;
  const count = countMeasure(countWord);
  if (!count) return null;
  return { count, time: timed ? TIME[timed[2]] : null, label: timed ? `${timed[1]}·${timed[2]}` : label };
}

/** The amounts of money per unit a text names. */
export function rateMentions(raw: string): RateMention[] {
  if (!/元/.test(raw)) return [];
  return ratesIn(factText(raw));
}

/** `rateMentions` of a text already in `factText` form. */
export function ratesIn(text: string): RateMention[] {
  if (!text.includes('元') || !/\d/.test(text)) return [];
  const found: RateMention[] = [];
  const push = (m: RegExpMatchArray, digits: string, unit: string, per: Per | null) => {
    if (!per) return;
    const start = m.index ?? 0;
    if (found.some((f) => start < f.end && f.start < start + m[0].length)) return;
    found.push({
      text: m[0],
      yuan: Number(digits) * MONEY_FACTOR[unit],
      per,
      start,
      end: start + m[0].length,
    });
  };
  for (const m of text.matchAll(SLASHED)) push(m, m[1], m[2], parsePer(m[3]));
  for (const m of text.matchAll(EACH)) push(m, m[3], m[4], parsePer(m[2] ? `${m[1]}·${m[2]}` : m[1]));
  for (const m of text.matchAll(AVERAGE)) push(m, m[2], m[3], parsePer(m[1]));
  return found.sort((a, b) => a.start - b.start);
}

/** A value's unit read as a rate: `元/人次` → {元, per 人次}; null when it is no amount of money per unit. */
export function rateUnit(unit: string): { factor: number; per: Per } | null {
  const m = /^(万元|千元|亿元|元)\/(.+)$/.exec(normalizeUnit(unit));
  if (!m) return null;
  const per = parsePer(m[2]);
  return per ? { factor: MONEY_FACTOR[m[1]], per } : null;
}
