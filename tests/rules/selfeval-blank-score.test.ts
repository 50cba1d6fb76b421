import { expect } from 'vitest';
import { blankScore } from '../../src/rules/selfeval/blank-score.js';
import {
  cleanFunds,
  cleanTable,
  CLEAN_LABEL,
  selfEvalDocument,
  withIndicator,
} from '../selfeval/clean-fixture.js';
import {
  DEPARTMENT_LABEL,
  departmentDocument,
  departmentFunds,
  withDepartmentIndicator,
} from '../selfeval/department-fixture.js';
import { kaifuDocument } from '../selfeval/kaifu-fixture.js';
import { testRule } from '../support/rule-tester.js';
import { cleanCases } from '../support/tables/documents.js';
import { parseValue } from '../../src/value/parse-value.js';

testRule(blankScore, {
  valid: [
    ...cleanCases,
    { name: 'a scored project self-evaluation', document: selfEvalDocument(cleanTable()) },
    { name: 'a scored whole-unit self-evaluation', document: departmentDocument() },
    { name: 'kaifu (its template rows have neither 分值 nor 得分)', document: kaifuDocument() },
    {
      name: 'no 分值 and no 得分: nothing was to be scored',
      document: withIndicator(1, { weight: null, score: null }, { totalScore: 80.5 }),
    },
    {
      name: 'a score of 0 is a score',
      document: withIndicator(1, { actual: '0期', score: 0, reason: '未开班' }, { totalScore: 80.5 }),
    },
    {
      name: 'a blank target (value/missing-target reports it)',
      document: withIndicator(1, { value: parseValue('无'), score: null }, { totalScore: 80.5 }),
    },
    {
      name: 'no 分值 on the 总分 row: the blank 总分 is not this rule’s',
      document: selfEvalDocument(cleanTable({ totalWeight: null, totalScore: null })),
    },
    {
      name: 'a rejected indicator takes no part',
      document: withIndicator(1, { status: 'rejected', score: null }),
    },
  ],
  invalid: [
    {
      name: 'an indicator with 分值 and no 得分: the rules give 10',
      document: withIndicator(1, { score: null }, { totalScore: 80.5 }),
      findings: [
        {
          severity: 'error',
          messageId: 'indicatorUnscored',
          data: { name: '培训期数', weight: '10' },
          message: '培训期数：分值 10，但没有填写得分',
          location: { table: CLEAN_LABEL, indicator: '培训期数', indicatorIndex: 1, field: '得分' },
          suggestion: expectStart('按评分规则填写得分 10.00'),
        },
      ],
    },
    {
      name: 'a qualitative indicator with no 得分: evaluate its grade first',
      document: withIndicator(6, { score: null, grade: undefined }, { totalScore: 80 }),
      findings: [
        {
          messageId: 'indicatorUnscored',
          data: { name: '培训工作制度化', weight: '15' },
          suggestion: expectStart('按实际完成情况评分'),
        },
      ],
    },
    {
      name: 'the 执行率 row with 分值 and no 得分 (the 总分 blank too)',
      document: selfEvalDocument(cleanTable({ funds: cleanFunds({ score: null }), totalScore: null })),
      findings: [
        {
          messageId: 'executionUnscored',
          data: { weight: '10' },
          location: { table: CLEAN_LABEL, section: '项目资金', field: '得分' },
          suggestion: expectStart('填写得分 8.00'),
        },
        {
          messageId: 'totalUnscored',
          data: { weight: '100' },
          location: { table: CLEAN_LABEL, section: '总分', field: '得分' },
        },
      ],
    },
    {
      name: 'whole-unit: an indicator and the 执行率 without 得分',
      document: withDepartmentIndicator(0, { score: null }, { funds: departmentFunds({ score: null }) }),
      findings: [
        {
          location: { table: DEPARTMENT_LABEL, section: '年度预算执行情况', field: '得分' },
          suggestion: expectStart('填写得分 9.50'),
        },
        {
          messageId: 'indicatorUnscored',
          data: { name: '市容巡查出动次数', weight: '20' },
          location: { table: DEPARTMENT_LABEL, indicator: '市容巡查出动次数' },
        },
      ],
    },
  ],
});

/** A suggestion that starts with `text` (the rest explains the arithmetic). */
function expectStart(text: string): string {
  return expect.stringMatching(
    new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  ) as unknown as string;
}
