import type { Table } from '../../domain/document.js';
import { tableFacts, type Fact } from '../../facts/table-facts.js';
import { formatNumber } from '../../value/format-value.js';
import { formatMoney, fromYuan } from '../../value/money.js';
import type { MessageData, Report, Rule } from '../types.js';
import { meaningfulBigrams, sharesBigram } from '../text/_text.js';
import { budgetOf, isMoneyCost, totalYuan } from './_money.js';
import { factLocation } from '../value/_facts.js';
import { levelKind } from '../value/_levels.js';

/**
 * Counts are floors (≥) and rates are rounded to the 元, so a product may overshoot the money by a
 * little without any mistake; beyond 10% no rounding explains it. Below a tenth of the budget the
 * figures differ by an order of magnitude, the mark of a 元/万元 slip or a missing count.
 */
const OVER = 1.1;
const FAR_BELOW = 10;

/** A count, a per-unit amount and (for 元/人·月) a number of months, multiplied out. */
interface Product {
  rate: Fact;
  count: Fact | null;
  span: Fact | null;
  /** Whether the time the rate is per was not stated (the product then assumes one month/day). */
  spanUnknown: boolean;
  yuan: number;
}

const isLevel = (f: Fact) => !f.change && !f.approximate;

/**
 * The counts a rate can multiply: same measure as its denominator (人次 with 元/人次), stated as a floor
 * or an exact number. The most authoritative statement wins: an output indicator's value, else the
 * 资金用途 and goals, else a description, else an outcome's value (受益人口).
 */
function matching(table: Table, facts: Fact[], family: string): Fact[] {
  const candidates = facts.filter(
    (f) => !f.per && isLevel(f) && f.measure.family === family && f.op !== '≤' && f.op !== '<' && f.base > 0,
  );
  const tiers = [
    candidates.filter((f) => f.source.field === '指标值' && isOutput(table, f)),
    candidates.filter(
      (f) =>
        f.source.field === '资金用途' || f.source.field === '绩效目标' || f.source.field === '年度主要任务',
    ),
    candidates.filter((f) => f.source.field === '绩效指标描述'),
  ];
  return tiers.find((tier) => tier.length > 0) ?? candidates;
}

const smallest = (facts: Fact[]) => facts.reduce((a, b) => (b.base < a.base ? b : a));
const largest = (facts: Fact[]) => facts.reduce((a, b) => (b.base > a.base ? b : a));

/** The lowest and the highest spending the table's counts imply for one rate; null when nothing matches. */
function products(table: Table, rate: Fact, facts: Fact[]): { low: Product; high: Product } | null {
  const per = rate.per;
  if (!per || (!per.count && !per.time)) return null;
  const counts = per.count ? matching(table, facts, per.count.family) : [];
  if (per.count && counts.length === 0) return null;
  // A budget is for one year: a rate per year is the year's amount, and the years a table states are
  // service lives (设计使用年限 ≥15年), not what the money pays for.
  const spans = per.time && per.time.family !== '年' ? matching(table, facts, per.time.family) : [];
  if (!per.count && spans.length === 0) return null;
  const make = (count: Fact | null, span: Fact | null): Product => {
    const quantity = count && per.count ? count.base / per.count.factor : 1;
    const time = span && per.time ? span.base / per.time.factor : 1;
    const spanUnknown = Boolean(per.time && !span && per.time.family !== '年');
    return { rate, count, span, spanUnknown, yuan: rate.base * quantity * time };
  };
  const low = make(counts.length ? smallest(counts) : null, spans.length ? smallest(spans) : null);
  const high = make(counts.length ? largest(counts) : null, spans.length ? largest(spans) : null);
  return { low, high };
}

/** Whether a count is an output the money pays for: stated in the texts or by a 数量/成本/时效 indicator. */
function isOutput(table: Table, fact: Fact): boolean {
  const index = fact.source.indicatorIndex;
  if (index === undefined) return true;
  const indicator = table.indicators[index];
  if (!indicator) return true;
  const kind = levelKind(indicator);
  return kind === 'quantity' || kind === 'cost' || kind === 'time' || kind === 'quality';
}

const wan = (yuan: number) => formatMoney(fromYuan(Math.round(yuan)));

function formula(p: Product): string {
  const parts = [
    ...(p.count ? [`${shortObject(p.count)}${p.count.text}`] : []),
    `${shortObject(p.rate)}${p.rate.text}`,
    ...(p.span ? [p.span.text] : []),
  ];
  return `${parts.join(' × ')} = ${wan(p.yuan)}`;
}

/** The words of a fact's object worth showing: an indicator's name, or the clause of the text up to 12 characters. */
function shortObject(fact: Fact): string {
  const object = fact.object.replace(fact.text, '').replace(/[≥≤<>=]$/, '');
  return object.length > 12 ? '' : object;
}

/** Words every cost row shares (成本, 费用, 单价 …): they do not show two rows are about the same spending. */
const COST_WORDS = new Set([
  '成本',
  '费用',
  '单价',
  '价格',
  '标准',
  '补助',
  '补贴',
  '人均',
  '平均',
  '均成',
  '总成',
  '控制',
  '资金',
]);
const specific = (bigrams: Set<string>) => new Set([...bigrams].filter((b) => !COST_WORDS.has(b)));

/** Total cost ceilings of the table (成本 ≤N万元) about the same thing as the rate or the count. */
function relatedCeilings(
  table: Table,
  product: Product,
): Array<{ yuan: number; name: string; index: number }> {
  const about = specific(meaningfulBigrams(`${product.rate.object}${product.count?.object ?? ''}`));
  const ceilings: Array<{ yuan: number; name: string; index: number }> = [];
  for (const [index, indicator] of table.indicators.entries()) {
    if (indicator.status === 'rejected' || !isMoneyCost(indicator)) continue;
    if (indicator.value.op === '≥' || indicator.value.op === '>') continue;
    const yuan = totalYuan(indicator);
    if (yuan === null || yuan <= 0 || !sharesBigram(about, specific(meaningfulBigrams(indicator.name))))
      continue;
    ceilings.push({ yuan, name: indicator.name, index });
  }
  return ceilings;
}

function checkTable(table: Table, tableIndex: number): Report[] {
  const { facts, purposeMoney } = tableFacts(table);
  const rates = facts.filter((f) => f.per && isLevel(f) && f.base > 0);
  if (rates.length === 0) return [];
  const budget = budgetOf(table);
  const reports: Report[] = [];
  const seen = new Set<string>();
  const distinctRates = new Set(rates.map((r) => `${r.base}/${r.per?.label}`));
  const lows: Product[] = [];
  for (const rate of rates) {
    const key = `${rate.base}/${rate.per?.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found = products(table, rate, facts);
    if (!found) continue;
    const { low, high } = found;
    lows.push(low);
    const location = factLocation(table, tableIndex, rate);
    // A rate per day or month whose days or months are not stated is multiplied by one.
    const span: MessageData = low.spanUnknown
      ? { span: low.rate.per?.time?.family === '天' ? '天数' : '月数' }
      : {};
    if (budget && budget.yuan > 0 && low.yuan > budget.yuan * OVER) {
      reports.push({
        // A count only an outcome states (受益人口) may not be what the rate pays for: a judgement.
        ...(low.count && !isOutput(table, low.count) ? { severity: 'warning' as const } : {}),
        messageId: low.spanUnknown ? 'overBudgetSpanUnknown' : 'overBudget',
        data: {
          formula: formula(low),
          ...span,
          budget: budget.label,
          times: formatNumber(Math.round((low.yuan / budget.yuan) * 10) / 10),
        },
        location,
        suggestion:
          '核对数量、单价和单位（元/万元、人/人次）：数量 × 单价应不超过预算数；若预算无误，调低数量或单价',
      });
      continue;
    }
    // Months not stated: a budget is a year's, so twelve months is the likely reading, but only a reading.
    const year = low.spanUnknown && low.rate.per?.time?.family === '个月' ? low.yuan * 12 : 0;
    if (budget && budget.yuan > 0 && year > budget.yuan * OVER) {
      reports.push({
        severity: 'warning',
        messageId: 'yearOverBudget',
        data: {
          formula: formula(low),
          year: wan(year),
          budget: budget.label,
          times: formatNumber(Math.round((year / budget.yuan) * 10) / 10),
        },
        location,
        suggestion:
          '写明发放（服务）月数；若全年发放，核对数量、标准和单位，使数量 × 标准 × 月数不超过预算数',
      });
      continue;
    }
    const ceiling = relatedCeilings(table, low).find((c) => low.yuan > c.yuan * OVER);
    if (ceiling) {
      reports.push({
        messageId: low.spanUnknown ? 'overCeilingSpanUnknown' : 'overCeiling',
        data: { formula: formula(low), ...span, ceiling: ceiling.name, amount: wan(ceiling.yuan) },
        location,
        suggestion: `核对“${ceiling.name}”与数量、单价是否说的是同一笔支出；是则使三者一致`,
        severity: 'warning',
      });
      continue;
    }
    if (
      table.kind === 'project' &&
      budget &&
      !high.spanUnknown &&
      distinctRates.size === 1 &&
      (purposeMoney?.filter((a) => !a.total).length ?? 0) < 2 &&
      high.yuan * FAR_BELOW < budget.yuan
    ) {
      reports.push({
        messageId: 'farBelowBudget',
        data: { formula: formula(high), budget: budget.label },
        location,
        suggestion: '核对单价的单位（元/万元）和数量；若预算还用于其他支出，在资金用途中列明各项金额',
        severity: 'warning',
      });
    }
  }
  const together = lows.reduce((sum, p) => sum + p.yuan, 0);
  if (
    reports.length === 0 &&
    lows.length >= 2 &&
    budget &&
    budget.yuan > 0 &&
    together > budget.yuan * OVER
  ) {
    reports.push({
      messageId: 'togetherOverBudget',
      data: { formulas: lows.map(formula).join('；'), total: wan(together), budget: budget.label },
      location: factLocation(table, tableIndex, lows[0].rate),
      suggestion: '核对各项数量、单价和单位：各项支出之和应不超过预算数',
    });
  }
  return reports;
}

/**
 * Wherever a table states a count and an amount per unit (≥2000人次 and ≤400元/人次; 1500人, 200元/人·月
 * and 12个月; 4公里 and 120万元/公里), their product must fit the budget and the cost ceilings. Count and
 * rate are matched by the rate's denominator (人次 with 元/人次), never by names.
 */
export const quantityTimesRate: Rule = {
  meta: {
    id: 'cost/quantity-times-rate',
    description: '数量 × 单价（× 月数/天数）超过预算数或成本指标，或远低于预算数',
    severity: 'error',
    tags: ['cost', 'consistency'],
    messages: {
      overBudget: '数量乘单价超过预算：{{formula}}，是{{budget}}的{{times}}倍',
      overBudgetSpanUnknown:
        '数量乘单价超过预算：{{formula}}（未写明{{span}}，按1计），是{{budget}}的{{times}}倍',
      yearOverBudget:
        '数量乘单价按全年12个月计超过预算：{{formula}} × 12个月 = {{year}}（未写明发放月数），是{{budget}}的{{times}}倍',
      overCeiling: '数量乘单价超过成本指标：{{formula}}，而成本指标“{{ceiling}}”为{{amount}}',
      overCeilingSpanUnknown:
        '数量乘单价超过成本指标：{{formula}}（未写明{{span}}，按1计），而成本指标“{{ceiling}}”为{{amount}}',
      farBelowBudget: '数量乘单价远低于预算：{{formula}}，不到{{budget}}的十分之一',
      togetherOverBudget: '各项数量乘单价合计超过预算：{{formulas}}，合计{{total}}，超过{{budget}}',
    },
  },
  check({ document }) {
    return document.tables.flatMap((table, tableIndex) => checkTable(table, tableIndex));
  },
};
