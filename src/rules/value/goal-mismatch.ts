import type { Table } from '../../domain/document.js';
import { tableFacts, type Fact } from '../../facts/table-facts.js';
import type { Severity } from '../../domain/finding.js';
import { unitClass, type UnitClass } from '../../value/measure.js';
import { indicatorLocation } from '../helpers.js';
import { meaningfulBigrams, sharesBigram } from '../text/_text.js';
import type { Report, Rule } from '../types.js';
import { isChangeName } from './_units.js';

/**
 * Units specific enough that one number in the text and one value, both in that unit, are likely the same
 * quantity even when their words differ (户, 公里, 亩). People (人: staff, trainees, beneficiaries), things
 * and events are counted for too many different purposes.
 */
const SPECIFIC_CLASSES = new Set<UnitClass>(['household', 'length', 'area', 'volume', 'weight']);
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** Counts and measures that a goal and an indicator can both state (not shares, money, time or per-unit amounts). */
function comparable(fact: Fact): boolean {
  if (fact.per || fact.change || fact.approximate || fact.base <= 0) return false;
  const kind = unitClass(fact.unit);
  return kind !== null && kind !== 'share' && kind !== 'money' && kind !== 'time';
}

/** Whether the value contradicts the text's number for sure (≥150户 against 共120户), not only differs from it. */
function contradicts(value: Fact, text: Fact): boolean {
  if (value.op === '≥' || value.op === '>') return text.base < value.base;
  if (value.op === '≤' || value.op === '<') return text.base > value.base;
  return true;
}

const SHORT = 24;
const shortClause = (fact: Fact) => (fact.clause.length <= SHORT ? `（“${fact.clause}”）` : '');

/**
 * The text states the same number of the same thing in another unit (情景教学6批次 against the indicator's
 * 6次): a warning about the unit, when no number of the value's own unit is stated.
 */
function otherUnit(value: Fact, texts: Fact[], about: Set<string>): Omit<Report, 'location'> | null {
  const text = texts.find(
    (t) =>
      t.number === value.number && t.unit !== value.unit && sharesBigram(meaningfulBigrams(t.object), about),
  );
  if (!text) return null;
  const name = value.object;
  return {
    messageId: 'unitDiffers',
    data: { name, field: text.source.field, stated: text.text, quote: shortClause(text), value: value.text },
    suggestion: `统一${text.source.field}与指标值的单位（${text.unit}还是${value.unit}）`,
    severity: 'warning',
  };
}

function checkTable(table: Table, tableIndex: number): Report[] {
  const { facts } = tableFacts(table);
  const values = facts.filter((f) => f.source.field === '指标值' && comparable(f));
  const texts = facts.filter(
    (f) =>
      (f.source.field === '资金用途' || f.source.field === '绩效目标' || f.source.field === '年度主要任务') &&
      comparable(f),
  );
  if (values.length === 0 || texts.length === 0) return [];
  const reports: Report[] = [];
  for (const value of values) {
    const index = value.source.indicatorIndex ?? -1;
    const indicator = table.indicators[index];
    if (!indicator || isChangeName(indicator.name)) continue;
    const family = value.measure.family;
    const peers = values.filter((v) => v.measure.family === family);
    const stated = texts.filter((t) => t.measure.family === family);
    const about = meaningfulBigrams(`${indicator.name}${indicator.description}`);
    if (stated.length === 0) {
      const unitReport = otherUnit(value, texts, about);
      if (unitReport)
        reports.push({ ...unitReport, location: indicatorLocation(table, tableIndex, indicator, index) });
      continue;
    }
    if (stated.some((t) => same(t.base, value.base))) continue;
    // A number another indicator states is that indicator's, not this one's.
    const open = stated.filter((t) => !peers.some((v) => same(v.base, t.base)));
    if (open.length === 0) continue;
    const matched = open.filter((t) => sharesBigram(meaningfulBigrams(t.object), about));
    let text: Fact;
    let severity: Severity;
    if (matched.length > 0) {
      text = matched[0];
      const certain = open.length === 1 && peers.length === 1 && contradicts(value, text);
      severity = certain ? 'error' : 'warning';
    } else if (
      open.length === 1 &&
      peers.length === 1 &&
      SPECIFIC_CLASSES.has(unitClass(value.unit) ?? 'item')
    ) {
      text = open[0];
      severity = 'warning';
    } else continue;
    const where = text.source.field;
    reports.push({
      messageId: severity === 'warning' ? 'mayDiffer' : 'differs',
      data: {
        name: indicator.name,
        field: where,
        stated: text.text,
        quote: shortClause(text),
        value: value.text,
      },
      location: indicatorLocation(table, tableIndex, indicator, index),
      suggestion: `核实年度目标后统一${where}与指标值：若是${text.text}，把指标值改为与之一致；否则修改${where}中的数字`,
      severity,
    });
  }
  return reports;
}

/**
 * The 资金用途 or the goals state a quantity (共120户, 3条道路) that an indicator of the same unit states
 * differently (≥150户, ≥5条). An error when the object matches and nothing else of that unit is
 * stated; a warning where matching the two is a judgement.
 */
export const goalMismatch: Rule = {
  meta: {
    id: 'value/goal-mismatch',
    description: '资金用途或绩效目标中的数量与同一单位的指标值不一致（共120户与≥150户）',
    severity: 'error',
    tags: ['value', 'consistency'],
    messages: {
      unitDiffers: '{{name}}：{{field}}写的是{{stated}}{{quote}}，指标值为{{value}}，同一数量的单位不一致',
      differs: '{{name}}：{{field}}写的是{{stated}}{{quote}}，指标值为{{value}}，两者不一致',
      mayDiffer:
        '{{name}}：{{field}}写的是{{stated}}{{quote}}，指标值为{{value}}，两者不一致；请确认两处说的是否为同一数量',
    },
  },
  check({ document }) {
    return document.tables.flatMap((table, tableIndex) => checkTable(table, tableIndex));
  },
};
