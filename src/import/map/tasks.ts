import type { Funding } from '../../domain/document.js';
import { after, excerpt, isMoneyCell, moneyCell, texts, type Complain } from './cells.js';
import type { TableDraft } from './draft.js';
import { fundKind } from './funds.js';
import { cellText, fieldLabel, isBlank, labelKey, shortText } from './labels.js';

/**
 * 年度主要任务 of a department table: the header ("任务名称 | 主要内容 | 预算金额" over "总额 |
 * 财政拨款 | 其他资金"), the task rows and their 合计 as written. Amounts are read from the
 * header's columns when a row fits them, otherwise from the first amount in the row.
 */

const TASK_NAME =
  /^(任务名称|年度目标任务|年度任务|重点任务|工作任务|履职任务|主要工作任务|年度主要工作任务)$/;
const TASK_CONTENT = /^(主要内容|任务内容|工作内容|部门职能|职能|支出项目名称|项目名称)$/;
const TASK_AMOUNT = /^(总额|预算金额|金额|预算数|资金总额|预算资金)$/;
const TASK_SPENT = /^(执行数|全年执行数|实际支出|支出数|预算执行数)$/;
const taskKey = (cell: string) => {
  if (cell.length > 40) return '';
  const key = labelKey(cell);
  return key.endsWith('）') ? key.replace(/（(万元|元)）$/, '') : key;
};

export function isTaskHeader(cells: string[]): boolean {
  const keys = cells.map(taskKey);
  return (
    keys.includes('任务名称') ||
    (keys.some((k) => TASK_NAME.test(k)) && keys.some((k) => TASK_AMOUNT.test(k)))
  );
}

/** The second row of a task header: a total and a part by source ("总额 | 财政拨款 | 其他资金", "合计 | 财政拨款 | 其他"). */
export function isAmountHeader(cells: string[]): boolean {
  if (cells.some((cell) => isMoneyCell(cell))) return false;
  const kinds = cells.map((cell) => fundKind(cell)?.kind);
  return kinds.includes('total') && (kinds.includes('fiscal') || kinds.includes('other'));
}

/** Columns of the task header ("任务名称 | 主要内容 | 预算金额") and its second row ("总额 | 财政拨款 | 其他资金"). */
export function readTaskHeader(draft: TableDraft, cells: string[]): void {
  cells.forEach((cell, index) => {
    const key = taskKey(cell);
    if (TASK_NAME.test(key)) draft.taskCols.name = index;
    else if (TASK_CONTENT.test(key)) draft.taskCols.content ??= index;
    else if (TASK_AMOUNT.test(key)) draft.taskCols.total = index;
    else if (TASK_SPENT.test(key)) draft.taskCols.spent = index;
    else {
      const kind = fundKind(cell)?.kind;
      if (kind === 'total') draft.taskCols.total = index;
      else if (kind === 'fiscal') draft.taskCols.fiscal = index;
      else if (kind === 'other') draft.taskCols.other = index;
    }
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
function amountColumns(draft: TableDraft, cells: string[], from: number): [number, number, number] | null {
  const { total, fiscal, other } = draft.taskCols;
  if (total !== undefined && total >= from && isMoneyCell(cells[total]))
    return [total, fiscal ?? total + 1, other ?? total + 2];
  const first = cells.findIndex((cell, i) => i >= from && isMoneyCell(cell));
  return first < 0 ? null : [first, first + 1, first + 2];
}

export function readTaskRow(draft: TableDraft, cells: string[], complain: Complain): void {
  const totalAt = cells.findIndex((cell) => fieldLabel(cell) === 'total');
  if (totalAt >= 0) return readTasksTotal(draft, after(cells, totalAt), complain);
  if (texts(cells).length === 0) return;
  const firstText = cells.findIndex((cell) => !isBlank(cell) && !isMoneyCell(cell));
  const amounts = amountColumns(draft, cells, Math.max(firstText, 0));
  const end = amounts ? amounts[0] : cells.length;
  let words = texts(cells.slice(0, end));
  const leftover = amounts ? texts(cells.slice(amounts[2] + 1)) : [];
  if (leftover.length > 0) complain(`任务行多出的内容“${excerpt(leftover)}”无法归入任何一栏，未导入`);
  // The name column when the row stands in the header's columns; the first words otherwise.
  const nameAt = draft.taskCols.name;
  if (nameAt !== undefined && nameAt < end && !isBlank(cells[nameAt]))
    words = [cells[nameAt], ...texts(cells.slice(0, end).filter((_, i) => i !== nameAt))];
  const spentAt = draft.taskCols.spent;
  const read = (i: number | undefined, what: string) =>
    i === undefined ? null : moneyCell(cells[i], (e) => complain(`${what}：${e}（按空白读入）`));
  draft.tasks.push({
    name: shortText(words[0] ?? ''),
    content: words.slice(1).map(cellText).join('\n'),
    // A whole-unit self-evaluation's tasks have 预算数 | 执行数 instead of 总额 | 财政拨款 | 其他资金.
    funding:
      spentAt !== undefined
        ? { total: read(draft.taskCols.total, '预算数'), fiscal: null, other: null }
        : amounts
          ? funding(cells, amounts, complain)
          : { total: null, fiscal: null, other: null },
  });
  draft.taskSpent[draft.tasks.length - 1] = read(spentAt, '执行数');
}

/** The 合计 row, as written (the sum is the rules' business). */
export function readTasksTotal(draft: TableDraft, cells: string[], complain: Complain): void {
  const amounts = amountColumns(draft, cells, 0);
  draft.tasksTotal = amounts ? funding(cells, amounts, complain) : { total: null, fiscal: null, other: null };
  const leftover = amounts ? texts(cells.slice(amounts[2] + 1)) : texts(cells);
  if (leftover.length > 0) complain(`合计行多出的内容“${excerpt(leftover)}”无法归入任何一栏，未导入`);
  draft.section = 'tasks';
}
