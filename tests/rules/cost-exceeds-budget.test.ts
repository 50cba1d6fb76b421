import { makeDepartment, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { exceedsBudget } from '../../src/rules/cost/exceeds-budget.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (...indicators: Indicator[]) =>
  doc([
    makeProject({
      projectName: '老旧小区改造提升工程',
      budget: { total: '80.00', fiscal: '80.00', other: null },
      indicators,
    }),
  ]);
const bazhouTasks = [
  { name: '单位人员保障', content: '', funding: { total: '1338.92', fiscal: '1338.92', other: null } },
  { name: '保障部门正常运转', content: '', funding: { total: '92.83', fiscal: '92.83', other: null } },
  { name: '统筹城市规划管理', content: '', funding: { total: '159.7', fiscal: '159.7', other: null } },
];

testRule(exceedsBudget, {
  valid: [
    ...cleanCases,
    {
      name: 'ceilings within the budget, unit costs, floors, non-cost money',
      document: project(
        ind('产出指标|成本指标|外墙保温改造成本||≤45万元'),
        ind('产出指标|成本指标|项目总成本||≤80万元'),
        ind('产出指标|成本指标|工程监理费||≤35000元'),
        ind('产出指标|成本指标|人均成本||≤95万元/人'),
        ind('效益指标|经济效益指标|带动社会投资||≥200万元'),
        ind('产出指标|成本指标|预算执行率||100%'),
      ),
    },
    {
      name: 'bazhou: costs within the tasks’ total 1591.45万元',
      document: doc([
        makeDepartment({
          unitName: '巴州住建局',
          tasks: bazhouTasks,
          indicators: [
            ind('产出指标|成本指标|每次发放资金数||≤111.57万元'),
            ind('产出指标|成本指标|城市建设信息化平台建设费||≤28万元'),
          ],
        }),
      ]),
    },
    {
      name: 'no budget stated',
      document: doc([
        makeProject({ projectName: 'x', indicators: [ind('产出指标|成本指标|总成本||≤100万元')] }),
      ]),
    },
    {
      name: 'kaifu self-evaluation: 38 within 38',
      document: doc([
        makeSelfEval({
          projectName: '征收工作经费',
          funds: [
            {
              label: '年度资金总额',
              initial: '38',
              full: null,
              spent: '27.75',
              weight: 10,
              rate: '73.03%',
              score: 7.3,
            },
          ],
          indicators: [
            makeSelfEvalIndicator({
              level1: '产出指标',
              level2: '成本指标',
              name: '征收工作经费（万元）',
              value: '38',
              actual: '27.75',
            }),
          ],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a project ceiling above the 预算数, in 万元 and in 元',
      document: project(
        ind('产出指标|成本指标|外墙保温改造成本||≤90万元'),
        ind('产出指标|成本指标|工程总成本||≤850000元'),
      ),
      findings: [
        {
          severity: 'error',
          messageId: 'overBudget',
          data: {
            name: '外墙保温改造成本',
            value: '≤90万元',
            cost: '90.00万元',
            budget: '项目预算数80.00万元',
          },
          message: '外墙保温改造成本：成本≤90万元（90.00万元）超过项目预算数80.00万元',
          location: {
            table: '老旧小区改造提升工程',
            section: '绩效指标',
            indicator: '外墙保温改造成本',
            field: '指标值',
            tableIndex: 0,
            indicatorIndex: 0,
          },
          suggestion: '成本不能超过预算：核对金额和单位（元/万元），改为不超过 80.00万元',
        },
        {
          messageId: 'overBudget',
          data: { name: '工程总成本', value: '≤850000元', cost: '85.00万元', budget: '项目预算数80.00万元' },
          location: { table: '老旧小区改造提升工程', indicatorIndex: 1 },
        },
      ],
    },
    {
      name: 'a department cost above the total of all tasks; a self-evaluation cost above its budget',
      document: doc([
        makeDepartment({
          unitName: '巴州住建局',
          tasks: bazhouTasks,
          indicators: [ind('产出指标|成本指标|人员经费||≤1600万元')],
        }),
        makeSelfEval({
          projectName: '征收工作经费',
          funds: [
            {
              label: '年度资金总额',
              initial: '38',
              full: '38',
              spent: '27.75',
              weight: 10,
              rate: '73.03%',
              score: 7.3,
            },
          ],
          indicators: [
            makeSelfEvalIndicator({
              level1: '产出指标',
              level2: '成本指标',
              name: '征收工作经费（万元）',
              value: '48',
              actual: '27.75',
            }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'overBudget',
          data: {
            name: '人员经费',
            value: '≤1600万元',
            cost: '1600.00万元',
            budget: '全部年度任务的预算合计1591.45万元',
          },
          location: { table: '巴州住建局整体支出绩效目标表' },
        },
        {
          messageId: 'overBudget',
          data: {
            name: '征收工作经费（万元）',
            value: '48',
            cost: '48.00万元',
            budget: '项目全年预算数38.00万元',
          },
          location: { table: '征收工作经费（自评表）' },
        },
      ],
    },
  ],
});
