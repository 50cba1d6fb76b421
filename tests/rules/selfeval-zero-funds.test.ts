import { zeroFunds } from '../../src/rules/selfeval/zero-funds.js';
import { cleanFunds, cleanTable, CLEAN_LABEL, selfEvalDocument } from '../selfeval/clean-fixture.js';
import { DEPARTMENT_LABEL, departmentDocument, departmentFunds } from '../selfeval/department-fixture.js';
import { kaifuDocument } from '../selfeval/kaifu-fixture.js';
import { testRule } from '../support/rule-tester.js';
import { cleanCases } from '../support/tables/documents.js';

const zero = { initial: '0.00', full: '0.00', spent: '0.00' };

testRule(zeroFunds, {
  valid: [
    ...cleanCases,
    { name: 'a project self-evaluation with money', document: selfEvalDocument(cleanTable()) },
    { name: 'a whole-unit self-evaluation with money', document: departmentDocument() },
    { name: 'kaifu (its 其中 rows are blank)', document: kaifuDocument() },
    {
      name: 'a part row of zeros (其他资金 0 / 0 / 0) is normal',
      document: selfEvalDocument(
        cleanTable({ funds: cleanFunds().map((r) => (r.label === '其他资金' ? { ...r, ...zero } : r)) }),
      ),
    },
    {
      name: 'nothing spent against a real budget is a 0% rate, not a zero row',
      document: selfEvalDocument(
        cleanTable({ funds: cleanFunds({ spent: '0.00', rate: '0.00%', score: 0 }) }),
      ),
    },
    {
      name: 'a blank total row (not filled in yet)',
      document: selfEvalDocument(
        cleanTable({ funds: cleanFunds({ initial: null, full: null, spent: null, rate: '', score: null }) }),
      ),
    },
    { name: 'no funds rows at all', document: selfEvalDocument(cleanTable({ funds: [] })) },
  ],
  invalid: [
    {
      name: '年度资金总额 0 / 0 / 0',
      document: selfEvalDocument(cleanTable({ funds: cleanFunds({ ...zero, rate: '', score: null }) })),
      findings: [
        {
          severity: 'warning',
          messageId: 'allZero',
          data: { row: '年度资金总额' },
          message: '年度资金总额的年初预算数、全年预算数、全年执行数都为 0',
          location: { table: CLEAN_LABEL, tableIndex: 0, section: '项目资金', field: '年初预算数' },
        },
      ],
    },
    {
      name: 'zeros where written, the rest blank (年初 0, 全年 blank, 执行 0)',
      document: selfEvalDocument(
        cleanTable({ funds: cleanFunds({ initial: '0', full: null, spent: '0', rate: '', score: null }) }),
      ),
      findings: [{ messageId: 'allZero', data: { row: '年度资金总额' } }],
    },
    {
      name: 'whole-unit: 年度资金总额 all zero',
      document: departmentDocument({ funds: departmentFunds(zero) }),
      findings: [{ location: { table: DEPARTMENT_LABEL, section: '年度预算执行情况' } }],
    },
    {
      name: 'no row recognised as the total, every row zero: reported once',
      document: departmentDocument({
        funds: departmentFunds()
          .slice(1)
          .map((r) => ({ ...r, ...zero })),
      }),
      findings: [{ messageId: 'allZero', data: { row: '资金各行' } }],
    },
  ],
});
