import type { SpendingPlan } from '../../domain/document.js';
import { excerpt, numberCell, type Complain } from './cells.js';
import type { TableDraft } from './draft.js';
import { cellText, isBlank, planMonth } from './labels.js';

/** 资金支出计划（%）: cumulative shares by 3月底 / 6月底 / 10月底 / 12月底. */
const PLAN_MONTH: Record<number, keyof SpendingPlan> = { 3: 'mar', 6: 'jun', 9: 'oct', 10: 'oct', 12: 'dec' };

/** "3月底 | 6月底 | 10月底 | 12月底" (values on the next row), "3月底 | 20% | 6月底 | 50% …", or the values row. */
export function readPlanRow(draft: TableDraft, cells: string[], complain: Complain): void {
  draft.plan ??= { mar: null, jun: null, oct: null, dec: null };
  const plan = draft.plan;
  const months = cells.map(planMonth);
  if (months.some((m) => m !== null)) {
    draft.planCols = new Map();
    months.forEach((month, i) => {
      if (month === null) return;
      const key = PLAN_MONTH[month];
      if (!key)
        return complain(`资金支出计划的“${cellText(cells[i])}”不是 3月底/6月底/10月底/12月底 之一，未导入`);
      // A quarterly plan's 9月底 share stands in the 10月底 field (by then at least that much is spent).
      if (month === 9) draft.tableNotes.push(`资金支出计划的“${cellText(cells[i])}”（9月底）记在10月底一栏`);
      const next = cells[i + 1];
      if (next !== undefined && !isBlank(next) && planMonth(next) === null)
        plan[key] = numberCell(next, complain, '支出进度');
      else draft.planCols!.set(i, key);
    });
    return;
  }
  const filled = cells.map((cell, i) => [cell, i] as const).filter(([cell]) => !isBlank(cell));
  if (draft.planCols && draft.planCols.size > 0) {
    for (const [i, key] of draft.planCols) plan[key] = numberCell(cells[i], complain, '支出进度');
    const stray = filled.filter(([, i]) => !draft.planCols!.has(i)).map(([cell]) => cell);
    if (stray.length > 0) complain(`资金支出计划多出的内容“${excerpt(stray)}”未导入`);
    return;
  }
  const keys: Array<keyof SpendingPlan> = ['mar', 'jun', 'oct', 'dec'];
  filled.slice(0, 4).forEach(([cell], k) => (plan[keys[k]] = numberCell(cell, complain, '支出进度')));
  if (filled.length > 4)
    complain(`资金支出计划多出的内容“${excerpt(filled.slice(4).map(([c]) => c))}”未导入`);
}
