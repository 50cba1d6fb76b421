import { describe, expect, it } from 'vitest';
import {
  findCounts,
  findItems,
  nameForCount,
  nameForText,
  withoutDigits,
} from '../../src/draft/offline/text.js';

describe('numbers in what the user wrote', () => {
  it('reads itemised amounts of 资金用途, in 万元 and 元, leaving totals and rates out', () => {
    expect(findItems('主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元；3.工程监理费3.5万元。')).toEqual([
      { name: '外墙保温改造', amount: '45.00' },
      { name: '雨污管网更换', amount: '30.00' },
      { name: '工程监理费', amount: '3.50' },
    ]);
    expect(findItems('共计80万元，其中设备采购5000元，每人每月600元，人均3000元')).toEqual([
      { name: '设备采购', amount: '0.50' },
    ]);
    expect(findItems('（1）培训费１２．５万元（2）资料印刷费2,000元')).toEqual([
      { name: '培训费', amount: '12.50' },
      { name: '资料印刷费', amount: '0.20' },
    ]);
    expect(findItems('约30万元用于维修')).toEqual([]);
  });

  it('reads counts with their unit and clause, not years, not money', () => {
    const counts = findCounts(
      '完成3个老旧小区改造，惠及居民420户；共240人。2025年投入45万元，使用年限15年，保洁面积1,200平方',
    );
    expect(counts.map((c) => [c.n, c.unit])).toEqual([
      [3, '个'],
      [420, '户'],
      [240, '人'],
      [15, '年'],
      [1200, '平方米'],
    ]);
    expect(counts[1]).toMatchObject({ before: '惠及居民', after: '' });
    expect(counts[0]).toMatchObject({ before: '完成', after: '老旧小区改造' });
  });

  it('names a count from its clause and never puts a digit in a name', () => {
    const name = (text: string) => nameForCount(findCounts(text)[0]);
    expect(name('为辖区8个社区提供法律咨询')).toBe('社区数量');
    expect(name('惠及居民420户')).toBe('惠及居民户数');
    expect(name('清运垃圾345吨')).toBe('清运垃圾量');
    expect(name('组织社区工作者业务培训4期')).toBe('社区工作者业务培训期数');
    expect(name('共240人')).toBeNull();
    expect(withoutDigits('2025年G312国道护路工程')).toBe('国道护路工程');
    expect(nameForText('2025年度补助5万元及3.5万元的3个小区改造')).toBe('补助及的3个小区改造');
    expect(nameForText('2025年')).toBe('本项目');
  });
});
