import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JixiaoDocument,
  type DepartmentTable,
  type ProjectTable,
  type SelfEvalTable,
} from '../../src/domain/document.js';
import { mapBlocks } from '../../src/import/map-blocks.js';
import { readTextDocument } from '../../src/import/text/index.js';
import type { Block, ImportResult } from '../../src/import/types.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'text');
const readFixture = (name: string) =>
  readTextDocument(readFileSync(join(fixtures, name)), join(fixtures, name));
const p = (text: string): Block => ({ kind: 'paragraph', text });
const t = (...rows: string[][]): Block => ({ kind: 'table', rows });
const map = (...blocks: Block[]) => {
  const result = mapBlocks(blocks, { sourceName: 'test.docx' });
  expect(() => JixiaoDocument.parse(result.document)).not.toThrow();
  return result;
};
const rows = (r: ImportResult, table = 0) =>
  r.document.tables[table].indicators.map((i) => [
    i.level1,
    i.level2,
    i.name,
    i.description,
    i.value.text,
    i.basis,
  ]);

/** A project table as a Word/Excel reader gives it: a full grid, merged cells continued by ''. */
const wordProject = (code: string, name: string): Block[] => [
  p(`${name}项目支出绩效目标表`),
  t(
    ['项目编码', code, '项目名称', name, '', ''],
    ['主管部门', '某区教育局', '实施单位', '某区图书馆', '', ''],
    ['预算规模及资金用途', '预算数', '50.5', '其中：财政资金', '40.5', ''],
    ['', '其他资金', '10', '', '', ''],
    ['', '资金用途', '主要用于购置图书。', '', '', ''],
    ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底', ''],
    ['', '20%', '40%', '80%', '100%', ''],
    ['绩效目标', '购置图书2000册。', '', '', '', ''],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
    ['产出指标', '数量指标', '购置图书数量', '购置图书2000册', '≥2000册', '计划标准'],
    ['', '', '新增数字资源', '', '≥5个', '计划标准'],
    ['', '质量指标', '验收合格率', '', '=100%', '行业标准'],
    ['效益指标', '社会效益指标', '借阅量增长率', '', '≥10%', '历史标准'],
    ['满意度指标', '服务对象满意度指标', '读者满意度', '', '≥90%', '计划标准'],
  ),
];

describe('mapBlocks: grids from Word/Excel', () => {
  it('reads a project table by its header columns, continuing merged 一级/二级 cells', () => {
    const r = map(...wordProject('P001', '图书购置'));
    expect(r.findings).toEqual([]);
    const table = r.document.tables[0] as ProjectTable;
    expect(table).toMatchObject({
      kind: 'project',
      code: 'P001',
      projectName: '图书购置',
      department: '某区教育局',
      implementer: '某区图书馆',
      budget: { total: '50.50', fiscal: '40.50', other: '10.00' },
      purpose: '主要用于购置图书。',
      plan: { mar: 20, jun: 40, oct: 80, dec: 100 },
      goals: '购置图书2000册。',
    });
    expect(rows(r)).toEqual([
      ['产出指标', '数量指标', '购置图书数量', '购置图书2000册', '≥2000册', '计划标准'],
      ['产出指标', '数量指标', '新增数字资源', '', '≥5个', '计划标准'],
      ['产出指标', '质量指标', '验收合格率', '', '=100%', '行业标准'],
      ['效益指标', '社会效益指标', '借阅量增长率', '', '≥10%', '历史标准'],
      ['满意度指标', '服务对象满意度指标', '读者满意度', '', '≥90%', '计划标准'],
    ]);
    expect(r.document.unit.name).toBe('某区图书馆');
  });

  it('reads several project tables in a row, with or without titles', () => {
    const untitled = wordProject('P003', '学生资助').slice(1);
    const r = map(...wordProject('P001', '图书购置'), ...wordProject('P002', '校舍维修'), ...untitled);
    expect(r.findings).toEqual([]);
    expect(r.document.tables.map((x) => [x.kind, (x as ProjectTable).code, x.indicators.length])).toEqual([
      ['project', 'P001', 5],
      ['project', 'P002', 5],
      ['project', 'P003', 5],
    ]);
  });

  it('reads the national 申报表 layout: 项目资金 rows as 预算数, 年度总体目标 as the goals, a unit note beside the title', () => {
    const r = map(
      t(
        ['项目支出绩效目标申报表', '', '', '单位：万元'],
        ['项目名称', '社区服务', '', ''],
        ['项目资金（万元）', '年度资金总额', '12', ''],
        ['', '其中：财政拨款', '10', ''],
        ['', '其他资金', '2', ''],
        ['年度总体目标', '开展社区服务100次。', '', ''],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
        ['', '产出指标', '数量指标', '服务次数', '≥100次'],
      ),
    );
    expect(r.findings).toEqual([]);
    expect(r.document.tables[0]).toMatchObject({
      kind: 'project',
      title: '项目支出绩效目标申报表',
      projectName: '社区服务',
      budget: { total: '12.00', fiscal: '10.00', other: '2.00' },
      goals: '开展社区服务100次。',
    });
    expect(rows(r)).toEqual([['产出指标', '数量指标', '服务次数', '', '≥100次', '']]);
  });

  it('reads a 总分 row with a grade and its label', () => {
    const r = map(
      p('项目支出绩效自评表'),
      t(
        ['项目名称', '甲'],
        [
          '一级指标',
          '二级指标',
          '三级指标',
          '年度指标值',
          '实际完成值',
          '分值',
          '得分',
          '偏差原因分析及改进措施',
        ],
        ['产出指标', '数量指标', '场次', '≥2场', '2场', '90', '90', ''],
        ['总分', '', '', '', '', '90', '90', '自评等级：优'],
      ),
    );
    expect(r.document.tables[0]).toMatchObject({ kind: 'self-evaluation', totalWeight: 90, totalScore: 90 });
  });

  it('takes the plan as month/percentage pairs in one row', () => {
    const r = map(
      p('项目支出绩效目标表'),
      t(
        ['项目名称', '甲'],
        ['资金支出计划（%）', '3月底', '25%', '6月底', '50%', '10月底', '75%', '12月底', '100%'],
      ),
    );
    expect((r.document.tables[0] as ProjectTable).plan).toEqual({ mar: 25, jun: 50, oct: 75, dec: 100 });
  });

  it('tells the table kind from header rows when there is no title', () => {
    const department = map(
      t(
        ['部门（单位）名称', '某局'],
        ['年度主要任务', '运转', '保障运转', '10', '10', '0'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '保障人数', '≥10人'],
      ),
    );
    expect(department.document.tables[0]).toMatchObject({
      kind: 'department',
      unitName: '某局',
      tasks: [{ name: '运转', funding: { total: '10.00' } }],
    });
    const selfEval = map(
      t(
        ['项目名称', '活动经费'],
        ['项目资金（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['', '年度资金总额', '10', '10', '9', '10', '90%', '9'],
      ),
    );
    expect(selfEval.document.tables[0]).toMatchObject({
      kind: 'self-evaluation',
      projectName: '活动经费',
      funds: [{ spent: '9.00', score: 9 }],
    });
  });

  it('reads a 2021 central-framework grid (成本指标 as a 一级)', () => {
    const r = map(
      p('项目支出绩效目标表'),
      t(
        ['项目名称', '道路维修'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '维修里程', '≥3公里'],
        ['成本指标', '经济成本指标', '维修成本', '≤30万元'],
        ['', '社会成本指标', '施工扰民投诉', '≤2次'],
        ['效益指标', '社会效益指标', '通行时间缩短', '≥10%'],
      ),
    );
    expect(rows(r).map((x) => x.slice(0, 3))).toEqual([
      ['产出指标', '数量指标', '维修里程'],
      ['成本指标', '经济成本指标', '维修成本'],
      ['成本指标', '社会成本指标', '施工扰民投诉'],
      ['效益指标', '社会效益指标', '通行时间缩短'],
    ]);
  });

  it('keeps 二级-only rows and …… rows as blank indicators, drops wholly empty rows, and drops a 二级 heading row followed by its indicators', () => {
    const r = map(
      p('项目支出绩效目标表'),
      t(
        ['项目名称', '甲'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '', ''],
        ['', '', '场次', '≥2场'],
        ['效益指标', '经济效益指标', '', ''],
        ['', '', '……', ''],
        ['', '', '', ''],
        ['', '生态效益指标', '', ''],
      ),
    );
    expect(rows(r).map((x) => x.slice(1, 5))).toEqual([
      ['数量指标', '场次', '', '≥2场'],
      ['经济效益指标', '', '', ''],
      ['经济效益指标', '……', '', ''],
      ['生态效益指标', '', '', ''],
    ]);
  });
});

describe('mapBlocks: what cannot be placed is reported, never dropped silently', () => {
  const unrecognised = (r: ImportResult) => r.findings.filter((f) => f.rule === 'import/unrecognised');

  it('an amount that is not a number', () => {
    const r = map(p('项目支出绩效目标表'), {
      kind: 'table',
      rows: [
        ['项目名称', '甲'],
        ['预算数', '八十万'],
      ],
      lines: [3, 4],
    });
    expect((r.document.tables[0] as ProjectTable).budget.total).toBeNull();
    expect(unrecognised(r)).toHaveLength(1);
    expect(unrecognised(r)[0]).toMatchObject({
      severity: 'warning',
      location: { table: '甲', tableIndex: 0, field: '第4行' },
    });
    expect(unrecognised(r)[0].message).toContain('第4行');
    expect(unrecognised(r)[0].message).toContain('八十万');
  });

  it('a row under no section, extra cells in an indicator row, a task in a project table', () => {
    const r = map(
      p('项目支出绩效目标表'),
      t(
        ['项目名称', '甲'],
        ['不知道是什么', '某内容'],
        ['年度主要任务', '任务一', '内容', '5', '5', '0'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '场次', '≥2场', '多余一', '多余二'],
      ),
    );
    const messages = unrecognised(r)
      .map((f) => f.message)
      .join('\n');
    // A labelled row no table has a field for is kept as the table's note, not dropped.
    expect(r.document.tables[0].notes).toEqual(['不知道是什么：某内容']);
    expect(messages).toContain('多余一');
    expect(messages).toContain('任务“任务一”');
    expect(rows(r)[0]).toEqual(['产出指标', '数量指标', '场次', '', '≥2场', '']);
  });

  it('lists at most 30 unplaced rows of one table, then says how many more', () => {
    const junk = Array.from({ length: 100 }, (_, i) => [`${i}`, `内容${i}`]);
    const r = map(p('项目支出绩效目标表'), t(['项目名称', '甲'], ...junk));
    expect(unrecognised(r)).toHaveLength(31);
    expect(unrecognised(r)[30].message).toBe('另有 70 处内容无法识别，未导入（不再逐条列出）。');
  });

  it('a file without any of our tables keeps its text as prose and says so', () => {
    const r = map(
      p('一、基本情况'),
      p('本单位有在职人员11人。'),
      t(['项目名称', '项目类型'], ['甲', '专项']),
    );
    expect(r.document.tables).toEqual([]);
    expect(r.document.prose).toEqual([
      { title: '一、基本情况', text: '本单位有在职人员11人。\n项目名称\t项目类型\n甲\t专项', before: 0 },
    ]);
    expect(unrecognised(r)).toHaveLength(1);
    expect(unrecognised(r)[0].message).toContain('没有识别出绩效目标表');
  });

  it('empty input gives an empty document with that finding', () => {
    const r = map();
    expect(r.document).toEqual({
      schemaVersion: 1,
      unit: { name: '', year: null, framework: 'local' },
      tables: [],
      prose: [],
    });
    expect(unrecognised(r)).toHaveLength(1);
  });
});

describe('mapBlocks: headings', () => {
  it('reads titles with Word field residue and markdown, and the year forms', () => {
    const r = map(
      p('部门预算 TC 3、图书购置项目绩效目标表 \\f C \\l 1'),
      p('（2023年度）'),
      t(
        ['项目名称', '图书购置'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '册数', '≥10册'],
      ),
      p('**部门（单位）整体支出绩效目标表**  '),
      p('(2021 年)'),
      t(
        ['部门（单位）名称', '某局'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '人数', '≥10人'],
      ),
    );
    expect(r.document.tables.map((x) => [x.kind, x.title])).toEqual([
      ['project', '3、图书购置项目绩效目标表'],
      ['department', '部门（单位）整体支出绩效目标表'],
    ]);
    expect((r.document.tables[1] as DepartmentTable).year).toBe(2021);
    expect(r.document.unit.year).toBe(2023);
  });

  it('takes unit and year from a document title over project tables', () => {
    const r = map(p('某街道办事处2025年项目支出绩效目标表'), ...wordProject('P1', '甲').slice(1));
    expect(r.document.unit).toMatchObject({ name: '某区图书馆', year: 2025 });
    const bare = map(
      p('某街道办事处2025年项目支出绩效目标表'),
      p('1、甲项目绩效目标表'),
      t(['项目名称', '甲'], ['绩效目标', '做好甲']),
    );
    expect(bare.document.unit).toMatchObject({ name: '某街道办事处', year: 2025 });
  });

  it('reads a label and its value from one paragraph or from the next one', () => {
    const r = map(
      p('部门（单位）整体支出绩效目标表'),
      p('部门（单位）名称'),
      p('某局'),
      p('年度总体目标'),
      p('目标1：甲。'),
      p('目标2：乙。'),
    );
    expect(r.document.tables[0]).toMatchObject({ unitName: '某局', goals: '目标1：甲。\n目标2：乙。' });
    const inline = map(p('项目支出绩效目标表'), p('项目名称：图书购置'), p('项目编码：P9'));
    expect(inline.document.tables[0]).toMatchObject({ projectName: '图书购置', code: 'P9' });
  });
});

describe('text fixtures', () => {
  it('row per line, project: merged cells left out, TC heading, template leftovers', () => {
    const r = readFixture('row-per-line-project.txt');
    expect(r.findings).toEqual([]);
    const table = r.document.tables[0] as ProjectTable;
    expect(table).toMatchObject({
      title: '3、图书购置项目绩效目标表',
      code: 'P2023-001',
      projectName: '图书购置',
      budget: { total: '50.50', fiscal: '40.50', other: '10.00' },
      purpose: '主要用于：1.购置图书40万元；2.数字资源10.5万元。',
      plan: { mar: 20, jun: 40, oct: 80, dec: 100 },
      goals: '1.购置图书2000册；\n2.读者借阅量提高10%。',
    });
    expect(r.document.unit.year).toBe(2023);
    expect(rows(r)).toEqual([
      ['产出指标', '数量指标', '购置图书数量', '购置图书2000册', '≥2000册', '计划标准'],
      ['产出指标', '质量指标', '验收合格率', '', '=100%', '行业标准'],
      ['产出指标', '时效指标', '采购完成时间', '', '≤10月底', '计划标准'],
      ['产出指标', '成本指标', '图书购置成本', '', '≤40万元', '预算标准'],
      ['效益指标', '社会效益指标', '借阅量增长率', '较上年增长', '≥10%', '历史标准'],
      ['效益指标', '社会效益指标', '……', '', '', ''],
      ['效益指标', '经济效益指标', '', '', '', ''],
      ['满意度指标', '服务对象满意度指标', '读者满意度', '', '≥90%', '计划标准'],
    ]);
  });

  it('cell per line, department: wrapped cells, full-width padding, score-free level cells', () => {
    const r = readFixture('cell-per-line-department.txt');
    expect(r.findings).toEqual([]);
    const table = r.document.tables[0] as DepartmentTable;
    expect(table).toMatchObject({
      unitName: '某街道办事处',
      year: 2024,
      tasks: [
        {
          name: '人员经费',
          content: '保障在职人员工资',
          funding: { total: '120.50', fiscal: '100.50', other: '20.00' },
        },
        {
          name: '公用经费',
          content: '保障机关运转',
          funding: { total: '30.00', fiscal: '30.00', other: '0.00' },
        },
      ],
      tasksTotal: { total: '150.50', fiscal: '130.50', other: '20.00' },
      goals: '目标1：保障机构正常运转；\n目标2：完成辖区服务工作。',
    });
    expect(rows(r).map((x) => [x[0], x[1], x[2], x[4]])).toEqual([
      ['产出指标', '数量指标', '保障在职人数', '≥35人'],
      ['产出指标', '时效指标', '工资按时发放率', '=100%'],
      ['满意度指标', '服务对象满意度指标', '职工满意度', '≥90%'],
    ]);
    expect(r.document.prose).toEqual([{ title: '', text: '说明：本表由财务科填报。', before: 1 }]);
  });

  it('row per line, self-evaluation: funds, goals, scores, 总分 and grade', () => {
    const r = readFixture('row-per-line-self-evaluation.txt');
    expect(r.findings).toEqual([]);
    const table = r.document.tables[0] as SelfEvalTable;
    expect(table).toMatchObject({
      projectName: '社区活动经费',
      department: '某街道办事处',
      implementer: '某社区居委会',
      goalsExpected: '开展社区活动12场',
      goalsActual: '开展社区活动12场',
      totalWeight: 100,
      totalScore: 97.75,
      grade: '良',
    });
    expect(table.funds[0]).toEqual({
      label: '年度资金总额',
      initial: '20.00',
      full: '20.00',
      spent: '18.00',
      weight: 10,
      rate: '90%',
      score: 9,
    });
    expect(
      table.indicators.map((i) => [i.name, i.value.text, i.actual, i.weight, i.score, i.reason]),
    ).toEqual([
      ['活动场次', '≥12场', '12场', 20, 20, ''],
      ['活动参与率', '≥80%', '75%', 20, 18.75, '天气原因部分活动参与人数少'],
      ['按时完成率', '=100%', '100%', 10, 10, ''],
      ['居民参与人次', '≥600人次', '650人次', 30, 30, ''],
      ['居民满意度', '≥90%', '92%', 10, 10, ''],
    ]);
  });
});
