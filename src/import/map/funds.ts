import type { TableKind } from '../../domain/document.js';
import { after, excerpt, moneyCell, numberCell, texts, type Complain } from './cells.js';
import type { Draft, FundField } from './draft.js';
import { cellText, fieldLabel, isBlank, labelKey, shortText } from './labels.js';

/**
 * The self-evaluation's 项目资金 rows, 预期目标 / 实际完成情况 and 总分; and the 项目资金 rows of the
 * national target 申报表, which are a project's 预算数 / 财政资金 / 其他资金.
 */

const FUND_HEADER: Record<string, FundField> = {
  年初预算数: 'initial',
  全年预算数: 'full',
  全年执行数: 'spent',
  分值: 'weight',
  执行率: 'rate',
  得分: 'score',
};
const FUND_ROW =
  /^(其中：)?(年度资金总额|资金总额|当年财政拨款|财政拨款|财政资金|上年结转资金|结转资金|其他资金)$/;

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

export function readFundRow(draft: Draft, cells: string[], complain: Complain): void {
  const at = cells.findIndex((cell) => FUND_ROW.test(labelKey(cell)));
  if (at < 0)
    return complain(
      `“${excerpt(cells)}”不是项目资金的一行（年度资金总额、当年财政拨款、上年结转资金、其他资金），未导入`,
    );
  if (!draft.fundCols && draft.titleKind !== 'self-evaluation')
    return readBudgetRow(draft, cells, at, complain);
  const columns = draft.fundCols?.fields ?? {};
  const positional = Object.values(columns).length > 0 && Object.values(columns).every((i) => i > at);
  const order: FundField[] = ['initial', 'full', 'spent', 'weight', 'rate', 'score'];
  const index = (field: FundField, k: number) => (positional ? columns[field] : at + 1 + k);
  const cell = (field: FundField) => {
    const i = index(field, order.indexOf(field));
    return i === undefined ? undefined : cells[i];
  };
  const money = (field: FundField, what: string) =>
    moneyCell(cell(field), (e) => complain(`${what}：${e}（按空白读入）`));
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
  const field = /资金总额/.test(key)
    ? 'total'
    : /财政/.test(key)
      ? 'fiscal'
      : /其他资金/.test(key)
        ? 'other'
        : null;
  if (field === null) {
    if (amount !== undefined)
      complain(`${cellText(cells[at])}“${cellText(amount)}”在项目支出绩效目标表中没有对应栏目，未导入`);
    return;
  }
  draft.budget[field] = moneyCell(amount, (e) => complain(`${cellText(cells[at])}：${e}（按空白读入）`));
}

/** 年度总体目标: a department's goal text, or the self-evaluation's 预期目标 / 实际完成情况 header. */
export function readOverallGoals(draft: Draft, cells: string[], kind: TableKind): void {
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

export function readSelfGoalsRow(draft: Draft, cells: string[]): void {
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
export function readScoreTotal(draft: Draft, cells: string[], complain: Complain): void {
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
