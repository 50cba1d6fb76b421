import {
  makeDepartment,
  makeIndicator,
  makeSelfEval,
  makeSelfEvalIndicator,
} from '../../src/domain/build.js';
import { nonstandardLevel } from '../../src/rules/structure/nonstandard-level.js';
import { testRule } from '../support/rule-tester.js';
import { doc, withIndicators } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';
import { renovation } from '../support/tables/renovation.js';

const ind = makeIndicator;
const project = (indicators: ReturnType<typeof ind>[]) => withIndicators(renovation, ...indicators);
const n = renovation.indicators.length;
const T = '老旧小区改造提升工程';

testRule(nonstandardLevel, {
  valid: [
    ...cleanCases,
    {
      name: 'Word line breaks and score notes in level cells are not naming mistakes',
      document: doc([
        makeSelfEval({
          projectName: '征收工作经费',
          indicators: [
            makeSelfEvalIndicator({
              level1: '产出指标\n\n(50分)',
              level2: '数量指标',
              name: '摸底调查户数',
              value: '1434',
            }),
            makeSelfEvalIndicator({
              level1: '效益指标\n\n（30分）',
              level2: '经济效\n\n益指标',
              name: '项目如期开工率',
              value: '=100%',
            }),
            makeSelfEvalIndicator({
              level1: '满意度\n\n指标',
              level2: '服务对象满意度指标',
              name: '被调查对象满意度',
              value: '90%',
            }),
          ],
        }),
      ]),
    },
    {
      name: 'template rows and rejected suggestions are left to other rules',
      document: doc([
        project([
          ind({ level1: '效益指标', level2: '……', name: '……', value: '' }),
          ind({
            level1: '效果指标',
            level2: '社会效益',
            name: '被否决的建议',
            value: '≥90%',
            status: 'rejected',
          }),
        ]),
      ]),
    },
  ],
  invalid: [
    {
      name: 'bazhou: 满意度 rows with 二级 “满意度指标” (one finding for the table)',
      document: doc([
        makeDepartment({
          unitName: '新疆巴州住房和城乡建设局',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '职称评审人数', value: '>=4000人' }),
            ind({ level1: '满意度指标', level2: '满意度指标', name: '使用人员满意度', value: '≥95%' }),
            ind({ level1: '满意度指标', level2: '满意度指标', name: '培训就业人员满意度', value: '≥95%' }),
            ind({ level1: '满意度指标', level2: '满意度指标', name: '劳务费发放人员满意度', value: '≥95%' }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'nonstandardLevel2Guess',
          data: {
            parent: '满意度指标',
            level2: '满意度指标',
            guess: '服务对象满意度指标',
            count: 3,
            involved: '（涉及3个指标：使用人员满意度、培训就业人员满意度、劳务费发放人员满意度）',
          },
          message:
            '满意度指标下的二级指标“满意度指标”不是标准名称，应为“服务对象满意度指标”（涉及3个指标：使用人员满意度、培训就业人员满意度、劳务费发放人员满意度）',
          suggestion: '改为“服务对象满意度指标”',
          location: {
            table: '新疆巴州住房和城乡建设局整体支出绩效目标表',
            indicator: '使用人员满意度',
            indicatorIndex: 1,
            field: '二级指标',
            tableIndex: 0,
            section: '绩效指标',
          },
        },
      ],
    },
    {
      name: '效果指标 as 一级, 可持续性影响 as 二级',
      document: doc([
        project([
          ind({ level1: '效果指标', level2: '社会效益指标', name: '受益人口', value: '≥1200人' }),
          ind({ level1: '效益指标', level2: '可持续性影响', name: '设施维护机制', value: '≥10年' }),
        ]),
      ]),
      findings: [
        {
          messageId: 'nonstandardLevel1Guess',
          data: { level1: '效果指标', guess: '效益指标' },
          suggestion: '改为“效益指标”',
          location: { table: T, indicatorIndex: n, field: '一级指标' },
        },
        {
          messageId: 'nonstandardLevel2Guess',
          data: { parent: '效益指标', level2: '可持续性影响', guess: '可持续影响指标' },
          location: { table: T, indicatorIndex: n + 1, field: '二级指标' },
        },
      ],
    },
    {
      name: 'local framework: 成本指标 written as a 一级 (central-2021 style)',
      document: doc([
        project([ind({ level1: '成本指标', level2: '经济成本指标', name: '监理费用', value: '≤5万元' })]),
      ]),
      findings: [
        {
          messageId: 'costAsLevel1',
          location: { table: T, indicatorIndex: n, field: '一级指标' },
        },
      ],
    },
    {
      name: 'central-2021 framework: 成本指标 as a 二级 under 产出 (every local cost row, one finding)',
      document: doc([renovation], 'central-2021'),
      framework: 'central-2021',
      findings: [
        {
          messageId: 'costAsLevel2',
          data: { count: 2, involved: '（涉及2个指标：外墙保温改造成本、管网更换成本）' },
          location: { table: T, indicator: '外墙保温改造成本', indicatorIndex: 5, field: '二级指标' },
        },
      ],
    },
    {
      name: 'the --framework option overrides the document’s framework',
      document: doc([renovation], 'local'),
      framework: 'central-2021',
      findings: [
        {
          messageId: 'costAsLevel2',
          data: { count: 2, involved: '（涉及2个指标：外墙保温改造成本、管网更换成本）' },
        },
      ],
    },
    {
      name: 'local framework: 经济成本指标 under 产出',
      document: doc([
        project([ind({ level1: '产出指标', level2: '经济成本指标', name: '监理费用', value: '≤5万元' })]),
      ]),
      findings: [
        {
          messageId: 'centralCostLevel2',
          data: { level2: '经济成本指标' },
          location: { table: T, field: '二级指标' },
        },
      ],
    },
    {
      name: 'a standard 二级 under the wrong 一级',
      document: doc([
        project([ind({ level1: '产出指标', level2: '社会效益指标', name: '受益人口', value: '≥1200人' })]),
      ]),
      findings: [
        {
          messageId: 'level2OfOtherLevel1',
          data: { level2: '社会效益指标', home: '效益指标', parent: '产出指标' },
          suggestion:
            '把一级指标改为“效益指标”，或换用产出指标下的二级指标（“数量指标”、“质量指标”、“时效指标”、“成本指标”）。',
        },
      ],
    },
    {
      name: 'unknown names: a guess where the words tell, the standard list otherwise',
      document: doc([
        project([
          ind({ level1: '产出指标', level2: '工作指标', name: '走访户数', value: '≥300户' }),
          ind({ level1: '产出指标', level2: '数量类', name: '宣传场次', value: '≥4场' }),
          ind({ level1: '服务指标', level2: '数量指标', name: '服务人次', value: '≥500人次' }),
        ]),
      ]),
      findings: [
        {
          messageId: 'nonstandardLevel2',
          data: {
            parent: '产出指标',
            level2: '工作指标',
            standard: '“数量指标”、“质量指标”、“时效指标”、“成本指标”',
          },
        },
        {
          messageId: 'nonstandardLevel2Guess',
          data: { parent: '产出指标', level2: '数量类', guess: '数量指标' },
        },
        {
          messageId: 'nonstandardLevel1',
          data: { level1: '服务指标', standard: '“产出指标”、“效益指标”、“满意度指标”' },
          location: { table: T, field: '一级指标' },
        },
      ],
    },
    {
      name: 'missing 一级 and 二级',
      document: doc([
        project([
          ind({ level1: '', level2: '数量指标', name: '走访户数', value: '≥300户' }),
          ind({ level1: '效益指标', level2: '', name: '受益人口', value: '≥1200人' }),
        ]),
      ]),
      findings: [
        {
          messageId: 'noLevel1',
          suggestion: '填写一级指标“产出指标”',
          location: { table: T, field: '一级指标' },
        },
        { messageId: 'noLevel2', data: { parent: '效益指标' }, location: { table: T, field: '二级指标' } },
      ],
    },
  ],
});
