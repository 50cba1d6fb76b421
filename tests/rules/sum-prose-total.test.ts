import { makeDocument, makeProject } from '../../src/domain/build.js';
import type { JixiaoDocument, Table } from '../../src/domain/document.js';
import { proseTotal } from '../../src/rules/sum/prose-total.js';
import { testRule } from '../support/rule-tester.js';
import { unit } from '../support/tables/build.js';
import { department } from '../support/tables/department.js';
import { cleanCases } from '../support/tables/documents.js';
import { renovation } from '../support/tables/renovation.js';
import { training } from '../support/tables/training.js';

const withProse = (text: string, tables: Table[] = [training, renovation]): JixiaoDocument =>
  makeDocument({ unit, tables, prose: [{ title: '部门预算情况说明', text, before: 0 }] });

testRule(proseTotal, {
  valid: [
    ...cleanCases,
    {
      name: 'the projects’ budgets add up to the stated total (6 + 80 = 86万元, written 86万 or 860,000元)',
      document: withProse('2025年项目支出预算共86万元，包含项目2个。项目资金合计860,000元。'),
    },
    {
      name: 'a department table’s 合计; amounts that are not budget totals (实际支出, 执行) are not compared',
      document: withProse('2025年部门预算总计477.5万元。上年实际支出共计130万元，执行率100%。', [department]),
    },
    {
      name: 'a total for the whole unit is not compared with project tables (they leave out 基本支出)',
      document: withProse('2025年部门收入预算合计300万元，其中基本支出100万元。'),
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
      name: 'issue: the budget explanation’s total against the sum of its tables (150万 against 6 + 80; 120万 against 477.5)',
      document: makeDocument({
        unit,
        tables: [training, renovation, department],
        prose: [
          { title: '部门预算情况说明', text: '2025年项目支出预算共150万元，包含项目2个。', before: 0 },
          { title: '单位概况', text: '本单位2025年预算总额120万元。', before: 0 },
        ],
      }),
      findings: [
        {
          severity: 'warning',
          messageId: 'projectsDiffer',
          data: { stated: '2025年项目支出预算共150万元', tables: '86.00万元', gap: '64.00万元' },
          message: '说明文字写“2025年项目支出预算共150万元”，而各项目表预算数之和为86.00万元，相差64.00万元',
          location: { table: '部门预算情况说明', section: '说明文字' },
        },
        {
          messageId: 'departmentDiffers',
          data: { stated: '本单位2025年预算总额120万元', tables: '477.50万元', gap: '357.50万元' },
          location: { table: '单位概况', section: '说明文字' },
        },
      ],
    },
  ],
});
