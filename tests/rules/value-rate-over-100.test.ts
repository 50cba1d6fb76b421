import { makeDepartment, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { rateOver100 } from '../../src/rules/value/rate-over-100.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const bazhou = (...indicators: Indicator[]) =>
  doc([makeDepartment({ unitName: '新疆巴州住房和城乡建设局', indicators })]);

testRule(rateOver100, {
  valid: [
    ...cleanCases,
    {
      name: 'rates up to 100%, growth rates above it, non-percent values',
      document: bazhou(
        ind('产出指标|时效指标|劳务费发放及时率||=100%'),
        ind('产出指标|时效指标|信息化平台建设按时完成率||≥90%'),
        ind('产出指标|质量指标|在职人员控制率||100%'),
        ind('效益指标|经济效益指标|旅游收入增长率||≥120%'),
        ind('产出指标|数量指标|参加职业竞赛活动人数||>=100人'),
        ind('产出指标|质量指标|系统故障率||<=10%'),
        ind('产出指标|质量指标|合格率||≤100%'),
      ),
    },
  ],
  invalid: [
    {
      name: 'bazhou: three 时效 rates written ≥100%',
      document: bazhou(
        ind('产出指标|时效指标|宣传活动按时完成率||≥100%'),
        ind('产出指标|时效指标|劳务费发放及时率||=100%'),
        ind('产出指标|时效指标|资金发放及时率||≥100%'),
        ind('产出指标|时效指标|公用经费支付及时率||>=100%'),
      ),
      findings: [
        {
          severity: 'error',
          messageId: 'atLeastHundred',
          data: { name: '宣传活动按时完成率', value: '≥100%' },
          message: '宣传活动按时完成率：指标值为≥100%，比率不能超过100%，“≥100%”实际就是100%',
          location: {
            table: '新疆巴州住房和城乡建设局整体支出绩效目标表',
            section: '绩效指标',
            indicator: '宣传活动按时完成率',
            field: '指标值',
            indicatorIndex: 0,
          },
          suggestion: '改为 =100%',
        },
        {
          messageId: 'atLeastHundred',
          data: { name: '资金发放及时率', value: '≥100%' },
          location: { table: '新疆巴州住房和城乡建设局整体支出绩效目标表', indicatorIndex: 2 },
          suggestion: '改为 =100%',
        },
        {
          messageId: 'atLeastHundred',
          data: { name: '公用经费支付及时率', value: '≥100%' },
          location: { table: '新疆巴州住房和城乡建设局整体支出绩效目标表', indicatorIndex: 3 },
          suggestion: '改为 =100%',
        },
      ],
    },
    {
      name: 'example-street-office: 培训按时完成率 ≥100%; >100% and 120% too; a self-evaluation target',
      document: doc([
        makeProject({
          projectName: '社区工作者业务培训',
          indicators: [
            ind('产出指标|时效指标|培训按时完成率|按计划时间完成的培训期数占比|≥100%'),
            ind('产出指标|质量指标|验收合格率||>100%'),
            ind('满意度指标|服务对象满意度指标|满意度||=120%'),
          ],
        }),
        makeSelfEval({
          projectName: '征收工作经费',
          indicators: [
            makeSelfEvalIndicator({
              level1: '产出指标',
              level2: '时效指标',
              name: '完成及时率',
              value: '≥100%',
              actual: '100%',
            }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'atLeastHundred',
          data: { name: '培训按时完成率', value: '≥100%' },
          location: { table: '社区工作者业务培训', indicatorIndex: 0 },
        },
        {
          messageId: 'aboveHundred',
          data: { name: '验收合格率', value: '>100%' },
          suggestion: '改为 =100%',
        },
        {
          messageId: 'overHundred',
          data: { name: '满意度', value: '=120%', over: '120' },
          suggestion: '核对数值：比率应在0%–100%之间，全部完成写 =100%',
        },
        {
          messageId: 'atLeastHundred',
          data: { name: '完成及时率', value: '≥100%' },
          location: { table: '征收工作经费（自评表）', tableIndex: 1 },
        },
      ],
    },
  ],
});
