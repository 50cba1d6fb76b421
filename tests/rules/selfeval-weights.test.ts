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

const noWeights = cleanIndicators().map((i) => ({ ...i, weight: null, score: null }));
const rounded = cleanIndicators().map((i, index) =>
  index === 5 ? { ...i, weight: 14.99, score: 14.99 } : i,
);

testRule(weights, {
  valid: [
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
          message: '分值合计为 95（预算执行率 10 + 绩效指标 85），应为 100',
          location: { table: CLEAN_LABEL, tableIndex: 0, section: '绩效指标', field: '分值' },
        },
      ],
    },
    {
      name: '总分 row says 100 while the weights total 105',
      document: withIndicator(1, { weight: 15 }),
      findings: [
        { message: '分值合计为 105' },
        {
          message: '总分栏的分值写为 100，各项分值合计为 105',
          location: { table: CLEAN_LABEL, section: '总分', field: '分值' },
        },
      ],
    },
    {
      name: 'the execution rate without a weight (indicators 90)',
      document: selfEvalDocument(cleanTable({ funds: cleanFunds({ weight: null, score: null }) })),
      findings: [
        { message: '分值合计为 90（预算执行率未填分值 + 绩效指标 90），应为 100' },
        { message: '总分栏的分值写为 100，各项分值合计为 90' },
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
        { message: '一级指标“产出指标”标明 50 分，其下三级指标分值合计为 48' },
        { message: '一级指标“满意度指标”标明 10 分，其下三级指标分值合计为 12' },
      ],
    },
    {
      name: 'a negative weight',
      document: withIndicator(1, { weight: -10, score: 0 }, { totalWeight: 80 }),
      findings: [
        { message: '分值合计为 80' },
        {
          message: '培训期数：分值为 -10，不能为负数',
          location: { table: CLEAN_LABEL, indicator: '培训期数', indicatorIndex: 1, field: '分值' },
        },
      ],
    },
    {
      name: 'whole-unit: weights totalling 95 (and the 总分 row saying 100)',
      document: withDepartmentIndicator(0, { weight: 15, score: 15 }, { totalScore: 92.83 }),
      findings: [
        {
          message: '分值合计为 95',
          location: { table: DEPARTMENT_LABEL, section: '绩效指标', field: '分值' },
        },
        { message: '总分栏的分值写为 100，各项分值合计为 95' },
      ],
    },
  ],
});
