import type { TableKind } from '../../domain/document.js';
import { after, excerpt, isMoneyCell, isValueLike, moneyCell, texts, type Complain } from './cells.js';
import { draftKind, type TableDraft, type Section } from './draft.js';
import {
  fundKind,
  hasFundRowLabel,
  readFundRow,
  readOverallGoals,
  readScoreTotal,
  readSelfGoalsRow,
} from './funds.js';
import { readGoalRow } from './goals.js';
import { gridColumns, isGridHeader, readIndicatorRow } from './indicators.js';
import {
  cellText,
  fieldLabel,
  findYear,
  isBlank,
  organisationName,
  shortText,
  type FieldLabel,
} from './labels.js';
import { levelKind } from './levels.js';
import { readPlanRow } from './plan.js';
import { readTaskRow, readTasksTotal } from './tasks.js';

/**
 * Labelled fields ("项目编码 | 2025XX0001 | 项目名称 | …"; "预算规模及资金用途 | 预算数 | 80.00 | …")
 * and section labels that hand the rest of their row to the section (年度主要任务, 合计, 资金支出计划…).
 * A row without a label continues the section in force (a merged label cell is empty).
 */

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
  headerNote: 'header',
};

/** Reads a row that has at least one label; returns false when it has none. */
export function readLabelledRow(
  draft: TableDraft,
  cells: string[],
  kind: TableKind,
  complain: Complain,
): boolean {
  const labels = cells.map(fieldLabel);
  const first = labels.findIndex((label) => label !== null);
  if (first < 0) return false;
  if (texts(cells.slice(0, first)).length > 0)
    complain(`“${excerpt(cells.slice(0, first))}”不在任何栏目下，未导入`);
  draft.pending = null;
  draft.pendingColumns = null;
  if (labelsOnly(cells, labels)) {
    draft.pendingColumns = new Map(labels.flatMap((label, i) => (label ? [[i, label] as const] : [])));
    draft.section = SECTION_OF[labels[first]!] ?? draft.section;
    return true;
  }
  let current: FieldLabel | null = null;
  let currentText = '';
  let values: string[] = [];
  let cellsAfter = 0;
  for (let i = first; i < cells.length; i++) {
    const label = labels[i];
    if (label === null) {
      cellsAfter++;
      if (!isBlank(cells[i])) values.push(cells[i]);
      continue;
    }
    if (current) setField(draft, current, values, complain, cellsAfter > 0, currentText);
    current = null;
    currentText = shortText(cells[i]);
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
        if (draft.section === 'indicators' || kind === 'self-evaluation')
          readScoreTotal(draft, rest, complain);
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
        else if (
          !draft.grid &&
          texts(rest).length > 0 &&
          !texts(rest).some((c) => levelKind(c) || isValueLike(c))
        )
          draft.tableNotes.push(`${shortText(cells[i])}：${joined(rest)}`); // "绩效指标 | 保障绩效目标实现措施"
        else if (texts(rest).length > 0) readIndicatorRow(draft, rest, kind, complain);
        return true;
      case 'plan':
        draft.section = 'plan';
        readPlanRow(draft, rest, complain);
        return true;
      case 'funds':
        draft.section = 'funds';
        if (texts(rest).length > 1 && texts(rest).every((c) => fundKind(c)))
          draft.pendingFunds = cells.map((c, k) => (k > i && fundKind(c) ? shortText(c) : ''));
        else if (fundKind(cells[i])) readFundRow(draft, cells.slice(i), complain, kind);
        else if (hasFundRowLabel(rest)) readFundRow(draft, rest, complain, kind);
        else if (texts(rest).length > 0) draft.tableNotes.push(`${shortText(cells[i])}：${joined(rest)}`);
        return true;

      default:
        current = label;
    }
  }
  if (current) setField(draft, current, values, complain, cellsAfter > 0, currentText);
  return true;
}

const joined = (cells: string[]) => texts(cells).map(cellText).join(' | ');

/** Whether a row names two or more fields and nothing else: a header over a row of values. */
function labelsOnly(cells: string[], labels: Array<FieldLabel | null>): boolean {
  const filled = cells.map((cell, i) => [cell, labels[i]] as const).filter(([cell]) => !isBlank(cell));
  return (
    filled.length >= 2 &&
    filled.every(
      ([, label]) =>
        label !== null && SECTION_OF[label] !== undefined && label !== 'goals' && label !== 'purpose',
    )
  );
}

/**
 * A labelled field with the filled cells that followed its label. A label that ends its row (or
 * stands alone as a paragraph) takes its value from the next line; one followed by blank cells is blank.
 */
function setField(
  draft: TableDraft,
  label: FieldLabel,
  values: string[],
  complain: Complain,
  cellsAfter = true,
  labelText = '',
): void {
  draft.section = SECTION_OF[label] ?? draft.section;
  draft.pending = null;
  if (values.length === 0) {
    if (!cellsAfter) {
      draft.pending = label;
      draft.pendingText = labelText;
    }
    return;
  }
  const [value, ...extra] = values;
  const money = (what: string) =>
    moneyCell(value, (e) => complain(`${what}：${e}（按空白读入）`), draft.moneyUnit);
  switch (label) {
    case 'headerNote':
      draft.tableNotes.push(`${labelText}：${values.map(cellText).join(' | ')}`);
      return;
    case 'purpose':
      draft.purpose.push(...values.map(cellText));
      return;
    case 'goals':
      draft.goals.push(...values.map(cellText));
      return;
    case 'code':
    case 'projectName':
      draft[label] = shortText(value);
      break;
    case 'unitName':
    case 'department':
    case 'implementer':
      draft[label] = organisationName(value);
      break;
    case 'year':
      draft.year = findYear(`${cellText(value)}年`) ?? draft.year;
      break;
    case 'budgetTotal':
    case 'budgetFiscal':
    case 'budgetOther':
      if (draftKind(draft) === 'department') {
        // A department table has no budget fields: its 资金总额 / 项目支出 / 基本支出 are kept as notes.
        draft.tableNotes.push(`${labelText}：${values.map(cellText).join(' | ')}`);
        return;
      }
      if (label === 'budgetTotal') draft.budget.total = money('预算数');
      else if (label === 'budgetFiscal') draft.budget.fiscal = money('财政资金');
      else draft.budget.other = money('其他资金');
      break;
    default:
      extra.unshift(value);
  }
  if (extra.length > 0) complain(`“${excerpt(extra)}”无法归入任何一栏，未导入`);
}

/**
 * A row of amounts under a row of money labels, as label | amount pairs: column by column when the
 * amounts stand under their labels, else in order when there are as many amounts as labels.
 */
function pairFundLabels(labels: string[], cells: string[]): string[] | null {
  const at = labels.flatMap((label, k) => (label ? [k] : []));
  const filled = texts(cells);
  if (filled.length === 0 || !filled.every((cell) => isMoneyCell(cell))) return null;
  if (at.every((k) => isBlank(cells[k]) || isMoneyCell(cells[k])) && at.some((k) => !isBlank(cells[k])))
    return at.flatMap((k) => (isBlank(cells[k]) ? [] : [labels[k], cells[k]]));
  return filled.length === at.length ? at.flatMap((k, n) => [labels[k], filled[n]]) : null;
}

/** A row without a label: the value of a pending label, or more of the section in force. */
export function readContinuation(
  draft: TableDraft,
  cells: string[],
  kind: TableKind,
  complain: Complain,
): void {
  const filled = texts(cells);
  if (filled.length === 0) return;
  if (draft.pending) {
    const pending = draft.pending;
    draft.pending = null;
    // A label left empty ("主管部门" with nothing after it) never takes an amount or a second row's label.
    if (!(NAME_FIELDS.has(pending) && filled.some((cell) => isMoneyCell(cell)))) {
      setField(draft, pending, filled, complain, true, draft.pendingText);
      return;
    }
  }
  const labels = draft.pendingFunds;
  draft.pendingFunds = null;
  const paired = labels && pairFundLabels(labels, cells);
  if (paired) return readFundRow(draft, paired, complain, kind);
  const columns = draft.pendingColumns;
  if (columns) {
    draft.pendingColumns = null;
    for (const [i, label] of columns) setField(draft, label, isBlank(cells[i]) ? [] : [cells[i]], complain);
    const stray = cells.filter((cell, i) => !columns.has(i) && !isBlank(cell));
    if (stray.length > 0) complain(`“${excerpt(stray)}”无法归入任何一栏，未导入`);
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
      return readFundRow(draft, cells, complain, kind);
    case 'selfGoals':
      return readSelfGoalsRow(draft, cells);
    case 'indicators':
      return readIndicatorRow(draft, cells, kind, complain);
    case 'goalsGrid':
      return readGoalRow(draft, cells, kind);
    case 'notes': {
      // "label | text" (a note written back as two cells) is "label：text" again.
      const [label, ...rest] = filled.map(cellText);
      const short = rest.length === 1 && label!.length <= 12 && !label!.includes('\n');
      draft.tableNotes.push(short ? `${label}：${rest[0]}` : [label, ...rest].join(' | '));
      return;
    }
    case 'unit':
      if (draft.unitName === '' && !filled.some((cell) => isMoneyCell(cell))) {
        draft.unitName = shortText(filled[0]);
        if (filled.length > 1) complain(`“${excerpt(filled.slice(1))}”无法归入任何一栏，未导入`);
        return;
      }
      break;
    default:
  }
  if (readUnknownField(draft, cells)) return;
  complain(`“${excerpt(cells)}”无法归入表格的任何一栏，未导入`);
}

const NAME_FIELDS = new Set<FieldLabel>(['unitName', 'code', 'projectName', 'department', 'implementer']);

/**
 * A labelled row of the header block that no table has a field for ("项目类别 | 本级支出项目",
 * "2.项目实施内容及过程概述 | …"): kept as a note "label：value" so nothing is lost. Only before the
 * indicators, and only when the first cell reads as a label (short, not a number, not a sentence).
 */
function readUnknownField(draft: TableDraft, cells: string[]): boolean {
  if (draft.indicators.length > 0) return false;
  const filled = texts(cells);
  if (filled.length < 2) return false;
  const label = cellText(filled[0]);
  if (label.length > 24 || /[。；;]/.test(label) || isMoneyCell(label) || !/[\u4e00-\u9fa5]/.test(label))
    return false;
  draft.tableNotes.push(`${shortText(label)}：${filled.slice(1).map(cellText).join(' | ')}`);
  return true;
}
