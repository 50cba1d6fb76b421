import type { Answers, AnswersProject } from '../../domain/answers.js';
import { makeProject } from '../../domain/build.js';
import { classifyProject } from '../../domain/categories.js';
import type {
  Funding,
  JixiaoDocument,
  ProjectCategory,
  ProjectTable,
  SpendingPlan,
} from '../../domain/document.js';
import { formatNumber } from '../../value/format-value.js';
import { formatMoney, moneyFromNumber, sumMoney, toYuan } from '../../value/money.js';
import type { Op } from '../../domain/value.js';
import {
  dimensionGroup,
  fillTemplate,
  type IndicatorTemplate,
  type Library,
  templateVars,
} from '../library.js';
import {
  type Drafted,
  type DraftVars,
  finishIndicators,
  fitRate,
  fromTemplate,
  numberValue,
  pickMention,
  standardNumber,
  unitCost,
  wan,
} from './indicators.js';
import {
  type CountMention,
  countSuffix,
  findCounts,
  findItems,
  nameForCount,
  normalizeCountUnit,
  phraseForCount,
  type PurposeItem,
  uniqueCounts,
  nameForText,
  purposeUse,
} from './text.js';
import {
  findStandards,
  multiplicationNotes,
  type StandardMention,
  standardProduct,
  standardRow,
} from './standards.js';
import { goalWithOutputs, workName } from './goals.js';
import { lastYearRows, lastYearTable } from './previous.js';
import { meaningfulBigrams, sharesBigram } from '../../rules/text/_text.js';

/** One project of the answers → its 项目支出绩效目标表, with notes for the user. */

const PLAN_MONTHS = [3, 6, 10, 12] as const;
/** Counts in these units are not turned into extra 数量 rows (rates, durations). */
const NOT_A_QUANTITY = /^(%|年|天|小时|个月|课时)$/;
const MAX_EXTRA_COUNTS = 2;

interface ProjectContext {
  staff: number | undefined;
  totalYuan: number;
  mentions: CountMention[];
  used: Set<CountMention>;
  items: PurposeItem[];
  month: number;
  vars: DraftVars;
  /** Placeholders of `fallback` templates, kept only where their kind has no other row. */
  fallbacks: Drafted[];
}

export interface DraftedProject {
  table: ProjectTable;
  /** The rows before they were placed in the framework (the unit table draws on them). */
  rows: Drafted[];
  notes: string[];
  /** How many of its rows were taken from last year's tables. */
  fromLastYear: number;
}

function funding(project: AnswersProject): Funding {
  const fiscal = moneyFromNumber(project.fiscal);
  const other = moneyFromNumber(project.other);
  return { total: sumMoney([fiscal, other]), fiscal, other };
}

function spendingPlan(plan: number[] | undefined): SpendingPlan | null {
  if (!plan) return null;
  const [mar, jun, oct, dec] = plan;
  return { mar, jun, oct, dec };
}

/** The month by whose end the plan reaches 100% (December without a plan). */
function completionMonth(plan: number[] | undefined): number {
  const index = plan?.findIndex((p) => p >= 100) ?? -1;
  return index >= 0 ? PLAN_MONTHS[index] : 12;
}

/** The itemised amount that pays for a counted thing: the item sharing a word with the count's clause. */
function itemFor(mention: CountMention, items: PurposeItem[]): PurposeItem | undefined {
  const clause = meaningfulBigrams(`${mention.before}${mention.after}`);
  return items.find((item) => sharesBigram(meaningfulBigrams(item.name), clause));
}

/** Variables that only some projects have; a template naming one is drafted only when it is known. */
const DRAFT_TIME_VARS = new Set(['use']);

function applies(template: IndicatorTemplate, text: string, vars: DraftVars): boolean {
  const needs = templateVars(`${template.name}${template.description}`);
  if (needs.some((name) => vars[name] === undefined && DRAFT_TIME_VARS.has(name))) return false;
  if (template.when && !template.when.some((w) => text.includes(w))) return false;
  if (template.unless?.some((w) => text.includes(w))) return false;
  return true;
}

function evaluate(template: IndicatorTemplate, ctx: ProjectContext): Drafted[] {
  const source = template.value;
  switch (source.from) {
    case 'standard': {
      const { op, n } = standardNumber(ctx.mentions, source, ctx.used);
      return [fromTemplate(template, ctx.vars, { op, n, unit: source.unit })];
    }
    case 'count': {
      const mention = pickMention(ctx.mentions, source, ctx.used);
      if (mention) {
        ctx.used.add(mention);
        const { op, n } = fitRate(source.op, mention.n, mention.unit);
        const row = fromTemplate(template, ctx.vars, { op, n, unit: mention.unit });
        const described = template.describeFromText && nameForCount(mention);
        return [described ? { ...row, description: phraseForCount(mention, `${row.value.slice(1)}`) } : row];
      }
      if (source.staff && ctx.staff)
        return [fromTemplate(template, ctx.vars, { op: source.op, n: ctx.staff, unit: '人' })];
      return unknown(
        template,
        ctx,
        source.op,
        template.placeholderUnit ?? normalizeCountUnit(source.units[0]),
      );
    }
    case 'budget': {
      if (ctx.items.length > 0 && !source.withItems) return [];
      if (ctx.totalYuan > 0)
        return [fromTemplate(template, ctx.vars, { op: source.op, n: ctx.totalYuan / 10_000, unit: '万元' })];
      return unknown(template, ctx, source.op, '万元');
    }
    case 'items':
      return ctx.items
        .slice(0, source.max)
        .map((item) =>
          fromTemplate(
            template,
            { ...ctx.vars, item: item.name, itemCost: costName(item.name) },
            { op: '≤', n: wan(item.amount), unit: '万元' },
          ),
        );
    case 'unit-cost': {
      const mention = pickMention(ctx.mentions, source);
      const count = mention
        ? { n: mention.n, unit: mention.unit }
        : source.staff && ctx.staff
          ? { n: ctx.staff, unit: '人' }
          : null;
      // An itemised budget pays for more than the counted things: divide the item that buys them.
      const item = ctx.items.length > 0 && mention ? itemFor(mention, ctx.items) : undefined;
      if (ctx.items.length > 0 && !item) return [];
      const totalYuan = item ? toYuan(item.amount) : ctx.totalYuan;
      const cost = count && count.n > 0 && totalYuan > 0 ? unitCost(totalYuan, count.n, count.unit) : null;
      if (!count || !cost) return unknown(template, ctx, '≤', `元/${normalizeCountUnit(source.units[0])}`);
      const vars = { ...ctx.vars, count: count.n, countUnit: count.unit, budget: totalYuan / 10_000 };
      const divided = item
        ? `“${item.name}”${formatMoney(item.amount)}`
        : `预算数${formatMoney(ctx.vars.budgetMoney as string)}`;
      const rationale = `按${divided}除以${count.n}${count.unit}测算。`;
      return [fromTemplate(template, vars, { op: '≤', ...cost }, { rationale })];
    }
    case 'deadline':
      return [
        fromTemplate(template, { ...ctx.vars, month: ctx.month }, { op: '≤', n: ctx.month, unit: '月底' }),
      ];
    case 'placeholder':
      return unknown(template, ctx, source.op, source.unit);
    default:
      return [];
  }
}

/** A template whose number is unknown: a placeholder now, one for later (fallback), or nothing. */
function unknown(template: IndicatorTemplate, ctx: ProjectContext, op: Op, unit: string): Drafted[] {
  if (template.ifUnknown === 'skip') return [];
  const row = fromTemplate(template, ctx.vars, { op, unit, unknown: true });
  if (template.ifUnknown === 'fallback') {
    ctx.fallbacks.push(row);
    return [];
  }
  return [row];
}

/** The fallback placeholders of the kinds no row covers (the first of each kind). */
function neededFallbacks(rows: Drafted[], fallbacks: Drafted[]): Drafted[] {
  const covered = new Set(rows.map((r) => dimensionGroup(r.dimension)));
  return fallbacks.filter((row) => {
    const group = dimensionGroup(row.dimension);
    if (covered.has(group)) return false;
    covered.add(group);
    return true;
  });
}

/** "外墙保温改造" → "外墙保温改造成本"; "工程监理费" stays. */
function costName(item: string): string {
  return /(费|费用|经费|资金|成本|款|金)$/.test(item) ? item : `${item}成本`;
}

/** Counts of the text no template took become extra 数量 rows, named from their clause. */
function extraCounts(ctx: ProjectContext): Drafted[] {
  const rows: Drafted[] = [];
  for (const mention of ctx.mentions) {
    if (rows.length >= MAX_EXTRA_COUNTS) break;
    if (ctx.used.has(mention) || NOT_A_QUANTITY.test(mention.unit)) continue;
    const name = nameForCount(mention);
    if (!name) continue;
    ctx.used.add(mention);
    rows.push({
      dimension: 'quantity',
      name,
      description: phraseForCount(mention, `${formatNumber(mention.n)}${mention.unit}`),
      value: numberValue('≥', mention.n, mention.unit),
      basis: '计划标准',
      rationale: '取自资金用途或绩效目标中的数量。',
    });
  }
  return rows;
}

/** The word for a standard of these kinds (每台购置标准, 每公里养护标准). */
const STANDARD_NOUN: Partial<Record<ProjectCategory, string>> = {
  'salary-subsidy': '发放',
  equipment: '购置',
  'training-meeting': '培训',
  'rural-road': '养护',
  'water-supply': '维修养护',
  'school-repair': '维修改造',
  'legal-aid': '办案补贴',
  mediation: '调解补贴',
};

/** Kinds whose standards are paid to someone (补助); the others' standards are an input per unit (投资). */
const PAYS = new Set<ProjectCategory>([
  'salary-subsidy',
  'agricultural-subsidy',
  'student-aid',
  'school-meals',
  'minimum-living',
  'medical-assistance',
  'temporary-assistance',
  'elderly-care',
  'grain-reserve',
  'culture-outreach',
  'fitness',
]);
/**
 * Each standard of the purpose becomes a row, and so do the counts it is paid for (13000名, 全年200天)
 * when no template took them (what they multiply to is compared with the budget in a note).
 */
function standardRows(
  standards: StandardMention[],
  category: ProjectCategory,
  ctx: ProjectContext,
): Drafted[] {
  const rows: Drafted[] = [];
  for (const standard of standards) {
    // What a standard is, when the text does not say: the kind's own word (购置, 养护…); paid to
    // people or households (补助); otherwise what the project puts in per unit (投资).
    const paid = PAYS.has(category) || /^(人|生|户)$/.test(standard.per);
    rows.push(standardRow(standard, STANDARD_NOUN[category] ?? (paid ? '补助' : '投资')));
    const product = standardProduct(standard, ctx.mentions);
    if (!product) continue;
    for (const mention of [product.quantity, product.period]) {
      if (!mention || ctx.used.has(mention)) continue;
      ctx.used.add(mention);
      rows.push({
        dimension: 'quantity',
        name:
          nameForCount(mention) ?? (mention.unit === '天' ? '实施天数' : `实施${countSuffix(mention.unit)}`),
        description: phraseForCount(mention, `${formatNumber(mention.n)}${mention.unit}`),
        value: numberValue(
          mention.unit === '天' || mention.unit === '个月' ? '=' : '≥',
          mention.n,
          mention.unit,
        ),
        basis: '计划标准',
        rationale: '取自资金用途或绩效目标中的数量（与补助标准相乘即为资金需求）。',
      });
    }
  }
  return rows;
}

/** Items above the budget would make cost/exceeds-budget errors: they are left out, and the user told. */
function itemsWithinBudget(
  label: string,
  items: PurposeItem[],
  budget: Funding,
): { items: PurposeItem[]; notes: string[] } {
  const notes: string[] = [];
  const total = budget.total ?? '0.00';
  const within = items.filter((item) => {
    if (toYuan(item.amount) <= toYuan(total)) return true;
    notes.push(
      `项目“${label}”：资金用途中“${item.name}”${formatMoney(item.amount)}超过预算数${formatMoney(total)}，未作为成本指标，请核对金额。`,
    );
    return false;
  });
  return { items: within, notes };
}

export function draftProject(
  answers: Answers,
  index: number,
  library: Library,
  previous?: JixiaoDocument[],
): DraftedProject {
  const project = answers.projects[index];
  const label = project.name.trim();
  const notes: string[] = [];
  const category = project.category ?? classifyProject(project);
  if (!project.category) {
    notes.push(
      `项目“${label}”：按名称和资金用途归入“${library.categories[category].label}”类，可在审阅时修改。`,
    );
  }
  const budget = funding(project);
  const purpose = project.purpose.trim();
  const goalsText = project.goals.trim();
  const found = itemsWithinBudget(label, purpose ? findItems(purpose) : [], budget);
  notes.push(...found.notes);
  if (!project.plan)
    notes.push(`项目“${label}”：未填写资金支出计划（3、6、10、12月底累计支出比例），请在审阅时补上。`);
  const vars: DraftVars = {
    project: nameForText(label),
    year: answers.unit.year,
    unitName: nameForText(answers.unit.name),
    budgetMoney: budget.total ?? '0.00',
  };
  const use = purposeUse(purpose);
  if (use) vars.use = use;
  const text = `${label}\n${purpose}\n${goalsText}`;
  const ctx: ProjectContext = {
    staff: answers.unit.staff,
    totalYuan: toYuan(budget.total ?? '0'),
    mentions: uniqueCounts(findCounts(`${purpose}\n${goalsText}`)),
    used: new Set(),
    items: found.items,
    month: completionMonth(project.plan),
    vars,
    fallbacks: [],
  };
  const lib = library.categories[category];
  const standards = findStandards(`${purpose}\n${goalsText}`);
  const last = lastYearTable(previous, label, category);
  const taken = last ? lastYearRows(last, answers.unit.year, ctx.mentions, ctx.used) : null;
  if (taken?.rows.length)
    notes.push(
      `项目“${label}”：${taken.rows.length} 个指标取自上年度${last!.by === 'kind' ? '同类项目' : ''}“${last!.table.projectName}”的表格${taken.updated ? `（${taken.updated} 个数值已按今年的资金用途更新）` : ''}，请核对。`,
    );
  const lastYear = taken?.rows ?? [];
  const coveredLastYear = new Set(lastYear.map((r) => dimensionGroup(r.dimension)));
  const libraryRows = lib.indicators
    .filter((t) => applies(t, text, vars) && !(standards.length > 0 && t.value.from === 'unit-cost'))
    // Last year's rows come first; the library fills the kinds of row they lack, and the costs.
    .filter((t) => t.dimension === 'cost' || !coveredLastYear.has(dimensionGroup(t.dimension)))
    .flatMap((t) => evaluate(t, ctx));
  const rows = [...lastYear, ...libraryRows];
  rows.push(...standardRows(standards, category, ctx));
  notes.push(
    ...multiplicationNotes(`${purpose}\n${goalsText}`, ctx.totalYuan).map((n) => `项目“${label}”：${n}`),
  );
  rows.push(...extraCounts(ctx));
  rows.push(...neededFallbacks(rows, ctx.fallbacks));
  const placeholders = rows.filter((r) => r.placeholder).length;
  if (placeholders > 0)
    notes.push(`项目“${label}”：${placeholders} 个指标值不知道具体数字，标为“（待填）”，请在审阅时填写。`);
  if (!purpose) notes.push(`项目“${label}”：未填写资金用途，已写入一句概括，请补充具体用途和金额。`);
  const table = makeProject({
    id: `t${index + 2}`,
    code: project.code.trim(),
    projectName: label,
    category,
    budget,
    purpose: purpose || `主要用于${nameForText(label)}相关支出。`,
    plan: spendingPlan(project.plan),
    goals:
      goalsText ||
      goalWithOutputs(
        fillTemplate(lib.goals, { ...vars, project: workName(String(vars.project)), category: lib.label }),
        purpose,
      ),
    indicators: finishIndicators(rows, library.levels, answers.unit.framework, `p${index + 1}`),
  });
  return { table, rows, notes, fromLastYear: lastYear.length };
}
