import { excerpt, leadingMoney, texts, type Complain } from './cells.js';
import type { TableDraft } from './draft.js';
import { cellText, fieldLabel, isBlank, labelKey, shortText } from './labels.js';

/**
 * A project's budget build-up ("项目预算成本构成 | 金额 | 测算(公式)依据 | 2020年实际执行数", then one row
 * per cost and a 合计): each cost and its amount is a line of the money's use (资金用途), the 合计 is
 * the budget when no other row gave it, and the other columns (past years) are kept as notes.
 */
export interface CostColumns {
  label: number;
  amount: number;
  basis?: number;
  headers: string[];
}

const COST_LABEL =
  /(成本构成|成本测算|预算明细|支出明细|测算明细|费用构成|资金构成|支出内容|明细项目|费用明细|经济分类)/;
const AMOUNT = /^(金额|预算金额|预算数|测算金额|预算|金额（万元）|预算金额（万元）)$/;
const BASIS = /(依据|测算|说明|标准)/;

export function costHeader(cells: string[]): CostColumns | null {
  const keys = cells.map((cell) => (cell.length > 40 ? '' : labelKey(cell)));
  const label = keys.findIndex((key) => COST_LABEL.test(key));
  if (label < 0) return null;
  const amount = keys.findIndex((key, i) => i > label && AMOUNT.test(key));
  if (amount < 0) return null;
  const basis = keys.findIndex((key, i) => i > label && i !== amount && BASIS.test(key));
  return {
    label,
    amount,
    ...(basis >= 0 ? { basis } : {}),
    headers: cells.map((cell) => shortText(cell)),
  };
}

export function readCostRow(draft: TableDraft, cells: string[], complain: Complain): void {
  const cols = draft.costCols!;
  const name = cellText(cells[cols.label] ?? '');
  if (name === '') {
    if (texts(cells).length > 0) complain(`成本构成行“${excerpt(cells)}”没有名称，未导入`);
    return;
  }
  const amountCell = cells[cols.amount] ?? '';
  const read = isBlank(amountCell) ? null : leadingMoney(amountCell, draft.moneyUnit);
  const rest = cells
    .map((cell, i) => [cell, i] as const)
    .filter(([cell, i]) => i !== cols.label && i !== cols.amount && i !== cols.basis && !isBlank(cell));
  for (const [cell, i] of rest)
    draft.tableNotes.push(`${name} ${cols.headers[i] ?? ''}：${cellText(cell)}`.trim());
  if (fieldLabel(cells[cols.label]) === 'total') {
    if (read && draft.budget.total === null) draft.budget.total = read.money;
    else if (!isBlank(amountCell)) draft.tableNotes.push(`${name}：${cellText(amountCell)}`);
    return;
  }
  const basis = cols.basis === undefined ? '' : cellText(cells[cols.basis] ?? '');
  const amount = read ? `${read.money}万元` : cellText(amountCell);
  draft.purpose.push(`${name}${amount ? `：${amount}` : ''}${basis ? `（${basis}）` : ''}`);
}
