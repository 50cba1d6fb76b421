import type { Table } from './document.js';

/** The name a person knows a table by: the project name, or the unit's whole-unit table. */
export function tableLabel(table: Table): string {
  if (table.kind === 'department') return `${table.unitName || '部门'}整体支出绩效目标表`;
  if (table.kind === 'project') return table.projectName || table.title || '项目支出绩效目标表';
  if (table.kind === 'department-self-evaluation') return `${table.unitName || '部门'}整体支出绩效自评表`;
  return `${table.projectName || table.title}（自评表）`;
}
