import { makeDepartment, makeProject } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { quantityTimesRate } from '../../src/rules/cost/quantity-times-rate.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (budget: string, purpose: string, ...indicators: Indicator[]) =>
  doc([
    makeProject({
      projectName: '测试项目',
      budget: { total: budget, fiscal: budget, other: null },
      purpose,
      indicators,
    }),
  ]);

testRule(quantityTimesRate, {
  valid: [
    ...cleanCases,
    {
      name: '2000人次 × 40元/人次 = 8万元 within a budget of 8万元',
      document: project(
        '8.00',
        '用于社区工作者培训',
        ind('产出指标|数量指标|培训人次||≥2000人次'),
        ind('产出指标|成本指标|人均培训成本||≤40元/人次'),
      ),
    },
    {
      name: 'prose rates: 500名学生 × 每生每天4元 × 全年200天 = 40万元',
      document: project(
        '40.00',
        '按每生每天4元标准为500名学生提供营养餐，全年200天。',
        ind('产出指标|数量指标|受益学生人数||≥500人'),
      ),
    },
    {
      name: '4公里 × 120万元/公里 = 480万元 within 500万元; 60亩 × 475元/亩 + 4个 × 2875元/个 + 20平方米 × 3000元/平方米 = 10万元',
      document: doc([
        makeProject({
          projectName: '道路',
          budget: { total: '500.00', fiscal: '500.00', other: null },
          indicators: [
            ind('产出指标|数量指标|道路长度||≥4公里'),
            ind('产出指标|成本指标|补助标准||≤120万元/公里'),
          ],
        }),
        makeProject({
          projectName: '扶贫基地',
          budget: { total: '10.00', fiscal: '10.00', other: null },
          indicators: [
            ind('产出指标|数量指标|流转土地||≥60亩'),
            ind('产出指标|数量指标|景点开发数量||≥4个'),
            ind('产出指标|数量指标|基础设施建设||≥20平方米'),
            ind('产出指标|成本指标|流转土地补助标准||≤475元/亩'),
            ind('产出指标|成本指标|景观建设成本||≤2875元/个'),
            ind('产出指标|成本指标|建设成本||≤3000元/平方米'),
          ],
        }),
      ]),
    },
    {
      name: 'a rate per year is the year’s amount: service lives (≥15年) are not multiplied',
      document: project(
        '2.00',
        '',
        ind('产出指标|成本指标|系统运维费||≤2万元/年'),
        ind('效益指标|可持续影响指标|设施使用年限||≥15年'),
      ),
    },
    {
      name: 'a rate per 人 is not multiplied by a count in 人次, nor by a ceiling (≤) or an approximate count',
      document: project(
        '1.00',
        '约2000人参加',
        ind('产出指标|数量指标|培训人次||≥2000人次'),
        ind('产出指标|数量指标|聘用人数||≤50人'),
        ind('产出指标|成本指标|人均补助||≤400元/人'),
      ),
    },
  ],
  invalid: [
    {
      name: 'issue: ≥2000人次 at ≤400元/人次 is 80万元 against a budget of 8万元',
      document: project(
        '8.00',
        '用于社区工作者培训',
        ind('产出指标|数量指标|培训人次||≥2000人次'),
        ind('产出指标|成本指标|人均培训成本||≤400元/人次'),
      ),
      findings: [
        {
          severity: 'error',
          messageId: 'overBudget',
          data: {
            formula: '培训人次≥2000人次 × 人均培训成本≤400元/人次 = 80.00万元',
            budget: '项目预算数8.00万元',
            times: '10',
          },
          message:
            '数量乘单价超过预算：培训人次≥2000人次 × 人均培训成本≤400元/人次 = 80.00万元，是项目预算数8.00万元的10倍',
          location: { table: '测试项目', indicator: '人均培训成本', indicatorIndex: 1, field: '指标值' },
        },
      ],
    },
    {
      name: 'issue: 1500人 at 200元/人·月 for 12 months is 360万元 against 36万元 (rate and months in the 资金用途)',
      document: project(
        '36.00',
        '为困难群众按每人每月200元标准发放生活补贴，全年发放12个月。',
        ind('产出指标|数量指标|补贴人数||≥1500人'),
      ),
      findings: [
        {
          severity: 'error',
          messageId: 'overBudget',
          data: {
            formula: '补贴人数≥1500人 × 每人每月200元 × 12个月 = 360.00万元',
            budget: '项目预算数36.00万元',
          },
          location: { table: '测试项目', section: '资金用途' },
        },
      ],
    },
    {
      name: 'without the months the lower bound (one month) already exceeds: 1500人 × 300元/人·月 > 4万元',
      document: project(
        '4.00',
        '',
        ind('产出指标|数量指标|补贴人数||≥1500人'),
        ind('产出指标|成本指标|补贴标准||=300元/人·月'),
      ),
      findings: [
        {
          severity: 'error',
          messageId: 'overBudgetSpanUnknown',
          data: { formula: '补贴人数≥1500人 × 补贴标准=300元/人·月 = 45.00万元', span: '月数' },
        },
      ],
    },
    {
      name: 'months not stated: twelve months is the likely reading, a warning (1500人 × 200元/月·人 × 12 > 36万元)',
      document: project(
        '36.00',
        '按每人每月200元标准按月发放困难群众生活补贴。',
        ind('产出指标|数量指标|补贴人数||≥1500人'),
        ind('产出指标|成本指标|补贴标准||≤200元/月·人'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'yearOverBudget',
          data: { formula: '补贴人数≥1500人 × 每人每月200元 = 30.00万元', year: '360.00万元' },
        },
      ],
    },
    {
      name: 'units through the measure: ≥4000米 × 120万元/公里 = 480万元 against 50万元; a related cost ceiling is a warning',
      document: doc([
        makeProject({
          projectName: '道路',
          budget: { total: '50.00', fiscal: '50.00', other: null },
          indicators: [
            ind('产出指标|数量指标|道路长度||≥4000米'),
            ind('产出指标|成本指标|补助标准||≤120万元/公里'),
          ],
        }),
        makeProject({
          projectName: '图书购置',
          budget: { total: '100.00', fiscal: '100.00', other: null },
          indicators: [
            ind('产出指标|数量指标|购置图书||≥2000册'),
            ind('产出指标|成本指标|图书单价||≤100元/册'),
            ind('产出指标|成本指标|图书购置成本||≤10万元'),
          ],
        }),
      ]),
      findings: [
        {
          severity: 'error',
          messageId: 'overBudget',
          data: { formula: '道路长度≥4000米 × 补助标准≤120万元/公里 = 480.00万元' },
          location: { table: '道路', tableIndex: 0 },
        },
        {
          severity: 'warning',
          messageId: 'overCeiling',
          data: {
            formula: '购置图书≥2000册 × 图书单价≤100元/册 = 20.00万元',
            ceiling: '图书购置成本',
            amount: '10.00万元',
          },
          location: { table: '图书购置', tableIndex: 1 },
        },
      ],
    },
    {
      name: 'an output indicator’s count outranks a smaller count another indicator’s description states',
      document: project(
        '8.00',
        '用于培训',
        ind('产出指标|数量指标|培训人次|全年培训2000人次|≥2000人次'),
        ind('产出指标|数量指标|骨干培训|骨干培训200人次|≥20期'),
        ind('产出指标|成本指标|人均培训成本||≤400元/人次'),
      ),
      findings: [
        {
          severity: 'error',
          messageId: 'overBudget',
          data: { formula: '培训人次≥2000人次 × 人均培训成本≤400元/人次 = 80.00万元' },
        },
      ],
    },
    {
      name: 'a count only an outcome states (受益人口) is a judgement: a warning',
      document: project(
        '3.00',
        '',
        ind('产出指标|成本指标|人均补助标准||≤100元/人'),
        ind('效益指标|社会效益指标|受益人口||≥5000人'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'overBudget',
          data: {
            formula: '受益人口≥5000人 × 人均补助标准≤100元/人 = 50.00万元',
            budget: '项目预算数3.00万元',
          },
        },
      ],
    },
    {
      name: 'far below: 200人次 × 40元/人次 = 0.8万元 against a budget of 80万元 (a 元/万元 slip) is a warning',
      document: project(
        '80.00',
        '用于培训',
        ind('产出指标|数量指标|培训人次||≥200人次'),
        ind('产出指标|成本指标|人均培训成本||≤40元/人次'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'farBelowBudget',
          data: {
            formula: '培训人次≥200人次 × 人均培训成本≤40元/人次 = 0.80万元',
            budget: '项目预算数80.00万元',
          },
        },
      ],
    },
    {
      name: 'a department: 人均 cost × staff above all tasks together; several rates that only together exceed',
      document: doc([
        makeDepartment({
          unitName: '某街道办事处',
          tasks: [
            { name: '人员保障', content: '', funding: { total: '10.00', fiscal: '10.00', other: null } },
          ],
          indicators: [
            ind('产出指标|数量指标|在职人员数量||=25人'),
            ind('产出指标|成本指标|人均运转成本||≤0.82万元/人'),
          ],
        }),
        makeProject({
          projectName: '扶贫基地',
          budget: { total: '5.00', fiscal: '5.00', other: null },
          indicators: [
            ind('产出指标|数量指标|流转土地||≥60亩'),
            ind('产出指标|数量指标|基础设施建设||≥10平方米'),
            ind('产出指标|成本指标|流转土地补助标准||≤475元/亩'),
            ind('产出指标|成本指标|建设成本||≤3000元/平方米'),
          ],
        }),
      ]),
      findings: [
        {
          severity: 'error',
          messageId: 'overBudget',
          data: {
            formula: '在职人员数量=25人 × 人均运转成本≤0.82万元/人 = 20.50万元',
            budget: '全部年度任务的预算合计10.00万元',
          },
        },
        {
          severity: 'error',
          messageId: 'togetherOverBudget',
          data: {
            formulas:
              '流转土地≥60亩 × 流转土地补助标准≤475元/亩 = 2.85万元；基础设施建设≥10平方米 × 建设成本≤3000元/平方米 = 3.00万元',
            total: '5.85万元',
          },
        },
      ],
    },
  ],
});
