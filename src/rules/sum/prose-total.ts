import type { JixiaoDocument, Table } from '../../domain/document.js';
import { moneyAmounts } from '../../facts/money.js';
import { factText } from '../../facts/mentions.js';
import { formatMoney, fromYuan, sumMoney, toYuan } from '../../value/money.js';
import type { Report, Rule } from '../types.js';

/** A stated total is a budget total when its clause speaks of the budget, not of what was spent. */
const BUDGET_WORDS = /预算|安排|资金总额|总额|总计|合计/;
const NOT_BUDGET_WORDS = /实际|执行|决算|完成|支付|拨付|结转|结余|上年|去年|同比|较/;
const CLAUSE = /[，。；;,\n]/;

/** The budget of one table in 元, as its funding rows state it; null when it states none. */
function tableBudget(table: Table): number | null {
  if (table.kind === 'project') {
    const { total, fiscal, other } = table.budget;
    const money = total ?? (fiscal || other ? sumMoney([fiscal, other]) : null);
    return money ? toYuan(money) : null;
  }
  if (table.kind === 'department') {
    const money = table.tasksTotal?.total ?? null;
    const totals = table.tasks.map((t) => t.funding.total).filter((m) => m !== null);
    if (money) return toYuan(money);
    return totals.length ? toYuan(sumMoney(totals)) : null;
  }
  const row = table.funds.find((f) => /总额|合计/.test(f.label)) ?? table.funds[0];
  const money = row?.full ?? row?.initial ?? null;
  return money ? toYuan(money) : null;
}

/** The totals the tables could be said to have: all project tables, each department, all self-evaluations, everything. */
function readings(document: JixiaoDocument): number[] {
  const byKind = new Map<string, number>();
  const all: number[] = [];
  const sums: number[] = [];
  for (const table of document.tables) {
    const yuan = tableBudget(table);
    if (yuan === null) continue;
    all.push(yuan);
    if (table.kind === 'department') sums.push(yuan);
    byKind.set(table.kind, (byKind.get(table.kind) ?? 0) + yuan);
  }
  if (all.length === 0) return [];
  return [...sums, ...byKind.values(), all.reduce((a, b) => a + b, 0)];
}

/** The budget totals a passage of prose states (预算共38万元, 项目资金合计150万): each in 元 with its words. */
function statedTotals(raw: string): Array<{ text: string; yuan: number }> {
  const text = factText(raw);
  const amounts = moneyAmounts(raw) ?? [];
  const totals: Array<{ text: string; yuan: number }> = [];
  let from = 0;
  for (const amount of amounts) {
    const at = text.indexOf(amount.text, from);
    if (at < 0) continue;
    from = at + amount.text.length;
    if (!amount.total) continue;
    let start = at;
    while (start > 0 && !CLAUSE.test(text[start - 1])) start--;
    const clause = text.slice(start, at);
    if (BUDGET_WORDS.test(clause) && !NOT_BUDGET_WORDS.test(clause))
      totals.push({ text: `${clause.slice(-12)}${amount.text}`, yuan: amount.yuan });
  }
  return totals;
}

/**
 * A budget explanation kept in the document (a 部门预算情况说明 or a self-evaluation report's 资金概况)
 * states a total that none of the table totals matches: the sum of the project budgets, a department
 * table's 合计, the self-evaluations' budgets, or all of them. Which tables the prose covers is a
 * judgement, so this is a warning.
 */
export const proseTotal: Rule = {
  meta: {
    id: 'sum/prose-total',
    description: '预算说明文字中的预算总额与各表预算数之和不符',
    severity: 'warning',
    tags: ['sum', 'money'],
  },
  check({ document }) {
    const sums = readings(document);
    if (sums.length === 0) return [];
    const reports: Report[] = [];
    for (const prose of document.prose) {
      for (const total of statedTotals(`${prose.title}\n${prose.text}`)) {
        if (sums.includes(total.yuan)) continue;
        const closest = sums.reduce((a, b) => (Math.abs(b - total.yuan) < Math.abs(a - total.yuan) ? b : a));
        reports.push({
          message: `说明文字写“${total.text}”，而各表预算数之和为${formatMoney(fromYuan(closest))}，相差${formatMoney(fromYuan(Math.abs(total.yuan - closest)))}`,
          location: { table: prose.title.trim() || '说明文字', section: '说明文字' },
          suggestion:
            '核对说明文字中的总额与各表的预算数：若说明还包括未列表的支出，写明其金额；否则修正其中一处',
        });
      }
    }
    return reports;
  },
};
