import { formatMoney, fromYuan, sumMoney, toYuan } from '../../value/money.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { addends, COLUMNS } from './_columns.js';

/**
 * The 年度主要任务 rows of a department table do not add up to its 合计 row, column by column
 * (总额, 财政拨款, 其他资金). A column left blank in every task row is not checked.
 */
export const tasksTotal: Rule = {
  meta: {
    id: 'sum/tasks-total',
    description: '年度主要任务各行金额之和与合计行不符（总额、财政拨款、其他资金逐列核对）',
    severity: 'error',
    tags: ['sum', 'money'],
    messages: {
      totalMismatch:
        '年度主要任务合计（{{column}}）为{{stated}}，但各任务之和为{{sum}}（{{addends}}），相差{{gap}}',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const [tableIndex, table] of document.tables.entries()) {
      if (table.kind !== 'department' || !table.tasksTotal || table.tasks.length === 0) continue;
      for (const { key, label } of COLUMNS) {
        const stated = table.tasksTotal[key];
        const cells = table.tasks.map((t) => t.funding[key]);
        if (stated === null || cells.every((c) => c === null)) continue;
        const sum = sumMoney(cells);
        if (toYuan(sum) === toYuan(stated)) continue;
        const gap = fromYuan(Math.abs(toYuan(stated) - toYuan(sum)));
        reports.push({
          messageId: 'totalMismatch',
          data: {
            column: label,
            stated: formatMoney(stated),
            sum: formatMoney(sum),
            addends: addends(cells),
            gap: formatMoney(gap),
          },
          location: tableLocation(table, tableIndex, '年度主要任务', `合计（${label}）`),
          suggestion: `核对各任务的${label}：若各任务金额无误，把合计改为 ${sum}`,
        });
      }
    }
    return reports;
  },
};
