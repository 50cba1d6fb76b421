import { deviationReason } from '../../src/rules/selfeval/deviation-reason.js';
import { CLEAN_LABEL, cleanTable, selfEvalDocument, withIndicator } from '../selfeval/clean-fixture.js';
import { kaifuDocument } from '../selfeval/kaifu-fixture.js';
import {
  DEPARTMENT_LABEL,
  departmentDocument,
  withDepartmentIndicator,
} from '../selfeval/department-fixture.js';
import { testRule } from '../support/rule-tester.js';
import { cleanCases } from '../support/tables/documents.js';

testRule(deviationReason, {
  valid: [
    ...cleanCases,
    { name: 'every score below its weight has a reason', document: selfEvalDocument(cleanTable()) },
    { name: 'kaifu: every indicator at full weight', document: kaifuDocument() },
    { name: 'full score without a reason', document: withIndicator(1, { reason: '' }) },
    {
      name: 'a score within half a hundredth of the weight is full',
      document: withIndicator(1, { score: 9.999, reason: '' }),
    },
    { name: 'whole-unit: the one score below its 分值 has a reason', document: departmentDocument() },
  ],
  invalid: [
    {
      name: 'below weight without a reason',
      document: withIndicator(0, { reason: '' }),
      findings: [
        {
          severity: 'warning',
          messageId: 'noReason',
          data: { name: '培训人数', score: '9', weight: '10' },
          message: '培训人数：得分 9 低于分值 10，但没有填写偏差原因分析及改进措施',
          location: {
            table: CLEAN_LABEL,
            tableIndex: 0,
            section: '绩效指标',
            indicator: '培训人数',
            indicatorIndex: 0,
            field: '偏差原因分析及改进措施',
          },
          suggestion: '写明未达到年度指标值的原因，以及下一步的改进措施',
        },
      ],
    },
    {
      name: '“无” is no reason',
      document: withIndicator(3, { reason: '无' }),
      findings: [{ messageId: 'noReason', data: { name: '培训完成时间', score: '9', weight: '10' } }],
    },
    {
      name: 'a qualitative indicator in a lower band',
      document: withIndicator(6, { reason: '  ' }),
      findings: [{ messageId: 'noReason', data: { name: '培训工作制度化', score: '10.5', weight: '15' } }],
    },
    {
      name: 'whole-unit: a score below its 分值 without a reason',
      document: withDepartmentIndicator(3, { reason: '' }),
      findings: [
        {
          messageId: 'noReason',
          data: { name: '市容环境达标率', score: '28.33', weight: '30' },
          location: { table: DEPARTMENT_LABEL, indicator: '市容环境达标率', field: '偏差原因分析及改进措施' },
        },
      ],
    },
  ],
});
