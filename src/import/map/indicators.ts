import type { TableKind } from '../../domain/document.js';
import { excerpt, isValueLike, numberCell, type Complain } from './cells.js';
import { isHeaderRow, readHeaderCell, type ColumnRole } from './columns.js';
import type { TableDraft, GridColumns, GridField, RawIndicator } from './draft.js';
import { cellText, fieldLabel, isBlank, labelKey, shortText } from './labels.js';
import { levelKind, levelPair, levelText, looksLikeLevel, parentLevel, standardLevel1 } from './levels.js';

/**
 * The indicator grid. Columns are known by what their headers say (columns.ts); a row is read by
 * those columns when its cells stand in them (Word/Excel grids, text with merged cells kept as
 * empty cells), otherwise (row-per-line text where merged cells were left out and the rest
 * shifted left) by what the cells are: 一级/二级 names from the vocabulary, then the other
 * columns in the header's order. A 指标值 split over 指标性质 | 指标值 | 度量单位 is joined into one.
 */

const FIELD_ROLES = new Set<ColumnRole>([
  'name',
  'description',
  'value',
  'basis',
  'actual',
  'weight',
  'score',
  'reason',
]);

export function isGridHeader(cells: string[]): boolean {
  return isHeaderRow(cells);
}

/**
 * A second header row under the first ("指标值" over "2021年实际实现值 | 预期2022年实现值", or
 * "长期 | 年度"): every filled cell names a column, a period or a year, and none is data.
 */
export function isSubHeader(cells: string[]): boolean {
  const filled = cells.filter((cell) => !isBlank(cell));
  if (filled.length === 0) return false;
  return filled.every((cell) => {
    if (levelKind(cell)) return false;
    const key = labelKey(cell);
    return (
      readHeaderCell(cell).role !== null ||
      /^(长期|中期|年度|当年|本年|近期|远期|定量|定性|文字|文字描述|数字)$/.test(key) ||
      /^((19|20)\d{2})年?(度)?$/.test(key)
    );
  });
}

/**
 * The header cells of a two-row header. In text, a header cell merged across columns is one cell,
 * so the first row is shorter than the second: it is widened under each group of sub-headers.
 */
function mergeHeaders(top: string[], sub: string[]): string[] {
  const widened = [...top];
  let spare = Math.max(0, sub.length - top.length);
  for (let i = 0; i < sub.length && spare > 0; i++) {
    if (isBlank(sub[i]) || isBlank(widened[i])) continue;
    let end = i;
    while (end + 1 < sub.length && !isBlank(sub[end + 1])) end++;
    const add = Math.min(spare, end - i);
    if (add > 0) {
      widened.splice(i + 1, 0, ...Array<string>(add).fill(''));
      spare -= add;
    }
    i = end;
  }
  const width = Math.max(widened.length, sub.length);
  const merged: string[] = [];
  let parent = '';
  for (let i = 0; i < width; i++) {
    const above = widened[i] ?? '';
    if (!isBlank(above)) parent = above;
    const below = sub[i] ?? '';
    if (isBlank(below)) merged.push(above);
    else if (readHeaderCell(below).role !== null) merged.push(below);
    else merged.push(`${cellText(parent)}（${cellText(below)}）`);
  }
  return merged;
}

/** The grid's columns from its header row (and the second header row under it, if any). */
export function gridColumns(top: string[], sub?: string[]): GridColumns {
  const headers = sub ? mergeHeaders(top, sub) : [...top];
  const cells = headers.map(readHeaderCell);
  const firstLevel = cells.findIndex((c) => c.role === 'level1' || c.role === 'level2');
  const has = (role: ColumnRole) => cells.some((c) => c.role === role);
  const roles: Array<ColumnRole | null> = cells.map((c, i) => {
    // "绩效指标" right of the level columns names the 三级 column; on the left it labels the grid.
    if (c.role === 'section') return firstLevel >= 0 && i > firstLevel && !has('name') ? 'name' : 'section';
    if (c.role === 'value-or-basis') return has('value') ? 'basis' : 'value';
    return c.role;
  });
  // One column per role: an annual copy over a long-term one, else the first; the rest are kept as extras.
  const main = new Map<ColumnRole, number>();
  roles.forEach((role, i) => {
    if (!role || role === 'section' || role === 'index') return;
    const prev = main.get(role);
    if (prev === undefined || (cells[prev].period === 'long' && cells[i].period !== 'long'))
      main.set(role, i);
  });
  const grid: GridColumns = {
    fields: {},
    roles: roles.map((role, i) =>
      role === 'section' || role === 'index' || main.get(role!) === i ? role : null,
    ),
    headers: headers.map((h) => shortText(h)),
    long: roles.map((role, i) => role !== null && main.get(role) !== i && cells[i].period === 'long'),
    alternates: roles.map((role, i) =>
      role !== null &&
      role !== 'section' &&
      role !== 'index' &&
      main.get(role) !== i &&
      cells[i].period !== 'long'
        ? role
        : null,
    ),
    longGrid: /长期|中期/.test(labelKey(headers.find((h, i) => roles[i] === 'section') ?? '')),
    width: headers.length,
  };
  grid.roles.forEach((role, i) => {
    if (role === 'level1' || role === 'level2') grid[role] ??= i;
    else if (role && FIELD_ROLES.has(role)) grid.fields[role as GridField] ??= i;
  });
  return grid;
}

const DEFAULT_ROLES: Record<TableKind, ColumnRole[]> = {
  department: ['name', 'value'],
  project: ['name', 'description', 'value', 'basis'],
  'self-evaluation': ['name', 'value', 'actual', 'weight', 'score', 'reason'],
  'department-self-evaluation': ['name', 'value', 'actual', 'weight', 'score', 'reason'],
};

/** What the row's cells are, in order, when they are read by content: the header's columns after 一级/二级. */
function roleOrder(grid: GridColumns | undefined, kind: TableKind): ColumnRole[] {
  if (!grid) return DEFAULT_ROLES[kind];
  const order = grid.roles.filter(
    (role): role is ColumnRole =>
      role !== null && !['level1', 'level2', 'section', 'index'].includes(role) && !isProjectRole(role),
  );
  if (order.length === 0) return DEFAULT_ROLES[kind];
  // Levels shifted one column right of their headers (一级 column holding 数量指标): the 三级 comes first.
  return order.includes('name') ? order : ['name', ...order];
}

/** A label in a column without a header: the grid's merged "绩效指标" label, nothing to read. */
function isGridLabel(cell: string): boolean {
  const role = readHeaderCell(cell).role;
  return fieldLabel(cell) === 'indicatorsSection' || role === 'section';
}

/** Whether every non-blank cell stands in the header's column for what it is. */
function aligned(cells: string[], grid: GridColumns): boolean {
  if (grid.fields.name === undefined) return false;
  // A full-width row with its 三级 in place may name its levels freely ("规划（15分）" in a scoring framework).
  const full = cells.length >= grid.width && !isBlank(cells[grid.fields.name]);
  for (const [index, cell] of cells.entries()) {
    if (isBlank(cell)) continue;
    const role = grid.roles[index] ?? null;
    const kind = levelKind(cell);
    if (index === grid.level1 || index === grid.level2) {
      if (!looksLikeLevel(cell) && !(full && isLevelLabel(cell))) return false;
      if (kind && index === grid.level1 && !kind.level1) return false;
      if (kind && index === grid.level2 && !kind.level2) return false;
    } else if (role === 'section' || role === 'index') {
      continue;
    } else if (role !== null || grid.long[index] || !isBlank(grid.headers[index])) {
      if (kind && role === 'name') return false;
    } else if (!isGridLabel(cell) && !kind) return false;
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

/** A short label that may name a level of a framework we do not know. */
function isLevelLabel(cell: string): boolean {
  const text = levelText(cell);
  return text.length > 0 && text.length <= 16 && !/[。；;，,]/.test(text) && !isValueLike(cell);
}

interface RowParts {
  level1: string | null;
  level2: string | null;
  /** Cell text by role. */
  roles: Partial<Record<ColumnRole, string>>;
  /** Cells kept as "header：text" (备注, 历史参考值, long-term copies, columns we do not know). */
  kept: string[];
  /** Cells beyond the header's columns. */
  extras: string[];
}

const PROJECT_ROLES = new Set<ColumnRole>(['project', 'code', 'amount', 'goal', 'implementer']);
const isProjectRole = (role: ColumnRole) => PROJECT_ROLES.has(role);
const KEPT_ROLES = new Set<ColumnRole>(['note', 'history', 'direction']);

function byColumns(cells: string[], grid: GridColumns): RowParts {
  const parts: RowParts = { level1: null, level2: null, roles: {}, kept: [], extras: [] };
  // The long-term (中期/长期) copy of the row, kept as one note.
  const long = cells
    .filter((cell, index) => grid.long[index] && !isBlank(cell))
    .map((cell) => shortText(cell));
  if (long.length > 0) parts.kept.push(`长期指标：${long.join(' | ')}`);
  const alternates: Array<[ColumnRole, string, string]> = [];
  for (const [index, cell] of cells.entries()) {
    if (isBlank(cell) || grid.long[index]) continue;
    const alternate = grid.alternates[index];
    if (alternate) {
      alternates.push([alternate, grid.headers[index] ?? '', cell]);
      continue;
    }
    const role = grid.roles[index] ?? null;
    const header = grid.headers[index] ?? '';
    const pair = parts.level1 === null && parts.level2 === null && role !== 'name' ? levelPair(cell) : null;
    if (pair) [parts.level1, parts.level2] = pair;
    else if (index === grid.level1) parts.level1 = cell;
    else if (index === grid.level2) parts.level2 = cell;
    else if (role === 'section' || role === 'index') continue;
    else if (role && isProjectRole(role)) continue;
    // A 指标方向 column that holds a comparator (≥, 不低于) is the 指标性质 of a split value.
    else if (role === 'direction' && isComparator(cell) && parts.roles.op === undefined)
      parts.roles.op = cell;
    else if (role && !KEPT_ROLES.has(role)) parts.roles[role] = cell;
    else if (role || grid.long[index] || !isBlank(header)) parts.kept.push(keptText(header, cell));
    else if (isGridLabel(cell)) continue;
    else {
      const kind = levelKind(cell);
      if (kind?.level1 && parts.level1 === null) parts.level1 = cell;
      else if (kind?.level2 && parts.level2 === null) parts.level2 = cell;
      else parts.extras.push(cell);
    }
  }
  // A second column of a role fills it where the first is empty (指标值 as 定量 | 定性); else it is kept.
  for (const [role, header, cell] of alternates) {
    if (parts.roles[role] === undefined && !KEPT_ROLES.has(role)) parts.roles[role] = cell;
    else parts.kept.push(keptText(header, cell));
  }
  return parts;
}

const keptText = (header: string, cell: string) =>
  isBlank(header) ? cellText(cell) : `${shortText(header)}：${cellText(cell)}`;

function byContent(cells: string[], order: ColumnRole[], level: TableDraft['level']): RowParts {
  const texts = cells.filter((cell) => !isBlank(cell) && !isGridLabel(cell));
  const levels: string[] = texts.length > 0 ? (levelPair(texts[0]) ?? []) : [];
  if (levels.length > 0) texts.shift();
  while (levels.length < 2 && texts.length > 0 && levelKind(texts[0])) levels.push(texts.shift()!);
  let level1: string | null = null;
  let level2: string | null = null;
  if (levels.length === 2) [level1, level2] = levels;
  else if (levels.length === 1) {
    const kind = levelKind(levels[0])!;
    const asLevel2 = parentLevel(levelText(levels[0]));
    const underCurrent =
      asLevel2 !== null && level.level1 !== '' && standardLevel1(levelText(level.level1)) === asLevel2;
    if (kind.level2 && (!kind.level1 || underCurrent)) level2 = levels[0];
    else level1 = levels[0];
  }
  return { level1, level2, ...assign(texts, order) };
}

/** Cells to roles in order; when some are missing, a value-looking cell decides what is left out. */
function assign(texts: string[], order: ColumnRole[]): Pick<RowParts, 'roles' | 'kept' | 'extras'> {
  const roles: Partial<Record<ColumnRole, string>> = {};
  if (texts.length >= order.length) {
    order.forEach((role, i) => (roles[role] = texts[i]));
    return { roles, kept: [], extras: texts.slice(order.length) };
  }
  const [first, ...rest] = texts;
  if (first !== undefined) roles[order[0]] = first;
  let left = order.slice(1);
  if (left[0] === 'description' && left.includes('value') && rest.length < left.length) {
    // 三级 | 描述 | 指标值 | 依据 with one or two cells missing: the 指标值 is the value-looking one.
    const valueAt = rest.length === 1 ? 0 : isValueLike(rest[0]) && !isValueLike(rest[1]) ? 0 : 1;
    left = valueAt === 0 ? left.filter((r) => r !== 'description') : left;
  }
  rest.forEach((text, i) => (roles[left[i]] = text));
  return { roles, kept: [], extras: [] };
}

/** A level as written, spaces and wrapping taken out; a score note ("规划（15分）") is kept for the rules. */
const levelName = (cell: string) => labelKey(cell);

/** Sets the 一级 / 二级 in force; a 二级 without its 一级 brings its standard 一级 ("社会效益指标" → 效益指标). */
function applyLevels(
  draft: TableDraft,
  level1: string | null,
  level2: string | null,
  inferParent = true,
): void {
  if (level1 !== null) {
    const same = standardLevel1(levelText(level1)) === standardLevel1(levelText(draft.level.level1));
    draft.level.level1 = levelName(level1);
    // A 一级 written again inside its block (merged cell text in its middle row) keeps the 二级 in force.
    if (level2 === null && !same) draft.level.level2 = '';
  }
  if (level2 !== null) {
    draft.level.level2 = levelName(level2);
    const parent = parentLevel(levelText(level2));
    if (level1 === null && inferParent && parent && standardLevel1(levelText(draft.level.level1)) !== parent)
      draft.level.level1 = parent;
  }
}

/** A 一级 or 二级 name standing alone on a line inside the grid (bazhou's "产出指标"): sets what follows. */
export function readLevelLine(draft: TableDraft, text: string): boolean {
  const kind = levelKind(text);
  if (!kind) return false;
  const parts = byContent([text], [], draft.level);
  applyLevels(draft, parts.level1, parts.level2);
  return true;
}

/**
 * One 指标值 from its columns: 指标性质 (≥) + 指标值 (30) + 度量单位 (万元) → "≥30万元". A unit already
 * written in the value ("% | ≥95%") is not added twice. Every character of the source is kept.
 */
export function joinValue(
  op: string | undefined,
  value: string | undefined,
  measure: string | undefined,
): string {
  const v = shortText(value ?? '');
  const o = shortText(op ?? '');
  const m = shortText(measure ?? '');
  if (!o && !m) return v;
  const opPart = o && !(v && /^[≥≤><=＞＜≧≦]/.test(v.normalize('NFKC'))) ? o : '';
  const unitPart = m && !v.endsWith(m) && !/^(无|\/|-|—)$/.test(m) ? m : '';
  if (!v) return [o, m].filter(Boolean).join(' ');
  return `${opPart}${v}${unitPart}`;
}

const COMPARATOR =
  /^(≥|≤|>|<|=|≧|≦|>=|<=|=>|=<|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过|不多于|不大于|不小于)$/;

const isComparator = (cell: string) => COMPARATOR.test(cellText(cell).normalize('NFKC'));

const PLACEHOLDER_NAME = /^(…+|\.{2,}|、+|-+|—+)$/;

/** Reads one row of the grid into the draft: updates the 一级/二级 in force and adds the indicator. */
export function readIndicatorRow(
  draft: TableDraft,
  row: string[],
  kind: TableKind,
  complain: Complain,
): void {
  const grid = draft.grid;
  const inColumns = grid !== undefined && aligned(row, grid);
  const parts = inColumns
    ? byColumns(row, grid)
    : byContent(
        // Project columns, and 序号 / label columns of a row that keeps its width, are not the indicator.
        row.map((cell, i) => {
          const role = grid?.roles[i] ?? null;
          if (role && isProjectRole(role)) return '';
          if (grid && row.length >= grid.width && (role === 'index' || role === 'section')) return '';
          return cell;
        }),
        roleOrder(grid, kind),
        draft.level,
      );
  if (parts.extras.length > 0) complain(`多出的内容“${excerpt(parts.extras)}”无法归入指标的任何一列，未导入`);

  // In a grid read by its columns, an empty 一级 cell is the one above (merged): the 二级 never moves it,
  // so an older framework's "社会公众或服务对象满意度指标" stays under 效益指标 as written.
  applyLevels(
    draft,
    parts.level1,
    parts.level2,
    !inColumns || grid.level1 === undefined || draft.level.level1 === '',
  );

  const r = parts.roles;
  // 指标性质 holding a word ("定性", "正向") rather than ≥/≤ is kept beside the indicator, not in its value.
  if (r.op !== undefined && !isComparator(r.op)) {
    parts.kept.push(keptText(grid?.headers[grid.roles.indexOf('op')] ?? '指标性质', r.op));
    delete r.op;
  }
  // A split 指标值: the number column is the value; without one, the cells of unknown columns are.
  const value = joinValue(r.op, r.value, r.measure);
  const reason = [r.reason, r.remedy].filter((t) => t && !isBlank(t)).map((t) => cellText(t!));
  const indicator: RawIndicator = {
    level1: draft.level.level1,
    level2: draft.level.level2,
    name: shortText(r.name ?? ''),
    description: cellText(r.description ?? ''),
    value,
    basis: shortText(r.basis ?? ''),
    actual: shortText(r.actual ?? ''),
    weight: numberCell(r.weight, complain, '分值'),
    score: numberCell(r.score, complain, '得分'),
    reason: reason.join('\n'),
    levelOnly: false,
    extras: parts.kept,
  };
  if (!indicator.value && grid?.fields.value === undefined && parts.kept.length > 0 && !grid?.longGrid) {
    // One value column per place or sub-project (安溪's villages): together they are the 指标值.
    indicator.value = parts.kept.join('；');
    indicator.extras = [];
  }
  const list = grid?.longGrid ? draft.longIndicators : draft.indicators;
  const empty =
    !indicator.name &&
    !indicator.description &&
    !indicator.value &&
    !indicator.basis &&
    !indicator.actual &&
    !indicator.reason &&
    indicator.extras.length === 0 &&
    indicator.weight === null &&
    indicator.score === null;
  if (empty) {
    // A row naming only a 二级 is a template leftover (kaifu's empty 经济/生态/可持续 rows); a row with
    // only a 一级, or nothing, just sets what the next rows are under.
    if (parts.level2 !== null) list.push({ ...indicator, levelOnly: true });
    return;
  }
  const last = list.at(-1);
  if (last?.levelOnly && last.level2 === indicator.level2 && !PLACEHOLDER_NAME.test(indicator.name)) {
    list.pop(); // the 二级 row was a heading of the rows that follow it
  }
  list.push(indicator);
}

/** The project fields a row of a flat multi-project sheet carries in its left columns. */
export function projectCells(
  grid: GridColumns | undefined,
  cells: string[],
): Partial<Record<ColumnRole, string>> {
  const out: Partial<Record<ColumnRole, string>> = {};
  if (!grid) return out;
  grid.roles.forEach((role, i) => {
    if (role && isProjectRole(role) && !isBlank(cells[i])) out[role] = cells[i];
  });
  return out;
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
