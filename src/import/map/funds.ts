import type { TableKind } from '../../domain/document.js';
import { sumMoney } from '../../value/index.js';
import { excerpt, isMoneyCell, leadingMoney, moneyCell, numberCell, texts, type Complain } from './cells.js';
import type { TableDraft, FundField } from './draft.js';
import { cellText, fieldLabel, isBlank, labelKey, shortText } from './labels.js';

/**
 * The self-evaluation's 项目资金 rows, 预期目标 / 实际完成情况 and 总分; and the 项目资金 rows of the
 * national target 申报表, which are a project's 预算数 / 财政资金 / 其他资金.
 */

/** The columns of a self-evaluation's money block, by what their headers say. */
const FUND_HEADER: Array<[RegExp, FundField]> = [
  [/^年初(预算|预算数|预算安排|安排数)$/, 'initial'],
  [/^(全年预算数|全年预算|调整后预算数|调整后预算|预算调整数|全年预算安排)$/, 'full'],
  [/^(全年执行数|预算执行数|执行数|全年执行|实际执行数|实际支出|全年支出数)$/, 'spent'],
  [/^(分值|权重)$/, 'weight'],
  [/^(预算)?执行率$/, 'rate'],
  [/^得分$/, 'score'],
];

const fieldCache = new Map<string, FundField | null>();

export function fundHeaderField(cell: string): FundField | null {
  if (cell.length > 40) return null;
  let field = fieldCache.get(cell);
  if (field === undefined) {
    if (fieldCache.size > 20_000) fieldCache.clear();
    field = computeFundHeaderField(cell);
    fieldCache.set(cell, field);
  }
  return field;
}

function computeFundHeaderField(cell: string): FundField | null {
  const key = labelKey(cell)
    .replace(/（[A-Z]\/?[A-Z]?）$/, '')
    .replace(/（(万元|元|%|分)）$/, '');
  for (const [pattern, field] of FUND_HEADER) if (pattern.test(key)) return field;
  return null;
}

/** `use`: a part by what it is spent on (基本支出, 项目支出), not by where the money comes from. */
export type FundKind = 'total' | 'fiscal' | 'other' | 'carry' | 'use';

/**
 * What a money row's label names: the total (资金总额, 项目金额, 年度金额, 总额…), a fiscal part
 * (财政拨款, 财政资金, 上级资金, 中央补助, 一般公共预算…), a carry-over (上年结转) or other money
 * (其他资金, 单位资金, 自有资金…). "(元)" in the label means its amounts are in 元. Null when none.
 */
type FundLabel = { kind: FundKind; annual: boolean; unit: '万元' | '元' | null } | null;
const fundCache = new Map<string, FundLabel>();

export function fundKind(cell: string): FundLabel {
  if (cell.length > 40) return null;
  let label = fundCache.get(cell);
  if (label === undefined) {
    if (fundCache.size > 20_000) fundCache.clear();
    label = computeFundKind(cell);
    fundCache.set(cell, label);
  }
  return label;
}

function computeFundKind(cell: string): FundLabel {
  let key = labelKey(cell)
    .replace(/^(其中|含)：?/, '')
    .replace(/^([一二三四五六七八九十]+、|\d+[.、])/, '');
  const unitMatch = /（(万元|元)）$/.exec(key);
  key = key.replace(/（[^（）]*）$/, '').replace(/：$/, '');
  if (key === '' || key.length > 20 || /\d/.test(key)) return null;
  const unit = unitMatch ? (unitMatch[1] as '万元' | '元') : null;
  const annual = /^(年度|当年|本年|全年)/.test(key);
  const base = key.replace(/^(年度|当年|本年|全年)/, '');
  if (/^(项目)?(资金|预算)?(申请)?(总额|总计|总金额|金额|总数|合计|小计)(及构成)?$/.test(base))
    return { kind: 'total', annual, unit };
  if (/^(基本支出|项目支出)$/.test(base)) return { kind: 'use', annual, unit };
  // Parts are money words: "…资金", "…拨款", "…补助", "一般公共预算"; never a 部门 or a 名称.
  if (
    /(名称|部门|单位名|编码|负责人)/.test(base) ||
    !/(资金|拨款|补助|预算|结转|收入|投入|贷款|经费|基金|^其他|^其它)$/.test(base)
  )
    return null;
  if (/结转/.test(base)) return { kind: 'carry', annual, unit };
  if (/^(其他|其它|自有|自筹|单位|社会|地方|配套|银行|事业收入|经营收入)/.test(base))
    return { kind: 'other', annual, unit };
  if (/财政|上级|中央|省|市|县|区级|本级|补助|一般公共预算|政府性基金|专项/.test(base) && base.length <= 18)
    return { kind: 'fiscal', annual, unit };
  return null;
}

export function isFundsHeader(cells: string[]): boolean {
  const fields = cells.map(fundHeaderField);
  return fields.some((f) => f === 'initial' || f === 'full' || f === 'spent');
}

export function hasFundRowLabel(cells: string[]): boolean {
  return cells.some((cell) => fundKind(cell) !== null);
}

export function readFundsHeader(draft: TableDraft, cells: string[]): void {
  const fields: Partial<Record<FundField, number>> = {};
  let label = 0;
  cells.forEach((cell, i) => {
    const field = fundHeaderField(cell);
    if (field) fields[field] ??= i;
    if (fieldLabel(cell) === 'funds') label = i;
  });
  draft.fundCols = { label, fields, headers: cells.map((c) => shortText(c)) };
  draft.section = 'funds';
}

export function readFundRow(draft: TableDraft, cells: string[], complain: Complain, kind?: TableKind): void {
  const at = cells.findIndex((cell) => fundKind(cell) !== null);
  const words = texts(cells);
  if (
    at < 0 &&
    words.length >= 2 &&
    words.slice(1).every((cell) => isMoneyCell(cell) || /^(\/|无|-|—)$/.test(cell.trim()))
  ) {
    // A money row we have no field for ("项目支出 | 60.8", "基本支出 | 110.61"): kept as a note.
    draft.tableNotes.push(`${labelText(words[0])}：${words.slice(1).map(cellText).join(' | ')}`);
    return;
  }
  if (at < 0)
    return complain(
      `“${excerpt(cells)}”不是资金的一行（资金总额、财政拨款、上年结转资金、其他资金），未导入`,
    );
  const selfEval =
    draft.fundCols !== undefined ||
    draft.titleKind === 'self-evaluation' ||
    draft.titleKind === 'department-self-evaluation';
  if (!selfEval) return readBudgetRow(draft, cells, complain, kind);
  const columns = draft.fundCols?.fields ?? {};
  const positional = Object.values(columns).length > 0 && Object.values(columns).every((i) => i > at);
  const order: FundField[] = ['initial', 'full', 'spent', 'weight', 'rate', 'score'];
  const index = (field: FundField, k: number) => (positional ? columns[field] : at + 1 + k);
  const cell = (field: FundField) => {
    const i = index(field, order.indexOf(field));
    return i === undefined ? undefined : cells[i];
  };
  const unit = fundKind(cells[at])?.unit ?? draft.moneyUnit;
  const money = (field: FundField, what: string) =>
    moneyCell(cell(field), (e) => complain(`${what}：${e}（按空白读入）`), unit);
  draft.funds.push({
    label: labelText(cells[at]),
    initial: money('initial', '年初预算数'),
    full: money('full', '全年预算数'),
    spent: money('spent', '全年执行数'),
    weight: numberCell(cell('weight'), complain, '分值'),
    rate: shortText(cell('rate') ?? ''),
    score: numberCell(cell('score'), complain, '得分'),
  });
  // Columns the fund rows have no field for (原因, 说明…): kept as notes under their header.
  if (positional) {
    const used = new Set(Object.values(columns));
    cells.forEach((c, i) => {
      if (i <= at || used.has(i) || isBlank(c) || /^(\/|无|-|—)$/.test(c.trim())) return;
      const header = draft.fundCols?.headers[i] ?? '';
      draft.tableNotes.push(`${shortText(cells[at])}${header ? ` ${header}` : ''}：${cellText(c)}`);
    });
  }
}

/**
 * Money rows of a target table: "年度资金总额 | 10", "其中：财政拨款 | 10"; two label/amount pairs side by
 * side ("项目资金总额 | 1500 | 年度资金申请总额 | 1500": the annual one is the budget, the other a note);
 * labels and amounts in one cell ("总额10606.7522万元", "财政拨款:6923.3552万元(其中:…)"). A breakdown
 * in brackets after an amount is the money's use (资金用途); anything else in the cell is reported.
 */
function readBudgetRow(draft: TableDraft, cells: string[], complain: Complain, kind?: TableKind): void {
  const pairs: Array<{
    label: string;
    kind: FundKind;
    annual: boolean;
    unit: '万元' | '元';
    amount: string;
  }> = [];
  let current: (typeof pairs)[number] | null = null;
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const k = fundKind(cell);
    if (k) {
      current = {
        label: labelText(cell),
        kind: k.kind,
        annual: k.annual,
        unit: k.unit ?? draft.moneyUnit,
        amount: '',
      };
      pairs.push(current);
      continue;
    }
    const inline = isMoneyCell(cell) ? null : inlineFund(cell);
    if (inline) {
      const k2 = fundKind(inline.label)!;
      pairs.push({
        label: inline.label,
        kind: k2.kind,
        annual: k2.annual,
        unit: k2.unit ?? draft.moneyUnit,
        amount: inline.amount,
      });
      current = null;
      continue;
    }
    if (current && current.amount === '') current.amount = cell;
    else if (fieldLabel(cell) !== 'funds') complain(`“${cellText(cell)}”无法归入资金的任何一栏，未导入`);
  }
  const fieldOf = (k: FundKind) => (k === 'total' ? 'total' : k === 'other' ? 'other' : 'fiscal');
  const filled = pairs.filter((p) => !isBlank(p.amount));
  for (const pair of filled) {
    const field = fieldOf(pair.kind);
    // Side by side, the annual amount is this year's budget; the project's whole-life one is a note.
    const aside =
      kind === 'department' ||
      pair.kind === 'use' ||
      (!pair.annual && filled.some((p) => p !== pair && p.annual && fieldOf(p.kind) === field));
    const read = leadingMoney(pair.amount, pair.unit);
    if (aside) {
      draft.tableNotes.push(`${pair.label}：${cellText(pair.amount)}`);
      continue;
    }
    if (!read) {
      draft.budget[field] ??= moneyCell(
        pair.amount,
        (e) => complain(`${pair.label}：${e}（按空白读入）`),
        pair.unit,
      );
      continue;
    }
    const previous = draft.budget[field];
    if (previous && field === 'total') draft.tableNotes.push(`${pair.label}：${cellText(pair.amount)}`);
    else draft.budget[field] = previous ? sumMoney([previous, read.money]) : read.money;
    if (read.rest === '') continue;
    const bracket = /^[（(]([\s\S]*)[）)]$/.exec(read.rest);
    if (bracket && field === 'total' && !/^其中/.test(bracket[1])) {
      // "854万(高标准农田建设400万元,…)": the breakdown of the total is the money's use.
      if (!draft.purpose.includes(bracket[1])) draft.purpose.push(bracket[1]);
    } else if (bracket) draft.tableNotes.push(`${pair.label}：${cellText(pair.amount)}`);
    else
      complain(
        `${pair.label}“${cellText(pair.amount)}”除金额 ${read.money} 万元外还写有“${read.rest}”，请核对（金额按 ${read.money} 万元读入）`,
      );
  }
}

/** A label as written, without a colon at its end ("项目资金总额:" → 项目资金总额). */
const labelText = (cell: string) => shortText(cell).replace(/[：:]\s*$/, '');

/** "总额10606.7522万元", "财政拨款:6923.3552万元(其中:…)", "二、自有资金:0万元": a money label and its amount in one cell. */
export function inlineFund(cell: string): { label: string; amount: string } | null {
  const text = cellText(cell).normalize('NFKC');
  const m = /^([^\d：:]{1,20}?)[：:]?\s*(\d[\s\S]*)$/.exec(text);
  if (!m || !fundKind(m[1])) return null;
  return { label: m[1].replace(/^([一二三四五六七八九十]+、)/, ''), amount: m[2] };
}

/** 年度总体目标: a department's goal text, or the self-evaluation's 预期目标 / 实际完成情况 header. */
export function readOverallGoals(draft: TableDraft, cells: string[], kind: TableKind): void {
  const isHeader = cells.some((cell) => labelKey(cell) === '预期目标');
  if (isHeader || kind === 'self-evaluation') {
    draft.section = 'selfGoals';
    readSelfGoalsRow(draft, cells);
    return;
  }
  draft.section = 'goals';
  const filled = texts(cells);
  if (filled.length > 0) draft.goals.push(filled.map(cellText).join('\n'));
}

export function readSelfGoalsRow(draft: TableDraft, cells: string[]): void {
  const keys = cells.map(labelKey);
  const expected = keys.indexOf('预期目标');
  if (expected >= 0) {
    const actual = keys.findIndex((key) => /^实际完成(情况|值)?$/.test(key));
    draft.goalCols = { expected, actual: actual >= 0 ? actual : expected + 1 };
    return;
  }
  const filled = texts(cells);
  if (filled.length === 0) return;
  const cols = draft.goalCols;
  const [exp, act] =
    cols && !isBlank(cells[cols.expected])
      ? [cells[cols.expected], cells[cols.actual] ?? '']
      : [filled[0], filled[1] ?? ''];
  if (!isBlank(exp)) draft.goalsExpected.push(cellText(exp));
  if (!isBlank(act)) draft.goalsActual.push(cellText(act));
}

/** 总分: the weights' and the scores' totals as written, and a grade when one stands beside them. */
export function readScoreTotal(draft: TableDraft, cells: string[], complain: Complain): void {
  const numbers: number[] = [];
  for (const cell of texts(cells)) {
    const key = labelKey(cell);
    if (/^(优|良|中|差|优秀|良好|合格|不合格)$/.test(key)) draft.grade = key;
    else if (/^(自评|评价|绩效)?(等级|评级|结论)$/.test(key)) continue;
    else {
      const n = numberCell(cell, complain, '总分');
      if (n !== null) numbers.push(n);
    }
  }
  if (numbers.length > 2) complain(`总分行多出的数字“${numbers.slice(2).join('、')}”未导入`);
  draft.totalWeight = numbers[0] ?? null;
  draft.totalScore = numbers[1] ?? null;
}
