import { makeIndicator, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import { makeDocument } from '../../src/domain/build.js';
import { placeholder } from '../../src/rules/structure/placeholder.js';
import { testRule } from '../support/rule-tester.js';
import { doc, withIndicators } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';
import { renovation } from '../support/tables/renovation.js';

const ind = makeIndicator;
const sei = makeSelfEvalIndicator;
const T = '老旧小区改造提升工程';

testRule(placeholder, {
  valid: [
    ...cleanCases,
    {
      name: 'XX inside a code, 某 in a made-up name, and rejected rows are fine',
      document: doc([
        withIndicators(
          renovation,
          ind({ level1: '产出指标', level2: '数量指标', name: 'XX数量', value: 'XX个', status: 'rejected' }),
        ),
      ]),
    },
  ],
  invalid: [
    {
      name: 'kaifu: “……” rows and empty 经济/生态/可持续 rows left from the template (one finding)',
      document: doc(
        [
          makeSelfEval({
            projectName: '征收工作经费',
            indicators: [
              sei({
                level1: '产出指标',
                level2: '成本指标',
                name: '征收工作经费（万元）',
                value: '38',
                actual: '27.75',
              }),
              sei({ level1: '产出指标', level2: '成本指标', name: '……', value: '' }),
              sei({ level1: '效益指标', level2: '经济效\n\n益指标', name: '', value: '　' }),
              sei({ level1: '效益指标', level2: '经济效益指标', name: '……', value: '　' }),
              sei({
                level1: '效益指标',
                level2: '社会效益指标',
                name: '确保征收项目稳步推进',
                value: '有效保障',
                actual: '有效保障',
              }),
              sei({ level1: '效益指标', level2: '生态效益指标', name: '', value: '' }),
              sei({ level1: '效益指标', level2: '可持续影响指标', name: '', value: '' }),
              sei({ level1: '满意度指标', level2: '服务对象满意度指标', name: '……', value: '' }),
            ],
          }),
        ],
        'local',
        2022,
      ),
      findings: [
        {
          messageId: 'dotAndEmptyRows',
          data: { rows: 6, dots: 3, empty: 3, levels: '经济效益指标、生态效益指标、可持续影响指标' },
          message:
            '本表有6行模板遗留的空行：“……”行3处，只有二级指标名称的空行3处（经济效益指标、生态效益指标、可持续影响指标）',
          suggestion: '删除这些空行；确需该类指标的，补全三级指标名称和指标值。',
          location: {
            table: '征收工作经费（自评表）',
            indicatorIndex: 1,
            field: '三级指标',
            indicator: '成本指标第2行',
          },
        },
      ],
    },
    {
      name: 'a row with a value but no name',
      document: doc([
        makeProject({
          projectName: '老旧小区改造提升工程',
          indicators: [ind({ level1: '效益指标', level2: '社会效益指标', name: '', value: '有效' })],
        }),
      ]),
      findings: [
        {
          messageId: 'nameless',
          data: { level2: '社会效益指标', value: '有效' },
          suggestion: '补写三级指标名称，或删除这一行。',
          location: { table: T, field: '三级指标', indicatorIndex: 0 },
        },
      ],
    },
    {
      name: 'XX, ××, （填写…） and 请输入 in table and indicator fields, the drafter’s placeholders',
      document: makeDocument({
        unit: { name: 'XX街道办事处', year: 2025, framework: 'local' },
        tables: [
          makeProject({
            projectName: '老旧小区改造提升工程',
            purpose: '主要用于：1.外墙保温改造××万元；2.（填写其他用途）',
            goals: '完成XX个小区改造。',
            indicators: [
              ind({
                level1: '产出指标',
                level2: '数量指标',
                name: '改造小区数量',
                description: '请输入描述',
                value: '=3个',
                basis: '（请选择）',
              }),
              ind({
                level1: '产出指标',
                level2: '数量指标',
                name: '受益户数',
                value: '≥N户',
                placeholder: true,
              }),
              ind({ level1: '产出指标', level2: '成本指标', name: '工程成本', value: '≤XX万元' }),
            ],
          }),
        ],
      }),
      findings: [
        { messageId: 'unitName', data: { text: 'XX' }, location: { table: '（文档）', field: '单位名称' } },
        {
          messageId: 'tableField',
          data: { field: '资金用途', text: '××' },
          location: { table: '老旧小区改造提升工程', field: '资金用途', tableIndex: 0 },
        },
        {
          messageId: 'tableField',
          data: { field: '绩效目标', text: 'XX' },
          location: { table: T, field: '绩效目标' },
        },
        {
          messageId: 'indicatorField',
          data: { name: '改造小区数量', field: '绩效指标描述', text: '请输入' },
          location: { table: T, indicatorIndex: 0, field: '绩效指标描述' },
        },
        {
          messageId: 'indicatorField',
          data: { name: '改造小区数量', field: '指标值确定依据', text: '（请选择）' },
          location: { table: T, indicatorIndex: 0, field: '指标值确定依据' },
        },
        {
          messageId: 'draftPlaceholder',
          data: { name: '受益户数', value: '≥N户' },
          suggestion: '按本单位的实际计划填写指标值。',
          location: { table: T, indicatorIndex: 1, field: '指标值' },
        },
        {
          messageId: 'indicatorField',
          data: { name: '工程成本', field: '指标值', text: 'XX' },
          location: { table: T, indicatorIndex: 2, field: '指标值' },
        },
      ],
    },
    {
      name: 'a comparator with asterisks where the number belongs (nanyue: “(≥**%)”, “≥**人”)',
      document: doc([
        makeProject({
          projectName: '旅游扶贫基础设施',
          indicators: [
            ind({ level1: '产出指标', level2: '时效指标', name: '按期完成率(≥**%)', value: '>=95%' }),
            ind({ level1: '效益指标', level2: '社会效益指标', name: '受益人口数≥＊＊人', value: '>=29人' }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'indicatorField',
          data: { name: '按期完成率(≥**%)', field: '三级指标', text: '≥**' },
          location: { table: '旅游扶贫基础设施', indicatorIndex: 0, field: '三级指标' },
        },
        {
          messageId: 'indicatorField',
          data: { name: '受益人口数≥＊＊人', field: '三级指标', text: '≥＊＊' },
          location: { table: '旅游扶贫基础设施', indicatorIndex: 1, field: '三级指标' },
        },
      ],
    },
  ],
});
