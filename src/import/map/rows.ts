import type { Funding, SpendingPlan } from '../../domain/document.js';
import { excerpt, isMoneyCell, moneyCell, numberCell, type Complain } from './cells.js';
import type { Draft, FundField, Section } from './draft.js';
import { cellText, fieldLabel, findYear, isBlank, labelKey, planMonth, shortText, type FieldLabel } from './labels.js';
import { gridColumns, isGridHeader, readIndicatorRow } from './indicators.js';
import type { TableKind } from '../../domain/document.js';

/**
 * The parts of a table other than the indicator grid: labelled fields ("项目编码 | 2025XX0001 |
 * 项目名称 | …"), the task rows and their 合计, the spending plan, the self-evaluation's fund rows,
 * goals and 总分. Rows without a label continue the section in force (a merged label cell is empty).
 */

/** The row with the cells up to `index` blanked, so the columns of the rest keep their places. */
function after(cells: string[], index: number): string[] {
  return cells.map((cell, i) => (i <= index ? '' : cell));
}

const texts = (cells: string[]) => cells.filter((cell) => !isBlank(cell));

const SECTION_OF: Partial<Record<FieldLabel, Section>> = {
  unitName: 'unit',
  year: 'header',
  code: 'header',
  projectName: 'header',
  department: 'header',
  implementer: 'header',
  budgetTotal: 'budget',
  budgetFiscal: 'budget',
  budgetOther: 'budget',
  purpose: 'purpose',
  goals: 'goals',
};

/** Reads a row that has at least one label; returns false when it has none. */
export function readLabelledRow(draft: Draft, cells: string[], kind: TableKind, complain: Complain): boolean {
  const labels = cells.map(fieldLabel);
  const first = labels.findIndex((label) => label !== null);
  if (first < 0) return false;
  if (texts(cells.slice(0, first)).length > 0) complain(`“${excerpt(cells.slice(0, first))}”不在任何栏目下，未导入`);
  draft.pending = null;
  let current: FieldLabel | null = null;
  let values: string[] = [];
  let cellsAfter = 0;
  for (let i = first; i < cells.length; i++) {
    const label = labels[i];
    if (label === null) {
      cellsAfter++;
      if (!isBlank(cells[i])) values.push(cells[i]);
      continue;
    }
    if (current) setField(draft, current, values, complain, cellsAfter > 0);
    current = null;
    values = [];
    cellsAfter = 0;
    const rest = after(cells, i);
    switch (label) {
      case 'budgetSection':
        draft.section = 'budget';
        continue;
      case 'tasks':
        draft.section = 'tasks';
        readTaskRow(draft, rest, complain);
        return true;
      case 'total':
        if (draft.section === 'indicators' || kind === 'self-evaluation') readScoreTotal(draft, rest, complain);
        else readTasksTotal(draft, rest, complain);
        return true;
      case 'scoreTotal':
        readScoreTotal(draft, rest, complain);
        return true;
      case 'overallGoals':
        readOverallGoals(draft, rest, kind);
        return true;
      case 'indicatorsSection':
        draft.section = 'indicators';
        if (isGridHeader(cells)) draft.grid = gridColumns(cells);
        else if (texts(rest).length > 0) readIndicatorRow(draft, rest, kind, complain);
        return true;
      case 'plan':
        draft.section = 'plan';
        readPlanRow(draft, rest, complain);
        return true;
      case 'funds':
        draft.section = 'funds';
        if (hasFundRowLabel(rest)) readFundRow(draft, rest, complain);
        else if (texts(rest).length > 0) complain(`“${excerpt(rest)}”无法归入项目资金的任何一栏，未导入`);
        return true;
      default:
        current = label;
    }
  }
  if (current) setField(draft, current, values, complain, cellsAfter > 0);
  return true;
}

/**
 * A labelled field with the filled cells that followed its label. A label that ends its row (or
 * stands alone as a paragraph) takes its value from the next line; one followed by blank cells is blank.
 */
function setField(draft: Draft, label: FieldLabel, values: string[], complain: Complain, cellsAfter = true): void {
  draft.section = SECTION_OF[label] ?? draft.section;
  draft.pending = null;
  if (values.length === 0) {
    if (!cellsAfter) draft.pending = label;
    return;
  }
  const [value, ...extra] = values;
  switch (label) {
    case 'purpose':
      draft.purpose.push(...values.map(cellText));
      return;
    case 'goals':
      draft.goals.push(...values.map(cellText));
      return;
    case 'unitName':
    case 'code':
    case 'projectName':
    case 'department':
    case 'implementer':
      draft[label] = shortText(value);
      break;
    case 'year':
      draft.year = findYear(`${cellText(value)}年`) ?? draft.year;
      break;
    case 'budgetTotal':
      draft.budget.total = moneyCell(value, (e) => complain(`预算数：${e}（按空白读入）`));
      break;
    case 'budgetFiscal':
      draft.budget.fiscal = moneyCell(value, (e) => complain(`财政资金：${e}（按空白读入）`));
      break;
    case 'budgetOther':
      draft.budget.other = moneyCell(value, (e) => complain(`其他资金：${e}（按空白读入）`));
      break;
    default:
      extra.unshift(value);
  }
  if (extra.length > 0) complain(`“${excerpt(extra)}”无法归入任何一栏，未导入`);
}

/** A row without a label: the value of a pending label, or more of the section in force. */
export function readContinuation(draft: Draft, cells: string[], kind: TableKind, complain: Complain): void {
  const filled = texts(cells);
  if (filled.length === 0) return;
  if (draft.pending) {
    setField(draft, draft.pending, filled, complain);
    return;
  }
  switch (draft.section) {
    case 'tasks':
      return readTaskRow(draft, cells, complain);
    case 'goals':
      draft.goals.push(filled.map(cellText).join('\n'));
      return;
    case 'purpose':
      draft.purpose.push(filled.map(cellText).join('\n'));
      return;
    case 'budget':
      if (!filled.some((cell) => isMoneyCell(cell))) {
        draft.purpose.push(filled.map(cellText).join('\n'));
        return;
      }
      break;
    case 'plan':
      return readPlanRow(draft, cells, complain);
    case 'funds':
      return readFundRow(draft, cells, complain);
    case 'selfGoals':
      return readSelfGoalsRow(draft, cells);
    case 'indicators':
      return readIndicatorRow(draft, cells, kind, complain);
    case 'unit':
      if (draft.unitName === '') {
        draft.unitName = shortText(filled[0]);
        if (filled.length > 1) complain(`“${excerpt(filled.slice(1))}”无法归入任何一栏，未导入`);
        return;
      }
      break;
    default:
  }
  complain(`“${excerpt(cells)}”无法归入表格的任何一栏，未导入`);
}

// ── 年度主要任务 ─────────────────────────────────────────────────────────────

export function isTaskHeader(cells: string[]): boolean {
  return cells.some((cell) => labelKey(cell) === '任务名称');
}

export function isAmountHeader(cells: string[]): boolean {
  const keys = cells.map(labelKey);
  return keys.includes('总额') && (keys.includes('财政拨款') || keys.includes('其他资金'));
}

/** Columns of the task header ("任务名称 | 主要内容 | 预算金额") and its second row ("总额 | 财政拨款 | 其他资金"). */
export function readTaskHeader(draft: Draft, cells: string[]): void {
  cells.forEach((cell, index) => {
    const key = labelKey(cell);
    if (key === '任务名称') draft.taskCols.name = index;
    else if (key === '主要内容') draft.taskCols.content = index;
    else if (key === '总额') draft.taskCols.total = index;
    else if (key === '财政拨款' || key === '其中：财政拨款') draft.taskCols.fiscal = index;
    else if (key === '其他资金') draft.taskCols.other = index;
  });
  draft.section = 'tasks';
}

function funding(cells: string[], at: [number | undefined, number | undefined, number | undefined], complain: Complain): Funding {
  const read = (index: number | undefined, what: string) =>
    index === undefined ? null : moneyCell(cells[index], (e) => complain(`${what}：${e}（按空白读入）`));
  return { total: read(at[0], '总额'), fiscal: read(at[1], '财政拨款'), other: read(at[2], '其他资金') };
}

/** Where the three amounts start: the header's 总额 column when the row fits it, else the first amount. */
function amountColumns(draft: Draft, cells: string[], from: number): [number, number, number] | null {
  const { total, fiscal, other } = draft.taskCols;
  if (total !== undefined && total >= from && isMoneyCell(cells[total])) return [total, fiscal ?? total + 1, other ?? total + 2];
  const first = cells.findIndex((cell, i) => i >= from && isMoneyCell(cell));
  return first < 0 ? null : [first, first + 1, first + 2];
}

function readTaskRow(draft: Draft, cells: string[], complain: Complain): void {
  const totalAt = cells.findIndex((cell) => fieldLabel(cell) === 'total');
  if (totalAt >= 0) return readTasksTotal(draft, after(cells, totalAt), complain);
  if (texts(cells).length === 0) return;
  const firstText = cells.findIndex((cell) => !isBlank(cell) && !isMoneyCell(cell));
  const amounts = amountColumns(draft, cells, Math.max(firstText, 0));
  const end = amounts ? amounts[0] : cells.length;
  const words = texts(cells.slice(0, end));
  const leftover = amounts ? texts(cells.slice(amounts[2] + 1)) : [];
  if (leftover.length > 0) complain(`任务行多出的内容“${excerpt(leftover)}”无法归入任何一栏，未导入`);
  draft.tasks.push({
    name: shortText(words[0] ?? ''),
    content: words.slice(1).map(cellText).join('\n'),
    funding: amounts ? funding(cells, amounts, complain) : { total: null, fiscal: null, other: null },
  });
}

/** The 合计 row, as written (the sum is the rules' business). */
function readTasksTotal(draft: Draft, cells: string[], complain: Complain): void {
  const amounts = amountColumns(draft, cells, 0);
  draft.tasksTotal = amounts ? funding(cells, amounts, complain) : { total: null, fiscal: null, other: null };
  const leftover = amounts ? texts(cells.slice(amounts[2] + 1)) : texts(cells);
  if (leftover.length > 0) complain(`合计行多出的内容“${excerpt(leftover)}”无法归入任何一栏，未导入`);
  draft.section = 'tasks';
}

// ── 资金支出计划（%） ────────────────────────────────────────────────────────

const PLAN_MONTH: Record<number, keyof SpendingPlan> = { 3: 'mar', 6: 'jun', 10: 'oct', 12: 'dec' };

/** "3月底 | 6月底 | 10月底 | 12月底" (values on the next row), "3月底 | 20% | 6月底 | 50% …", or the values row. */
function readPlanRow(draft: Draft, cells: string[], complain: Complain): void {
  draft.plan ??= { mar: null, jun: null, oct: null, dec: null };
  const plan = draft.plan;
  const months = cells.map(planMonth);
  if (months.some((m) => m !== null)) {
    draft.planCols = new Map();
    months.forEach((month, i) => {
      if (month === null) return;
      const key = PLAN_MONTH[month];
      if (!key) return complain(`资金支出计划的“${cellText(cells[i])}”不是 3月底/6月底/10月底/12月底 之一，未导入`);
      const next = cells[i + 1];
      if (next !== undefined && !isBlank(next) && planMonth(next) === null) plan[key] = numberCell(next, complain, '支出进度');
      else draft.planCols!.set(i, key);
    });
    return;
  }
  const filled = cells.map((cell, i) => [cell, i] as const).filter(([cell]) => !isBlank(cell));
  if (draft.planCols && draft.planCols.size > 0) {
    for (const [i, key] of draft.planCols) plan[key] = numberCell(cells[i], complain, '支出进度');
    const stray = filled.filter(([, i]) => !draft.planCols!.has(i)).map(([cell]) => cell);
    if (stray.length > 0) complain(`资金支出计划多出的内容“${excerpt(stray)}”未导入`);
    return;
  }
  const keys: Array<keyof SpendingPlan> = ['mar', 'jun', 'oct', 'dec'];
  filled.slice(0, 4).forEach(([cell], k) => (plan[keys[k]] = numberCell(cell, complain, '支出进度')));
  if (filled.length > 4) complain(`资金支出计划多出的内容“${excerpt(filled.slice(4).map(([c]) => c))}”未导入`);
}

// ── 自评表：项目资金、年度总体目标、总分 ──────────────────────────────────────

const FUND_HEADER: Record<string, FundField> = {
  年初预算数: 'initial',
  全年预算数: 'full',
  全年执行数: 'spent',
  分值: 'weight',
  执行率: 'rate',
  得分: 'score',
};
const FUND_ROW = /^(其中：)?(年度资金总额|资金总额|当年财政拨款|财政拨款|财政资金|上年结转资金|结转资金|其他资金)$/;

export function isFundsHeader(cells: string[]): boolean {
  return cells.some((cell) => ['年初预算数', '全年预算数', '全年执行数'].includes(labelKey(cell)));
}

export function hasFundRowLabel(cells: string[]): boolean {
  return cells.some((cell) => FUND_ROW.test(labelKey(cell)));
}

export function readFundsHeader(draft: Draft, cells: string[]): void {
  const fields: Partial<Record<FundField, number>> = {};
  let label = 0;
  cells.forEach((cell, i) => {
    const key = labelKey(cell);
    if (FUND_HEADER[key]) fields[FUND_HEADER[key]] ??= i;
    if (fieldLabel(cell) === 'funds') label = i;
  });
  draft.fundCols = { label, fields };
  draft.section = 'funds';
}

function readFundRow(draft: Draft, cells: string[], complain: Complain): void {
  const at = cells.findIndex((cell) => FUND_ROW.test(labelKey(cell)));
  if (at < 0) return complain(`“${excerpt(cells)}”不是项目资金的一行（年度资金总额、当年财政拨款、上年结转资金、其他资金），未导入`);
  if (!draft.fundCols && draft.titleKind !== 'self-evaluation') return readBudgetRow(draft, cells, at, complain);
  const columns = draft.fundCols?.fields ?? {};
  const positional = Object.values(columns).length > 0 && Object.values(columns).every((i) => i > at);
  const order: FundField[] = ['initial', 'full', 'spent', 'weight', 'rate', 'score'];
  const index = (field: FundField, k: number) => (positional ? columns[field] : at + 1 + k);
  const cell = (field: FundField) => {
    const i = index(field, order.indexOf(field));
    return i === undefined ? undefined : cells[i];
  };
  const money = (field: FundField, what: string) => moneyCell(cell(field), (e) => complain(`${what}：${e}（按空白读入）`));
  draft.funds.push({
    label: shortText(cells[at]),
    initial: money('initial', '年初预算数'),
    full: money('full', '全年预算数'),
    spent: money('spent', '全年执行数'),
    weight: numberCell(cell('weight'), complain, '分值'),
    rate: shortText(cell('rate') ?? ''),
    score: numberCell(cell('score'), complain, '得分'),
  });
}

/**
 * 项目资金 in a target table (the national 申报表): 年度资金总额 / 其中：财政拨款 / 其他资金 rows
 * with one amount each are the project's 预算数 / 财政资金 / 其他资金.
 */
function readBudgetRow(draft: Draft, cells: string[], at: number, complain: Complain): void {
  const key = labelKey(cells[at]);
  const [amount, ...rest] = texts(after(cells, at));
  if (rest.length > 0) complain(`“${excerpt(rest)}”无法归入任何一栏，未导入`);
  const field = /资金总额/.test(key) ? 'total' : /财政/.test(key) ? 'fiscal' : /其他资金/.test(key) ? 'other' : null;
  if (field === null) {
    if (amount !== undefined) complain(`${cellText(cells[at])}“${cellText(amount)}”在项目支出绩效目标表中没有对应栏目，未导入`);
    return;
  }
  draft.budget[field] = moneyCell(amount, (e) => complain(`${cellText(cells[at])}：${e}（按空白读入）`));
}

/** 年度总体目标: a department's goal text, or the self-evaluation's 预期目标 / 实际完成情况 header. */
function readOverallGoals(draft: Draft, cells: string[], kind: TableKind): void {
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

function readSelfGoalsRow(draft: Draft, cells: string[]): void {
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
  const [exp, act] = cols && !isBlank(cells[cols.expected]) ? [cells[cols.expected], cells[cols.actual] ?? ''] : [filled[0], filled[1] ?? ''];
  if (!isBlank(exp)) draft.goalsExpected.push(cellText(exp));
  if (!isBlank(act)) draft.goalsActual.push(cellText(act));
}

/** 总分: the weights' and the scores' totals as written, and a grade when one stands beside them. */
function readScoreTotal(draft: Draft, cells: string[], complain: Complain): void {
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
