import { executionRate } from '../../src/rules/selfeval/execution-rate.js';
import { CLEAN_LABEL, cleanFunds, cleanTable, selfEvalDocument } from '../selfeval/clean-fixture.js';
import { KAIFU_LABEL, kaifuDocument, kaifuTable } from '../selfeval/kaifu-fixture.js';
import { DEPARTMENT_LABEL, departmentDocument, departmentFunds } from '../selfeval/department-fixture.js';
import { testRule } from '../support/rule-tester.js';
import { cleanCases } from '../support/tables/documents.js';

const kaifuFunds = (total: Record<string, unknown>) =>
  kaifuTable().funds.map((row, i) => (i === 0 ? { ...row, ...total } : row));
const withFunds = (total: Parameters<typeof cleanFunds>[0]) =>
  selfEvalDocument(cleanTable({ funds: cleanFunds(total) }));

testRule(executionRate, {
  valid: [
    ...cleanCases,
    {
      name: 'a correct self-evaluation (96 / 全年 120 = 80%, 8 of 10)',
      document: selfEvalDocument(cleanTable()),
    },
    { name: 'kaifu: 27.75 / 年初 38 (全年 blank) = 73.03%, 7.3 of 10', document: kaifuDocument() },
    {
      name: 'a rate written to whole percent (73%)',
      document: kaifuDocument({ funds: kaifuFunds({ rate: '73%' }) }),
    },
    { name: 'a rate written as a share (0.8)', document: withFunds({ rate: '0.8' }) },
    {
      name: 'more spent than budgeted: 105%, score capped at 10',
      document: withFunds({ spent: '126.00', rate: '105.00%', score: 10 }),
    },
    {
      name: 'score within 0.01 of min(分值, 执行率 × 分值)',
      document: withFunds({ spent: '95.99', rate: '79.99%', score: 8 }),
    },
    { name: 'no 分值: only the rate is checked', document: withFunds({ weight: null, score: null }) },
    { name: 'blank rate and score: nothing to check', document: withFunds({ rate: '', score: null }) },
    { name: 'no budget at all: cannot be checked', document: withFunds({ initial: null, full: null }) },
    { name: 'no 项目资金 rows', document: selfEvalDocument(cleanTable({ funds: [] })) },
    { name: 'whole-unit: 494 / 全年 520 = 95%, 9.5 of 10', document: departmentDocument() },
    {
      name: 'whole-unit: a part row’s rate written and right (197 / 220 = 89.55%)',
      document: departmentDocument({
        funds: departmentFunds().map((r) => (r.label === '项目支出' ? { ...r, rate: '89.55%' } : r)),
      }),
    },
  ],
  invalid: [
    {
      name: 'kaifu scored as if 100% executed (10 of 10)',
      document: kaifuDocument({ funds: kaifuFunds({ score: 10 }) }),
      findings: [
        {
          severity: 'error',
          messageId: 'scoreDiffers',
          data: { written: '10', weight: '10', rate: '73.03%', expected: '7.30' },
          location: { table: KAIFU_LABEL, tableIndex: 0, section: '项目资金', field: '得分' },
          suggestion: '把预算执行率得分改为 7.30，并相应修改总分',
        },
      ],
    },
    {
      name: 'a rate that is not 执行数 / 预算数',
      document: kaifuDocument({ funds: kaifuFunds({ rate: '83.03%' }) }),
      findings: [
        {
          messageId: 'rateDiffers',
          data: {
            written: '83.03%',
            spent: '27.75',
            basis: '年初预算数（全年预算数空缺）',
            budget: '38',
            expected: '73.03%',
          },
          location: { table: KAIFU_LABEL, section: '项目资金', field: '执行率' },
        },
      ],
    },
    {
      name: 'taken against 年初 although 全年 is given (96 / 100 instead of 96 / 120)',
      document: withFunds({ rate: '96.00%', score: 9.6 }),
      findings: [
        {
          messageId: 'rateDiffers',
          data: {
            written: '96.00%',
            spent: '96',
            basis: '全年预算数',
            budget: '120',
            expected: '80.00%',
          },
          location: { table: CLEAN_LABEL, field: '执行率' },
        },
        {
          messageId: 'scoreDiffers',
          data: { written: '9.6', expected: '8.00' },
          location: { table: CLEAN_LABEL, field: '得分' },
        },
      ],
    },
    {
      name: 'over-spent without the cap (10.5 of 10)',
      document: withFunds({ spent: '126.00', rate: '105.00%', score: 10.5 }),
      findings: [{ messageId: 'scoreDiffers', data: { written: '10.5', weight: '10', expected: '10.00' } }],
    },
    {
      name: 'whole-unit: the 年度资金总额 scored as full and its rate rounded up to 100%',
      document: departmentDocument({ funds: departmentFunds({ rate: '100%', score: 10 }) }),
      findings: [
        {
          messageId: 'rateDiffers',
          data: {
            written: '100%',
            spent: '494',
            basis: '全年预算数',
            budget: '520',
            expected: '95.00%',
          },
          location: { table: DEPARTMENT_LABEL, section: '年度预算执行情况', field: '执行率' },
        },
        {
          messageId: 'scoreDiffers',
          data: { expected: '9.50' },
          message: '应为 9.50',
          location: { table: DEPARTMENT_LABEL, section: '年度预算执行情况', field: '得分' },
        },
      ],
    },
    {
      name: 'a part row’s rate that is not its 执行数 / 预算数 (not scored, still arithmetic)',
      document: departmentDocument({
        funds: departmentFunds().map((r) => (r.label === '项目支出' ? { ...r, rate: '98.50%' } : r)),
      }),
      findings: [
        {
          messageId: 'rowRateDiffers',
          data: {
            row: '项目支出',
            written: '98.50%',
            spent: '197',
            basis: '全年预算数',
            budget: '220',
            expected: '89.55%',
          },
          suggestion: '把项目支出的执行率改为 89.55%',
        },
      ],
    },
  ],
});
