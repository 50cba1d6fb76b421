import { makeProject } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { standardWithoutBasis } from '../../src/rules/cost/standard-without-basis.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (...indicators: Indicator[]) =>
  doc([
    makeProject({
      projectName: '高龄津贴发放',
      budget: { total: '120.00', fiscal: '120.00', other: null },
      indicators,
    }),
  ]);

testRule(standardWithoutBasis, {
  valid: [
    ...cleanCases,
    {
      name: 'standards per unit, the unit in the name or description, totals that are not standards',
      document: project(
        ind('产出指标|成本指标|每人每月补助标准||=400元/人·月'),
        ind('产出指标|成本指标|人均补助标准||≤0.12万元'),
        ind('产出指标|成本指标|补助标准|按每人每年1200元发放|≤1200元'),
        ind('产出指标|成本指标|补助资金总额||≤120万元'),
        ind('产出指标|成本指标|购置单价||≤15万元'),
        ind('产出指标|质量指标|达标标准||=100%'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a standard or an average written as a whole amount',
      document: project(
        ind('产出指标|成本指标|补助标准||≤120万元'),
        ind('产出指标|成本指标|平均培训成本||≤2万元'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'total',
          data: { name: '补助标准', value: '≤120万元' },
          message: '补助标准是标准，指标值却是总金额“≤120万元”，没有写按什么计（每人、每亩、每月…）',
        },
        { messageId: 'total', data: { name: '平均培训成本', value: '≤2万元' } },
      ],
    },
  ],
});
