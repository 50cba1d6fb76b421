import { makeDepartment, makeIndicator, makeProject } from '../../src/domain/build.js';
import { missingCategory } from '../../src/rules/structure/missing-category.js';
import { testRule } from '../support/rule-tester.js';
import { doc, withIndicators } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';
import { renovation } from '../support/tables/renovation.js';
import { training } from '../support/tables/training.js';

const ind = makeIndicator;
const without = (indicators: typeof renovation.indicators, pattern: RegExp) =>
  indicators.filter((i) => !pattern.test(`${i.level1}${i.level2}`));

testRule(missingCategory, {
  valid: [
    ...cleanCases,
    {
      name: 'office running and office equipment need no 满意度, a training project needs no 成本',
      document: doc([
        makeProject({
          projectName: '机关日常运转经费',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '保障人数', value: '=36人' }),
            ind({ level1: '产出指标', level2: '质量指标', name: '运转保障率', value: '=100%' }),
            ind({ level1: '效益指标', level2: '社会效益指标', name: '单位正常运转天数', value: '≥250天' }),
            ind({ level1: '产出指标', level2: '时效指标', name: '经费支付及时率', value: '=100%' }),
          ],
        }),
        makeProject({ projectName: '社区工作者业务培训', indicators: without(training.indicators, /成本/) }),
        makeProject({
          projectName: '办公设备购置',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '购置电脑数量', value: '=10台' }),
            ind({ level1: '产出指标', level2: '成本指标', name: '电脑单价', value: '≤0.6万元/台' }),
            ind({ level1: '效益指标', level2: '社会效益指标', name: '设备使用率', value: '≥95%' }),
            ind({ level1: '产出指标', level2: '时效指标', name: '采购完成时间', value: '≤6月底' }),
          ],
        }),
      ]),
    },
    {
      name: 'a template row does not count as a row, a rejected suggestion neither (but nothing is missing here)',
      document: doc([
        withIndicators(
          renovation,
          ind({ level1: '效益指标', level2: '经济效益指标', name: '……', value: '' }),
        ),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a construction project without 成本 and 满意度',
      document: doc([
        makeProject({
          projectName: '老旧小区改造提升工程',
          indicators: without(renovation.indicators, /成本|满意/),
        }),
      ]),
      findings: [
        {
          messageId: 'noCost',
          data: { category: '成本', project: '老旧小区改造提升工程' },
          message: '缺少成本指标：工程建设、修缮和购置项目必须写明成本（“老旧小区改造提升工程”属于此类）',
          suggestion: '在产出指标下加“成本指标”，如“外墙保温改造成本 ≤45万元”、单位造价“≤120万元/公里”。',
          location: { table: '老旧小区改造提升工程', tableIndex: 0, section: '绩效指标' },
        },
        {
          messageId: 'noSatisfaction',
          data: { category: '满意度' },
          suggestion: '加“满意度指标 / 服务对象满意度指标”，如“受益群众满意度 ≥90%”。',
        },
      ],
    },
    {
      name: 'central-2021: cost as a 一级 counts, its absence is told the central way; category equipment needs cost',
      document: doc(
        [
          makeProject({
            projectName: '社区图书室图书',
            category: 'equipment',
            indicators: [
              ind({ level1: '产出指标', level2: '数量指标', name: '图书数量', value: '≥2000册' }),
              ind({ level1: '效益指标', level2: '社会效益指标', name: '年借阅人次', value: '≥3000人次' }),
              ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '读者满意度', value: '≥90%' }),
            ],
          }),
        ],
        'central-2021',
      ),
      framework: 'central-2021',
      findings: [
        { messageId: 'noTimeliness', data: { category: '时效' } },
        {
          messageId: 'noCost',
          data: { category: '成本' },
          suggestion: '加一级指标“成本指标”，如经济成本指标“外墙保温改造成本 ≤45万元”。',
        },
      ],
    },
    {
      name: 'no 效益, fewer than 3 rows',
      document: doc([
        makeProject({
          projectName: '社区工作者业务培训',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '培训人数', value: '≥120人' }),
            ind({
              level1: '满意度指标',
              level2: '服务对象满意度指标',
              name: '参训人员满意度',
              value: '≥90%',
            }),
            ind({
              level1: '效益指标',
              level2: '社会效益指标',
              name: '持证上岗率',
              value: '≥85%',
              status: 'rejected',
            }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'noBenefit',
          data: { category: '效益' },
          suggestion:
            '写明产出带来的效果，如社会效益指标“受益居民户数 ≥420户”、可持续影响指标“设施正常使用年限 ≥15年”。',
        },
        { messageId: 'noTimeliness', data: { category: '时效' } },
        { messageId: 'tooFew', data: { count: 2 } },
      ],
    },
    {
      name: 'issue: a project table without 时效 under 产出, in both frameworks (a department table needs none)',
      document: doc([
        makeProject({
          projectName: '道路修复',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '道路修复长度', value: '≥2公里' }),
            ind({ level1: '产出指标', level2: '质量指标', name: '路面平整合格率', value: '≥95%' }),
            ind({ level1: '产出指标', level2: '成本指标', name: '修复成本', value: '≤40万元' }),
            ind({ level1: '效益指标', level2: '社会效益指标', name: '通行条件改善率', value: '≥90%' }),
            ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', value: '≥90%' }),
          ],
        }),
        makeDepartment({
          unitName: '示例街道办事处',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '服务活动场次', value: '≥12场' }),
            ind({ level1: '效益指标', level2: '社会效益指标', name: '活动参与人次', value: '≥2000人次' }),
            ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', value: '≥90%' }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'noTimeliness',
          data: { category: '时效' },
          suggestion:
            '在产出指标下加“时效指标”，如“完工时间 ≤10月底”“补贴按时发放率 =100%”“故障响应时间 ≤24小时”。',
          location: { table: '道路修复', tableIndex: 0, section: '绩效指标' },
        },
      ],
    },
    {
      name: 'a department table without 产出 and 满意度',
      document: doc([
        makeDepartment({
          unitName: '示例街道办事处',
          indicators: [
            ind({ level1: '效益指标', level2: '社会效益指标', name: '辖区平安指数', value: '≥95%' }),
            ind({ level1: '效益指标', level2: '生态效益指标', name: '垃圾暴露点数量', value: '≤2处' }),
            ind({ level1: '效益指标', level2: '可持续影响指标', name: '设施使用年限', value: '≥15年' }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'noOutput',
          data: { category: '产出' },
          location: { table: '示例街道办事处整体支出绩效目标表' },
        },
        { messageId: 'noSatisfaction', data: { category: '满意度' } },
      ],
    },
    {
      name: 'a table with only template rows',
      document: doc([
        makeProject({
          projectName: '社区工作者业务培训',
          indicators: [ind({ level1: '产出指标', level2: '数量指标', name: '……', value: '' })],
        }),
      ]),
      findings: [{ messageId: 'noIndicators' }],
    },
  ],
});
