import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  fromYuan,
  moneyEquals,
  parseMoneyInput,
  sumMoney,
  toYuan,
} from '../../src/value/index.js';

describe('money', () => {
  it('adds exactly where floats do not', () => {
    expect(512.4 + 86.3 + 64 + 18.5).not.toBe(681.2);
    expect(sumMoney(['512.40', '86.30', '64.00', '18.50'])).toBe('681.20');
    expect(sumMoney(['337.72', '17.8', '3.9', '47'])).toBe('406.42');
    expect(moneyEquals(sumMoney(['0.1', '0.2']), '0.30')).toBe(true);
  });
  it('round-trips through integer 元', () => {
    for (const m of ['0.00', '80.00', '0.1234', '1338.92', '-3.50', '12.345'])
      expect(fromYuan(toYuan(m))).toBe(m.replace(/^(-?\d+\.\d)$/, '$10'));
    expect(toYuan('80')).toBe(800000);
    expect(formatMoney('6')).toBe('6.00万元');
    expect(formatMoney(null)).toBe('（空）');
  });
  it('reads what people type', () => {
    expect(parseMoneyInput('80')).toEqual({ ok: true, money: '80.00' });
    expect(parseMoneyInput('80万')).toEqual({ ok: true, money: '80.00' });
    expect(parseMoneyInput('80.5万元')).toEqual({ ok: true, money: '80.50' });
    expect(parseMoneyInput('８０．５')).toEqual({ ok: true, money: '80.50' });
    expect(parseMoneyInput('1,234.5')).toEqual({ ok: true, money: '1234.50' });
    expect(parseMoneyInput('800000元')).toEqual({ ok: true, money: '80.00' });
    expect(parseMoneyInput(' ')).toEqual({ ok: true, money: null });
    expect(parseMoneyInput(12.3)).toEqual({ ok: true, money: '12.30' });
  });
  it('rejects nonsense with a Chinese message', () => {
    for (const bad of ['abc', '80万8', '1.2.3', '--5']) {
      const r = parseMoneyInput(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/金额/);
    }
    const negative = parseMoneyInput('-5');
    expect(negative.ok).toBe(false);
    expect(parseMoneyInput('-5', { allowNegative: true })).toEqual({ ok: true, money: '-5.00' });
    expect(parseMoneyInput(Number.NaN).ok).toBe(false);
  });
});
