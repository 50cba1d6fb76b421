import type { Funding } from '../../domain/money.js';
import { type AnySelfEvalTable, type Table } from '../../domain/document.js';
import { isSelfEvaluation } from '../../domain/table-kind.js';
import { formatMoney, sumMoney, toYuan } from '../../value/money.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';

/** Each funding row of a table: task rows and the 合计 of a department, a project's 预算数. */
function rows(table: Table): Array<{ funding: Funding; section: string; name: string }> {
  if (table.kind === 'department') {
    return [
      ...table.tasks.map((t, i) => ({
        funding: t.funding,
        section: '年度主要任务',
        name: `任务“${t.name || `第${i + 1}行`}”`,
      })),
      ...(table.tasksTotal ? [{ funding: table.tasksTotal, section: '年度主要任务', name: '合计行' }] : []),
    ];
  }
  if (table.kind === 'project') return [{ funding: table.budget, section: '预算数', name: '预算数' }];
  return [];
}

/**
 * 财政拨款 + 其他资金 ≠ 总额 in a funding row (a blank 其他资金 counts as 0). Rows with a blank 总额 or
 * 财政拨款 are not checked (nothing says what was meant). Self-evaluation fund rows: 年度资金总额 ≠ the sum of
 * its 其中 rows in a column where any of them is filled.
 */
export const fundingSplit: Rule = {
  meta: {
    id: 'sum/funding-split',
    description: '财政拨款 + 其他资金 ≠ 总额（每个任务行、合计行、项目预算数、自评表资金总额）',
    severity: 'error',
    tags: ['sum', 'money'],
    messages: {
      rowMismatch: '{{row}}：财政拨款{{fiscal}} + 其他资金{{other}} = {{sum}}，与总额{{total}}不符',
      partsMismatch: '年度资金总额的{{column}}为{{stated}}，但其中各项之和为{{sum}}（{{parts}}）',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const [tableIndex, table] of document.tables.entries()) {
      for (const { funding, section, name } of rows(table)) {
        const { total, fiscal, other } = funding;
        if (total === null || fiscal === null) continue;
        const sum = sumMoney([fiscal, other]);
        if (toYuan(sum) === toYuan(total)) continue;
        reports.push({
          messageId: 'rowMismatch',
          data: {
            row: name,
            fiscal: formatMoney(fiscal),
            other: formatMoney(other ?? '0'),
            sum: formatMoney(sum),
            total: formatMoney(total),
          },
          location: tableLocation(table, tableIndex, section, '总额'),
          suggestion: `核对资金来源：总额应等于财政拨款与其他资金之和（${formatMoney(sum)}），或补填缺少的资金来源`,
        });
      }
      if (isSelfEvaluation(table)) reports.push(...selfEvalSplit(table, tableIndex));
    }
    return reports;
  },
};

const FUND_COLUMNS = [
  { key: 'initial', label: '年初预算数' },
  { key: 'full', label: '全年预算数' },
  { key: 'spent', label: '全年执行数' },
] as const;

/** The parts of 年度资金总额 by use (基本支出/项目支出) and by source (the others): each group must add up. */
const BY_USE = /基本支出|项目支出/;

function selfEvalSplit(table: AnySelfEvalTable, tableIndex: number): Report[] {
  const [head, ...parts] = table.funds;
  if (!head || parts.length === 0 || !/总额|合计/.test(head.label)) return [];
  const byUse = parts.filter((p) => BY_USE.test(p.label));
  const bySource = parts.filter((p) => !BY_USE.test(p.label));
  const section = table.kind === 'department-self-evaluation' ? '年度预算执行情况' : '项目资金';
  const reports: Report[] = [];
  for (const group of [bySource, byUse]) {
    if (group.length === 0) continue;
    for (const { key, label } of FUND_COLUMNS) {
      const stated = head[key];
      const cells = group.map((p) => p[key]);
      if (stated === null || cells.every((c) => c === null)) continue;
      const sum = sumMoney(cells);
      if (toYuan(sum) === toYuan(stated)) continue;
      const named = group
        .filter((p) => p[key] !== null)
        .map((p) => `${p.label.replace(/^其中[:：]/, '').trim()}${formatMoney(p[key])}`);
      reports.push({
        messageId: 'partsMismatch',
        data: { column: label, stated: formatMoney(stated), sum: formatMoney(sum), parts: named.join(' + ') },
        location: tableLocation(table, tableIndex, section, label),
        suggestion:
          group === byUse
            ? `核对${label}：年度资金总额应等于基本支出与项目支出之和`
            : `核对${label}：年度资金总额应等于当年财政拨款、上年结转资金与其他资金之和`,
      });
    }
  }
  return reports;
}
