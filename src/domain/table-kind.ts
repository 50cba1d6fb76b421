import type { AnySelfEvalTable, Table, TargetTable } from './document.js';

/*
 * Which family a table belongs to. Kept apart from document.ts so that code needing only these
 * checks (the app's first screen among it) does not load zod and every schema.
 */

export function isSelfEvaluation(table: Table): table is AnySelfEvalTable {
  return table.kind === 'self-evaluation' || table.kind === 'department-self-evaluation';
}

export function isTargetTable(table: Table): table is TargetTable {
  return table.kind === 'project' || table.kind === 'department';
}
