import { describe, expect, it } from 'vitest';
import {
  applyScheme,
  rescore,
  setTotalFund,
  tableStatus,
  toggleExcluded,
  weightGap,
} from '../../src/selfeval/edit.js';
import { selfEvalFundRows } from '../../src/selfeval/funds.js';
import { cleanTable } from './clean-fixture.js';
import { departmentTable } from './department-fixture.js';

const context = { thresholds: { excellent: 90, good: 80, fair: 60 }, year: 2024 };

describe('table edits (either kind of self-evaluation)', () => {
  it('a complete table has nothing missing; a blank 执行数 and an unscored row are named', () => {
    expect(tableStatus(departmentTable(), context)).toMatchObject({
      complete: true,
      missing: [],
      weightTotal: 100,
    });
    const open = setTotalFund(departmentTable(), { spent: null });
    const unscored = {
      ...open,
      indicators: open.indicators.map((i, k) => (k === 0 ? { ...i, actual: '' } : i)),
    };
    expect(tableStatus(unscored, context).missing).toEqual([
      '全年执行数未填写。',
      '“市容巡查出动次数”的实际完成值未填写。',
    ]);
  });

  it('re-scores after the 执行数 changes, keeping the kind', () => {
    const t = rescore(setTotalFund(departmentTable(), { spent: '520.00' }), context);
    expect(t.kind).toBe('department-self-evaluation');
    expect(t.funds[0]).toMatchObject({ rate: '100.00%', score: 10 });
    expect(t.totalScore).toBe(98.33);
  });

  it('a new 年初预算数 that no longer matches the parts clears their 年初预算数', () => {
    const kept = setTotalFund(departmentTable(), { initial: '500.00' });
    expect(kept.funds.map((f) => f.initial)).toEqual(['500.00', '300.00', '200.00']);
    const cleared = setTotalFund(departmentTable(), { initial: '450.00' });
    expect(cleared.funds.map((f) => f.initial)).toEqual(['450.00', null, null]);
  });

  it('spreads a weight scheme, and says why one cannot be spread', () => {
    const spread = applyScheme(departmentTable(), {
      execution: 20,
      output: 40,
      effect: 30,
      satisfaction: 10,
    });
    expect(spread.ok && spread.table.indicators.map((i) => i.weight)).toEqual([13.34, 13.33, 13.33, 30, 10]);
    expect(spread.ok && spread.table.funds[0]?.weight).toBe(20);
    const bad = applyScheme(cleanTable(), { execution: 10, output: 50, effect: 30, satisfaction: 20 });
    expect(bad).toMatchObject({ ok: false, problem: expect.stringContaining('应为 100') as unknown });
  });

  it('an excluded indicator leaves a gap in the weights until they are spread again', () => {
    const t = toggleExcluded(departmentTable(), 4, context);
    expect(t.indicators[4]?.status).toBe('rejected');
    expect(weightGap(tableStatus(t, context).weightTotal)).toBe('分值合计 90，比 100 少 10 分');
    expect(toggleExcluded(t, 4, context).indicators[4]?.status).toBeUndefined();
  });
});

describe('funds rows of a new self-evaluation', () => {
  const budget = { total: '38.00', fiscal: '30.00', other: '8.00' };
  it('project: 年度资金总额 then 当年财政拨款 / 上年结转资金 / 其他资金, parts from the target when 年初 is its 预算数', () => {
    expect(
      selfEvalFundRows('self-evaluation', budget, { initial: '38.00' }).map((f) => [f.label, f.initial]),
    ).toEqual([
      ['年度资金总额', '38.00'],
      ['其中：当年财政拨款', '30.00'],
      ['上年结转资金', null],
      ['其他资金', '8.00'],
    ]);
  });
  it('whole unit: 财政拨款 / 其他资金; parts left blank when 年初 differs from the target', () => {
    expect(
      selfEvalFundRows('department-self-evaluation', budget, { initial: '40.00' }).map((f) => [
        f.label,
        f.initial,
      ]),
    ).toEqual([
      ['年度资金总额', '40.00'],
      ['其中：财政拨款', null],
      ['其他资金', null],
    ]);
  });
});
