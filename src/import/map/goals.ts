import type { TableKind } from '../../domain/document.js';
import type { TableDraft } from './draft.js';
import { cellText, isBlank, labelKey } from './labels.js';

/**
 * Goals written as a small grid: a header row naming the goal columns ("总体目标 | 中期目标 | 年度目标",
 * "项目绩效目标 | 项目总目标 | 年度总体目标", "年度总体目标 | 年初设定目标 | 全年实际完成情况") and the
 * texts under it. The annual goal is the table's goal (a self-evaluation's 预期目标), what was done is
 * its 实际完成情况, and a long-term goal is kept as a note: nothing is dropped.
 */
export type GoalKind = 'annual' | 'long' | 'actual';

export interface GoalColumn {
  index: number;
  kind: GoalKind;
  label: string;
}

/** The words of goal columns, by what they hold. */
const GOAL_COLUMN_WORDS: Record<GoalKind, string[]> = {
  annual: [
    '年度目标',
    '年度总体目标',
    '项目年度目标',
    '年初设定目标',
    '预期目标',
    '年度绩效目标',
    '当年目标',
    '本年目标',
    '年度预期目标',
  ],
  long: ['中期目标', '长期目标', '项目总目标', '总目标', '中长期目标', '实施期目标', '整体目标'],
  actual: [
    '全年实际完成情况',
    '年度目标完成情况',
    '实际完成情况',
    '年度总体目标完成情况',
    '目标完成情况',
    '项目年度目标完成情况',
    '完成情况',
    '实际完成',
  ],
};

/** Labels of the goals block itself, left of its columns. */
const GOAL_SECTION_WORDS = new Set([
  '总体目标',
  '年度总体目标',
  '项目绩效目标',
  '绩效目标',
  '项目基本情况',
  '目标',
  '年度绩效目标',
]);

const KIND_OF = new Map<string, GoalKind>();
for (const [kind, words] of Object.entries(GOAL_COLUMN_WORDS) as Array<[GoalKind, string[]]>) {
  for (const word of words) KIND_OF.set(word, kind);
}

/** A label's key without its numbering ("1.项目年度目标完成情况" → 项目年度目标完成情况). */
function goalKey(cell: string): string {
  if (cell.length > 40) return '';
  return labelKey(cell)
    .replace(/^(\d+|[一二三四五六七八九十]+)[、.．]/, '')
    .replace(/（(文字|万元)）$/, '');
}

/** Whether a cell names a goal column or the goals block ("中期目标", "项目基本情况"). */
export function isGoalWord(cell: string): boolean {
  const key = goalKey(cell);
  return KIND_OF.has(key) || GOAL_SECTION_WORDS.has(key);
}

/** A one-character remnant of a vertical label ("总" for 总体目标): furniture, not content. */
export function isRemnant(cell: string): boolean {
  return cell.length <= 8 && /^[\u4e00-\u9fa5]$/.test(labelKey(cell));
}

/**
 * The goal columns a row names, or null when it is not a goals header: every filled cell is a goal
 * word (or a one-character remnant), and at least one column follows the block's own label.
 */
export function goalHeader(cells: string[]): GoalColumn[] | null {
  const filled = cells
    .map((cell, index) => ({ cell, index }))
    .filter(({ cell }) => !isBlank(cell) && !isRemnant(cell));
  if (filled.length === 0) return null;
  const columns: GoalColumn[] = [];
  for (const [k, { cell, index }] of filled.entries()) {
    const key = goalKey(cell);
    const kind = KIND_OF.get(key);
    const section = GOAL_SECTION_WORDS.has(key);
    if (!kind && !section) return null;
    // The first of several cells is the block's label when it is one (总体目标 | 年度目标); a numbered
    // cell ("1.项目年度目标完成情况") labels a part of the block, not a column.
    if (
      (k === 0 && filled.length > 1 && section) ||
      /^(\d+|[一二三四五六七八九十]+)[、.．]/.test(cell.trim())
    )
      continue;
    if (kind) columns.push({ index, kind, label: cellText(cell) });
    else if (k > 0) return null;
  }
  if (columns.length === 0) return null;
  // A lone goal word is a header only when something marked it as one (a remnant before it).
  if (filled.length === 1 && cells.filter((cell) => !isBlank(cell)).length === 1) return null;
  return columns;
}

/** A row under a goals header: each text to its column, by place when the places fit, else in order. */
export function readGoalRow(draft: TableDraft, cells: string[], kind: TableKind): void {
  const columns = draft.goalGrid ?? [];
  const filled = cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => !isBlank(cell));
  const byPlace = filled.every(({ index }) => columns.some((c) => c.index === index));
  const selfEval = kind === 'self-evaluation' || kind === 'department-self-evaluation';
  const first = cellText(filled[0]?.cell ?? '');
  if (!byPlace && filled.length >= 2 && first.length <= 24 && !/[。；;，,]/.test(first)) {
    // "2.项目实施内容及过程概述 | …": another labelled part of the block, kept as a note.
    draft.tableNotes.push(
      `${first}：${filled
        .slice(1)
        .map(({ cell }) => cellText(cell))
        .join(' | ')}`,
    );
    return;
  }
  filled.forEach(({ cell, index }, k) => {
    const column = byPlace ? columns.find((c) => c.index === index) : columns[k];
    const text = cellText(cell);
    if (!column) {
      draft.tableNotes.push(text);
      return;
    }
    if (column.kind === 'annual') (selfEval ? draft.goalsExpected : draft.goals).push(text);
    else if (column.kind === 'actual' && selfEval) draft.goalsActual.push(text);
    else draft.tableNotes.push(`${column.label}：${text}`);
  });
}
