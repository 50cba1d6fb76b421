import type { Funding } from '../../domain/money.js';

/** The three money columns of a funding row, with the headings tables give them. */
export const COLUMNS: Array<{ key: keyof Funding; label: string }> = [
  { key: 'total', label: '总额' },
  { key: 'fiscal', label: '财政拨款' },
  { key: 'other', label: '其他资金' },
];

/** "337.72 + 17.8 + 3.9 + 47" as written (blank cells as 0). */
export function addends(values: Array<string | null>): string {
  return values.map((v) => v ?? '0').join(' + ');
}
