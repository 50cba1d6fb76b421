import { makeIndicator } from '../../domain/build.js';
import type { Framework, Indicator } from '../../domain/document.js';
import type { Op } from '../../domain/value.js';
import { formatNumber } from '../../value/format-value.js';
import { toYuan } from '../../value/money.js';
import type { Money } from '../../domain/money.js';
import { Dimension, type IndicatorTemplate, type Levels, fillTemplate } from '../library.js';
import { type CountMention, countSuffix, normalizeCountUnit } from './text.js';

/**
 * What the project and unit drafters share: the value texts they write, the marked placeholder,
 * choosing a count of the text for a template, and turning drafted rows into indicators of a
 * framework (grouped by 一级/二级, ids, status 'suggested').
 */

/**
 * Stands where a number is unknown: "≥（待填）人". It parses as a qualitative value (not blank), so
 * the checker flags it at most as a warning (value/not-quantified, structure/placeholder) and never
 * as value/missing-target; the indicator also carries placeholder: true for the review screen.
 */
export const PLACEHOLDER = '（待填）';

export function placeholderValue(op: Op, unit: string): string {
  return `${op}${PLACEHOLDER}${unit}`;
}

export function numberValue(op: Op, n: number, unit: string): string {
  return `${op}${formatNumber(n)}${unit}`;
}

/** 万元 as a plain number for value texts ("80.00" → 80, "3.50" → 3.5). */
export function wan(money: Money): number {
  return toYuan(money) / 10_000;
}

/** A rate taken from the text is at most 100%, and "≥100%" is written "=100%" (value/rate-over-100). */
export function fitRate(op: Op, n: number, unit: string): { op: Op; n: number } {
  if (unit !== '%' || n < 100) return { op, n };
  return { op: '=', n: 100 };
}

/** A drafted row before it is placed in a framework. */
export interface Drafted {
  dimension: Dimension;
  name: string;
  description: string;
  value: string;
  basis: string;
  placeholder?: boolean;
  rationale?: string;
}

export interface DraftVars {
  [name: string]: string | number;
}

/** A row from a template with its value known (n, unit) or unknown (a placeholder). */
export function fromTemplate(
  template: IndicatorTemplate,
  vars: DraftVars,
  value: { op: Op; n: number; unit: string } | { op: Op; unit: string; unknown: true },
  extra: Partial<Drafted> = {},
): Drafted {
  const unknown = 'unknown' in value;
  const filled: DraftVars = unknown
    ? { ...vars, n: PLACEHOLDER, unit: value.unit, value: placeholderValue(value.op, value.unit) }
    : {
        ...vars,
        n: formatNumber(value.n),
        unit: value.unit,
        value: numberValue(value.op, value.n, value.unit),
      };
  filled.countName = countSuffix(value.unit);
  return {
    dimension: template.dimension,
    name: fillTemplate(template.name, filled),
    description: fillTemplate(template.description, filled),
    value: String(filled.value),
    basis: template.basis,
    ...(unknown ? { placeholder: true } : {}),
    ...(template.rationale ? { rationale: template.rationale } : {}),
    ...extra,
  };
}

/**
 * The count of the text a template asks for: one in the template's units, preferably with one of its
 * words in the clause (required when `wordsRequired`). Mentions in `used` are skipped.
 */
export function pickMention(
  mentions: CountMention[],
  source: { units: string[]; words: string[]; wordsRequired?: boolean },
  used?: Set<CountMention>,
): CountMention | undefined {
  const units = new Set(source.units.map(normalizeCountUnit));
  const candidates = mentions.filter((m) => units.has(m.unit) && !used?.has(m));
  const hasWord = (m: CountMention) => source.words.some((w) => `${m.before}${m.after}`.includes(w));
  return candidates.find(hasWord) ?? (source.wordsRequired ? undefined : candidates[0]);
}

/** A norm's number, unless the text states one for the same words ("满意度达到95%"). */
export function standardNumber(
  mentions: CountMention[],
  source: { op: Op; number: number; unit: string; words: string[] },
  used: Set<CountMention>,
): { op: Op; n: number } {
  const unit = normalizeCountUnit(source.unit);
  const stated = source.words.length
    ? mentions.find((m) => m.unit === unit && source.words.some((w) => m.before.includes(w)))
    : undefined;
  if (stated) used.add(stated);
  return fitRate(source.op, stated?.n ?? source.number, unit);
}

/**
 * A unit cost as a ceiling, rounded down so that unit cost × quantity never exceeds the budget (the
 * checker multiplies them): 元 per unit, or 万元 per unit from 1 万元 up ("≤3333.33元/人",
 * "≤2.22万元/人"). Null when it rounds to nothing (a budget of a few 元 over many people).
 */
export function unitCost(
  totalYuan: number,
  count: number,
  countUnit: string,
): { n: number; unit: string } | null {
  const perYuan = totalYuan / count;
  const cost =
    perYuan >= 10_000
      ? { n: Math.floor(perYuan / 100 + 1e-9) / 100, unit: `万元/${countUnit}` }
      : { n: Math.floor(perYuan * 100 + 1e-9) / 100, unit: `元/${countUnit}` };
  return cost.n > 0 ? cost : null;
}

const DIMENSION_ORDER = Dimension.options;

/**
 * Drafted rows → indicators: grouped by dimension (so each 一级/二级 block is contiguous), the same
 * name only once, levels of the framework, ids `<prefix>-i1…`, status 'suggested'.
 */
export function finishIndicators(
  rows: Drafted[],
  levels: Levels,
  framework: Framework,
  idPrefix: string,
): Indicator[] {
  const seen = new Set<string>();
  const unique = rows.filter((row) => {
    if (seen.has(row.name)) return false;
    seen.add(row.name);
    return true;
  });
  const sorted = unique
    .map((row, order) => ({ row, order }))
    .sort(
      (a, b) =>
        DIMENSION_ORDER.indexOf(a.row.dimension) - DIMENSION_ORDER.indexOf(b.row.dimension) ||
        a.order - b.order,
    )
    .map(({ row }) => row);
  return sorted.map((row, i) => {
    const [level1, level2] = levels[framework][row.dimension];
    const { dimension: _dimension, ...fields } = row;
    return makeIndicator({ ...fields, level1, level2, id: `${idPrefix}-i${i + 1}`, status: 'suggested' });
  });
}
