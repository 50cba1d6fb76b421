import { describe, expect, it } from 'vitest';
import { makeIndicator, makeProject } from '../../src/domain/build.js';
import { moneyAmounts } from '../../src/facts/money.js';
import { rateMentions, rateUnit } from '../../src/facts/rates.js';
import { tableFacts, textFacts } from '../../src/facts/table-facts.js';

describe('money in prose', () => {
  it.each([
    ['资金150万用于道路硬化', 1_500_000],
    ['道路硬化150万元', 1_500_000],
    ['购置设备1,500,000元', 1_500_000],
    ['安装费12.5万元', 125_000],
    ['监理费0.35万元', 3_500],
  ])('%s → %i 元', (text, yuan) => {
    expect(moneyAmounts(text)?.map((a) => a.yuan)).toEqual([yuan]);
  });
  it('万 before a unit is no money; a rate is no item; 约 makes the text approximate', () => {
    expect(moneyAmounts('惠及2.1万人，改造1.5万平方米')).toEqual([]);
    expect(moneyAmounts('每人每月100元')).toEqual([]);
    expect(moneyAmounts('约150万元')).toBeNull();
  });
});

describe('rates', () => {
  it('reads 每…, …均 and slashed rates with their denominators', () => {
    const found = rateMentions(
      '每生每天4元；每亩1000元；每人每月100元；人均0.5万元；400元/人次；120万元/公里；200元/人·月',
    );
    expect(found.map((r) => [r.yuan, r.per.count?.family ?? null, r.per.time?.family ?? null])).toEqual([
      [4, '人', '天'],
      [1000, '亩', null],
      [100, '人', '个月'],
      [5000, '人', null],
      [400, '人次', null],
      [1_200_000, '米', null],
      [200, '人', '个月'],
    ]);
    expect(found[5].per.count?.factor).toBe(1000);
  });
  it('reads a value unit as a rate', () => {
    expect(rateUnit('万元/辆')).toMatchObject({ factor: 10_000, per: { count: { family: '辆' } } });
    expect(rateUnit('万元')).toBeNull();
    expect(rateUnit('元/月·人')).toMatchObject({
      per: { label: '人·月', count: { family: '人' }, time: { family: '个月' } },
    });
    expect(rateUnit('%')).toBeNull();
  });
});

describe('table facts', () => {
  it('states (quantity, unit, object, comparator, source) for texts and values', () => {
    const [fact] = textFacts('为困难家庭发放取暖补贴，共120户。', { field: '资金用途' });
    expect(fact).toMatchObject({ number: 120, unit: '户', op: '=', source: { field: '资金用途' } });
    expect(fact.object).toContain('取暖补贴');
    const [floor] = textFacts('培训不少于200人次', { field: '绩效目标' });
    expect(floor).toMatchObject({ base: 200, op: '≥' });
    const [many] = textFacts('受益2.1万人', { field: '绩效目标' });
    expect(many.base).toBe(21_000);
  });
  it('counts wells, ponds and livestock in their own counters (口, 眼, 头)', () => {
    expect(textFacts('维修山塘12口、新打机井3眼', { field: '绩效目标' }).map((f) => f.unit)).toEqual([
      '口',
      '眼',
    ]);
    expect(textFacts('免疫生猪5万头', { field: '绩效目标' })[0]).toMatchObject({
      unit: '万头',
      base: 50_000,
    });
    expect(textFacts('服务人口3000人', { field: '绩效目标' })[0]).toMatchObject({ unit: '人', number: 3000 });
  });
  it('is read once per table object', () => {
    const table = makeProject({
      projectName: '培训',
      purpose: '培训2000人次',
      indicators: [
        makeIndicator({ level1: '产出指标', level2: '成本指标', name: '人均成本', value: '≤400元/人次' }),
      ],
    });
    const first = tableFacts(table);
    expect(tableFacts(table)).toBe(first);
    const rate = first.facts.find((f) => f.per);
    expect(rate).toMatchObject({ base: 400, source: { field: '指标值', indicatorIndex: 0 } });
  });
});
