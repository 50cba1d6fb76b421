import { makeIndicator, makeProject } from '../../src/domain/build.js';
import { misplacedIndicator } from '../../src/rules/structure/misplaced-indicator.js';
import { testRule } from '../support/rule-tester.js';
import { doc } from '../support/tables/build.js';
import { cleanCases } from '../support/tables/documents.js';

const ind = makeIndicator;
const TIME_HINT = '时效指标应写完成时限或及时程度，如“按期完成率 =100%”“≤10月底”“响应时间 ≤24小时”。';
const project = (...indicators: ReturnType<typeof ind>[]) =>
  doc([makeProject({ projectName: '护路联防', indicators })]);

testRule(misplacedIndicator, {
  valid: [
    ...cleanCases,
    {
      name: 'fewer-is-better counts are quality measures; time units, deadlines and time words are timely',
      document: project(
        ind({ level1: '产出指标', level2: '质量指标', name: '安全事故发生次数', value: '=0次' }),
        ind({ level1: '产出指标', level2: '质量指标', name: '群众有效投诉件数', value: '≤3件' }),
        ind({ level1: '产出指标', level2: '质量指标', name: '巡逻考核得分', value: '≥90分' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '接警响应', value: '≤30分钟' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '年度巡防计划', value: '≤12月底' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '巡逻日志填报及时率', value: '=100%' }),
        ind({
          level1: '产出指标',
          level2: '时效指标',
          name: '隐患整改',
          description: '发现隐患后48小时内整改',
          value: '=100%',
        }),
        ind({ level1: '产出指标', level2: '数量指标', name: '护路服务时间', value: '=1年' }),
        ind({ level1: '产出指标', level2: '数量指标', name: '满意度调查次数', value: '=2次' }),
        ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '沿线群众满意度', value: '≥90%' }),
      ),
    },
    {
      name: 'issue: rates whose name carries a deadline phrase are time requirements (汛期前, 开学前, 次年…前, 第三季度)',
      document: project(
        ind({ level1: '产出指标', level2: '时效指标', name: '汛期前完工率', value: '=100%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '开学前维修完成率', value: '=100%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '春节前慰问金发放率', value: '=100%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '次年3月前结算完成率', value: '=100%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '第三季度开工率', value: '≥90%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '上半年资金支出进度', value: '≥50%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '主体工程完工', value: '汛期之前' }),
      ),
    },
  ],
  invalid: [
    {
      name: '前 that names no deadline (目前, 门前) is no time requirement',
      document: project(
        ind({ level1: '产出指标', level2: '时效指标', name: '门前三包落实率', value: '≥95%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '目前设施完好率', value: '≥95%' }),
      ),
      findings: [
        {
          messageId: 'timelessUnderTime',
          data: { name: '门前三包落实率', value: '≥95%' },
          message: '时效指标下的“门前三包落实率”（指标值≥95%）看不出时间要求',
          suggestion: TIME_HINT,
        },
        {
          messageId: 'timelessUnderTime',
          data: { name: '目前设施完好率', value: '≥95%' },
        },
      ],
    },
    {
      name: 'korla: rates under 数量指标',
      document: project(
        ind({ level1: '产出指标', level2: '数量指标', name: '三公经费变动率', value: '≤3%' }),
        ind({ level1: '产出指标', level2: '数量指标', name: '在职人员控制率', value: '=100%' }),
        ind({ level1: '产出指标', level2: '数量指标', name: '巡逻按时完成率', value: '=100%' }),
      ),
      findings: [
        {
          messageId: 'rateUnderQuantity',
          data: { name: '三公经费变动率', value: '≤3%' },
          suggestion: '移到质量指标下；数量指标应写完成的数量和单位，如“改造小区数量 =3个”。',
          location: { table: '护路联防', indicator: '三公经费变动率', indicatorIndex: 0, field: '二级指标' },
        },
        {
          messageId: 'rateUnderQuantity',
          data: { name: '在职人员控制率', value: '=100%' },
          location: { table: '护路联防', indicatorIndex: 1 },
        },
        {
          messageId: 'rateUnderQuantity',
          data: { name: '巡逻按时完成率', value: '=100%' },
          suggestion: '移到时效指标下；数量指标应写完成的数量和单位，如“改造小区数量 =3个”。',
          location: { table: '护路联防', indicatorIndex: 2 },
        },
      ],
    },
    {
      name: 'a count under 质量指标, a deadline under 数量指标',
      document: project(
        ind({ level1: '产出指标', level2: '质量指标', name: '巡逻人员数量', value: '≥12人' }),
        ind({ level1: '产出指标', level2: '数量指标', name: '巡防工作完成', value: '≤11月底' }),
      ),
      findings: [
        {
          messageId: 'countUnderQuality',
          data: { name: '巡逻人员数量', value: '≥12人' },
          suggestion: '移到数量指标下；质量指标应写达到的标准，如验收合格率、达标率（%）。',
        },
        {
          messageId: 'deadlineUnderQuantity',
          data: { name: '巡防工作完成', value: '≤11月底' },
          suggestion: '移到时效指标下。',
        },
      ],
    },
    {
      name: 'nothing about time under 时效指标',
      document: project(
        ind({ level1: '产出指标', level2: '时效指标', name: '城市规划合格率', value: '≥95%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '重点工作完成率', value: '=100%' }),
        ind({ level1: '产出指标', level2: '时效指标', name: '巡逻次数', value: '≥300次' }),
      ),
      findings: [
        {
          messageId: 'timelessUnderTime',
          data: { name: '城市规划合格率', value: '≥95%' },
          suggestion: `这是质量要求，请移到质量指标下；${TIME_HINT}`,
        },
        {
          messageId: 'timelessUnderTime',
          data: { name: '重点工作完成率', value: '=100%' },
          suggestion: TIME_HINT,
        },
        {
          messageId: 'timelessUnderTime',
          data: { name: '巡逻次数', value: '≥300次' },
          suggestion: `这是数量要求，请移到数量指标下；${TIME_HINT}`,
        },
      ],
    },
    {
      name: 'a satisfaction rate under 效益指标',
      document: project(
        ind({ level1: '效益指标', level2: '社会效益指标', name: '群众满意度', value: '≥90%' }),
      ),
      findings: [
        {
          messageId: 'satisfactionElsewhere',
          data: { level2: '社会效益指标', name: '群众满意度', value: '≥90%' },
          suggestion: '移到一级指标“满意度指标”、二级指标“服务对象满意度指标”下。',
        },
      ],
    },
  ],
});
