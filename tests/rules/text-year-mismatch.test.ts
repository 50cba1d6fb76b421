import { makeDepartment, makeIndicator, makeProject, makeSelfEval } from '../../src/domain/build.js';
import { yearMismatch } from '../../src/rules/text/year-mismatch.js';
import { testRule } from '../support/rule-tester.js';
import { doc } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';
import { renovation } from '../support/tables/renovation.js';

const ind = makeIndicator;
const project = (fields: Partial<typeof renovation>) => makeProject({ ...renovation, ...fields });

testRule(yearMismatch, {
  valid: [
    ...cleanCases,
    {
      name: 'legitimate years: 上年 figures, long-range plans, built years, cited documents, later deadlines',
      document: doc(
        [
          project({
            goals:
              '较2021年度下降5%；到2035年远景目标基本实现；2022-2024年目标全面完成后，在2021年度目标基础上提高；' +
              '改造2000年底前建成的老旧小区；依据《2021年度城市建设计划》，2023年6月底前完成全部工程。',
            purpose: '主要用于2022年度结转工程尾款及本年度新建工程。',
            indicators: [
              ind({
                level1: '效益指标',
                level2: '可持续影响指标',
                name: '设施使用年限',
                description: '设施可使用至2037年',
                value: '≥15年',
              }),
              ind({ level1: '产出指标', level2: '时效指标', name: '完工时间', value: '≤2022年10月底' }),
            ],
          }),
        ],
        'local',
        2022,
      ),
    },
    {
      name: 'a self-evaluation may speak of deadlines in its year; no year known: nothing to compare',
      document: doc(
        [
          makeSelfEval({
            projectName: '征收工作经费',
            goalsActual: '另有10万元2022年年末已申请支付但未支付，2022年12月底前完成摸底。',
          }),
        ],
        'local',
        2022,
      ),
    },
  ],
  invalid: [
    {
      name: 'a 2024 target table speaking of 2023年度目标, 本年度（2023年）, a past deadline',
      document: doc(
        [
          project({
            goals: '全面完成2023年度目标任务，本年度（2023年）改造小区3个。',
            purpose: '主要用于外墙保温改造，2023年10月底前完成。',
            indicators: [
              ind({ level1: '产出指标', level2: '时效指标', name: '完工时间', value: '≤2023年10月底' }),
            ],
          }),
        ],
        'local',
        2024,
      ),
      findings: [
        {
          messageId: 'deadlineBeforeYear',
          data: { field: '资金用途', phrase: '2023年10月底前', year: 2024 },
          message: '资金用途中的时限“2023年10月底前”早于本表年度（2024年），这个目标在本年度无法实现',
          suggestion: '核对年份：2024年度的目标，时限应在2024年内。',
          location: {
            table: '老旧小区改造提升工程',
            tableIndex: 0,
            section: '预算规模及资金用途',
            field: '资金用途',
          },
        },
        {
          messageId: 'otherYear',
          data: { field: '绩效目标', phrase: '2023年度目标', year: 2024 },
          suggestion: '改为2024年；如果说的是往年的情况，请写明（如“较2023年”）。',
          location: { table: '老旧小区改造提升工程', section: '绩效目标', field: '绩效目标' },
        },
        { messageId: 'otherYear', data: { field: '绩效目标', phrase: '本年度（2023年）', year: 2024 } },
        {
          messageId: 'deadlineBeforeYear',
          data: { field: '“完工时间”的指标值', phrase: '≤2023年10月底', year: 2024 },
          location: {
            table: '老旧小区改造提升工程',
            indicator: '完工时间',
            indicatorIndex: 0,
            field: '指标值',
          },
        },
      ],
    },
    {
      name: 'a department table: its own year and its title against the document',
      document: doc(
        [
          makeDepartment({
            unitName: '示例街道办事处',
            year: 2021,
            title: '2021年部门整体支出绩效目标表',
            goals: '完成2022年度工作目标。',
          }),
        ],
        'local',
        2022,
      ),
      findings: [
        {
          messageId: 'headerYear',
          data: { tableYear: 2021, documentYear: 2022 },
          location: { table: '示例街道办事处整体支出绩效目标表', section: '表头', field: '年度' },
        },
        { messageId: 'otherYear', data: { field: '年度总体目标', phrase: '2022年度工作目标', year: 2021 } },
      ],
    },
    {
      name: 'a project title with another year',
      document: doc([project({ title: '2023年项目支出绩效目标表' })], 'local', 2024),
      findings: [
        {
          messageId: 'titleYear',
          data: { titleYear: '2023', year: 2024 },
          suggestion: '把表名中的年份改为2024年。',
          location: { table: '老旧小区改造提升工程', field: '表名' },
        },
      ],
    },
  ],
});
