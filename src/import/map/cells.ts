import type { Money } from '../../domain/money.js';
import { normalizeText, parseMoneyInput, parseValue } from '../../value/index.js';
import { cellText, isBlank } from './labels.js';

/** What a cell reader says when a cell cannot be read: the reason, for an `import/unrecognised` finding. */
export type Complain = (reason: string) => void;

/**
 * An amount in 万元 (exact), null when blank; a cell that is not an amount is reported and read as
 * null. `unit`: what a bare number is in (元 after a "单位：元" marker).
 */
export function moneyCell(
  cell: string | undefined,
  complain: Complain,
  unit: '万元' | '元' = '万元',
): Money | null {
  if (isBlank(cell)) return null;
  const text = cellText(cell!);
  const result = parseMoneyInput(unit === '元' && /^\s*[\d.,]+\s*$/.test(text) ? `${text}元` : text);
  if (result.ok) return result.money;
  complain(result.error);
  return null;
}

/**
 * An amount at the start of a cell and what follows it: "854万(高标准农田建设400万元,…)" → 854 and
 * "(高标准农田建设400万元,…)"; "总额10606.7522万元" has no amount at its start. Null when none.
 */
export function leadingMoney(
  cell: string,
  unit: '万元' | '元' = '万元',
): { money: Money; rest: string } | null {
  const text = cellText(cell).normalize('NFKC');
  const m = /^\s*([\d,]+(?:\.\d+)?)\s*(万元|万|元|亿元)?/.exec(text);
  if (!m) return null;
  const result = parseMoneyInput(`${m[1]}${m[2] ?? (unit === '元' ? '元' : '')}`);
  if (!result.ok || result.money === null) return null;
  return { money: result.money, rest: text.slice(m[0].length).trim() };
}

/** Whether a cell holds an amount (and nothing else). */
export function isMoneyCell(cell: string | undefined): boolean {
  if (isBlank(cell)) return false;
  const result = parseMoneyInput(cellText(cell!));
  return result.ok && result.money !== null;
}

/** A plain number (分值, 得分, a plan percentage): "10", "7.3", "20%", "5分". Null when blank. */
export function numberCell(cell: string | undefined, complain: Complain, what: string): number | null {
  if (isBlank(cell)) return null;
  const s = normalizeText(cellText(cell!)).replace(/(%|分)$/, '');
  if (/^-?\d+(\.\d+)?$/.test(s) && s.length <= 20) return Number(s);
  if (/^(无|-+|—+|\/|\\)$/.test(s)) return null;
  complain(`${what}“${cellText(cell!)}”不是数字`);
  return null;
}

const QUALITATIVE_VALUE =
  /^(是|否|有|无|有效|显著|明显|良好|优良|长期|可控|达标|合格|完成|提升|提高|稳定|正常|保障|有所保障|有效保障|有效提升|有效促进|有效改善|持续|逐步提高|进一步提高|大幅提升|达到预期|符合要求|按时完成|无事故|零事故)$/;

/** Whether a cell reads as a 指标值 (a quantity, a deadline, a placeholder "……", or a short qualitative word). */
export function isValueLike(cell: string | undefined): boolean {
  if (isBlank(cell)) return false;
  const text = cellText(cell!);
  const value = parseValue(text);
  if (value.quantitative) return true;
  if (value.kind === 'blank') return true;
  return QUALITATIVE_VALUE.test(normalizeText(text));
}

/** The non-blank cells of a row as one short excerpt for a message. */
export function excerpt(cells: string[], max = 60): string {
  const text = cells
    .map((c) => cellText(c).replace(/\n/g, ' '))
    .filter(Boolean)
    .join(' | ');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The row with the cells up to `index` blanked, so the columns of the rest keep their places. */
export function after(cells: string[], index: number): string[] {
  return cells.map((cell, i) => (i <= index ? '' : cell));
}

/** The filled cells of a row. */
export const texts = (cells: string[]) => cells.filter((cell) => !isBlank(cell));
