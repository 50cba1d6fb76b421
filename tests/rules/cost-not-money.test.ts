import { makeDepartment, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { notMoney } from '../../src/rules/cost/not-money.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (...indicators: Indicator[]) =>
  doc([
    makeProject({
      projectName: '社区工作者业务培训',
      budget: { total: '6.00', fiscal: '6.00', other: null },
      indicators,
    }),
  ]);

testRule(notMoney, {
  valid: [
    ...cleanCases,
    {
      name: 'amounts, unit costs, a unit in the name; blanks and bare numbers are other rules’ business',
      document: project(
        ind('产出指标|成本指标|项目运转成本||≤15万元'),
        ind('产出指标|成本指标|人均运转成本||≤9.51万元/人'),
        ind('产出指标|成本指标|人均培训成本||≤500元/人'),
        ind('产出指标|成本指标|聘请专家成本||≤2万'),
        ind('产出指标|成本指标|单位造价||≤1200元/平方米'),
        ind('产出指标|成本指标|培训成本||'),
        ind('产出指标|成本指标|培训成本||≤6'),
        ind('产出指标|质量指标|预算执行率||=100%'),
      ),
    },
    {
      name: 'central-2021: social and ecological costs need not be money',
      document: doc(
        [
          makeProject({
            projectName: '道路维修',
            indicators: [
              ind('成本指标|社会成本指标|施工对交通的影响时长||≤30天'),
              ind('成本指标|生态环境成本指标|扬尘污染||达标排放'),
              ind('成本指标|经济成本指标|维修费||≤50万元'),
            ],
          }),
        ],
        'central-2021',
      ),
      framework: 'central-2021',
    },
    {
      name: 'kaifu self-evaluation: 征收工作经费（万元） 38',
      document: doc([
        makeSelfEval({
          projectName: '征收工作经费',
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
      name: 'example-street-office: 预算执行率 100% as a cost',
      document: project(ind('产出指标|成本指标|预算执行率|预算执行率|100%')),
      findings: [
        {
          severity: 'warning',
          messageId: 'rate',
          data: { name: '预算执行率', value: '100%', unit: '%' },
          message: '成本指标“预算执行率”的指标值“100%”是比率，不是成本',
          location: {
            table: '社区工作者业务培训',
            section: '绩效指标',
            indicator: '预算执行率',
            field: '指标值',
            tableIndex: 0,
            indicatorIndex: 0,
          },
          suggestion:
            '预算执行率在自评时另行计分，不作成本指标；改为本项目的具体成本，例如 人均培训成本 ≤0.05万元/人、项目总成本 ≤6万元',
        },
      ],
    },
    {
      name: 'korla 可控; bazhou 年度维护成本增长率 ≤10%; a count; a deadline; central 经济成本',
      document: doc([
        makeDepartment({
          unitName: '库尔勒市房屋征收与补偿管理办公室',
          indicators: [
            ind('产出指标|成本指标|各项业务经费支出不超支，不超预算||可控'),
            ind('产出指标|成本指标|年度维护成本增长率||≤10%'),
            ind('产出指标|成本指标|劳务费发放次数||=12次'),
            ind('产出指标|成本指标|资金拨付时间||≤6月底'),
          ],
        }),
        makeProject({
          projectName: '系统运维',
          indicators: [ind('成本指标|经济成本指标|运维成本控制||有效控制')],
        }),
      ]),
      findings: [
        {
          messageId: 'text',
          data: { name: '各项业务经费支出不超支，不超预算', value: '可控' },
          location: { table: '库尔勒市房屋征收与补偿管理办公室整体支出绩效目标表', indicatorIndex: 0 },
          suggestion: '写成金额上限或单位成本，例如 ≤45万元、≤0.5万元/人',
        },
        { messageId: 'rate', data: { name: '年度维护成本增长率', value: '≤10%', unit: '%' } },
        { messageId: 'otherUnit', data: { name: '劳务费发放次数', value: '=12次', unit: '次' } },
        { messageId: 'time', data: { name: '资金拨付时间', value: '≤6月底', unit: '月底' } },
        {
          messageId: 'text',
          data: { name: '运维成本控制', value: '有效控制' },
          location: { table: '系统运维', tableIndex: 1 },
        },
      ],
    },
  ],
});
