import type { AnySelfEvalTable, SelfEvalFundRow } from '../../domain/document.js';
import { totalFundRow } from '../../selfeval/table.js';
import { toYuan } from '../../value/money.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { fundLabel, fundsSection, selfEvalTables } from './_tables.js';

/**
 * The 年度资金总额 row written as all zero (0 in every amount it fills): the table evaluates no money,
 * so its 执行率 cannot be computed. A part row of zeros (其他资金 0 / 0 / 0) is normal and not reported.
 * When no row is recognised as the total, a table whose every funds row is zero is reported once.
 */
export const zeroFunds: Rule = {
  meta: {
    id: 'selfeval/zero-funds',
    description: '自评表的年度资金总额一行全为 0（没有可评价的资金，执行率无法计算）',
    severity: 'warning',
    tags: ['selfeval', 'money'],
    messages: {
      allZero:
        '{{row}}的年初预算数、全年预算数、全年执行数都为 0：自评表没有可评价的资金，预算执行率无法计算',
    },
  },
  check({ document }) {
    return selfEvalTables(document).flatMap(({ table, tableIndex }) => checkTable(table, tableIndex));
  },
};

/** Every amount written is 0, and at least one is written. */
function allZero(row: SelfEvalFundRow): boolean {
  const written = [row.initial, row.full, row.spent].filter((m) => m != null);
  return written.length > 0 && written.every((m) => toYuan(m) === 0);
}

function checkTable(table: AnySelfEvalTable, tableIndex: number): Report[] {
  const total = totalFundRow(table);
  const zero = total ? allZero(total.row) : table.funds.length > 0 && table.funds.every(allZero);
  if (!zero) return [];
  const name = total ? fundLabel(total.row.label) : '资金各行';
  return [
    {
      messageId: 'allZero',
      data: { row: name },
      location: tableLocation(table, tableIndex, fundsSection(table), '年初预算数'),
      suggestion:
        '按决算填写年初预算数、全年预算数（含年中追加、调整）和全年执行数；确实没有安排资金的，说明原因并确认是否需要自评',
    },
  ];
}
