import type { Funding } from '../../domain/document.js';
import { after, excerpt, isMoneyCell, moneyCell, texts, type Complain } from './cells.js';
import type { Draft } from './draft.js';
import { cellText, fieldLabel, isBlank, labelKey, shortText } from './labels.js';

/**
 * 年度主要任务 of a department table: the header ("任务名称 | 主要内容 | 预算金额" over "总额 |
 * 财政拨款 | 其他资金"), the task rows and their 合计 as written. Amounts are read from the
 * header's columns when a row fits them, otherwise from the first amount in the row.
 */

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

function funding(
  cells: string[],
  at: [number | undefined, number | undefined, number | undefined],
  complain: Complain,
): Funding {
  const read = (index: number | undefined, what: string) =>
    index === undefined ? null : moneyCell(cells[index], (e) => complain(`${what}：${e}（按空白读入）`));
  return { total: read(at[0], '总额'), fiscal: read(at[1], '财政拨款'), other: read(at[2], '其他资金') };
}

/** Where the three amounts start: the header's 总额 column when the row fits it, else the first amount. */
function amountColumns(draft: Draft, cells: string[], from: number): [number, number, number] | null {
  const { total, fiscal, other } = draft.taskCols;
  if (total !== undefined && total >= from && isMoneyCell(cells[total]))
    return [total, fiscal ?? total + 1, other ?? total + 2];
  const first = cells.findIndex((cell, i) => i >= from && isMoneyCell(cell));
  return first < 0 ? null : [first, first + 1, first + 2];
}

export function readTaskRow(draft: Draft, cells: string[], complain: Complain): void {
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
export function readTasksTotal(draft: Draft, cells: string[], complain: Complain): void {
  const amounts = amountColumns(draft, cells, 0);
  draft.tasksTotal = amounts ? funding(cells, amounts, complain) : { total: null, fiscal: null, other: null };
  const leftover = amounts ? texts(cells.slice(amounts[2] + 1)) : texts(cells);
  if (leftover.length > 0) complain(`合计行多出的内容“${excerpt(leftover)}”无法归入任何一栏，未导入`);
  draft.section = 'tasks';
}
