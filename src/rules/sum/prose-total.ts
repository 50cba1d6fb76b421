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

interface Readings {
  /** Totals of project budgets: all project tables, all self-evaluations, each table alone. */
  projects: number[];
  /** All project and self-evaluation budgets together, for messages. */
  projectSum: number;
  /** Totals of a whole unit: each department table's 合计. */
  units: number[];
}

/**
 * The totals the tables could be said to have. A total the prose gives for 项目 is compared with the
 * project tables; one for the unit as a whole (收入合计, 部门预算总额) only with a department table, since
 * project tables leave out the 基本支出.
 */
function readings(document: JixiaoDocument): Readings {
  const byKind = new Map<string, number>();
  const single: number[] = [];
  const units: number[] = [];
  for (const table of document.tables) {
    const yuan = tableBudget(table);
    if (yuan === null) continue;
    if (table.kind === 'department' || table.kind === 'department-self-evaluation') {
      units.push(yuan);
      continue;
    }
    single.push(yuan);
    byKind.set(table.kind, (byKind.get(table.kind) ?? 0) + yuan);
  }
  const all = single.reduce((a, b) => a + b, 0);
  return { projects: single.length ? [...byKind.values(), all, ...single] : [], projectSum: all, units };
}

/** The budget totals a passage of prose states (预算共38万元, 项目资金合计150万): each in 元 with its words. */
function statedTotals(raw: string): Array<{ text: string; yuan: number; forProjects: boolean }> {
  const text = factText(raw);
  const amounts = moneyAmounts(raw) ?? [];
  const totals: Array<{ text: string; yuan: number; forProjects: boolean }> = [];
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
      totals.push({
        text: `${clause.slice(-16)}${amount.text}`,
        yuan: amount.yuan,
        forProjects: /项目/.test(clause),
      });
  }
  return totals;
}

/**
 * A budget explanation kept in the document (a 部门预算情况说明 or a self-evaluation report's 资金概况)
 * states a total that no table total matches: a total for 项目 against the project (or self-evaluation)
 * budgets, all of them or one; a total for the whole unit against a department table's 合计. Which tables
 * the prose covers is a judgement, so this is a warning.
 */
export const proseTotal: Rule = {
  meta: {
    id: 'sum/prose-total',
    description: '预算说明文字中的预算总额与各表预算数之和不符',
    severity: 'warning',
    tags: ['sum', 'money'],
    messages: {
      projectsDiffer: '说明文字写“{{stated}}”，而各项目表预算数之和为{{tables}}，相差{{gap}}',
      departmentDiffers: '说明文字写“{{stated}}”，而部门整体表的预算合计为{{tables}}，相差{{gap}}',
    },
  },
  check({ document }) {
    const { projects, projectSum, units } = readings(document);
    const reports: Report[] = [];
    for (const prose of document.prose) {
      for (const total of [...statedTotals(prose.title), ...statedTotals(prose.text)]) {
        const sums = total.forProjects ? projects : units;
        if (sums.length === 0 || sums.includes(total.yuan)) continue;
        const shown = total.forProjects ? projectSum : sums[0];
        reports.push({
          messageId: total.forProjects ? 'projectsDiffer' : 'departmentDiffers',
          data: {
            stated: total.text,
            tables: formatMoney(fromYuan(shown)),
            gap: formatMoney(fromYuan(Math.abs(total.yuan - shown))),
          },
          location: { table: prose.title.trim() || '说明文字', section: '说明文字' },
          suggestion:
            '核对说明文字中的总额与各表的预算数：若说明还包括未列表的支出，写明其金额；否则修正其中一处',
        });
      }
    }
    return reports;
  },
};
