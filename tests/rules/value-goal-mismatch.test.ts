import { makeDepartment, makeProject } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { goalMismatch } from '../../src/rules/value/goal-mismatch.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (purpose: string, goals: string, ...indicators: Indicator[]) =>
  doc([makeProject({ projectName: '测试项目', purpose, goals, indicators })]);

testRule(goalMismatch, {
  valid: [
    ...cleanCases,
    {
      name: 'the same numbers; a number stated by another indicator; changes, rates, money and time are not compared',
      document: project(
        '为困难家庭发放取暖补贴，共120户，其中低保户20户。',
        '完成3条道路硬化，较上年增加2条；群众满意度达到95%；投入资金30万元；工期6个月。',
        ind('产出指标|数量指标|补贴户数||≥120户'),
        ind('产出指标|数量指标|低保户数||=20户'),
        ind('产出指标|数量指标|道路硬化数量||=3条'),
        ind('满意度指标|服务对象满意度指标|群众满意度||≥90%'),
        ind('产出指标|成本指标|项目成本||≤28万元'),
        ind('产出指标|时效指标|工期||≤5个月'),
      ),
    },
    {
      name: 'generic counters (个, 项) of unrelated things are not matched; approximate numbers are not compared',
      document: project(
        '开展宣传活动5次，约300户受益。',
        '',
        ind('产出指标|数量指标|设备检查次数||≥12次'),
        ind('产出指标|数量指标|受益户数||≥350户'),
      ),
    },
  ],
  invalid: [
    {
      name: 'issue: the purpose says 共120户, the indicator ≥150户; the goal says 3条道路, the indicator ≥5条',
      document: project(
        '为困难家庭发放取暖补贴，共120户。',
        '年内完成3条道路硬化。',
        ind('产出指标|数量指标|补贴户数||≥150户'),
        ind('产出指标|数量指标|道路硬化数量||≥5条'),
      ),
      findings: [
        {
          severity: 'error',
          messageId: 'differs',
          data: { name: '补贴户数', field: '资金用途', stated: '120户', value: '≥150户' },
          location: { table: '测试项目', indicator: '补贴户数', indicatorIndex: 0, field: '指标值' },
        },
        {
          severity: 'error',
          messageId: 'differs',
          data: {
            name: '道路硬化数量',
            field: '绩效目标',
            stated: '3条',
            quote: '（“年内完成3条道路硬化”）',
            value: '≥5条',
          },
          message: '道路硬化数量：绩效目标写的是3条（“年内完成3条道路硬化”），指标值为≥5条，两者不一致',
        },
      ],
    },
    {
      name: 'a department’s 年度主要任务 against its indicators',
      document: doc([
        makeDepartment({
          unitName: '某街道办事处',
          tasks: [
            {
              name: '社区服务',
              content: '开展社区便民服务活动12场',
              funding: { total: '30.00', fiscal: '30.00', other: null },
            },
          ],
          indicators: [ind('产出指标|数量指标|便民服务活动场次||≥15场')],
        }),
      ]),
      findings: [
        {
          severity: 'error',
          messageId: 'differs',
          data: {
            name: '便民服务活动场次',
            field: '年度主要任务',
            stated: '12场',
            quote: '（“开展社区便民服务活动12场”）',
            value: '≥15场',
          },
          location: { table: '某街道办事处整体支出绩效目标表', indicatorIndex: 0 },
        },
      ],
    },
    {
      name: 'huangshi: the goal counts 6批次 of the thing the indicator counts as 6次',
      document: project(
        '',
        '主体班培训280人次;情景教学或外训批次6批次;开设课程数量220门。',
        ind('产出指标|数量指标|主体班培训人次||280人次'),
        ind('产出指标|数量指标|情景教学或外训批次||6次'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'unitDiffers',
          data: {
            name: '情景教学或外训批次',
            field: '绩效目标',
            stated: '6批次',
            quote: '（“情景教学或外训批次6批次”）',
            value: '6次',
          },
          location: { table: '测试项目', indicatorIndex: 1 },
        },
      ],
    },
    {
      name: 'object named in both: error; the indicator’s floor below the goal: warning; a department’s goals',
      document: doc([
        makeProject({
          projectName: '补贴项目',
          purpose: '为120户困难家庭发放取暖补贴。',
          indicators: [ind('产出指标|数量指标|取暖补贴发放户数||≥150户')],
        }),
        makeProject({
          projectName: '培训项目',
          goals: '全年培训社区工作者300人次。',
          indicators: [ind('产出指标|数量指标|社区工作者培训人次||≥200人次')],
        }),
        makeDepartment({
          unitName: '某街道办事处',
          goals: '目标1：全年开展社区便民服务活动12场。',
          indicators: [ind('产出指标|数量指标|便民服务活动场次||≥10场')],
        }),
      ]),
      findings: [
        {
          severity: 'error',
          messageId: 'differs',
          data: {
            name: '取暖补贴发放户数',
            stated: '120户',
            quote: '（“为120户困难家庭发放取暖补贴”）',
            value: '≥150户',
          },
          location: { table: '补贴项目', tableIndex: 0 },
        },
        {
          severity: 'warning',
          messageId: 'mayDiffer',
          data: { stated: '300人次', quote: '（“全年培训社区工作者300人次”）', value: '≥200人次' },
          location: { table: '培训项目', tableIndex: 1 },
        },
        {
          severity: 'warning',
          messageId: 'mayDiffer',
          data: { stated: '12场', quote: '（“全年开展社区便民服务活动12场”）', value: '≥10场' },
          location: { table: '某街道办事处整体支出绩效目标表', tableIndex: 2 },
        },
      ],
    },
  ],
});
