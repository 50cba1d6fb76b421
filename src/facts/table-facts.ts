import type { Indicator, Table } from '../domain/document.js';
import type { Op } from '../domain/value.js';
import { unitMeasure, type UnitMeasure } from '../value/measure.js';
import { factText, mentionsIn } from './mentions.js';
import { moneyAmounts, type Amount } from './money.js';
import { bareName, indicatorUnit } from './names.js';
import { rateUnit, ratesIn, type Per } from './rates.js';

/** Where a fact was written. */
export type FactField = '资金用途' | '绩效目标' | '年度主要任务' | '指标值' | '绩效指标描述';

export interface FactSource {
  field: FactField;
  /** The indicator's index in `table.indicators` for 指标值 and 绩效指标描述. */
  indicatorIndex?: number;
}

/**
 * One quantity a table states: `共120户` in the 资金用途, `≥2000人次` as a value, `每生每天4元` in a
 * description. Counts and amounts have a `measure`; amounts per unit also have a `per`.
 */
export interface Fact {
  /** As written (normalised), for messages: `120户`, `≤400元/人次`. */
  text: string;
  number: number;
  /** The number in the measure's base unit (人, 米, 元 …): 2.1万人 → 21000, 45万元 → 450000. */
  base: number;
  /** The full unit as normalised (`户`, `万元/公里`). */
  unit: string;
  measure: UnitMeasure;
  /** For an amount per unit: what it is per; `base` is then 元 per one such unit. */
  per: Per | null;
  op: Op | null;
  /** Stated as a change (较上年增加20户), not a level. */
  change: boolean;
  /** 约120户, 120余户, 120户左右. */
  approximate: boolean;
  /** The words that say what is counted: the clause of the text (without the number), or the indicator's name. */
  object: string;
  /** The clause as written, number included (`共120户`), for messages; the value's text for a 指标值. */
  clause: string;
  source: FactSource;
}

export interface TableFacts {
  facts: Fact[];
  /** Amounts of money itemised in the 资金用途 and the goals (null when the text is approximate). */
  purposeMoney: Amount[] | null;
  goalsMoney: Amount[] | null;
}

const CLAUSE_BREAK = /[，。；;,：:、\n()（）]/;
const OP_BEFORE: Array<[RegExp, Op]> = [
  [/(不少于|不低于|不小于|至少|达到|达|超过|大于|≥|>)$/, '≥'],
  [/(不超过|不高于|不多于|不大于|控制在|最多|最高|≤|<)$/, '≤'],
];
const OP_AFTER: Array<[RegExp, Op]> = [
  [/^(及以上|以上|或以上)/, '≥'],
  [/^(以内|以下|之内)/, '≤'],
];

const SENTENCE_BREAK = /[。；;\n]/;
const hasWords = (s: string) => /[\u4e00-\u9fff]{2}/.test(s.replace(/^(共计?|合计|总计|累计|计|为|约)/, ''));

/**
 * The clause around a mention. When the clause says nothing but the number (`共120户`), the clause before
 * it in the same sentence says what is counted (`为困难家庭发放取暖补贴，共120户`).
 */
function clauseAround(
  text: string,
  start: number,
  end: number,
): { before: string; after: string; clause: string } {
  let from = start;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to])) to++;
  const own = { before: text.slice(from, start), after: text.slice(end, to) };
  if (!hasWords(own.before + own.after) && from > 1 && !SENTENCE_BREAK.test(text[from - 1])) {
    let back = from - 1;
    while (back > 0 && !CLAUSE_BREAK.test(text[back - 1])) back--;
    const before = text.slice(back, start);
    return { before, after: own.after, clause: text.slice(back, to) };
  }
  return { ...own, clause: text.slice(from, to) };
}

function proseOp(before: string, after: string): Op {
  for (const [cue, op] of OP_BEFORE) if (cue.test(before)) return op;
  for (const [cue, op] of OP_AFTER) if (cue.test(after)) return op;
  return '=';
}

/** The counts, amounts and rates stated in a text. */
export function textFacts(raw: string, source: FactSource, objectPrefix = ''): Fact[] {
  if (!/[\d０-９]/.test(raw)) return [];
  const text = factText(raw);
  const facts: Fact[] = [];
  const rates = ratesIn(text);
  for (const rate of rates) {
    const { before, after, clause } = clauseAround(text, rate.start, rate.end);
    facts.push({
      text: rate.text,
      number: rate.yuan,
      base: rate.yuan,
      unit: `元/${rate.per.label}`,
      measure: { family: `元/${rate.per.label}`, factor: 1 },
      per: rate.per,
      op: proseOp(before, after),
      change: false,
      approximate: /约$/.test(before) || /^(余|多|左右)/.test(after),
      object: `${objectPrefix}${before}${after}`,
      clause,
      source,
    });
  }
  for (const m of mentionsIn(text)) {
    if (rates.some((r) => m.start < r.end && r.start < m.end)) continue;
    const { before, after, clause } = clauseAround(text, m.start, m.end);
    const isRange = m.text.length > `${m.number}${m.unit}`.length && /[-~至到—]/.test(m.text);
    facts.push({
      text: m.text,
      number: m.number,
      base: m.number * m.measure.factor,
      unit: m.unit,
      measure: m.measure,
      per: null,
      op: proseOp(before, after),
      change: m.change,
      approximate: isRange || /约$/.test(before) || /^(余|多|左右)/.test(after),
      object: `${objectPrefix}${before}${after}`,
      clause,
      source,
    });
  }
  return facts;
}

/** The fact an indicator's 指标值 states, if it is one number with a known unit. */
export function valueFact(indicator: Indicator, indicatorIndex: number): Fact | null {
  const value = indicator.value;
  if (value.kind !== 'number' || value.numbers.length !== 1) return null;
  const unit = indicatorUnit(indicator);
  const measure = unitMeasure(unit);
  if (!measure) return null;
  const rate = rateUnit(unit);
  const number = value.numbers[0];
  return {
    text: `${value.opExplicit && value.op ? value.op : ''}${number}${unit}`,
    number,
    base: rate ? number * rate.factor : number * measure.factor,
    unit,
    measure,
    per: rate?.per ?? null,
    op: value.op,
    change: false,
    approximate: false,
    object: bareName(indicator.name),
    clause: value.text.trim(),
    source: { field: '指标值', indicatorIndex },
  };
}

function build(table: Table): TableFacts {
  const facts: Fact[] = [];
  const purpose = table.kind === 'project' ? table.purpose : '';
  const goals =
    table.kind === 'project' || table.kind === 'department'
      ? table.goals
      : 'goalsExpected' in table
        ? table.goalsExpected
        : '';
  facts.push(...textFacts(purpose, { field: '资金用途' }));
  facts.push(...textFacts(goals, { field: '绩效目标' }));
  if (table.kind === 'department')
    for (const task of table.tasks)
      facts.push(...textFacts(`${task.name}，${task.content}`, { field: '年度主要任务' }));
  for (const [indicatorIndex, indicator] of table.indicators.entries()) {
    if (indicator.status === 'rejected') continue;
    const value = valueFact(indicator, indicatorIndex);
    if (value) facts.push(value);
    const name = bareName(indicator.name);
    facts.push(...textFacts(indicator.description, { field: '绩效指标描述', indicatorIndex }, name));
  }
  return { facts, purposeMoney: moneyAmounts(purpose), goalsMoney: moneyAmounts(goals) };
}

const CACHE = new WeakMap<Table, TableFacts>();

/** The facts of a table, read once per table object (every rule of one check shares them). */
export function tableFacts(table: Table): TableFacts {
  let facts = CACHE.get(table);
  if (!facts) {
    facts = build(table);
    CACHE.set(table, facts);
  }
  return facts;
}
