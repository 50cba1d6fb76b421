import { overspending } from '../../src/rules/selfeval/overspending.js';
import { cleanFunds, cleanTable, CLEAN_LABEL, selfEvalDocument } from '../selfeval/clean-fixture.js';
import {
  DEPARTMENT_LABEL,
  departmentDocument,
  departmentFunds,
  departmentTasks,
} from '../selfeval/department-fixture.js';
import { kaifuDocument } from '../selfeval/kaifu-fixture.js';
import { testRule } from '../support/rule-tester.js';
import { cleanCases } from '../support/tables/documents.js';

const withFunds = (total: Parameters<typeof cleanFunds>[0]) =>
  selfEvalDocument(cleanTable({ funds: cleanFunds(total) }));
const tasks = departmentTasks();

testRule(overspending, {
  valid: [
    ...cleanCases,
    { name: 'a project self-evaluation within budget (96 of 120)', document: selfEvalDocument(cleanTable()) },
    { name: 'a whole-unit self-evaluation within budget, tasks too', document: departmentDocument() },
    { name: 'kaifu: 27.75 of 年初 38', document: kaifuDocument() },
    {
      name: 'spent exactly the budget (100%)',
      document: withFunds({ spent: '120.00', rate: '100.00%', score: 10 }),
    },
    {
      name: 'over the 年初预算数 but within the 全年预算数 (a mid-year addition)',
      document: withFunds({
        initial: '100.00',
        full: '120.00',
        spent: '110.00',
        rate: '91.67%',
        score: 9.17,
      }),
    },
    {
      name: 'no amounts and no rate',
      document: withFunds({ initial: null, full: null, spent: null, rate: '' }),
    },
    {
      name: 'a task with no 执行数 yet',
      document: departmentDocument({ tasks: [{ ...tasks[0], spent: null }, tasks[1]] }),
    },
  ],
  invalid: [
    {
      name: '年度资金总额: 126 spent of 全年 120 (105%)',
      document: withFunds({ spent: '126.00', rate: '105.00%', score: 10 }),
      findings: [
        {
          severity: 'warning',
          messageId: 'spentOverBudget',
          data: {
            row: '年度资金总额',
            spent: '126.00万元',
            basis: '全年预算数',
            budget: '120.00万元',
            rate: '105.00%',
          },
          location: { table: CLEAN_LABEL, tableIndex: 0, section: '项目资金', field: '全年执行数' },
        },
      ],
    },
    {
      name: 'against 年初预算数 when 全年 is blank',
      document: withFunds({ initial: '38.00', full: null, spent: '40.00' }),
      findings: [
        {
          messageId: 'spentOverBudget',
          data: { spent: '40.00万元', basis: '年初预算数', budget: '38.00万元', rate: '105.26%' },
        },
      ],
    },
    {
      name: 'a rate written over 100% with no amounts',
      document: withFunds({ initial: null, full: null, spent: null, rate: '110%' }),
      findings: [
        {
          messageId: 'rateOverHundred',
          data: { row: '年度资金总额', rate: '110%' },
          message: '年度资金总额：执行率写为 110%，超过 100%（超支）',
        },
      ],
    },
    {
      name: 'a part overspent while the total is within budget: the part is named',
      document: departmentDocument({
        funds: departmentFunds().map((row) => (row.label === '项目支出' ? { ...row, spent: '230.00' } : row)),
      }),
      findings: [
        {
          messageId: 'spentOverBudget',
          data: { row: '项目支出', spent: '230.00万元', basis: '全年预算数', budget: '220.00万元' },
          location: { table: DEPARTMENT_LABEL, section: '年度预算执行情况' },
        },
      ],
    },
    {
      name: 'the total overspent: reported once, not again for its parts',
      document: departmentDocument({
        funds: departmentFunds({ spent: '600.00' }).map((row) =>
          row.label === '项目支出' ? { ...row, spent: '300.00' } : row,
        ),
      }),
      findings: [{ messageId: 'spentOverBudget', data: { row: '年度资金总额', spent: '600.00万元' } }],
    },
    {
      name: 'whole-unit: a task spending more than its 预算数',
      document: departmentDocument({ tasks: [tasks[0], { ...tasks[1], spent: '85.00' }] }),
      findings: [
        {
          messageId: 'taskOverBudget',
          data: { task: '数字城管运行', spent: '85.00万元', budget: '80.00万元', rate: '106.25%' },
          location: { table: DEPARTMENT_LABEL, section: '年度主要任务', field: '执行数' },
        },
      ],
    },
  ],
});
