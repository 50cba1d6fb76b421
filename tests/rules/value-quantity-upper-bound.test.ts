import { makeProject } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { quantityUpperBound } from '../../src/rules/value/quantity-upper-bound.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (...indicators: Indicator[]) => doc([makeProject({ projectName: '测试项目', indicators })]);

testRule(quantityUpperBound, {
  valid: [
    ...cleanCases,
    {
      name: 'floors and exact numbers; ceilings on things to avoid, on time and on money; ceilings outside 数量指标',
      document: project(
        ind('产出指标|数量指标|改造小区数量||≥5个'),
        ind('产出指标|数量指标|发放月数||=12个月'),
        ind('产出指标|数量指标|安全事故次数||≤1次'),
        ind('产出指标|数量指标|群众投诉件数||<3件'),
        ind('产出指标|数量指标|办理时限||≤5天'),
        ind('产出指标|数量指标|单项采购金额||≤5万元'),
        ind('产出指标|质量指标|返工次数||≤2次'),
        ind('产出指标|数量指标|覆盖率||≤100%'),
        ind('产出指标|数量指标|在职人员控制数||≤37人'),
      ),
    },
  ],
  invalid: [
    {
      name: 'issue: ≤5个 under 数量指标 (and <3场, 不超过20人)',
      document: project(
        ind('产出指标|数量指标|改造小区数量||≤5个'),
        ind('产出指标|数量指标|宣传活动场次||<3场'),
        ind('产出指标|数量|培训人数||不超过20人'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'upperBound',
          data: { name: '改造小区数量', value: '≤5个' },
          message: '改造小区数量：数量指标写成了上限（≤5个），完成得再少也算达标',
          suggestion:
            '数量目标写成下限或确数，例如 ≥5个；如果要限制的是不希望发生的事，把它移到质量指标并写明',
          location: { table: '测试项目', indicatorIndex: 0 },
        },
        { messageId: 'upperBound', data: { name: '宣传活动场次', value: '<3场' } },
        { messageId: 'upperBound', data: { name: '培训人数', value: '≤20人' } },
      ],
    },
  ],
});
