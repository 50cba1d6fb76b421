import { describe, expect, it } from 'vitest';
import { generatedDocument } from '../../bench/generate.js';
import { makeIndicator, makeProject } from '../../src/domain/build.js';
import { JixiaoDocument } from '../../src/domain/document.js';
import { copiedAcrossProjects } from '../../src/rules/dup/copied-across-projects.js';
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
/** The greening project the book purchase was copied from. */
const greening = makeProject({
  projectName: '道路绿化养护',
  indicators: [
    ind({ level1: '产出指标', level2: '数量指标', name: '绿化养护面积', value: '≥5000平方米' }),
    ind({ level1: '产出指标', level2: '数量指标', name: '补植苗木数量', value: '≥300株' }),
    ind({ level1: '产出指标', level2: '质量指标', name: '苗木成活率', value: '≥95%' }),
    ind({ level1: '产出指标', level2: '时效指标', name: '养护及时率', value: '=100%' }),
    ind({ level1: '产出指标', level2: '成本指标', name: '养护成本', value: '≤12万元' }),
    ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '周边群众满意度', value: '≥90%' }),
  ],
});
const copiedBooks = makeProject({
  projectName: '社区图书室图书购置',
  indicators: [
    ...greening.indicators.slice(0, 5),
    ind({ level1: '产出指标', level2: '数量指标', name: '购置图书数量', value: '≥2000册' }),
  ],
});

/** Two projects of one kind share generic rows; with their own numbers they are not copies. */
const sameKind = (name: string, people: number, periods: number, cost: string) =>
  makeProject({
    projectName: name,
    indicators: [
      ind({ level1: '产出指标', level2: '数量指标', name: '培训人数', value: `≥${people}人` }),
      ind({ level1: '产出指标', level2: '数量指标', name: '培训期数', value: `=${periods}期` }),
      ind({ level1: '产出指标', level2: '质量指标', name: '培训考核合格率', value: '≥90%' }),
      ind({ level1: '产出指标', level2: '时效指标', name: '培训按时完成率', value: '=100%' }),
      ind({ level1: '产出指标', level2: '成本指标', name: '人均培训成本', value: `≤${cost}元/人` }),
      ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '参训人员满意度', value: '≥90%' }),
    ],
  });

/** Six named rates of a road repair, the way a table copied from one road project to another shows them. */
const roadRates = (projectName: string) =>
  makeProject({
    projectName,
    indicators: [
      ind({ level1: '产出指标', level2: '质量指标', name: '道路修复完成率', value: '=100%' }),
      ind({ level1: '产出指标', level2: '质量指标', name: '路面平整合格率', value: '≥98%' }),
      ind({ level1: '产出指标', level2: '时效指标', name: '路面破损修复及时率', value: '≥95%' }),
      ind({ level1: '效益指标', level2: '社会效益指标', name: '排水设施完好率', value: '≥95%' }),
      ind({ level1: '效益指标', level2: '社会效益指标', name: '交通标线清晰率', value: '≥90%' }),
      ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '沿街群众满意度', value: '≥90%' }),
    ],
  });
/** Rows any project may share: money, schedule, acceptance, satisfaction; and one count of its own. */
const genericOnly = (projectName: string, own: string) =>
  makeProject({
    projectName,
    indicators: [
      ind({ level1: '产出指标', level2: '数量指标', name: own, value: '≥12个' }),
      ind({ level1: '产出指标', level2: '质量指标', name: '工程验收合格率', value: '=100%' }),
      ind({ level1: '产出指标', level2: '时效指标', name: '项目按期完成率', value: '=100%' }),
      ind({ level1: '产出指标', level2: '时效指标', name: '资金支付及时率', value: '=100%' }),
      ind({ level1: '效益指标', level2: '可持续影响指标', name: '预算执行率', value: '≥95%' }),
      ind({ level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', value: '≥90%' }),
    ],
  });

testRule(copiedAcrossProjects, {
  valid: [
    ...cleanCases,
    {
      name: 'different projects with the usual generic rows',
      document: doc([department, renovation, training, salary, books, garbage]),
    },
    {
      name: 'two trainings of one kind with their own figures',
      document: doc([
        sameKind('第一批社区工作者培训', 60, 2, '500'),
        sameKind('第二批社区工作者培训', 60, 2, '450'),
      ]),
    },
    {
      name: 'drafted projects of one field share norms: rates, response times, deadlines, zero incidents, placeholders',
      document: doc(
        ['视频监控系统建设', '污水处理设施运维'].map((projectName, i) =>
          makeProject({
            projectName,
            indicators: [
              ind({
                level1: '产出指标',
                level2: '数量指标',
                name: '建设运维系统数量',
                value: '≥（待填）个',
                placeholder: true,
              }),
              ind({ level1: '产出指标', level2: '质量指标', name: '系统正常运行率', value: '≥95%' }),
              ind({ level1: '产出指标', level2: '时效指标', name: '故障响应时间', value: '≤24小时' }),
              ind({ level1: '产出指标', level2: '时效指标', name: '建设运维任务完成时间', value: '≤12月底' }),
              ind({ level1: '产出指标', level2: '成本指标', name: '建设运维费用', value: `≤${20 + i}万元` }),
              ind({
                level1: '效益指标',
                level2: '可持续影响指标',
                name: '重大网络安全事件发生数',
                value: '=0起',
              }),
            ],
          }),
        ),
      ),
    },
    {
      name: 'two projects sharing only the rows any project may share (预算执行率, 资金支付及时率, 满意度…)',
      document: doc([
        genericOnly('村级活动场所修缮', '修缮活动场所数量'),
        genericOnly('农村饮水安全工程维修养护', '维修供水工程数量'),
      ]),
    },
    {
      name: 'the department table repeats its projects’ indicators (not compared)',
      document: doc([{ ...department, indicators: [...renovation.indicators] }, renovation]),
    },
  ],
  invalid: [
    {
      name: 'two projects with the same six named rates word for word (every row a rate)',
      document: doc([roadRates('城区道路修复工程'), roadRates('背街小巷路面整治')]),
      findings: [
        {
          messageId: 'copied',
          data: {
            total: 6,
            shared: 6,
            source: '城区道路修复工程',
            examples: '“道路修复完成率 =100%”、“路面平整合格率 ≥98%”、“路面破损修复及时率 ≥95%”',
          },
          location: { table: '背街小巷路面整治', tableIndex: 1, section: '绩效指标' },
        },
      ],
    },
    {
      name: 'two road projects of one kind whose named rates are all the same',
      document: doc([roadRates('一标段道路修复'), roadRates('二标段道路修复')]),
      findings: [
        {
          messageId: 'copied',
          data: { source: '一标段道路修复' },
          message: ['与项目“一标段道路修复”逐字相同'],
          location: { table: '二标段道路修复' },
        },
      ],
    },
    {
      name: 'a book purchase whose indicators were copied from the greening project',
      document: doc([greening, training, copiedBooks]),
      findings: [
        {
          messageId: 'copied',
          data: {
            total: 6,
            shared: 5,
            source: '道路绿化养护',
            examples: '“绿化养护面积 ≥5000平方米”、“补植苗木数量 ≥300株”、“苗木成活率 ≥95%”',
          },
          suggestion: '按本项目的实际工作重写产出、效益指标；只保留确实相同的通用指标。',
          location: { table: '社区图书室图书购置', tableIndex: 2, section: '绩效指标' },
        },
      ],
    },
    {
      name: 'two projects of one kind with every figure the same: reported once, against the first',
      document: doc([
        sameKind('第一批社区工作者培训', 60, 2, '500'),
        sameKind('第二批社区工作者培训', 60, 2, '500'),
        sameKind('第三批社区工作者培训', 60, 2, '500'),
      ]),
      findings: [
        {
          messageId: 'copied',
          data: { total: 6, shared: 6, source: '第一批社区工作者培训' },
          location: { table: '第二批社区工作者培训', tableIndex: 1 },
        },
        {
          messageId: 'copied',
          data: { total: 6, shared: 6, source: '第一批社区工作者培训' },
          location: { table: '第三批社区工作者培训', tableIndex: 2 },
        },
      ],
    },
  ],
});

/** Runs the rule alone on a validated document; returns its reports and the milliseconds it took. */
function timed(document: ReturnType<typeof doc>) {
  const parsed = JixiaoDocument.parse(document);
  const start = performance.now();
  const reports = copiedAcrossProjects.check({ document: parsed, framework: 'local' });
  return { reports, ms: performance.now() - start };
}

describe('dup/copied-across-projects at scale (loose time bounds: a busy machine must not fail them; bench/ measures)', () => {
  it('finds nothing in 1,000 generated well-made projects of one kind', () => {
    const { reports, ms } = timed(generatedDocument(1000));
    expect(reports).toEqual([]);
    expect(ms).toBeLessThan(1500);
  });
  it('reports each of 1,000 identical copies once, against the first', () => {
    const { reports, ms } = timed(
      doc(Array.from({ length: 1000 }, (_, i) => ({ ...copiedBooks, projectName: `图书购置${i + 1}` }))),
    );
    expect(reports).toHaveLength(999);
    expect(reports.every((r) => r.messageId === 'copied' && r.data?.source === '图书购置1')).toBe(true);
    expect(ms).toBeLessThan(1500);
  });
});
