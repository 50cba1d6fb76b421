import type { Indicator, JixiaoDocument, Table } from '../domain/document.js';
import type { Location } from '../domain/finding.js';
import { tableLabel } from '../domain/labels.js';

export function tableLocation(table: Table, tableIndex: number, section?: string, field?: string): Location {
  return {
    table: tableLabel(table),
    tableIndex,
    ...(section ? { section } : {}),
    ...(field ? { field } : {}),
  };
}

export function indicatorLocation(
  table: Table,
  tableIndex: number,
  indicator: Indicator,
  indicatorIndex: number,
  field: string = '指标值',
): Location {
  return {
    table: tableLabel(table),
    tableIndex,
    section: '绩效指标',
    indicator: indicator.name || `${indicator.level2}第${indicatorIndex + 1}行`,
    indicatorIndex,
    field,
  };
}

export interface IndicatorVisit {
  table: Table;
  tableIndex: number;
  indicator: Indicator;
  indicatorIndex: number;
}

/** Every indicator of every table, rejected drafting suggestions left out. */
export function* indicators(document: JixiaoDocument): Generator<IndicatorVisit> {
  for (const [tableIndex, table] of document.tables.entries()) {
    for (const [indicatorIndex, indicator] of table.indicators.entries()) {
      if (indicator.status === 'rejected') continue;
      yield { table, tableIndex, indicator, indicatorIndex };
    }
  }
}
