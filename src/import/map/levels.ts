import { FRAMEWORK_LEVELS, LEVEL_SYNONYMS } from '../../domain/framework.js';
import { labelKey } from './labels.js';

/**
 * Recognising 一级 / 二级 names in a grid, whatever column they landed in. Names are kept as
 * written (only wrapping, spaces and a score note like "（50分）" are removed), so the structure
 * rules can still flag a nonstandard one.
 */
export function levelText(cell: string): string {
  if (cell.length > 60) return cell.trim();
  return labelKey(cell).replace(/（\d+(?:\.\d+)?分）/g, '');
}

const LEVEL1 = new Set<string>();
/** The standard 一级 names of both frameworks. */
const PARENT_NAMES = new Set<string>();
const LEVEL2 = new Set<string>();
/** 二级 → its 一级: the local framework first (成本指标 under 产出), then the 2021 central one. */
const PARENT = new Map<string, string>();
for (const framework of ['central-2021', 'local'] as const) {
  for (const [level1, level2s] of Object.entries(FRAMEWORK_LEVELS[framework])) {
    LEVEL1.add(level1);
    PARENT_NAMES.add(level1);
    for (const level2 of level2s) {
      LEVEL2.add(level2);
      PARENT.set(level2, level1);
    }
  }
}
// 满意度指标 is a 一级 and, in many tables, also written as its own 二级.
LEVEL2.add('满意度指标');
// A short name is whatever its standard name is: "成本" is the 一级 成本指标 (2021) and the 二级 under 产出.
for (const [synonym, standard] of Object.entries(LEVEL_SYNONYMS)) {
  if (LEVEL1.has(standard)) LEVEL1.add(synonym);
  if (LEVEL2.has(standard) || !LEVEL1.has(standard)) LEVEL2.add(synonym);
}

/** Other 二级 spellings seen in tables: "社会公众满意度指标", "经济成本指标"…  */
const LEVEL2_PATTERN = /^[\u4e00-\u9fa5]{1,10}(效益|成本|满意度|影响|效果)指标$/;

export interface LevelKind {
  level1: boolean;
  level2: boolean;
}

/** Whether a cell is a known 一级 and/or 二级 name; null when it is neither. */
export function levelKind(cell: string): LevelKind | null {
  const key = levelText(cell);
  if (key === '' || key.length > 16) return null;
  const level1 = LEVEL1.has(key);
  const level2 = LEVEL2.has(key) || (!level1 && LEVEL2_PATTERN.test(key));
  return level1 || level2 ? { level1, level2 } : null;
}

/** 一级 and 二级 in one cell ("产出指标-数量指标", "效益/社会效益"): the pair, or null. */
export function levelPair(cell: string): [string, string] | null {
  const parts = levelText(cell).split(/[-—–－/／|｜·>＞→]+/);
  if (parts.length !== 2) return null;
  const [first, second] = parts;
  return levelKind(first)?.level1 && levelKind(second)?.level2 ? [first, second] : null;
}

/** A cell that may stand in a 一级/二级 column: a known name, or a short "…指标". */
export function looksLikeLevel(cell: string): boolean {
  const key = levelText(cell);
  return levelKind(cell) !== null || (key.length >= 2 && key.length <= 12 && key.endsWith('指标'));
}

/** The standard 一级 a 二级 belongs to ("社会效益指标" → 效益指标), or null when unknown. */
export function parentLevel(level2: string): string | null {
  const standard = LEVEL_SYNONYMS[level2] ?? level2;
  const parent = PARENT.get(standard);
  if (parent) return parent;
  if (/成本指标$/.test(level2)) return '成本指标';
  if (/效益指标$|影响指标$|效果指标$/.test(level2)) return '效益指标';
  if (/满意度指标$/.test(level2)) return '满意度指标';
  return null;
}

/** The standard form of a 一级 name, for comparing ("效果指标" and "效益指标" are the same 一级). */
export function standardLevel1(level1: string): string {
  if (PARENT_NAMES.has(level1)) return level1;
  const standard = LEVEL_SYNONYMS[level1];
  return standard && PARENT_NAMES.has(standard) ? standard : level1;
}

/**
 * The framework a document is written in: the 2021 central one when its grids put 成本指标 at the
 * 一级 and never under 产出指标 (a table that does both is a local table with a misplaced row, which
 * structure/nonstandard-level reports).
 */
export function frameworkOf(
  tables: ReadonlyArray<{ indicators: ReadonlyArray<{ level1: string; level2: string }> }>,
): 'local' | 'central-2021' {
  let costAsLevel1 = false;
  for (const table of tables)
    for (const { level1, level2 } of table.indicators) {
      const first = standardLevel1(levelText(level1));
      if (first === '成本指标') costAsLevel1 = true;
      else if (first === '产出指标' && parentLevel(levelText(level2)) === '成本指标') return 'local';
      else if (first === '产出指标' && levelText(level2) === '成本指标') return 'local';
    }
  return costAsLevel1 ? 'central-2021' : 'local';
}
