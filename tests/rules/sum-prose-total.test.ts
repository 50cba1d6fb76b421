import { makeDocument, makeProject } from '../../src/domain/build.js';
import type { JixiaoDocument, Table } from '../../src/domain/document.js';
import { proseTotal } from '../../src/rules/sum/prose-total.js';
import { testRule } from '../support/rule-tester.js';
import { cleanCases, department, renovationProject, salaryProject, unit } from './value-clean-tables.js';

const withProse = (text: string, tables: Table[] = [salaryProject, renovationProject]): JixiaoDocument =>
  makeDocument({ unit, tables, prose: [{ title: '部门预算情况说明', text, before: 0 }] });

testRule(proseTotal, {
  valid: [
    ...cleanCases,
    {
      name: 'the projects’ budgets add up to the stated total (120 + 80 = 200万元, written 200万 or 2,000,000元)',
      document: withProse('2025年项目支出预算共200万元，包含项目2个。项目资金合计2,000,000元。'),
    },
    {
      name: 'a department table’s 合计; amounts that are not budget totals (实际支出, 执行) are not compared',
      document: withProse('2025年部门预算总计150.5万元。上年实际支出共计130万元，执行率100%。', [department]),
    },
    {
      name: 'prose with no stated total, or no table with money',
      document: makeDocument({
        unit,
        tables: [makeProject({ projectName: 'x' })],
        prose: [{ title: '说明', text: '预算共100万元', before: 0 }],
      }),
    },
  ],
  invalid: [
    {
      name: 'issue: the budget explanation’s total against the sum of its tables (150万 against 120 + 80)',
      document: withProse('2025年项目支出预算共150万元，包含项目2个。'),
      findings: [
        {
          severity: 'warning',
          message: '说明文字写“2025年项目支出预算共150万元”，而各表预算数之和为200.00万元，相差50.00万元',
          location: { table: '部门预算情况说明', section: '说明文字' },
        },
      ],
    },
  ],
});
