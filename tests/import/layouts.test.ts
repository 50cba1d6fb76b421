import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type DepartmentTable,
  JixiaoDocument,
  type ProjectTable,
  type SelfEvalTable,
} from '../../src/domain/document.js';
import { mapBlocks } from '../../src/import/map-blocks.js';
import { readTextDocument } from '../../src/import/text/index.js';
import type { Block } from '../../src/import/types.js';

/**
 * Hand-made tables in the layouts of other provinces (tests/fixtures/layouts): the real examples do
 * not cover every one, and the importer is measured on tables it has never seen.
 */
const LAYOUTS = join(import.meta.dirname, '..', 'fixtures', 'layouts');
const read = (name: string) => {
  const result = readTextDocument(readFileSync(join(LAYOUTS, name)), name);
  expect(() => JixiaoDocument.parse(result.document)).not.toThrow();
  return result;
};
const rows = (table: {
  indicators: Array<{ level1: string; level2: string; name: string; value: { text: string } }>;
}) => table.indicators.map((i) => [i.level1, i.level2, i.name, i.value.text].join(' | '));
const warnings = (r: ReturnType<typeof read>) =>
  r.findings.filter((f) => f.rule === 'import/unrecognised' && f.severity === 'warning');

describe('layouts of other provinces', () => {
  it('joins a 指标值 split over 指标性质 | 指标值 | 度量单位, keeps 权重 and placeholders, amounts in 元', () => {
    const r = read('split-value-columns.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect(t.budget).toEqual({ total: '150.00', fiscal: '120.00', other: '30.00' });
    expect(t.department).toBeUndefined(); // 主管部门 left blank: nothing swallowed
    expect(t.implementer).toBe('某县交通运输局');
    expect(rows(t)).toEqual([
      '产出指标 | 数量指标 | 养护乡村道路里程 | ≥120公里',
      '产出指标 | 数量指标 | 养护村数(≤**个) | ≥**个',
      '产出指标 | 质量指标 | 路况优良率 | ≥85%',
      '产出指标 | 成本指标 | 每公里养护成本 | ≤1.25万元',
      '效益指标 | 社会效益指标 | 群众出行时间缩短 | 有效缩短',
      '满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90%',
    ]);
    expect(t.indicators.map((i) => i.weight)).toEqual([20, 10, 20, 10, 20, 20]);
    expect(t.notes).toContain('其他需说明的问题：无');
    expect(t.notes).toContain('群众出行时间缩短（指标性质：定性）');
    expect(r.findings.filter((f) => f.severity === 'info')).toHaveLength(1); // the signature row
  });

  it('splits a flat sheet listing several projects under one header row', () => {
    const r = read('flat-multi-project.tsv');
    expect(warnings(r)).toEqual([]);
    const tables = r.document.tables as ProjectTable[];
    expect(tables.map((t) => [t.projectName, t.budget.total, t.goals, t.indicators.length])).toEqual([
      ['校舍维修', '80.00', '完成3所学校校舍维修。', 4],
      ['教师培训', '20.50', '培训教师300人次。', 3],
      ['学生资助', '12.00', '资助困难学生60人。', 3],
    ]);
    expect(rows(tables[2]!)[1]).toBe('产出指标 | 成本指标 | 资助标准 | ≤2000元/人');
  });

  it('reads a unit name written for the seal (实施单位（盖章） | 某街道办事处（盖章）) without the seal note', () => {
    const r = read('sealed-unit-names.txt');
    const t = r.document.tables[0] as ProjectTable;
    expect([r.document.unit.name, t.department, t.implementer]).toEqual([
      '某街道办事处',
      '某区民政局',
      '某街道办事处',
    ]);
    expect(t.indicators).toHaveLength(6);
  });

  it('reads short level names (产出 | 成本) with 成本 as the 二级 under a merged 产出, funds by level of government', () => {
    const r = read('short-level-names.txt');
    const t = r.document.tables[0] as ProjectTable;
    expect(rows(t)).toContain('产出 | 成本 | 人均基本公共卫生服务经费补助标准 | 89元/人');
    expect(rows(t)).toContain('满意度 | 服务对象满意度 | 城乡居民满意度 | ≥85%');
    expect(t.indicators).toHaveLength(9);
    expect(t.budget.total).toBe('860.00');
  });

  it('pairs a row of money labels with the row of amounts under it (年度预算情况 | 预算总额 | 基本支出 | 项目支出)', () => {
    const r = read('department-budget-overview.txt');
    const t = r.document.tables[0] as DepartmentTable;
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(t.notes).toEqual(expect.arrayContaining(['预算总额：680.5', '基本支出：520.5', '项目支出：160']));
    const project = read('funds-labels-over-amounts.txt').document.tables[0] as ProjectTable;
    expect(project.budget).toEqual({ total: '300.00', fiscal: '280.00', other: '20.00' });
  });

  it('reads a task header whose second row starts with 合计 (合计 | 财政拨款 | 其他资金) as the amounts header', () => {
    const t = read('department-budget-overview.txt').document.tables[0] as DepartmentTable;
    expect(t.tasks.map((task) => [task.name, task.funding.total])).toEqual([
      ['普法宣传', '30.00'],
      ['法律援助', '50.00'],
      ['社区矫正', '80.00'],
    ]);
    expect(t.tasksTotal).toBeNull();
  });

  it('splits 一级 and 二级 written in one cell (产出指标-数量指标) and reads money labels on one line', () => {
    const r = read('combined-level-column.txt');
    const t = r.document.tables[0] as ProjectTable;
    expect(rows(t).slice(0, 2)).toEqual([
      '产出指标 | 数量指标 | 医疗救助人次 | ≥4500人次',
      '产出指标 | 数量指标 | 资助参加基本医疗保险人数 | ≥1.2万人',
    ]);
    expect(rows(t).at(-1)).toBe('满意度指标 | 服务对象满意度指标 | 救助对象满意度 | ≥90%');
    expect(t.budget).toEqual({ total: '350.00', fiscal: '350.00', other: null });
    expect(warnings(r)).toEqual([]);
  });

  it('reads a whole-unit table in a framework of its own: 年度履职目标 as its goals, its levels as written', () => {
    const r = read('department-own-framework.txt');
    const t = r.document.tables[0] as DepartmentTable;
    expect(t.goals).toMatch(/^加强食品安全监管，完成食品抽检2000批次/);
    expect(rows(t)[0]).toBe('履职效能 | 重点工作履行情况 | 食品抽检批次 | ≥2000批次');
    expect(t.tasksTotal).toEqual({ total: '420.00', fiscal: '420.00', other: '0.00' });
    expect(warnings(r)).toEqual([]);
  });

  it('reads a 汇总表 listing projects row by row under 单位：某县教育局, each project a table', () => {
    const r = read('flat-summary-sheet.txt');
    expect(r.document.unit.name).toBe('某县教育局');
    const tables = r.document.tables as ProjectTable[];
    expect(tables.map((t) => [t.projectName, t.budget.total, t.indicators.length])).toEqual([
      ['学生营养改善计划', '520.00', 4],
      ['校舍维修改造', '300.00', 4],
    ]);
    expect(warnings(r)).toEqual([]);
  });

  it('never lets an empty header cell take the next row (主管部门 and 实施单位 left blank, amounts "150万")', () => {
    const r = read('blank-header-cells.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect([t.projectName, t.department, t.implementer]).toEqual(['社区养老服务补助', undefined, undefined]);
    expect(t.budget).toEqual({ total: '150.00', fiscal: '130.00', other: '20.00' });
    expect(t.goals).toBe('为辖区200名老人提供居家养老服务。');
    expect(t.indicators).toHaveLength(4);
  });

  it('takes the annual columns of a long-term + annual grid and keeps the long-term ones as notes', () => {
    const r = read('long-and-annual.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect(t.budget.total).toBe('50.00'); // 500000 (元)
    expect(t.goals).toBe('完成馆藏档案数字化10万页。');
    expect(rows(t)).toEqual([
      '产出指标 | 数量指标 | 数字化页数 | ≥10万页',
      '产出指标 | 质量指标 | 图像合格率 | ≥99%',
      '效益指标 | 社会效益指标 | 线上查档次数 | ≥2000次',
      '满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90%',
    ]);
    expect(t.notes).toContain('中期目标：三年内完成馆藏档案全部数字化。');
    expect(t.notes).toContain('数字化页数（长期指标：数量指标 | 数字化页数 | ≥30万页）');
  });

  it('reads a two-row header: the target under 指标值, the history kept aside', () => {
    const r = read('two-row-header.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect(t.budget).toEqual({ total: '300.00', fiscal: '260.00', other: '40.00' });
    expect(t.indicators.map((i) => [i.name, i.value.text, i.basis])).toEqual([
      ['新建供水站', '≥5座', '计划标准'],
      ['水质达标率', '≥98%', '行业标准'],
      ['受益人口', '≥8000人', '计划标准'],
      ['受益群众满意度', '≥90%', '计划标准'],
    ]);
    expect(t.notes).toEqual(['新建供水站（历史参考值：2座）', '水质达标率（历史参考值：95%）']);
  });

  it('reads columns in another order, with 序号, 评分标准 and 分值', () => {
    const r = read('columns-reordered.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect(t.budget.total).toBe('200.00');
    expect(
      t.indicators.map((i) => [i.level2, i.name, i.value.text, i.description, i.basis, i.weight]),
    ).toEqual([
      ['数量指标', '购置DR设备数量', '≥2台', '反映设备购置数量', '完成得满分', 30],
      ['质量指标', '设备验收合格率', '100%', '反映设备质量', '每低1%扣1分', 20],
      ['成本指标', '设备单价', '≤100万元/台', '反映购置成本', '超出不得分', 10],
      ['社会效益指标', '年检查人次', '≥5000人次', '反映设备使用情况', '按比例得分', 30],
      ['服务对象满意度指标', '患者满意度', '≥90%', '反映患者满意程度', '按比例得分', 10],
    ]);
  });

  it('reads a self-evaluation with 偏差原因 and 改进措施 in two columns, 总分, notes and a signature row', () => {
    const r = read('self-evaluation-split-reason.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as SelfEvalTable;
    expect(t.kind).toBe('self-evaluation');
    expect(t.funds[0]).toEqual({
      label: '年度资金总额',
      initial: '100.00',
      full: '100.00',
      spent: '95.00',
      weight: 10,
      rate: '95%',
      score: 9.5,
    });
    expect([t.goalsExpected, t.goalsActual]).toEqual([
      '保洁覆盖12个村，垃圾日产日清。',
      '覆盖12个村，日产日清。',
    ]);
    expect(t.indicators.map((i) => [i.name, i.value.text, i.actual, i.weight, i.score, i.reason])).toEqual([
      ['保洁覆盖村数', '≥12个', '12个', 20, 20, ''],
      ['垃圾清运及时率', '100%', '96%', 20, 19.2, '雨季道路中断\n增加备用车辆'],
      ['村容村貌改善', '明显改善', '改善', 20, 18, '部分村死角未清\n开展专项整治'],
      ['群众满意度', '≥90%', '92%', 30, 30, ''],
    ]);
    expect([t.totalWeight, t.totalScore, t.grade]).toEqual([100, 96.7, '优']);
    expect(t.notes).toEqual([
      '评价结论：项目完成较好。',
      '存在问题：雨季清运不及时。',
      '改进措施：增加备用车辆。',
    ]);
  });
});

describe('the whole-unit self-evaluation (部门整体支出绩效自评表)', () => {
  it('is a table of its own kind: funds, tasks with 预算数/执行数, goals expected/actual, scored indicators', () => {
    const r = read('department-self-evaluation.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0]!;
    expect(t.kind).toBe('department-self-evaluation');
    if (t.kind !== 'department-self-evaluation') return;
    expect([t.unitName, t.year]).toEqual(['某街道办事处', 2024]);
    expect(t.funds.map((f) => [f.label, f.full, f.spent, f.rate])).toEqual([
      ['年度资金总额', '520.00', '494.00', '95%'],
      ['其中：财政拨款', '500.00', '476.00', '95.2%'],
      ['其他资金', '20.00', '18.00', '90%'],
    ]);
    expect(t.tasks).toEqual([
      { name: '社区治理', content: '网格化管理、矛盾调解', budget: '200.00', spent: '190.00' },
      { name: '民生服务', content: '养老、救助、就业服务', budget: '320.00', spent: '304.00' },
    ]);
    expect([t.goalsExpected, t.goalsActual]).toEqual([
      '完成12个社区网格化管理全覆盖。',
      '12个社区网格全覆盖。',
    ]);
    expect(t.indicators.map((i) => [i.name, i.value.text, i.actual, i.weight, i.score])).toEqual([
      ['网格化管理社区数', '≥12个', '12个', 30, 30],
      ['矛盾调解成功率', '≥95%', '93%', 20, 19.6],
      ['群众安全感', '明显提升', '提升', 30, 27],
      ['居民满意度', '≥90%', '92%', 10, 10],
    ]);
    expect([t.totalWeight, t.totalScore, t.grade]).toEqual([100, 96.1, '优']);
  });
});

describe('the same mapping for Word/Excel grids (merged cells as empty strings)', () => {
  const t = (...cells: string[][]): Block => ({ kind: 'table', rows: cells });
  const indicators = (blocks: Block[]) => {
    const r = mapBlocks(blocks, { sourceName: 'grid.docx' });
    expect(r.findings).toEqual([]);
    return r.document.tables.map((table) =>
      table.indicators.map((i) =>
        [i.level1, i.level2, i.name, i.value.text, 'actual' in i ? i.actual : ''].join(' | '),
      ),
    );
  };

  it('reads headers with a note in brackets: 指标值（包含数字及文字描述）, 年度指标值（A）, 实际完成值（B）', () => {
    expect(
      indicators([
        { kind: 'paragraph', text: '项目支出绩效目标申报表' },
        t(
          ['项目名称', '甲'],
          ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值（包含数字及文字描述）'],
          ['', '产出指标', '数量指标', '培训人数', '≥100人'],
        ),
        { kind: 'paragraph', text: '项目支出绩效自评表' },
        t(
          ['项目名称', '乙'],
          [
            '一级指标',
            '二级指标',
            '三级指标',
            '年度指标值（A）',
            '实际完成值（B）',
            '分值',
            '得分',
            '偏差原因分析及改进措施',
          ],
          ['产出指标', '数量指标', '培训人数', '≥100人', '120人', '50', '50', ''],
        ),
      ]),
    ).toEqual([
      ['产出指标 | 数量指标 | 培训人数 | ≥100人 | '],
      ['产出指标 | 数量指标 | 培训人数 | ≥100人 | 120人'],
    ]);
  });

  it('splits a flat sheet without a title by its merged project cells; the merged unit cell goes on; amounts in 元', () => {
    const r = mapBlocks(
      [
        t(
          ['单位名称', '项目名称', '项目金额（元）', '一级指标', '二级指标', '三级指标', '指标值'],
          ['某局', '甲项目', '200000', '产出指标', '数量指标', '宣传场次', '≥3场'],
          ['', '', '', '效益指标', '社会效益指标', '知晓率', '≥80%'],
          ['', '乙项目', '50000', '产出指标', '数量指标', '印发手册', '≥1000册'],
        ),
      ],
      { sourceName: 'flat.xlsx' },
    );
    expect(r.findings).toEqual([]);
    const tables = r.document.tables as ProjectTable[];
    expect(tables.map((t) => [t.projectName, t.implementer, t.budget.total, t.indicators.length])).toEqual([
      ['甲项目', '某局', '20.00', 2],
      ['乙项目', '某局', '5.00', 1],
    ]);
  });

  it('reads 指标值 split into 定量 | 定性 under a two-row header, with a 序号 column', () => {
    expect(
      indicators([
        { kind: 'paragraph', text: '项目支出绩效目标表' },
        t(
          ['项目名称', '丙', '', '', '', ''],
          ['序号', '一级指标', '二级指标', '三级指标', '指标值', ''],
          ['', '', '', '', '定量', '定性'],
          ['1', '产出指标', '数量指标', '培训人数', '≥100人', ''],
          ['2', '效益指标', '社会效益指标', '能力提升', '', '有效提升'],
        ),
      ]),
    ).toEqual([
      ['产出指标 | 数量指标 | 培训人数 | ≥100人 | ', '效益指标 | 社会效益指标 | 能力提升 | 有效提升 | '],
    ]);
  });

  it('reads a split-value grid from a full-width table', () => {
    const r = mapBlocks(
      [
        { kind: 'paragraph', text: '项目支出绩效目标表' },
        t(
          ['项目名称', '垃圾分类', '', '', '', ''],
          ['一级指标', '二级指标', '三级指标', '符号', '数值', '计量单位'],
          ['产出指标', '数量指标', '分类收集点', '≥', '40', '个'],
          ['', '成本指标', '收集点建设成本', '≤', '0.5', '万元/个'],
        ),
      ],
      { sourceName: 'grid.docx' },
    );
    expect(r.findings).toEqual([]);
    expect(rows(r.document.tables[0] as ProjectTable)).toEqual([
      '产出指标 | 数量指标 | 分类收集点 | ≥40个',
      '产出指标 | 成本指标 | 收集点建设成本 | ≤0.5万元/个',
    ]);
  });

  it('takes a 指标方向 column of comparators as the 指标性质 of a split value (方向 | 目标值 | 计量单位)', () => {
    const r = read('direction-column-comparators.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect(r.document.unit.name).toBe('某县卫生健康局'); // "填报单位：…" beside "单位：万元"
    expect(rows(t)).toEqual([
      '产出指标 | 数量指标 | 居民电子健康档案建档人数 | ≥30万人',
      '产出指标 | 数量指标 | 65岁以上老年人健康管理人数 | ≥2.5万人',
      '产出指标 | 质量指标 | 电子健康档案规范化建档率 | ≥90%',
      '产出指标 | 时效指标 | 资金拨付及时率 | =100%',
      '产出指标 | 成本指标 | 人均基本公共卫生服务经费补助标准 | =89元/人',
      '效益指标 | 社会效益指标 | 居民健康素养水平 | ≥25%',
      '满意度指标 | 服务对象满意度指标 | 城乡居民满意度 | ≥85%',
    ]);
  });

  it('reads a flat sheet in 元 with 序号, project amounts and goals in merged cells', () => {
    const r = read('flat-sheet-in-yuan.txt');
    expect(warnings(r)).toEqual([]);
    const tables = r.document.tables as ProjectTable[];
    expect(tables.map((t) => [t.projectName, t.budget.total, t.goals, t.indicators.length])).toEqual([
      ['农村公路养护经费', '150.00', '完成农村公路日常养护300公里', 5],
      ['村级组织运转经费', '240.00', '保障120个村级组织正常运转', 5],
    ]);
  });

  it('reads a 合计 sub-label as the total of a funds row, 分值 as weights, and drops the review row', () => {
    const r = read('funds-subtotal-label.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect(t.budget).toEqual({ total: '50.00', fiscal: '50.00', other: '0.00' });
    expect(t.indicators.map((i) => i.weight)).toEqual([20, 10, 10, 10, 10, 20, 20]);
    expect(t.notes).toContain('其他需说明的问题：无');
  });

  it('reads a whole-unit self-evaluation whose funds are split by use (基本支出 / 项目支出)', () => {
    const r = read('department-self-evaluation-by-use.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0]!;
    expect(t.kind).toBe('department-self-evaluation');
    if (t.kind !== 'department-self-evaluation') return;
    expect(t.funds.map((f) => [f.label, f.full, f.spent])).toEqual([
      ['年度资金总额', '455.00', '448.20'],
      ['其中：基本支出', '300.00', '300.00'],
      ['项目支出', '155.00', '148.20'],
    ]);
    expect(t.tasks.map((task) => task.name)).toEqual(['法律援助', '人民调解']);
    expect(t.indicators.map((i) => [i.name, i.actual, i.weight, i.score])).toContainEqual([
      '矛盾纠纷调解数',
      '1180件',
      15,
      14.75,
    ]);
    expect(t.totalScore).toBe(97.6);
  });

  it('reads numbered goal rows, a blank 项目编码 and a template footnote', () => {
    const r = read('numbered-goals-and-footnote.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect(t.goals).toBe('目标1：维修山塘15口、渠道8公里。\n目标2：改善灌溉面积3000亩。');
    expect(t.budget).toEqual({ total: '120.00', fiscal: '100.00', other: '20.00' });
    expect(rows(t)).toContain('产出指标 | 时效指标 | 汛期前完工率 | 100%');
  });

  it('takes a document whose grids put 成本指标 at the 一级 as written in the 2021 central framework', () => {
    const r = read('department-central-framework.txt');
    expect(warnings(r)).toEqual([]);
    expect(r.document.unit.framework).toBe('central-2021');
    const t = r.document.tables[0]!;
    expect(t.kind).toBe('department');
    expect(rows(t as ProjectTable)).toContain('成本指标 | 经济成本指标 | 高标准农田亩均投资 | ≤1000元/亩');
    // Local tables (成本指标 under 产出指标) stay local.
    expect(read('numbered-goals-and-footnote.txt').document.unit.framework).toBe('local');
  });

  it('reads a project self-evaluation with 偏差原因 and 改进措施 in two columns', () => {
    const r = read('self-evaluation-reason-and-remedy.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as SelfEvalTable;
    expect(t.funds.map((f) => f.label)).toEqual([
      '年度资金总额',
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    const effect = t.indicators.find((i) => i.name === '学生综合素质')!;
    expect([effect.actual, effect.weight, effect.score]).toEqual(['提升', 20, 16]);
    expect(effect.reason).toContain('评价方式不够量化');
    expect(effect.reason).toContain('下年度制定量化考核办法');
    expect(t.totalScore).toBe(95.5);
  });

  it('reads a quarterly spending plan, a 项目主要内容 as the 资金用途 and a 计量单位 column', () => {
    const r = read('quarterly-plan-and-unit-column.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect(t.budget).toEqual({ total: '80.00', fiscal: '80.00', other: null });
    expect(t.plan).toEqual({ mar: 20, jun: 50, oct: 75, dec: 100 });
    expect(t.notes).toContain('资金支出计划的“三季度”（9月底）记在10月底一栏');
    expect(t.purpose).toMatch(/^对遭遇突发事件.*人均救助标准2000元。$/);
    expect(t.notes).toEqual(expect.arrayContaining(['项目开始时间：2025年1月', '项目结束时间：2025年12月']));
    expect(rows(t)).toContain('产出指标 | 成本指标 | 人均救助标准 | ≤2000元/人次');
  });

  it('reads a project table copied cell per line', () => {
    const r = read('cell-per-line-project.txt');
    expect(warnings(r)).toEqual([]);
    const t = r.document.tables[0] as ProjectTable;
    expect([t.projectName, t.department, t.implementer]).toEqual([
      '农村饮水安全工程维修养护',
      '某县水利局',
      '某县农村供水站',
    ]);
    expect(t.budget).toEqual({ total: '40.00', fiscal: '40.00', other: '0.00' });
    expect(rows(t)).toContain('产出指标 | 时效指标 | 维修完成时间 | 汛期前');
    expect(t.indicators).toHaveLength(7);
  });
});
