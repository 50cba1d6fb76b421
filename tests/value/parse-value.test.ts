import { describe, expect, it } from 'vitest';
import { formatValue, parseValue } from '../../src/value/index.js';

describe('parseValue: the forms of docs/domain.md §3 and the examples', () => {
  const cases: Array<[string, Partial<ReturnType<typeof parseValue>>]> = [
    ['≥95%', { kind: 'number', op: '≥', numbers: [95], unit: '%' }],
    ['>=100人', { kind: 'number', op: '≥', numbers: [100], unit: '人' }],
    ['=100%', { kind: 'number', op: '=', opExplicit: true, numbers: [100], unit: '%' }],
    ['100%', { kind: 'number', op: '=', opExplicit: false, numbers: [100], unit: '%' }],
    ['≤9.51万元/人', { kind: 'number', op: '≤', numbers: [9.51], unit: '万元/人' }],
    // A note after the unit is not part of it (the text keeps it).
    ['100%（含）', { kind: 'number', op: '=', numbers: [100], unit: '%', unitRaw: '%(含)' }],
    ['≥95%\n（全年）', { kind: 'number', op: '≥', numbers: [95], unit: '%' }],
    ['120人左右', { kind: 'number', op: '=', numbers: [120], unit: '人' }],
    ['≤15万元', { kind: 'number', op: '≤', numbers: [15], unit: '万元' }],
    ['=3374.98平方', { kind: 'number', numbers: [3374.98], unit: '平方米', unitRaw: '平方' }],
    ['≤2万', { unit: '万元', unitRaw: '万' }],
    ['≥1年', { op: '≥', numbers: [1], unit: '年' }],
    ['≤24小时', { op: '≤', numbers: [24], unit: '小时' }],
    ['<=10%', { op: '≤', numbers: [10], unit: '%' }],
    ['≤10月底', { kind: 'deadline', op: '≤', numbers: [10], unit: '月底' }],
    ['12月31日前', { kind: 'deadline', op: '≤', numbers: [12, 31], unit: '日期' }],
    ['1/160', { kind: 'composite', numbers: [1, 160], unit: '' }],
    ['80/92/8', { kind: 'composite', numbers: [80, 92, 8] }],
    ['1434', { kind: 'number', op: '=', numbers: [1434], unit: '' }],
    ['是', { kind: 'qualitative', op: null, quantitative: false }],
    ['有效', { kind: 'qualitative' }],
    ['显著', { kind: 'qualitative' }],
    ['可控', { kind: 'qualitative' }],
    ['有效保障', { kind: 'qualitative' }],
    ['无', { kind: 'blank', quantitative: false }],
    ['', { kind: 'blank' }],
    ['……', { kind: 'blank' }],
    ['　', { kind: 'blank' }],
    ['＞＝９５％', { kind: 'number', op: '≥', numbers: [95], unit: '%' }],
    ['＞90%', { op: '>', numbers: [90] }],
    ['≧ 1,434 户', { op: '≥', numbers: [1434], unit: '户' }],
    ['≦ 5 天', { op: '≤', numbers: [5], unit: '天' }],
    ['不少于4次', { op: '≥', numbers: [4], unit: '次' }],
    ['95%以上', { op: '≥', numbers: [95], unit: '%' }],
    ['3个工作日内', { op: '≤', numbers: [3], unit: '工作日' }],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const value = parseValue(text);
      expect(value).toMatchObject(expected);
      expect(value.text).toBe(text);
      expect(value.quantitative).toBe(['number', 'deadline', 'composite'].includes(value.kind));
    });
  }
});

describe('formatValue gives the canonical text', () => {
  const cases: Array<[string, string]> = [
    ['>=95%', '≥95%'],
    ['＜＝ 15 万元', '≤15万元'],
    ['=3374.98平方', '=3374.98平方米'],
    ['100%', '100%'],
    ['1/160', '1/160'],
    ['≤10月底', '≤10月底'],
    ['有效', '有效'],
  ];
  for (const [input, output] of cases) {
    it(`${input} → ${output}`, () => expect(formatValue(parseValue(input))).toBe(output));
  }
  it('is stable: formatting a formatted value changes nothing', () => {
    for (const [input] of cases) {
      const once = formatValue(parseValue(input));
      expect(formatValue(parseValue(once))).toBe(once);
    }
  });
});
