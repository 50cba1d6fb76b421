import type { Table } from '../../domain/document.js';
import type { Location } from '../../domain/finding.js';
import type { Fact } from '../../facts/table-facts.js';
import { indicatorLocation, tableLocation } from '../helpers.js';

/** Where a fact stands: its indicator (指标值 or 绩效指标描述), or the 资金用途 / 绩效目标 of the table. */
export function factLocation(table: Table, tableIndex: number, fact: Fact): Location {
  const index = fact.source.indicatorIndex;
  const indicator = index === undefined ? undefined : table.indicators[index];
  if (index !== undefined && indicator)
    return indicatorLocation(table, tableIndex, indicator, index, fact.source.field);
  return tableLocation(table, tableIndex, fact.source.field);
}
