import type { Money } from './schema.js';
import { normalizeText, stripThousands } from './normalize.js';

/**
 * Money is held as a decimal string of 万元 and added up in integer 元 (万元 × 10 000), so
 * 512.40 + 86.30 + 64.00 + 18.50 is exactly 681.20 (it is not in floating point).
 */
const SCALE = 10_000;

export function toYuan(money: Money): number {
  const m = /^(-?)(\d{1,11})(?:\.(\d{1,4}))?$/.exec(money);
  if (!m) throw new Error(`不是金额：${money}`);
  const yuan = Number(m[2]) * SCALE + Number((m[3] ?? '').padEnd(4, '0'));
  return m[1] ? -yuan : yuan;
}

/** 元 → "80.00": two decimals at least, up to four when the amount needs them ("12.345"). */
export function fromYuan(yuan: number): Money {
  const sign = yuan < 0 ? '-' : '';
  const abs = Math.abs(Math.round(yuan));
  const whole = Math.floor(abs / SCALE);
  const frac = String(abs % SCALE)
    .padStart(4, '0')
    .replace(/0{1,2}$/, '')
    .padEnd(2, '0');
  return `${sign}${whole}.${frac}`;
}

export function sumMoney(values: Array<Money | null | undefined>): Money {
  return fromYuan(values.reduce((acc, v) => acc + (v ? toYuan(v) : 0), 0));
}

export function moneyEquals(a: Money, b: Money): boolean {
  return toYuan(a) === toYuan(b);
}

/** "80.00 万元" for messages. */
export function formatMoney(money: Money | null | undefined): string {
  return money == null ? '（空）' : `${fromYuan(toYuan(money))}万元`;
}

/** A number (already in 万元) to Money, rounded to 元. */
export function moneyFromNumber(wan: number): Money {
  return fromYuan(Math.round(wan * SCALE));
}

export type MoneyInput = { ok: true; money: Money | null } | { ok: false; error: string };

/**
 * Reads an amount typed by a person or found in a cell: "80", "80.5", "８０", "80万", "80万元",
 * "1,234.50", "800000元" (→ 80.00). Blank gives null. Anything else gets a Chinese message.
 */
export function parseMoneyInput(
  input: string | number | null | undefined,
  options: { allowNegative?: boolean } = {},
): MoneyInput {
  if (input == null) return { ok: true, money: null };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, error: '金额不是有效数字。' };
    if (input < 0 && !options.allowNegative) return { ok: false, error: '金额不能为负数。' };
    return { ok: true, money: moneyFromNumber(input) };
  }
  const s = stripThousands(normalizeText(input)).replace(/^[¥￥]/, '');
  if (s === '' || /^(无|-|—|\/)$/.test(s)) return { ok: true, money: null };
  const m = /^(-?\d+(?:\.\d+)?)(万元|万|元|千元|亿元)?$/.exec(s);
  if (!m) {
    return { ok: false, error: `“${input.trim()}”不是金额。请只填数字，单位为万元，例如 80 或 80.5。` };
  }
  const n = Number(m[1]);
  if (n < 0 && !options.allowNegative) return { ok: false, error: '金额不能为负数。' };
  const unit = m[2] ?? '万元';
  const factor = unit === '元' ? 1 / SCALE : unit === '千元' ? 0.1 : unit === '亿元' ? SCALE : 1;
  const wan = n * factor;
  if (Math.abs(wan) > 1e9) return { ok: false, error: `金额 ${input.trim()} 过大，请确认单位是万元。` };
  return { ok: true, money: moneyFromNumber(wan) };
}
