import type { SpendingPlan } from '../../domain/document.js';
import { formatNumber } from '../../value/format-value.js';
import { tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';

const POINTS: Array<{ key: keyof SpendingPlan; label: string }> = [
  { key: 'mar', label: '3月底' },
  { key: 'jun', label: '6月底' },
  { key: 'oct', label: '10月底' },
  { key: 'dec', label: '12月底' },
];

/**
 * 资金支出计划 is the cumulative share of the budget spent by each date: it cannot fall, cannot
 * exceed 100% (or be negative), and reaches 100% by 12月底. A plan left wholly blank is not checked.
 */
export const spendingSchedule: Rule = {
  meta: {
    id: 'plan/spending-schedule',
    description: '资金支出计划（累计%）递减、超过100%或12月底不是100%',
    severity: 'error',
    tags: ['plan', 'money'],
    messages: {
      perPeriod: '资金支出计划{{shares}}之和为100%，填的似乎是各期比例；此栏应填截至各时点的累计比例',
      outOfRange: '资金支出计划{{point}}为{{share}}，累计支出比例应在0%–100%之间',
      decreasing:
        '资金支出计划递减：{{before}}{{beforeShare}}，{{point}}却为{{share}}（按累计比例填写，不应下降）',
      yearEndBlank: '资金支出计划12月底未填写，年底累计应为100%',
      yearEndUnder: '资金支出计划12月底累计为{{share}}，年底应支出完毕（100%）',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const [tableIndex, table] of document.tables.entries()) {
      if (table.kind !== 'project' || !table.plan) continue;
      const plan = table.plan;
      const filled = POINTS.filter((p) => plan[p.key] !== null);
      if (filled.length === 0) continue;
      const at = (label: string) => tableLocation(table, tableIndex, '资金支出计划', label);
      const pct = (key: keyof SpendingPlan) => `${formatNumber(plan[key] as number)}%`;
      const perPeriod = perPeriodShares(plan);
      if (perPeriod) {
        reports.push({
          messageId: 'perPeriod',
          data: { shares: POINTS.map((p) => pct(p.key)).join('、') },
          location: at('12月底'),
          suggestion: `改为累计比例：${perPeriod.map((n) => `${formatNumber(n)}%`).join('、')}`,
        });
        continue;
      }
      for (const { key, label } of filled) {
        const value = plan[key] as number;
        if (value > 100 || value < 0) {
          reports.push({
            messageId: 'outOfRange',
            data: { point: label, share: pct(key) },
            location: at(label),
            suggestion: value > 100 ? `${label}最多为100%` : `${label}改为0%或正数`,
          });
        }
      }
      for (let i = 1; i < filled.length; i++) {
        const [prev, next] = [filled[i - 1], filled[i]];
        if ((plan[next.key] as number) < (plan[prev.key] as number)) {
          reports.push({
            messageId: 'decreasing',
            data: { before: prev.label, beforeShare: pct(prev.key), point: next.label, share: pct(next.key) },
            location: at(next.label),
            suggestion: `${next.label}填写截至当时的累计支出比例，不低于${pct(prev.key)}`,
          });
        }
      }
      if (plan.dec === null) {
        reports.push({
          messageId: 'yearEndBlank',
          location: at('12月底'),
          suggestion: '12月底填 100%',
        });
      } else if (plan.dec < 100 && plan.dec >= 0) {
        reports.push({
          messageId: 'yearEndUnder',
          data: { share: pct('dec') },
          location: at('12月底'),
          suggestion: '12月底改为 100%；确有跨年支付的，请在资金用途中说明',
        });
      }
    }
    return reports;
  },
};

/** A plan written per period (20、30、30、20) instead of cumulatively: its cumulative form, else null. */
function perPeriodShares(plan: SpendingPlan): number[] | null {
  const values = POINTS.map((p) => plan[p.key]);
  if (values.some((v) => v === null || v < 0) || plan.dec === 100) return null;
  const cumulative: number[] = [];
  for (const v of values as number[]) cumulative.push(Math.round(((cumulative.at(-1) ?? 0) + v) * 100) / 100);
  return cumulative.at(-1) === 100 ? cumulative : null;
}
