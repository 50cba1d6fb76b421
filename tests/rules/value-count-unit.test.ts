import { makeProject } from '../../src/domain/build.js';
import type { Indicator } from '../../src/domain/document.js';
import { countUnit } from '../../src/rules/value/count-unit.js';
import { testRule } from '../support/rule-tester.js';
import { doc, ind } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const project = (...indicators: Indicator[]) => doc([makeProject({ projectName: '测试项目', indicators })]);

testRule(countUnit, {
  valid: [
    ...cleanCases,
    {
      name: 'units that fit the head noun; 居民 in 户; 家庭 in 个; names that do not say what they count; rates',
      document: project(
        ind('产出指标|数量指标|培训人数||≥200人'),
        ind('产出指标|数量指标|培训人次||≥500人次'),
        ind('产出指标|数量指标|受益居民||≥420户'),
        ind('产出指标|数量指标|帮扶困难家庭||≥20个'),
        ind('产出指标|数量指标|补贴户数||≥150户'),
        ind('产出指标|数量指标|道路硬化长度||≥2.5公里'),
        ind('产出指标|数量指标|绿化面积||≥1200平方米'),
        ind('产出指标|数量指标|培训期数||≥4期'),
        ind('产出指标|质量指标|培训人员合格率||≥90%'),
        ind('效益指标|可持续影响指标|设施使用年限||≥15年'),
        ind('产出指标|数量指标|宣传活动|全年开展宣传活动12次|≥12次'),
      ),
    },
  ],
  invalid: [
    {
      name: 'issue: people counted in 个, households in 人, a length in 条; 描述 200人次 against ≥200个',
      document: project(
        ind('产出指标|数量指标|培训人数||≥200个'),
        ind('产出指标|数量指标|补贴户数||≥150人'),
        ind('产出指标|数量指标|道路修复长度||≥5条'),
        ind('产出指标|数量指标|培训规模|全年培训社区工作者200人次|≥200个'),
        ind('产出指标|数量指标|受益农户数量||≥300人'),
      ),
      findings: [
        {
          severity: 'warning',
          messageId: 'unitNotCounted',
          data: { name: '培训人数', counted: '人', unit: '个', value: '≥200个' },
          message: '培训人数：按名称数的是人，指标值却以“个”为单位（≥200个）',
          location: { table: '测试项目', indicator: '培训人数', indicatorIndex: 0, field: '指标值' },
        },
        {
          messageId: 'unitNotCounted',
          data: { name: '补贴户数', counted: '户', unit: '人', value: '≥150人' },
        },
        {
          messageId: 'unitNotCounted',
          data: { name: '道路修复长度', counted: '长度', unit: '条', value: '≥5条' },
        },
        {
          messageId: 'descriptionUnitDiffers',
          data: {
            name: '培训规模',
            described: '200人次',
            value: '≥200个',
            describedClass: '人',
            valueClass: '件数',
          },
          suggestion: '统一单位：若数的是人，把指标值改为 ≥200人次',
        },
        {
          messageId: 'unitNotCounted',
          data: { name: '受益农户数量', counted: '户', unit: '人', value: '≥300人' },
        },
      ],
    },
  ],
});
