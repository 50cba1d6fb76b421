import { makeIndicator, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import { offTopicRule } from '../../src/rules/relevance/off-topic.js';
import { testRule } from '../support/rule-tester.js';
import {
  books,
  CLEAN_DOCUMENTS,
  department,
  doc,
  garbage,
  renovation,
  salaries,
  training,
} from './structure-fixtures.js';

const ind = makeIndicator;
const greeningRows = [
  ind({ level1: '产出指标', level2: '数量指标', name: '绿化养护面积', value: '≥5000平方米' }),
  ind({ level1: '产出指标', level2: '数量指标', name: '补植苗木数量', value: '≥300株' }),
  ind({ level1: '产出指标', level2: '质量指标', name: '苗木成活率', value: '≥95%' }),
  ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '周边群众满意度', value: '≥90%' }),
];

testRule(offTopicRule, {
  valid: [
    ...CLEAN_DOCUMENTS,
    {
      name: 'a whole document of different projects',
      document: doc([department, renovation, training, salaries, books, garbage]),
    },
    {
      name: 'effects and means that belong to many fields are not off topic',
      document: doc([
        makeProject({
          projectName: '老旧小区改造提升工程',
          purpose: '主要用于外墙保温改造及工程监理。',
          goals: '改善社区居民居住环境，提升群众幸福感。',
          indicators: renovation.indicators,
        }),
        makeProject({
          projectName: '社区养老服务站运营',
          purpose: '购置康复设备、采购健身器材。',
          goals: '为辖区老人提供日间照料。',
          indicators: [],
        }),
      ]),
    },
    {
      name: 'neighbouring fields: property management clears garbage, works take land',
      document: doc([
        makeProject({
          projectName: '机关物业管理费',
          purpose: '用于机关办公区保洁及垃圾清运。',
          goals: '清运垃圾120吨，保洁面积8000平方米。',
        }),
        makeProject({ projectName: '农村道路硬化工程', goals: '征收土地12亩，完成被征收户补偿安置。' }),
      ]),
    },
    {
      name: 'a name that tells no field is not judged',
      document: doc([
        makeProject({
          projectName: '专项业务经费',
          purpose: '用于道路绿化养护及苗木补植。',
          indicators: greeningRows,
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: 'a book purchase whose 资金用途, goals and indicators are about road greening',
      document: doc([
        makeProject({
          projectName: '图书购置',
          purpose: '主要用于道路绿化养护及苗木补植。',
          goals: '完成辖区主干道绿化养护5000平方米，补植苗木300株。',
          indicators: greeningRows,
        }),
      ]),
      findings: [
        {
          message:
            '资金用途与项目“图书购置”无关：写的是“绿化”、“养护”、“苗木”等环境卫生/垃圾/污水/粪污方面的内容，没有一处与本项目有关',
          suggestion: '核对是否从其他项目复制而来；资金用途应写本项目的钱用在哪些事项上、各多少万元。',
          location: { table: '图书购置', tableIndex: 0, section: '预算规模及资金用途', field: '资金用途' },
        },
        {
          message: ['绩效目标与项目“图书购置”无关', '“绿化”、“养护”、“苗木”'],
          location: { table: '图书购置', section: '绩效目标', field: '绩效目标' },
        },
        {
          message:
            '绩效指标与项目“图书购置”无关：“绿化养护面积”、“补植苗木数量”、“苗木成活率”等指标写的是环境卫生/垃圾/污水/粪污方面的内容（“绿化”、“养护”、“苗木”）',
          suggestion: '核对是否从其他项目复制而来；按本项目的实际产出和效果重写绩效指标。',
          location: { table: '图书购置', section: '绩效指标' },
        },
      ],
    },
    {
      name: 'a self-evaluation whose 预期目标 is about another field',
      document: doc([
        makeSelfEval({
          projectName: '征收工作经费',
          goalsExpected: '全年开展信访接访工作，化解矛盾纠纷50件。',
          indicators: [
            makeSelfEvalIndicator({
              level1: '产出指标',
              level2: '数量指标',
              name: '摸底调查户数',
              value: '=1434户',
            }),
          ],
        }),
      ]),
      findings: [
        {
          message: ['预期目标与项目“征收工作经费”无关', '“信访”、“接访”'],
          location: { table: '征收工作经费（自评表）', field: '预期目标' },
        },
      ],
    },
  ],
});
