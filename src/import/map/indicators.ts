import type { TableKind } from '../../domain/document.js';
import { excerpt, isValueLike, numberCell, type Complain } from './cells.js';
import type { Draft, GridColumns, GridField, RawIndicator } from './draft.js';
import { cellText, fieldLabel, isBlank, labelKey, shortText } from './labels.js';
import { levelKind, levelText, looksLikeLevel, parentLevel, standardLevel1 } from './levels.js';

/**
 * The indicator grid. A row is read by the columns of the grid's header when its cells stand in
 * them (Word/Excel grids, cell-per-line text); otherwise (row-per-line text, where merged cells
 * are left out and the rest shift left) by what the cells are: 一级/二级 names from the
 * vocabulary, then 三级 / 描述 / 指标值 / 依据 in order.
 */

const HEADER_FIELDS: Array<[RegExp, GridField | 'level1' | 'level2']> = [
  [/^一级指标$/, 'level1'],
  [/^二级指标$/, 'level2'],
  [/^(三级指标|三级指标名称|指标名称)$/, 'name'],
  [/^(绩效指标描述|指标描述|指标解释|指标内容|指标说明)$/, 'description'],
  [/^(指标值|年度指标值|目标值|年度目标值|预期指标值|指标值（目标值）)$/, 'value'],
  [/^(指标值确定依据|确定依据|指标值设定依据|指标值依据|依据)$/, 'basis'],
  [/^(实际完成值|实际值|实际完成情况|全年实际值|完成值|全年实际完成值)$/, 'actual'],
  [/^(分值|权重|指标分值|权重（分）)$/, 'weight'],
  [/^(得分|评分|指标得分)$/, 'score'],
  [/^偏差原因/, 'reason'],
];

function headerField(cell: string): GridField | 'level1' | 'level2' | null {
  if (cell.length > 40) return null;
  const key = labelKey(cell);
  for (const [pattern, field] of HEADER_FIELDS) if (pattern.test(key)) return field;
  return null;
}

export function isGridHeader(cells: string[]): boolean {
  const fields = new Set(cells.map(headerField));
  return fields.has('level1') || (fields.has('name') && fields.has('value'));
}

export function gridColumns(cells: string[]): GridColumns {
  const grid: GridColumns = { fields: {}, width: cells.length };
  cells.forEach((cell, index) => {
    const field = headerField(cell);
    if (field === 'level1' || field === 'level2') grid[field] ??= index;
    else if (field) grid.fields[field] ??= index;
  });
  return grid;
}

const DEFAULT_FIELDS: Record<TableKind, GridField[]> = {
  department: ['name', 'value'],
  project: ['name', 'description', 'value', 'basis'],
  'self-evaluation': ['name', 'value', 'actual', 'weight', 'score', 'reason'],
  'department-self-evaluation': ['name', 'value', 'actual', 'weight', 'score', 'reason'],
};

function fieldOrder(grid: GridColumns | undefined, kind: TableKind): GridField[] {
  if (!grid || Object.keys(grid.fields).length === 0) return DEFAULT_FIELDS[kind];
  return (Object.entries(grid.fields) as Array<[GridField, number]>)
    .sort((a, b) => a[1] - b[1])
    .map(([field]) => field);
}

/** Whether every non-blank cell stands in the header's column for what it is. */
function aligned(cells: string[], grid: GridColumns): boolean {
  const fieldColumns = new Set(Object.values(grid.fields));
  if (!fieldColumns.has(grid.fields.name ?? -1)) return false;
  for (const [index, cell] of cells.entries()) {
    if (isBlank(cell)) continue;
    const kind = levelKind(cell);
    if (index === grid.level1 || index === grid.level2) {
      if (!looksLikeLevel(cell)) return false;
      if (kind && index === grid.level1 && !kind.level1) return false;
      if (kind && index === grid.level2 && !kind.level2) return false;
    } else if (fieldColumns.has(index)) {
      if (kind) return false;
    } else return false;
  }
  // A row-per-line row whose empty 描述 cell was left out has its 指标值 in the 描述 column.
  const { description, value } = grid.fields;
  if (
    description !== undefined &&
    value !== undefined &&
    isValueLike(cells[description]) &&
    !isValueLike(cells[value])
  )
    return false;
  return true;
}

interface RowParts {
  level1: string | null;
  level2: string | null;
  fields: Partial<Record<GridField, string>>;
  extras: string[];
}

function byColumns(cells: string[], grid: GridColumns): RowParts {
  const at = (index: number | undefined) =>
    index === undefined || isBlank(cells[index]) ? null : cells[index];
  const fields: Partial<Record<GridField, string>> = {};
  for (const [field, index] of Object.entries(grid.fields) as Array<[GridField, number]>)
    fields[field] = cells[index] ?? '';
  return { level1: at(grid.level1), level2: at(grid.level2), fields, extras: [] };
}

function byContent(cells: string[], order: GridField[], level: Draft['level']): RowParts {
  const texts = cells.filter((cell) => !isBlank(cell));
  const levels: string[] = [];
  while (levels.length < 2 && texts.length > 0 && levelKind(texts[0])) levels.push(texts.shift()!);
  let level1: string | null = null;
  let level2: string | null = null;
  if (levels.length === 2) [level1, level2] = levels;
  else if (levels.length === 1) {
    const kind = levelKind(levels[0])!;
    const asLevel2 = parentLevel(levelText(levels[0]));
    const underCurrent =
      asLevel2 !== null && level.level1 !== '' && standardLevel1(level.level1) === asLevel2;
    if (kind.level2 && (!kind.level1 || underCurrent)) level2 = levels[0];
    else level1 = levels[0];
  }
  return { level1, level2, ...assign(texts, order) };
}

/** Cells to fields in order; when some are missing, a value-looking cell decides what is left out. */
function assign(texts: string[], order: GridField[]): Pick<RowParts, 'fields' | 'extras'> {
  const fields: Partial<Record<GridField, string>> = {};
  if (texts.length >= order.length) {
    order.forEach((field, i) => (fields[field] = texts[i]));
    return { fields, extras: texts.slice(order.length) };
  }
  const [first, ...rest] = texts;
  if (first !== undefined) fields[order[0]] = first;
  let fieldsLeft = order.slice(1);
  if (fieldsLeft[0] === 'description' && fieldsLeft.includes('value') && rest.length < fieldsLeft.length) {
    // 三级 | 描述 | 指标值 | 依据 with one or two cells missing: the 指标值 is the value-looking one.
    const valueAt = rest.length === 1 ? 0 : isValueLike(rest[0]) && !isValueLike(rest[1]) ? 0 : 1;
    fieldsLeft = valueAt === 0 ? ['value', 'basis'] : ['description', 'value', 'basis'];
  }
  rest.forEach((text, i) => (fields[fieldsLeft[i]] = text));
  return { fields, extras: [] };
}

/** Sets the 一级 / 二级 in force; a 二级 without its 一级 brings its standard 一级 ("社会效益指标" → 效益指标). */
function applyLevels(draft: Draft, level1: string | null, level2: string | null): void {
  if (level1 !== null) {
    draft.level.level1 = levelText(level1);
    if (level2 === null) draft.level.level2 = '';
  }
  if (level2 !== null) {
    draft.level.level2 = levelText(level2);
    const parent = parentLevel(draft.level.level2);
    if (level1 === null && parent && standardLevel1(draft.level.level1) !== parent)
      draft.level.level1 = parent;
  }
}

/** A 一级 or 二级 name standing alone on a line inside the grid (bazhou's "产出指标"): sets what follows. */
export function readLevelLine(draft: Draft, text: string): boolean {
  const kind = levelKind(text);
  if (!kind) return false;
  const parts = byContent([text], [], draft.level);
  applyLevels(draft, parts.level1, parts.level2);
  return true;
}

const PLACEHOLDER_NAME = /^(…+|\.{2,}|、+|-+|—+)$/;

/** Reads one row of the grid into the draft: updates the 一级/二级 in force and adds the indicator. */
export function readIndicatorRow(draft: Draft, row: string[], kind: TableKind, complain: Complain): void {
  const cells = row.map((cell) => (fieldLabel(cell) === 'indicatorsSection' ? '' : cell));
  const parts =
    draft.grid && aligned(cells, draft.grid)
      ? byColumns(cells, draft.grid)
      : byContent(cells, fieldOrder(draft.grid, kind), draft.level);
  if (parts.extras.length > 0) complain(`多出的内容“${excerpt(parts.extras)}”无法归入指标的任何一列，未导入`);

  applyLevels(draft, parts.level1, parts.level2);

  const f = parts.fields;
  const indicator: RawIndicator = {
    level1: draft.level.level1,
    level2: draft.level.level2,
    name: shortText(f.name ?? ''),
    description: cellText(f.description ?? ''),
    value: shortText(f.value ?? ''),
    basis: shortText(f.basis ?? ''),
    actual: shortText(f.actual ?? ''),
    weight: numberCell(f.weight, complain, '分值'),
    score: numberCell(f.score, complain, '得分'),
    reason: cellText(f.reason ?? ''),
    levelOnly: false,
  };
  const empty =
    !indicator.name &&
    !indicator.description &&
    !indicator.value &&
    !indicator.basis &&
    !indicator.actual &&
    !indicator.reason &&
    indicator.weight === null &&
    indicator.score === null;
  if (empty) {
    // A row naming only a 二级 is a template leftover (kaifu's empty 经济/生态/可持续 rows); a row with
    // only a 一级, or nothing, just sets what the next rows are under.
    if (parts.level2 !== null) draft.indicators.push({ ...indicator, levelOnly: true });
    return;
  }
  const last = draft.indicators.at(-1);
  if (last?.levelOnly && last.level2 === indicator.level2 && !PLACEHOLDER_NAME.test(indicator.name)) {
    draft.indicators.pop(); // the 二级 row was a heading of the rows that follow it
  }
  draft.indicators.push(indicator);
}

/**
 * Cell-per-line text sometimes breaks one grid row in two at a blank line (kaifu's 社会效益 row):
 * the second part has no 一级/二级 names, starts with a filled cell and makes up the header's width.
 */
export function isSplitRow(
  grid: GridColumns | undefined,
  row: string[],
  next: string[] | undefined,
): boolean {
  if (!grid || !next || row.length >= grid.width || row.length + next.length !== grid.width) return false;
  if (next.length < 2 || isBlank(next[0]) || isBlank(row.at(-1))) return false;
  return !next.some((cell) => levelKind(cell)) && !isGridHeader(next);
}

/** Whether a table that follows a finished grid goes on with it (bazhou's grid continues after a break). */
export function continuesGrid(row: string[]): boolean {
  if (isGridHeader(row) || row.some((cell) => levelKind(cell))) return true;
  if (row.some((cell) => ['total', 'scoreTotal'].includes(fieldLabel(cell) ?? ''))) return true;
  const filled = row.filter((cell) => !isBlank(cell));
  return filled.length >= 2 && filled.length <= 8 && isValueLike(filled.at(-1));
}
