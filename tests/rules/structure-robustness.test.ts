import { describe, expect, it } from 'vitest';
import {
  makeDepartment,
  makeIndicator,
  makeProject,
  makeSelfEval,
  makeSelfEvalIndicator,
} from '../../src/domain/build.js';
import { JixiaoDocument } from '../../src/domain/document.js';
import { dupRules } from '../../src/rules/dup/index.js';
import { reportMessage } from '../../src/rules/messages.js';
import { relevanceRules } from '../../src/rules/relevance/index.js';
import { structureRules } from '../../src/rules/structure/index.js';
import { textRules } from '../../src/rules/text/index.js';
import { seededRandom } from '../support/random.js';

/** Odd text as it comes out of damaged Word files: brackets, regex characters, ellipses, years, huge cells. */
const PIECES = [
  '',
  ' ',
  '\n',
  '……',
  'XX',
  '（',
  '）',
  '(',
  '[',
  '*',
  '?',
  '\\',
  '$',
  '2023年度目标',
  '本年度（2019年）',
  '满意度',
  '指标',
  '成本指标',
  '产出',
  '率',
  '≥',
  '100%',
  '人',
  '。',
  '；',
  '𠮷',
  '\u0000',
  '绿化养护',
  '图书购置',
  '12月底前',
  '2021年10月底前',
  '经济效\n益指标',
];

function oddText(next: () => number): string {
  const parts = Math.floor(next() * 8);
  let text = '';
  for (let i = 0; i < parts; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return next() < 0.02 ? text.repeat(2000) : text;
}

describe('structure/, dup/, relevance/, text/ rules on odd input', () => {
  it('never throw on 300 documents of odd text', () => {
    const next = seededRandom(7);
    const rules = [...structureRules, ...dupRules, ...relevanceRules, ...textRules];
    for (let n = 0; n < 300; n++) {
      const row = () => ({
        level1: oddText(next),
        level2: oddText(next),
        name: oddText(next),
        description: oddText(next),
        value: oddText(next),
        basis: oddText(next),
      });
      const document = JixiaoDocument.parse({
        unit: {
          name: oddText(next),
          year: next() < 0.2 ? null : 2000 + Math.floor(next() * 40),
          framework: next() < 0.5 ? 'local' : 'central-2021',
        },
        tables: [
          makeProject({
            projectName: oddText(next),
            title: oddText(next),
            purpose: oddText(next),
            goals: oddText(next),
            code: oddText(next),
            indicators: Array.from({ length: 6 }, () => makeIndicator(row())),
          }),
          makeProject({
            projectName: oddText(next),
            purpose: oddText(next),
            goals: oddText(next),
            indicators: Array.from({ length: 6 }, () => makeIndicator(row())),
          }),
          makeDepartment({
            unitName: oddText(next),
            year: next() < 0.5 ? null : 2020,
            goals: oddText(next),
            tasks: [
              {
                name: oddText(next),
                content: oddText(next),
                funding: { total: null, fiscal: null, other: null },
              },
            ],
            indicators: [makeIndicator(row())],
          }),
          makeSelfEval({
            projectName: oddText(next),
            goalsExpected: oddText(next),
            goalsActual: oddText(next),
            indicators: [makeSelfEvalIndicator({ ...row(), actual: oddText(next), reason: oddText(next) })],
          }),
        ],
      });
      for (const rule of rules) {
        const reports = rule.check({ document, framework: document.unit.framework });
        for (const report of reports) {
          expect(reportMessage(rule, report).length).toBeGreaterThan(0);
          expect(report.location.table).toBeTypeOf('string');
        }
      }
    }
  });
});
