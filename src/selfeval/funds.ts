import type { DepartmentTable, SelfEvalFundRow } from '../domain/document.js';
import type { Funding, Money } from '../domain/money.js';
import { moneyEquals, sumMoney } from '../value/money.js';

/** The funds rows each kind of self-evaluation lists under 年度资金总额 (the official forms). */
const PART_LABELS = {
  'self-evaluation': ['其中：当年财政拨款', '上年结转资金', '其他资金'],
  'department-self-evaluation': ['其中：财政拨款', '其他资金'],
} as const;

export type SelfEvalKind = keyof typeof PART_LABELS;

/** A target's 预算数 as one amount: its 总额, else 财政拨款 + 其他资金 when either is given. */
export function budgetTotal(budget: Funding): Money | null {
  if (budget.total != null) return budget.total;
  return budget.fiscal != null || budget.other != null ? sumMoney([budget.fiscal, budget.other]) : null;
}

/** A whole-unit table's 预算数: the tasks' 合计 row as written, else the sum of the tasks. */
export function departmentBudget(department: DepartmentTable): Funding {
  if (department.tasksTotal) return department.tasksTotal;
  const column = (pick: (f: Funding) => Money | null): Money | null => {
    const cells = department.tasks.map((t) => pick(t.funding));
    return cells.some((c) => c != null) ? sumMoney(cells) : null;
  };
  return { total: column(budgetTotal), fiscal: column((f) => f.fiscal), other: column((f) => f.other) };
}

function blankRow(label: string, initial: Money | null = null): SelfEvalFundRow {
  return { label, initial, full: null, spent: null, weight: null, rate: '', score: null };
}

/**
 * The funds rows of a new self-evaluation: 年度资金总额 (from `total`, the only scored row), then its
 * parts. The parts' 年初预算数 come from the target's 财政拨款 / 其他资金 when the 年初预算数 is the
 * target's 预算数; otherwise nothing says how it splits, and they stay blank.
 */
export function selfEvalFundRows(
  kind: SelfEvalKind,
  budget: Funding,
  total: Partial<SelfEvalFundRow>,
): SelfEvalFundRow[] {
  const head = { ...blankRow('年度资金总额'), ...total };
  const targetTotal = budgetTotal(budget);
  const same = head.initial != null && targetTotal != null && moneyEquals(head.initial, targetTotal);
  const fromTarget = (label: string): Money | null => {
    if (!same) return null;
    if (/财政拨款/.test(label)) return budget.fiscal;
    if (/其他资金/.test(label)) return budget.other;
    return null;
  };
  return [head, ...PART_LABELS[kind].map((label) => blankRow(label, fromTarget(label)))];
}
