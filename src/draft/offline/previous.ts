import { classifyProject } from '../../domain/categories.js';
import type {
  Indicator,
  JixiaoDocument,
  ProjectCategory,
  ProjectTable,
  SelfEvalTable,
} from '../../domain/document.js';
import { formatNumber } from '../../value/format-value.js';
import type { Dimension } from '../library.js';
import type { Drafted } from './indicators.js';
import { type CountMention, nameForText, withoutDigits } from './text.js';

/**
 * Last year's tables of the same unit (imported in any format): the indicators of a project of the
 * same name — or, failing that, of the same kind — are offered first in this year's draft, marked as
 * taken from last year, with years moved on and numbers updated where this year's answer states a
 * count of the same thing. Costs are not taken: they belong to last year's budget.
 */

type LastYearTable = ProjectTable | SelfEvalTable;

export interface LastYear {
  table: LastYearTable;
  year: number | null;
  /** Matched by the project's name, or only by its kind. */
  by: 'name' | 'kind';
}

/** A name as compared across years: no year, no amounts, no digits, no spaces. */
function nameKey(name: string): string {
  return withoutDigits(nameForText(name))
    .replace(/\s+/g, '')
    .replace(/^(年度|年)/, '');
}

/** Last year's table for a project: the same name first, else the first of the same kind. */
export function lastYearTable(
  previous: JixiaoDocument[] | undefined,
  name: string,
  category: ProjectCategory,
): LastYear | null {
  if (!previous?.length) return null;
  const tables = previous.flatMap((d) =>
    d.tables
      .filter((t): t is LastYearTable => t.kind === 'project' || t.kind === 'self-evaluation')
      .map((table) => ({ table, year: d.unit.year })),
  );
  const key = nameKey(name);
  const same = tables.find((t) => nameKey(t.table.projectName) === key);
  if (same) return { ...same, by: 'name' };
  if (category === 'other') return null;
  const kind = tables.find((t) => classifyProject({ name: t.table.projectName }) === category);
  return kind ? { ...kind, by: 'kind' } : null;
}

/** The dimension of a row from its 二级 (or 一级) name, in either framework. */
function dimensionOf(indicator: Pick<Indicator, 'level1' | 'level2'>): Dimension | null {
  const level = `${indicator.level2}|${indicator.level1}`;
  const found: Array<[RegExp, Dimension]> = [
    [/满意/, 'satisfaction'],
    [/数量/, 'quantity'],
    [/质量/, 'quality'],
    [/时效/, 'timeliness'],
    [/成本/, 'cost'],
    [/经济效益/, 'economic-benefit'],
    [/社会效益/, 'social-benefit'],
    [/生态效益/, 'ecological-benefit'],
    [/可持续/, 'sustainable'],
  ];
  return found.find(([re]) => re.test(level))?.[1] ?? null;
}

const bigrams = (text: string): string[] => {
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  return Array.from({ length: Math.max(han.length - 1, 0) }, (_, i) => han.slice(i, i + 2));
};

/** This year's count of the same thing as a row: same unit, and its clause shares a word with the row's name. */
function thisYearCount(
  row: Indicator,
  mentions: CountMention[],
  used: Set<CountMention>,
): CountMention | undefined {
  const unit = row.value.unit;
  if (!unit || unit === '%') return undefined;
  const words = bigrams(row.name).filter((b) => !/(数量|人数|数$|量$)/.test(b));
  return mentions.find(
    (m) => !used.has(m) && m.unit === unit && words.some((w) => `${m.before}${m.after}`.includes(w)),
  );
}

/**
 * Last year's rows as drafted rows: template rows, placeholders, blanks, costs and rates above 100%
 * left out; the year moved on; a count this year's answer states replacing last year's number.
 */
export function lastYearRows(
  last: LastYear,
  year: number,
  mentions: CountMention[],
  used: Set<CountMention>,
): { rows: Drafted[]; updated: number } {
  const from = `取自${last.year ?? '上'}年${last.by === 'kind' ? '同类项目' : ''}“${last.table.projectName}”的表格`;
  const moveYear = (text: string) => (last.year ? text.replaceAll(String(last.year), String(year)) : text);
  const rows: Drafted[] = [];
  let updated = 0;
  for (const indicator of last.table.indicators as Indicator[]) {
    const dimension = dimensionOf(indicator);
    const { value } = indicator;
    if (!dimension || dimension === 'cost' || !indicator.name.trim() || indicator.placeholder) continue;
    if (value.kind === 'blank' || (value.unit === '%' && value.numbers.some((n) => n > 100))) continue;
    // "≥100%" can only be 100% (the checker's value/rate-over-100): last year's slip is not copied.
    let valueText =
      value.unit === '%' && value.op === '≥' && value.numbers[0] === 100 ? '=100%' : value.text.trim();
    let description = moveYear(indicator.description);
    const count = thisYearCount(indicator, mentions, used);
    // Another project's figure means nothing for this one: a row of the same kind keeps only norms.
    if (last.by === 'kind' && value.quantitative && value.unit && value.unit !== '%' && !count) continue;
    if (count && value.numbers.length === 1 && value.numbers[0] !== count.n) {
      used.add(count);
      const old = formatNumber(value.numbers[0]!);
      valueText = `${value.op ?? '≥'}${formatNumber(count.n)}${value.unit}`;
      description = description.replaceAll(old, formatNumber(count.n));
      updated++;
    } else if (count) used.add(count);
    // A description whose figures are not the value's would contradict it: last year's kind-only rows keep none.
    if (last.by === 'kind' && /\d/.test(description)) description = '';
    rows.push({
      dimension,
      name: moveYear(indicator.name.trim()),
      description,
      value: valueText,
      basis: indicator.basis || '历史标准',
      rationale: `${from}${count ? '，数值按今年的资金用途更新' : ''}。`,
    });
  }
  return { rows, updated };
}
