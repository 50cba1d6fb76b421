import type { Indicator, ProjectTable } from '../../domain/document.js';
import { tableLabel } from '../../domain/labels.js';
import { tableLocation } from '../helpers.js';
import { isTemplateRow } from '../structure/_placeholder.js';
import { meaningfulBigrams, sharesBigram } from '../text/_text.js';
import type { Report, Rule } from '../types.js';
import { indicatorKey, isSpecific } from './_keys.js';

/**
 * Share of the larger table's rows that must be identical, and the least number of identical rows.
 * Projects of one kind (名称相近: 第一批/第二批培训) naturally share generic rows, so between them
 * only near-identical tables count: a higher share and every particular row of the smaller one.
 */
const MIN_SHARE = 0.6;
const MIN_SHARE_SIMILAR = 0.8;
const MIN_SHARED = 3;
/** A particular row held by more projects than this is treated as generic when looking for candidates. */
const MAX_HOLDERS = 16;

interface ProjectRows {
  tableIndex: number;
  table: ProjectTable;
  keys: Map<string, Indicator>;
  specific: string[];
  nameBigrams: Set<string>;
}

function rowsOf(table: ProjectTable, tableIndex: number): ProjectRows {
  const keys = new Map<string, Indicator>();
  for (const indicator of table.indicators) {
    if (indicator.status === 'rejected' || isTemplateRow(indicator)) continue;
    keys.set(indicatorKey(indicator), indicator);
  }
  const specific = [...keys].filter(([, i]) => isSpecific(i)).map(([k]) => k);
  return { tableIndex, table, keys, specific, nameBigrams: meaningfulBigrams(table.projectName) };
}

/** Whether two projects are of one kind (their names share a meaningful word). */
function sameKind(a: ProjectRows, b: ProjectRows): boolean {
  return sharesBigram(a.nameBigrams, b.nameBigrams);
}

/** The rows two projects share word for word, when that is most of them and not only generic rates. */
function copiedRows(a: ProjectRows, b: ProjectRows, similar: boolean): Indicator[] | null {
  const [small, large] = a.keys.size <= b.keys.size ? [a, b] : [b, a];
  const shared: Indicator[] = [];
  for (const [key, indicator] of small.keys) if (large.keys.has(key)) shared.push(indicator);
  if (
    shared.length < MIN_SHARED ||
    shared.length < (similar ? MIN_SHARE_SIMILAR : MIN_SHARE) * large.keys.size
  )
    return null;
  const sharedSpecific = shared.filter(isSpecific).length;
  if (sharedSpecific === 0) return null;
  if (similar && sharedSpecific < Math.min(a.specific.length, b.specific.length)) return null;
  return shared;
}

/**
 * Two project tables of one document whose indicators are mostly the same word for word: the later
 * one is reported once, against the first earlier project it copies. Candidates come from an index
 * of particular rows (counts, amounts, words), so the check stays near linear in the number of tables.
 */
export const copiedAcrossProjects: Rule = {
  meta: {
    id: 'dup/copied-across-projects',
    description: '同一文件中两个项目的绩效指标大部分逐字相同（像是从另一个项目复制而来）',
    severity: 'warning',
    tags: ['duplicate', 'relevance'],
    messages: {
      copied:
        '本项目{{total}}个指标中有{{shared}}个与项目“{{source}}”逐字相同（名称和指标值都一样，如{{examples}}），像是从该项目复制而来',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    const seen: ProjectRows[] = [];
    const holders = new Map<string, number[]>();
    for (const [tableIndex, table] of document.tables.entries()) {
      if (table.kind !== 'project') continue;
      const rows = rowsOf(table, tableIndex);
      /** Earlier projects holding the same particular rows, with how many they share. */
      const candidates = new Map<number, number>();
      for (const key of rows.specific)
        for (const i of holders.get(key) ?? []) candidates.set(i, (candidates.get(i) ?? 0) + 1);
      for (const i of [...candidates.keys()].sort((x, y) => x - y)) {
        const particular = candidates.get(i)!;
        const similar = sameKind(seen[i], rows);
        // Projects of one kind count as copies only when every particular row is the same.
        if (similar && particular < Math.min(seen[i].specific.length, rows.specific.length)) continue;
        const shared = copiedRows(seen[i], rows, similar);
        if (!shared) continue;
        const source = seen[i].table;
        const examples = shared
          .slice(0, 3)
          .map((s) => `“${s.name} ${s.value.text.trim()}”`)
          .join('、');
        reports.push({
          messageId: 'copied',
          data: { total: rows.keys.size, shared: shared.length, source: tableLabel(source), examples },
          location: tableLocation(table, tableIndex, '绩效指标'),
          suggestion: '按本项目的实际工作重写产出、效益指标；只保留确实相同的通用指标。',
        });
        break;
      }
      const index = seen.push(rows) - 1;
      for (const key of rows.specific) {
        const list = holders.get(key);
        if (!list) holders.set(key, [index]);
        else if (list.length < MAX_HOLDERS) list.push(index);
      }
    }
    return reports;
  },
};
