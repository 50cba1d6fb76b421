import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JixiaoDocument,
  type DepartmentTable,
  type ProjectTable,
  type SelfEvalTable,
  type Table,
} from '../../src/domain/document.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { EXAMPLES_DIR } from '../support/examples.js';

const examplesDir = EXAMPLES_DIR;

type Funds = [total: string | null, fiscal: string | null, other: string | null];
const funding = (f: { total: string | null; fiscal: string | null; other: string | null } | null) =>
  f ? [f.total, f.fiscal, f.other] : null;

interface DepartmentExpectation {
  kind: 'department';
  unitName: string;
  year: number;
  tasks: Array<[name: string, ...Funds]>;
  tasksTotal: Funds | null;
  goalsStart: string;
  indicators: number;
  byLevel2: Record<string, number>;
}
interface ProjectExpectation {
  kind: 'project';
  code: string;
  projectName: string;
  budget: Funds;
  purpose: string;
  plan: [number, number, number, number];
  goals: string;
  indicators: Array<
    [level1: string, level2: string, name: string, description: string, value: string, basis: string]
  >;
}
interface SelfEvalExpectation {
  kind: 'self-evaluation';
  projectName: string;
  department: string;
  funds: Array<
    [
      label: string,
      initial: string | null,
      full: string | null,
      spent: string | null,
      weight: number | null,
      rate: string,
      score: number | null,
    ]
  >;
  goalsExpected: string;
  goalsActual: string;
  indicators: Array<
    [level2: string, name: string, value: string, actual: string, weight: number | null, score: number | null]
  >;
  totalWeight: number;
  totalScore: number;
}
type Expectation = DepartmentExpectation | ProjectExpectation | SelfEvalExpectation;

const EXPECTED: Record<string, { unit: string; year: number; tables: Expectation[]; prose: string[] }> = {
  'korla-department-2021.txt': {
    unit: '库尔勒市房屋征收与补偿管理办公室',
    year: 2021,
    prose: [],
    tables: [
      {
        kind: 'department',
        unitName: '库尔勒市房屋征收与补偿管理办公室',
        year: 2021,
        tasks: [
          ['负责全市房屋征收补偿工作', '332.85', '332.85', '0.00'],
          ['保障城市项目如期实施', '16.23', '16.23', '0.00'],
          ['提升干部队伍素质', '2.78', '2.78', '0.00'],
          ['征收项目启动及运行经费', '15.00', '15.00', '0.00'],
        ],
        tasksTotal: ['366.86', '366.86', '0.00'],
        goalsStart: '目标1：贯彻执行有关国有土地上的房屋征收补偿法规',
        indicators: 13,
        byLevel2: {
          数量指标: 4,
          质量指标: 1,
          时效指标: 1,
          成本指标: 2,
          社会效益指标: 3,
          可持续影响指标: 1,
          服务对象满意度指标: 1,
        },
      },
      {
        kind: 'department',
        unitName: '库尔勒市房屋征收与补偿管理办公室',
        year: 2021,
        tasks: [
          ['负责全市房屋征收补偿工作', '337.72', '337.72', '0.00'],
          ['保障城市项目如期实施', '17.80', '17.80', '0.00'],
          ['提升干部队伍素质', '3.90', '3.90', '0.00'],
          ['征收项目启动及运行经费', '47.00', '47.00', '0.00'],
        ],
        tasksTotal: ['406.92', '406.92', '0.00'],
        goalsStart: '贯彻执行有关国有土地上的房屋征收补偿法规',
        indicators: 11,
        byLevel2: {
          数量指标: 3,
          质量指标: 1,
          时效指标: 1,
          成本指标: 1,
          社会效益指标: 3,
          可持续影响指标: 1,
          服务对象满意度指标: 1,
        },
      },
    ],
  },
  'bazhou-department-2022.txt': {
    unit: '新疆巴州住房和城乡建设局',
    year: 2022,
    prose: [],
    tables: [
      {
        kind: 'department',
        unitName: '新疆巴州住房和城乡建设局',
        year: 2022,
        tasks: [
          ['单位人员保障', '1338.92', '1338.92', null],
          ['保障部门正常运转', '92.83', '92.83', null],
          ['统筹城市规划管理、提升环境整治行动、开展乡村建设', '159.70', '159.70', null],
        ],
        tasksTotal: null,
        goalsStart: '目标1：认真落实自治区新时代新型城镇化工作部署',
        indicators: 56,
        byLevel2: {
          数量指标: 16,
          质量指标: 12,
          时效指标: 8,
          成本指标: 13,
          经济效益指标: 1,
          社会效益指标: 2,
          可持续影响指标: 1,
          满意度指标: 3,
        },
      },
    ],
  },
  'kaifu-self-evaluation-2022.txt': {
    unit: '开福区城市房屋征收和补偿管理办公室',
    year: 2022,
    prose: ['一、单位基本情况', '（一）项目支出资金概况', '九、绩效自评结果拟应用和公开情况'],
    tables: [
      {
        kind: 'self-evaluation',
        projectName: '征收工作经费',
        department: '开福区城市房屋征收和补偿管理办公室',
        funds: [
          ['年度资金总额', '38.00', null, '27.75', 10, '73.03%', 7.3],
          ['其中：当年财政拨款', '38.00', null, null, null, '', null],
          ['上年结转资金', null, null, null, null, '', null],
          ['其他资金', null, null, null, null, '', null],
        ],
        goalsExpected:
          '全面参与项目前期准备工作，年内拟完成项目前期私房摸底调查1434户，单位产摸底调查15个，确保全区征收项目稳步推进。',
        goalsActual: '参与项目前期准备工作，年内完成项目前期私房摸底调查1434户，单位产摸底调查15个。',
        indicators: [
          ['数量指标', '项目前期私房摸底调查数量（户）', '1434', '1434', 5, 5],
          ['数量指标', '项目前期单位产摸底调查数量（个）', '15', '15', 5, 5],
          ['数量指标', '组织征收工作人员业务培训（场次/人数）', '1/160', '1/178', 5, 5],
          ['数量指标', '提供法律意见/相关文书及合同审查修改/诉讼案件办理（次/次/件）', '无', '80/92/8', 5, 5],
          ['质量指标', '征收项目前期调查摸底工作完成合格率', '95%', '100%', 5, 5],
          ['质量指标', '征收业务培训考核合格率', '95%', '100%', 5, 5],
          ['质量指标', '法顾顾问工作完成合格率', '95%', '100%', 5, 5],
          ['时效指标', '征收项目前期调查摸底工作完成及时率', '95%', '100%', 5, 5],
          ['时效指标', '征收业务培训完成及时率', '95%', '100%', 3, 3],
          ['时效指标', '法律顾问工作完成及时率', '95%', '100%', 2, 2],
          ['成本指标', '征收工作经费（万元）', '38', '27.75', 5, 5],
          ['成本指标', '……', '', '', null, null],
          ['经济效益指标', '', '', '', null, null],
          ['经济效益指标', '……', '', '', null, null],
          ['社会效益指标', '确保征收项目稳步推进，征收工作正常开展', '有效保障', '有效保障', 30, 30],
          ['社会效益指标', '……', '', '', null, null],
          ['生态效益指标', '', '', '', null, null],
          ['生态效益指标', '……', '', '', null, null],
          ['可持续影响指标', '', '', '', null, null],
          ['可持续影响指标', '……', '', '', null, null],
          ['服务对象满意度指标', '被摸底调查对象满意度', '90%', '95%', 10, 10],
          ['服务对象满意度指标', '……', '', '', null, null],
        ],
        totalWeight: 100,
        totalScore: 100,
      },
    ],
  },
  'example-street-office-projects-2025.txt': {
    unit: '某街道办事处',
    year: 2025,
    prose: ['某街道办事处2025年项目支出绩效目标表'],
    tables: [
      {
        kind: 'project',
        code: '2025XX0001',
        projectName: '老旧小区改造提升工程',
        budget: ['80.00', '80.00', null],
        purpose: '主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元；3.工程监理费3.5万元。',
        plan: [20, 50, 80, 100],
        goals: '1.完成3个老旧小区外墙保温及管网改造，惠及居民420户；\n2.改善居住环境，消除管网渗漏隐患。',
        indicators: [
          ['产出指标', '数量指标', '改造小区数量', '改造老旧小区3个', '=3个', '年度计划'],
          ['产出指标', '数量指标', '惠及居民户数', '改造惠及居民420户', '≥420户', '年度计划'],
          ['产出指标', '质量指标', '工程验收合格率', '竣工验收合格的工程占比', '=100%', '行业标准'],
          ['产出指标', '时效指标', '工程按期完工率', '按合同工期完工的工程占比', '≥95%', '计划标准'],
          ['产出指标', '成本指标', '外墙保温改造成本', '外墙保温改造费用', '≤45万元', '预算支出标准'],
          ['产出指标', '成本指标', '管网更换成本', '雨污管网更换费用', '≤30万元', '预算支出标准'],
          [
            '效益指标',
            '社会效益指标',
            '管网渗漏投诉下降率',
            '较上年管网渗漏投诉下降比例',
            '≥50%',
            '历史标准',
          ],
          ['效益指标', '可持续影响指标', '改造设施使用年限', '改造后设施正常使用年限', '≥15年', '行业标准'],
          [
            '满意度指标',
            '服务对象满意度指标',
            '居民满意度',
            '受益居民对改造效果的满意度',
            '≥90%',
            '计划标准',
          ],
        ],
      },
      {
        kind: 'project',
        code: '2025XX0002',
        projectName: '社区工作者业务培训',
        budget: ['6.00', '6.00', null],
        purpose: '主要用于社区工作者业务培训的场地、教材及师资费用。',
        plan: [30, 60, 90, 100],
        goals: '组织社区工作者业务培训4期，提升社区服务能力。',
        indicators: [
          ['产出指标', '数量指标', '培训人数', '培训社区工作者120人', '≥210人', '年度计划'],
          ['产出指标', '数量指标', '培训期数', '全年举办培训4期', '=4期', '年度计划'],
          ['产出指标', '质量指标', '培训考核合格率', '考核合格人数占参训人数比例', '≥90%', '历史标准'],
          ['产出指标', '时效指标', '培训按时完成率', '按计划时间完成的培训期数占比', '≥100%', '计划标准'],
          ['产出指标', '成本指标', '预算执行率', '预算执行率', '100%', '工作要求'],
          ['效益指标', '社会效益指标', '社区服务能力', '提升社区服务能力', '有效提升', '工作经验'],
          [
            '满意度指标',
            '服务对象满意度指标',
            '参训人员满意度',
            '参训人员对培训的满意度',
            '≥90%',
            '计划标准',
          ],
        ],
      },
    ],
  },
};

function checkDepartment(table: Table, e: DepartmentExpectation) {
  expect(table.kind).toBe('department');
  const t = table as DepartmentTable;
  expect(t.unitName).toBe(e.unitName);
  expect(t.year).toBe(e.year);
  expect(t.tasks.map((task) => [task.name, ...funding(task.funding)!])).toEqual(e.tasks);
  expect(funding(t.tasksTotal)).toEqual(e.tasksTotal);
  expect(t.goals.startsWith(e.goalsStart)).toBe(true);
  expect(t.indicators).toHaveLength(e.indicators);
  const byLevel2: Record<string, number> = {};
  for (const i of t.indicators) byLevel2[i.level2] = (byLevel2[i.level2] ?? 0) + 1;
  expect(byLevel2).toEqual(e.byLevel2);
  for (const i of t.indicators) {
    expect(i.name).not.toBe('');
    expect(i.value.kind).not.toBe('blank');
    expect(i.description).toBe('');
  }
}

function checkProject(table: Table, e: ProjectExpectation) {
  expect(table.kind).toBe('project');
  const t = table as ProjectTable;
  expect([t.code, t.projectName]).toEqual([e.code, e.projectName]);
  expect(funding(t.budget)).toEqual(e.budget);
  expect(t.purpose).toBe(e.purpose);
  expect(t.plan).toEqual({ mar: e.plan[0], jun: e.plan[1], oct: e.plan[2], dec: e.plan[3] });
  expect(t.goals).toBe(e.goals);
  expect(t.indicators.map((i) => [i.level1, i.level2, i.name, i.description, i.value.text, i.basis])).toEqual(
    e.indicators,
  );
}

function checkSelfEval(table: Table, e: SelfEvalExpectation) {
  expect(table.kind).toBe('self-evaluation');
  const t = table as SelfEvalTable;
  expect([t.projectName, t.department]).toEqual([e.projectName, e.department]);
  expect(t.funds.map((f) => [f.label, f.initial, f.full, f.spent, f.weight, f.rate, f.score])).toEqual(
    e.funds,
  );
  expect([t.goalsExpected, t.goalsActual]).toEqual([e.goalsExpected, e.goalsActual]);
  expect(t.indicators.map((i) => [i.level2, i.name, i.value.text, i.actual, i.weight, i.score])).toEqual(
    e.indicators,
  );
  expect([t.totalWeight, t.totalScore]).toEqual([e.totalWeight, e.totalScore]);
  // 执行率 10 + the indicators' weights = 100; the scores add up to 97.3, not the 100 written (README).
  const weights = t.indicators.reduce((sum, i) => sum + (i.weight ?? 0), 0) + (t.funds[0].weight ?? 0);
  const scores = t.indicators.reduce((sum, i) => sum + (i.score ?? 0), 0) + (t.funds[0].score ?? 0);
  expect(weights).toBe(100);
  expect(Math.round(scores * 100) / 100).toBe(97.3);
}

describe('every example file reads completely', () => {
  const files = readdirSync(examplesDir).filter((f) => f.endsWith('.txt'));

  it('has an expectation for each example file', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    describe(file, () => {
      const expected = EXPECTED[file];
      const result = () => readTextDocument(readFileSync(join(examplesDir, file)), join(examplesDir, file));

      it('passes the document schema and has nothing unplaced', () => {
        const { document, findings } = result();
        expect(() => JixiaoDocument.parse(document)).not.toThrow();
        expect(findings).toEqual([]);
      });

      it('has the unit, year and the tables by kind', () => {
        const { document } = result();
        expect(document.unit.name).toBe(expected.unit);
        expect(document.unit.year).toBe(expected.year);
        expect(document.tables.map((t) => t.kind)).toEqual(expected.tables.map((t) => t.kind));
      });

      expected.tables.forEach((e, index) => {
        it(`table ${index + 1}: ${e.kind} with every figure as written`, () => {
          const table = result().document.tables[index];
          if (e.kind === 'department') checkDepartment(table, e);
          else if (e.kind === 'project') checkProject(table, e);
          else checkSelfEval(table, e);
        });
      });

      it('keeps the prose between the tables', () => {
        const { document } = result();
        const titles = document.prose.map((p) => p.title);
        for (const title of expected.prose) expect(titles).toContain(title);
      });
    });
  }
});

describe('details of the examples', () => {
  const read = (file: string) => readTextDocument(readFileSync(join(examplesDir, file)), file).document;

  it('bazhou: the duplicated paragraph of the third task is kept as written', () => {
    const t = read('bazhou-department-2022.txt').tables[0] as DepartmentTable;
    const content = t.tasks[2].content;
    const passage = '统筹城市规划建设管理，转变城市开发建设方式';
    expect(content.indexOf(passage)).toBe(0);
    expect(content.indexOf(passage, 1)).toBeGreaterThan(0);
  });

  it('bazhou: the grid continues across the break and the line "产出指标"', () => {
    const t = read('bazhou-department-2022.txt').tables[0];
    const names = t.indicators.map((i) => i.name);
    expect(names.slice(0, 4)).toEqual([
      '聘请园林专家团队',
      '城市体检形成报告',
      '职业竞赛活动场次',
      '参加职业竞赛活动人数',
    ]);
    expect(t.indicators.find((i) => i.name === '宣讲活动按时完成率')?.value.text).toBe('≥100%');
    expect(t.indicators.find((i) => i.name === '房屋建筑供暖面积')?.value.text).toBe('=3374.98平方');
    expect(
      t.indicators.filter((i) => i.level2 === '满意度指标').every((i) => i.level1 === '满意度指标'),
    ).toBe(true);
  });

  it('korla: the first table keeps 年度总体目标 beside the grid, the second reads its goals from paragraphs', () => {
    const [first, second] = read('korla-department-2021.txt').tables as DepartmentTable[];
    expect(first.goals).toContain('目标3：项目启动资金保障各征收项目全面启动');
    expect(first.indicators.find((i) => i.name === '促进库尔勒市经济稳步发展')?.value.text).toBe('有效');
    expect(first.indicators.find((i) => i.name === '有效促进库尔勒市经济发展')).toMatchObject({
      level1: '效益指标',
      level2: '可持续影响指标',
    });
    expect(second.goals.split('\n')).toHaveLength(3);
    expect(second.indicators.find((i) => i.level2 === '成本指标')?.value.text).toBe('可控');
  });

  it('kaifu: the 项目支出资金概况 table (not one of ours) is kept as prose text', () => {
    const prose = read('kaifu-self-evaluation-2022.txt').prose.find(
      (p) => p.title === '（一）项目支出资金概况',
    );
    expect(prose?.text).toContain('金额单位：万元');
    expect(prose?.text).toContain('项目名称\t项目类型\t资金用途、使用方向\t预算金额\t支出金额');
    expect(prose?.text).toContain('合计\t38\t38\t27.75\t27.75');
    expect(prose?.before).toBe(0);
  });

  it('kaifu: the note under the self-evaluation table is prose after it', () => {
    const document = read('kaifu-self-evaluation-2022.txt');
    const note = document.prose.find((p) => p.text.startsWith('说明：'));
    expect(note?.before).toBe(1);
  });
});
