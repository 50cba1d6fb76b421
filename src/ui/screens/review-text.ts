import { CATEGORY_LABELS } from '../../domain/categories.js';
import type { Table } from '../../domain/document.js';
import { sumMoney } from '../../value/money.js';
import { wrapText } from '../text/wrap.js';

/** The table's facts under the review's title: budget, category, code; or the tasks and their sum. */
export function tableFacts(table: Table): string {
  if (table.kind === 'project') {
    const category = table.category ? CATEGORY_LABELS[table.category] : '未分类';
    const plan = table.plan
      ? `支出计划 ${[table.plan.mar, table.plan.jun, table.plan.oct, table.plan.dec].map((n) => n ?? '—').join('/')}%`
      : '支出计划未填（按 t 填写）';
    return `预算 ${table.budget.total ?? sumMoney([table.budget.fiscal, table.budget.other])} 万元 · 类别：${category}${table.code ? ` · 编码 ${table.code}` : ''} · ${plan}`;
  }
  if (table.kind === 'department')
    return `年度主要任务 ${table.tasks.length} 项，合计 ${sumMoney(table.tasks.map((t) => t.funding.total ?? sumMoney([t.funding.fiscal, t.funding.other])))} 万元`;
  return '';
}

/** Lines of `text` wrapped to `width`, at most `max` (a longer text ends "…" at a line's end). */
export function wrappedLines(text: string, width: number, max: number): string[] {
  const all = text ? wrapText(text, Math.max(10, width)) : [];
  return all.length <= max ? all : [...all.slice(0, max - 1), `${all[max - 1].slice(0, -1)}…`];
}
