import { describe, expect, it } from 'vitest';
import { makeDepartment, makeIndicator, makeProject } from '../../src/domain/build.js';
import { JixiaoDocument } from '../../src/domain/document.js';
import { tableFacts } from '../../src/facts/table-facts.js';
import { costRules } from '../../src/rules/cost/index.js';
import { reportMessage } from '../../src/rules/messages.js';
import { sumRules } from '../../src/rules/sum/index.js';
import { valueRules } from '../../src/rules/value/index.js';
import { seededRandom } from '../support/random.js';

/** Numbers, units, rates and odd characters as damaged cells mix them. */
const PIECES = [
  '',
  '，',
  '。',
  '共',
  '每',
  '每人每月',
  '人均',
  '约',
  '≥',
  '≤',
  '1,500,000',
  '150',
  '0.5',
  '12',
  '万',
  '万元',
  '元',
  '元/人次',
  '/人·月',
  '人',
  '人次',
  '户',
  '个',
  '公里',
  '亩',
  '个月',
  '天',
  '培训',
  '道路',
  '汛期前',
  '明显改善',
  '(',
  '*',
  '\\',
  '𠮷',
];

function oddText(next: () => number): string {
  let text = '';
  for (let i = Math.floor(next() * 10); i > 0; i--) text += PIECES[Math.floor(next() * PIECES.length)];
  return next() < 0.02 ? text.repeat(500) : text;
}

describe('facts and the value/, cost/, sum/ rules on odd input', () => {
  it('never throw on 200 documents of odd numbers and units, and read them quickly', () => {
    const next = seededRandom(12);
    const rules = [...valueRules, ...costRules, ...sumRules];
    const started = performance.now();
    for (let n = 0; n < 200; n++) {
      const row = () =>
        makeIndicator({
          level1: next() < 0.5 ? '产出指标' : '效益指标',
          level2: ['数量指标', '成本指标', '时效指标', '社会效益指标'][Math.floor(next() * 4)],
          name: oddText(next),
          description: oddText(next),
          value: oddText(next),
        });
      const document = JixiaoDocument.parse({
        unit: { name: 'x', year: 2025, framework: 'local' },
        tables: [
          makeProject({
            projectName: oddText(next),
            budget: { total: next() < 0.8 ? '36.00' : null, fiscal: null, other: null },
            purpose: oddText(next),
            goals: oddText(next),
            indicators: Array.from({ length: 6 }, row),
          }),
          makeDepartment({
            unitName: oddText(next),
            goals: oddText(next),
            tasks: [
              {
                name: oddText(next),
                content: oddText(next),
                funding: { total: '10.00', fiscal: null, other: null },
              },
            ],
            indicators: [row(), row()],
          }),
        ],
        prose: [{ title: oddText(next), text: oddText(next), before: 0 }],
      });
      for (const table of document.tables)
        for (const fact of tableFacts(table).facts) expect(Number.isFinite(fact.base)).toBe(true);
      for (const rule of rules) {
        for (const report of rule.check({ document, framework: 'local' })) {
          const message = reportMessage(rule, report);
          expect(message.length).toBeGreaterThan(0);
          expect(message).not.toMatch(/NaN|undefined|Infinity/);
        }
      }
    }
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
