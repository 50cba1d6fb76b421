import { readHeaderCell } from './columns.js';
import { fundHeaderField, fundKind } from './funds.js';
import { isGoalWord, isRemnant } from './goals.js';
import {
  fieldLabel,
  isSignatureCell,
  isUnitNote,
  labelKey,
  noteLabel,
  planMonth,
  titleKind,
  yearLine,
} from './labels.js';
import { levelKind, levelPair } from './levels.js';
import { isAmountHeader, isTaskHeader } from './tasks.js';

/**
 * Whether a cell is one of the words the mapper reads a table by (a field or column label, a 一级/二级
 * name, a money label, a goal column, a unit marker, a title): such a cell becomes the table's
 * structure, not its content. Used to check that every other cell ends up in the document.
 */
export function isVocabulary(cell: string): boolean {
  const text = cell.trim().replace(/[：:]$/, '');
  return (
    fieldLabel(text) !== null ||
    readHeaderCell(text).role !== null ||
    levelKind(text) !== null ||
    levelPair(text) !== null ||
    fundKind(text) !== null ||
    isGoalWord(text) ||
    noteLabel(text) !== null ||
    isUnitNote(text) ||
    isTaskHeader([text, '金额']) ||
    isAmountHeader([text, '财政拨款']) ||
    fundHeaderField(text) !== null ||
    planMonth(text) !== null ||
    /^(预期目标|实际完成(情况|值)?|任务名称|主要内容)$/.test(labelKey(text)) ||
    isRemnant(text) ||
    isSignatureCell(text) ||
    titleKind(text) !== null ||
    yearLine(text) !== null
  );
}
