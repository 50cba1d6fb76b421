import { weights } from '../../src/rules/selfeval/weights.js';
import {
  CLEAN_LABEL,
  cleanFunds,
  cleanIndicators,
  cleanTable,
  selfEvalDocument,
  withIndicator,
} from '../selfeval/clean-fixture.js';
import { kaifuDocument, kaifuIndicators } from '../selfeval/kaifu-fixture.js';
import {
  DEPARTMENT_LABEL,
  departmentDocument,
  withDepartmentIndicator,
} from '../selfeval/department-fixture.js';
import { testRule } from '../support/rule-tester.js';
import { cleanCases } from '../support/tables/documents.js';

const noWeights = cleanIndicators().map((i) => ({ ...i, weight: null, score: null }));
const rounded = cleanIndicators().map((i, index) =>
  index === 5 ? { ...i, weight: 14.99, score: 14.99 } : i,
);

testRule(weights, {
  valid: [
    ...cleanCases,
    { name: 'a correct self-evaluation (10 + 90)', document: selfEvalDocument(cleanTable()) },
    { name: 'kaifu: 10 + 产出(50分) 50 + 效益(30分) 30 + 满意度(10分) 10', document: kaifuDocument() },
    {
      name: 'weights that total 100 within 0.01 (99.99 after rounding)',
      document: selfEvalDocument(cleanTable({ indicators: rounded, totalWeight: 99.99 })),
    },
    {
      name: 'no weights written at all: nothing to check',
      document: selfEvalDocument(
        cleanTable({
          funds: cleanFunds({ weight: null, score: null }),
          indicators: noWeights,
          totalWeight: null,
        }),
      ),
    },
    { name: 'whole-unit: 10 + 20 + 15 + 15 + 30 + 10 = 100', document: departmentDocument() },
  ],
  invalid: [
    {
      name: 'indicators and execution total 95',
      document: withIndicator(1, { weight: 5, score: 5 }, { totalWeight: 95 }),
      findings: [
        {
          severity: 'error',
          messageId: 'sumNotHundred',
          data: { sum: '95', execution: '10', indicators: '85' },
          message: '分值合计为 95（预算执行率 10 + 绩效指标 85），应为 100',
          location: { table: CLEAN_LABEL, tableIndex: 0, section: '绩效指标', field: '分值' },
        },
      ],
    },
    {
      name: '总分 row says 100 while the weights total 105',
      document: withIndicator(1, { weight: 15 }),
      findings: [
        { messageId: 'sumNotHundred', data: { sum: '105', execution: '10' } },
        {
          messageId: 'totalWeightDiffers',
          data: { written: '100', sum: '105' },
          location: { table: CLEAN_LABEL, section: '总分', field: '分值' },
        },
      ],
    },
    {
      name: 'the execution rate without a weight (indicators 90)',
      document: selfEvalDocument(cleanTable({ funds: cleanFunds({ weight: null, score: null }) })),
      findings: [
        { messageId: 'sumNotHundredNoExecution', data: { sum: '90', indicators: '90' } },
        { messageId: 'totalWeightDiffers', data: { written: '100', sum: '90' } },
      ],
    },
    {
      name: 'kaifu with 产出指标(50分) adding up to 48',
      document: kaifuDocument({
        indicators: kaifuIndicators().map((i, index) =>
          index === 0 ? { ...i, weight: 3, score: 3 } : index === 20 ? { ...i, weight: 12, score: 12 } : i,
        ),
      }),
      findings: [
        { messageId: 'declaredDiffers', data: { level1: '产出指标', declared: '50', sum: '48' } },
        { messageId: 'declaredDiffers', data: { level1: '满意度指标', declared: '10', sum: '12' } },
      ],
    },
    {
      name: 'a negative weight',
      document: withIndicator(1, { weight: -10, score: 0 }, { totalWeight: 80 }),
      findings: [
        { messageId: 'sumNotHundred', data: { sum: '80' } },
        {
          messageId: 'negativeWeight',
          data: { name: '培训期数', weight: '-10' },
          location: { table: CLEAN_LABEL, indicator: '培训期数', indicatorIndex: 1, field: '分值' },
        },
      ],
    },
    {
      name: 'whole-unit: weights totalling 95 (and the 总分 row saying 100)',
      document: withDepartmentIndicator(0, { weight: 15, score: 15 }, { totalScore: 92.83 }),
      findings: [
        {
          messageId: 'sumNotHundred',
          data: { sum: '95' },
          location: { table: DEPARTMENT_LABEL, section: '绩效指标', field: '分值' },
        },
        { messageId: 'totalWeightDiffers', data: { written: '100', sum: '95' } },
      ],
    },
  ],
});
