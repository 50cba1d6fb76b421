import { describe, expect, it } from 'vitest';
import {
  describeProduct,
  findStandards,
  standardProduct,
  standardRow,
  standardUnit,
} from '../../src/draft/offline/standards.js';
import { findCounts, phraseForCount, uniqueCounts } from '../../src/draft/offline/text.js';

const standards = (text: string) => findStandards(text).map((s) => `${s.n}${standardUnit(s)} ${s.noun}`);
const product = (text: string) => {
  const counts = uniqueCounts(findCounts(text));
  return findStandards(text).map((s) => {
    const p = standardProduct(s, counts);
    return p ? describeProduct(p) : null;
  });
};

describe('standards written in the purpose', () => {
  it('reads 每X每Y N元 and N元/X·Y with their units and what the amount is', () => {
    expect(standards('为全县13000名学生每生每天补助4元，全年200天。')).toEqual(['4元/生·天 补助']);
    expect(standards('新建高标准农田1.2万亩，每亩1000元。')).toEqual(['1000元/亩 ']);
    expect(standards('保障低保对象1500人，每人每月补助标准为100元。')).toEqual(['100元/人·月 补助']);
    expect(standards('保管费用按240元/吨·年补贴')).toEqual(['240元/吨·年 保管费用']);
    expect(standards('每学生每学期补助625元；护林员工资1500元/人/月')).toEqual([
      '625元/生·学期 补助',
      '1500元/人·月 护林员工资',
    ]);
    expect(standards('主要用于外墙保温改造45万元，人均3000元以上')).toEqual([]);
  });

  it('makes a 成本 row with the unit and the number once in its description', () => {
    const [s] = findStandards('每生每天4元');
    expect(standardRow(s!, '补助')).toMatchObject({
      dimension: 'cost',
      name: '每生每天补助标准',
      value: '=4元/生·天',
      description: '每生每天补助标准为4元/生·天',
    });
  });

  it('multiplies a standard by the counts of the same text (months assumed 12 when the text gives none)', () => {
    expect(product('为全县13000名学生每生每天补助4元，全年200天。')).toEqual([
      '13000名 × 4元/生·天 × 200天 = 1040万元',
    ]);
    expect(product('新建高标准农田1.2万亩，每亩1000元。')).toEqual(['12000亩 × 1000元/亩 = 1200万元']);
    expect(product('低保对象1500人，每人每月100元。')).toEqual([
      '1500人 × 100元/人·月 × 12个月（按全年计） = 180万元',
    ]);
    // A daily standard without the number of days cannot be multiplied.
    expect(product('为13000名学生每生每天补助4元。')).toEqual([null]);
  });
});

describe('counts in the purpose', () => {
  it('reads counts written in 万 as the plain unit', () => {
    expect(
      findCounts('新建高标准农田1.2万亩，栽植苗木3万株，免疫生猪500头').map((m) => `${m.n}${m.unit}`),
    ).toEqual(['12000亩', '30000株', '500头']);
  });

  it('never cuts a description in the middle of a phrase that leads to another figure', () => {
    const [students] = findCounts('为全县13000名学生每生每天补助4元，全年200天。');
    expect(phraseForCount(students!, '13000名')).toBe('全县13000名学生');
    const [villages] = findCounts('维修养护农村饮水安全工程40处。');
    expect(phraseForCount(villages!, '40处')).toBe('维修养护农村饮水安全工程40处');
  });
});
