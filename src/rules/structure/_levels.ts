import type { Framework, Indicator } from '../../domain/document.js';
import { FRAMEWORK_LEVELS, LEVEL_SYNONYMS } from '../../domain/framework.js';
import { isTemplateRow } from './_placeholder.js';

/** Level names repeat on every row: each distinct spelling is cleaned once. */
const CLEAN_CACHE = new Map<string, string>();

/**
 * 一级/二级 names as written, compared after cleaning: Word line breaks inside a cell ("经济效\n益指标"),
 * full-width forms and a score note ("产出指标（50分）") are not naming mistakes.
 */
export function cleanLevelName(raw: string): string {
  let clean = CLEAN_CACHE.get(raw);
  if (clean === undefined) {
    clean = raw
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/[(（[【]\s*\d+(?:\.\d+)?\s*分\s*[)）\]】]/g, '')
      .replace(/[:：]$/, '');
    if (CLEAN_CACHE.size > 10_000) CLEAN_CACHE.clear();
    CLEAN_CACHE.set(raw, clean);
  }
  return clean;
}
const ALL_LEVEL1 = new Set(Object.values(FRAMEWORK_LEVELS).flatMap((levels) => Object.keys(levels)));
const ALL_LEVEL2 = new Set(Object.values(FRAMEWORK_LEVELS).flatMap((levels) => Object.values(levels).flat()));

/** The standard 一级 a name stands for (any framework), or null. */
export function standardLevel1(raw: string): string | null {
  const name = cleanLevelName(raw);
  if (ALL_LEVEL1.has(name)) return name;
  const synonym = LEVEL_SYNONYMS[name];
  return synonym && ALL_LEVEL1.has(synonym) ? synonym : null;
}

/** The standard 二级 a name stands for (any framework), or null. */
export function standardLevel2(raw: string): string | null {
  const name = cleanLevelName(raw);
  if (ALL_LEVEL2.has(name)) return name;
  const synonym = LEVEL_SYNONYMS[name];
  return synonym && ALL_LEVEL2.has(synonym) ? synonym : null;
}

/** The 一级 a standard 二级 belongs to in a framework (null when the framework has no such 二级). */
export function parentOf(level2: string, framework: Framework): string | null {
  for (const [level1, children] of Object.entries(FRAMEWORK_LEVELS[framework]))
    if (children.includes(level2)) return level1;
  return null;
}

/**
 * The 一级 names of a table that follows a framework of its own (部门整体 tables scored by 履职效能 /
 * 管理效率, self-evaluations by 规划 / 执行): two or more 一级 names and none of them a standard one.
 * Null for a table in the 产出—效益—满意度 frameworks (where a wrong name is a mistake to report).
 */
export function ownFramework(indicators: ReadonlyArray<Pick<Indicator, 'level1'>>): string[] | null {
  const names = [...new Set(indicators.map((i) => cleanLevelName(i.level1)).filter((n) => n !== ''))];
  return names.length >= 2 && names.every((n) => standardLevel1(n) === null) ? names : null;
}

/** The tables (by index) that follow a framework of their own, with their 一级 names. */
export function ownFrameworkTables(
  tables: ReadonlyArray<{ indicators: ReadonlyArray<Pick<Indicator, 'level1' | 'name' | 'status'>> }>,
): Map<number, string[]> {
  const own = new Map<number, string[]>();
  tables.forEach((table, index) => {
    const rows = table.indicators.filter((i) => i.status !== 'rejected' && !isTemplateRow(i));
    const names = ownFramework(rows);
    if (names) own.set(index, names);
  });
  return own;
}

/** An indicator's 一级 and 二级 as standard names where they can be recognised (else as cleaned text). */
export function resolvedLevels(indicator: Pick<Indicator, 'level1' | 'level2'>): {
  level1: string;
  level2: string;
} {
  return {
    level1: standardLevel1(indicator.level1) ?? cleanLevelName(indicator.level1),
    level2: standardLevel2(indicator.level2) ?? cleanLevelName(indicator.level2),
  };
}

/** Words in a nonstandard name that point to a standard one ("社会效益类" → 社会效益指标). */
const LEVEL2_HINTS: Array<[RegExp, string]> = [
  [/数量/, '数量指标'],
  [/质量/, '质量指标'],
  [/时效|时间|进度|及时/, '时效指标'],
  [/可持续|持续/, '可持续影响指标'],
  [/经济成本/, '经济成本指标'],
  [/社会成本/, '社会成本指标'],
  [/生态.*成本|环境成本/, '生态环境成本指标'],
  [/成本/, '成本指标'],
  [/经济/, '经济效益指标'],
  [/社会/, '社会效益指标'],
  [/生态|环境/, '生态效益指标'],
  [/满意/, '服务对象满意度指标'],
];
const LEVEL1_HINTS: Array<[RegExp, string]> = [
  [/产出/, '产出指标'],
  [/效益|效果|影响/, '效益指标'],
  [/满意/, '满意度指标'],
  [/成本/, '成本指标'],
];

/** The standard 二级 a nonstandard name most likely means, among those allowed under `level1`. */
export function guessLevel2(raw: string, level1: string, framework: Framework): string | null {
  const allowed = FRAMEWORK_LEVELS[framework][level1] ?? [];
  const name = cleanLevelName(raw);
  const synonym = standardLevel2(name);
  if (synonym && allowed.includes(synonym)) return synonym;
  for (const [hint, standard] of LEVEL2_HINTS) {
    if (!hint.test(name)) continue;
    if (allowed.includes(standard)) return standard;
    if (standard === '成本指标' && allowed.includes('经济成本指标')) return '经济成本指标';
  }
  return allowed.length === 1 ? allowed[0] : null;
}

/** The standard 一级 a nonstandard name most likely means in a framework. */
export function guessLevel1(raw: string, framework: Framework): string | null {
  const levels = FRAMEWORK_LEVELS[framework];
  const name = cleanLevelName(raw);
  const synonym = standardLevel1(name);
  if (synonym && synonym in levels) return synonym;
  for (const [hint, standard] of LEVEL1_HINTS) if (hint.test(name) && standard in levels) return standard;
  return null;
}
