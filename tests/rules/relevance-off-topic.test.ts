import { makeIndicator, makeProject, makeSelfEval, makeSelfEvalIndicator } from '../../src/domain/build.js';
import { offTopicRule } from '../../src/rules/relevance/off-topic.js';
import { testRule } from '../support/rule-tester.js';
import { books } from '../support/tables/books.js';
import { doc } from '../support/tables/build.js';
import { department } from '../support/tables/department.js';
import { cleanCases } from '../support/tables/documents.js';
import { garbage } from '../support/tables/garbage.js';
import { renovation } from '../support/tables/renovation.js';
import { salary } from '../support/tables/salary.js';
import { training } from '../support/tables/training.js';

const ind = makeIndicator;
/** A county 城市管理综合执法局: its everyday duties, and indicators that describe them. */
const DUTIES = '负责辖区城市管理综合执法，查处违法建设、占道经营等违法行为，办理行政处罚案件。';
const withDuties = (tables: Parameters<typeof doc>[0]) => ({
  ...doc(tables),
  unit: { name: '示例县城市管理综合执法局', year: 2025, framework: 'local' as const, duties: DUTIES },
});
const dutyRows = [
  ind({ level1: '产出指标', level2: '数量指标', name: '查处违法建设数量', value: '≥120处' }),
  ind({ level1: '产出指标', level2: '数量指标', name: '行政处罚案件办理数', value: '≥300件' }),
  ind({ level1: '产出指标', level2: '质量指标', name: '占道经营整治率', value: '≥95%' }),
];
const greeningRows = [
  ind({ level1: '产出指标', level2: '数量指标', name: '绿化养护面积', value: '≥5000平方米' }),
  ind({ level1: '产出指标', level2: '数量指标', name: '补植苗木数量', value: '≥300株' }),
  ind({ level1: '产出指标', level2: '质量指标', name: '苗木成活率', value: '≥95%' }),
  ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '周边群众满意度', value: '≥90%' }),
];

testRule(offTopicRule, {
  valid: [
    ...cleanCases,
    {
      name: 'a whole document of different projects',
      document: doc([department, renovation, training, salary, books, garbage]),
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
    {
      name: 'a general running-cost project may speak of the unit’s duties',
      document: withDuties([
        makeProject({
          projectName: '机关日常运转经费',
          purpose: '保障机关正常运转。',
          indicators: dutyRows,
        }),
      ]),
    },
    {
      name: 'a purchase measured by what it buys, in a unit whose duties are known',
      document: withDuties([
        makeProject({
          projectName: '执法记录仪购置',
          purpose: '为执法队员购置执法记录仪40台。',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '购置执法记录仪数量', value: '=40台' }),
            ind({ level1: '产出指标', level2: '质量指标', name: '设备验收合格率', value: '=100%' }),
            ...dutyRows,
          ],
        }),
      ]),
    },
    {
      name: 'an ecological benefit of a project that acts on nature, or of one whose purpose is about it',
      document: doc([
        makeProject({
          projectName: '辖区道路扬尘治理',
          indicators: [
            ind({ level1: '效益指标', level2: '生态效益指标', name: '空气质量优良率', value: '≥85%' }),
          ],
        }),
        makeProject({
          projectName: '生态环境保护宣传',
          purpose: '宣传大气污染防治，提高空气质量。',
          indicators: [
            ind({ level1: '效益指标', level2: '生态效益指标', name: '空气质量优良率', value: '≥85%' }),
          ],
        }),
      ]),
    },
    {
      name: 'county sector projects with their own rows',
      document: doc([
        makeProject({
          projectName: '义务教育学生营养改善计划',
          purpose: '为全县13000名学生提供营养膳食补助，每生每天4元。',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '受益学生人数', value: '≥13000人' }),
            ind({ level1: '产出指标', level2: '质量指标', name: '食品安全事故发生次数', value: '=0起' }),
          ],
        }),
        makeProject({
          projectName: '粮食储备费用补贴',
          purpose: '保管县级储备粮5000吨，按规定拨付保管费用补贴。',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '储备粮保管规模', value: '=5000吨' }),
          ],
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
          messageId: 'textOffTopic',
          data: {
            field: '资金用途',
            project: '图书购置',
            words: '“绿化”、“养护”、“苗木”',
            topic: '环境卫生/垃圾/污水/粪污',
          },
          message:
            '资金用途与项目“图书购置”无关：写的是“绿化”、“养护”、“苗木”等环境卫生/垃圾/污水/粪污方面的内容，没有一处与本项目有关',
          suggestion: '核对是否从其他项目复制而来；资金用途应写本项目的钱用在哪些事项上、各多少万元。',
          location: { table: '图书购置', tableIndex: 0, section: '预算规模及资金用途', field: '资金用途' },
        },
        {
          messageId: 'textOffTopic',
          data: { field: '绩效目标', project: '图书购置', words: '“绿化”、“养护”、“苗木”' },
          location: { table: '图书购置', section: '绩效目标', field: '绩效目标' },
        },
        {
          messageId: 'indicatorsOffTopic',
          data: {
            project: '图书购置',
            indicators: '“绿化养护面积”、“补植苗木数量”、“苗木成活率”',
            topic: '环境卫生/垃圾/污水/粪污',
            words: '“绿化”、“养护”、“苗木”',
          },
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
          messageId: 'textOffTopic',
          data: { field: '预期目标', project: '征收工作经费', words: '“信访”、“接访”' },
          location: { table: '征收工作经费（自评表）', field: '预期目标' },
        },
      ],
    },
    {
      name: 'a purchase whose indicators describe the unit’s main business instead of what is bought',
      document: withDuties([
        makeProject({
          projectName: '执法记录仪购置',
          purpose: '为执法队员购置执法记录仪40台。',
          indicators: [
            ...dutyRows,
            ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', value: '≥90%' }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'unitDutiesOnly',
          data: {
            indicators: '“查处违法建设数量”、“行政处罚案件办理数”、“占道经营整治率”',
            project: '执法记录仪购置',
          },
          location: { table: '执法记录仪购置', section: '绩效指标' },
        },
      ],
    },
    {
      name: 'a construction project whose 资金用途 is about another field',
      document: doc([
        makeProject({
          projectName: '农村道路硬化工程',
          purpose: '用于全镇城乡低保对象最低生活保障金发放，每人每月100元。',
          goals: '完成道路硬化3公里。',
        }),
      ]),
      findings: [
        {
          messageId: 'textOffTopic',
          data: {
            field: '资金用途',
            project: '农村道路硬化工程',
            words: '“低保”、“最低生活保障”',
            topic: '城乡低保/特困供养',
          },
          location: { table: '农村道路硬化工程', field: '资金用途' },
        },
      ],
    },
    {
      name: 'a salary project with an ecological benefit it cannot have',
      document: doc([
        makeProject({
          projectName: '社区工作者考核奖',
          purpose: '发放社区工作者年度考核奖励。',
          indicators: [
            ind({ level1: '产出指标', level2: '数量指标', name: '发放人数', value: '=120人' }),
            ind({ level1: '效益指标', level2: '生态效益指标', name: '空气质量优良率', value: '≥85%' }),
          ],
        }),
      ]),
      findings: [
        {
          messageId: 'borrowedEcology',
          data: { indicators: '“空气质量优良率”', claim: '空气质量', project: '社区工作者考核奖' },
          location: { table: '社区工作者考核奖', section: '绩效指标' },
        },
      ],
    },
    {
      name: 'a word like 社区 in the name does not silence the check',
      document: doc([
        makeProject({
          projectName: '社区图书室图书购置',
          purpose: '用于社区矛盾纠纷调解，全年调解纠纷50件。',
        }),
      ]),
      findings: [
        {
          messageId: 'textOffTopic',
          data: { field: '资金用途', project: '社区图书室图书购置', topic: '人民调解' },
          location: { table: '社区图书室图书购置', field: '资金用途' },
        },
      ],
    },
  ],
});
