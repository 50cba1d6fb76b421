import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  makeDocument,
  makeIndicator,
  makeProject,
  makeSelfEval,
  makeSelfEvalIndicator,
} from '../../src/domain/build.js';
import type { DepartmentTable, JixiaoDocument, ProjectTable } from '../../src/domain/document.js';
import { escapeCell, exportMarkdown, tableToMarkdown } from '../../src/export/markdown.js';
import { ExportError } from '../../src/export/office/validate.js';
import { parseValue } from '../../src/value/parse-value.js';
import { indicatorsNamed } from '../support/tables/build.js';
import { drafted } from '../support/tables/draft.js';
import { renovation } from '../support/tables/renovation.js';

const unit = { name: '青石街道办事处', year: 2025, framework: 'local' as const };

/** The drafted unit table with a second task (a pipe in its content) and rows of its own, one rejected. */
const drafted0 = drafted().tables[0] as DepartmentTable;
const department: DepartmentTable = {
  ...drafted0,
  tasks: [
    ...drafted0.tasks,
    {
      name: '城市管理',
      content: '老旧小区改造|垃圾清运',
      funding: { total: '168.80', fiscal: '164.80', other: '4.00' },
    },
  ],
  tasksTotal: { total: '681.20', fiscal: '677.20', other: '4.00' },
  goals: '目标1：保障运转。\n目标2：改善人居环境。',
  indicators: [
    drafted0.indicators[0]!,
    makeIndicator({ level1: '产出指标', level2: '数量指标', name: '改造小区数量', value: '≥3个' }),
    makeIndicator({ level1: '产出指标', level2: '质量指标', name: '验收合格率', value: '=100%' }),
    makeIndicator({ level1: '效益指标', level2: '社会效益指标', name: '受益居民户数', value: '≥420户' }),
    makeIndicator({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '被拒绝的建议',
      value: '≥1个',
      status: 'rejected',
    }),
  ],
};

/** The shared renovation, shortened to three rows: a pipe in a description, a placeholder to fill. */
const [count, cost, satisfaction] = indicatorsNamed(
  renovation,
  '改造小区数量',
  '外墙保温改造成本',
  '居民满意度',
);
const project: ProjectTable = {
  ...renovation,
  implementer: '青石街道城建办',
  budget: { total: '80.00', fiscal: '76.00', other: '4.00' },
  indicators: [
    count!,
    { ...cost!, description: '费用 | 不超过45万元' },
    { ...satisfaction!, value: parseValue('≥（待填）%'), placeholder: true },
  ],
};

const selfEval = makeSelfEval({
  projectName: '法律顾问服务',
  department: '某县司法局',
  funds: [
    {
      label: '年度资金总额',
      initial: '10.00',
      full: '10.00',
      spent: '7.30',
      weight: 10,
      rate: '73.00%',
      score: 7.3,
    },
    {
      label: '其中：当年财政拨款',
      initial: '10.00',
      full: '10.00',
      spent: '7.30',
      weight: null,
      rate: '',
      score: null,
    },
  ],
  goalsExpected: '提供法律服务80次',
  goalsActual: '提供法律服务92次',
  indicators: [
    makeSelfEvalIndicator({
      level1: '产出指标',
      level2: '数量指标',
      name: '法律服务次数',
      value: '≥80次',
      actual: '92次',
      weight: 50,
      score: 50,
    }),
    makeSelfEvalIndicator({
      level1: '效益指标',
      level2: '社会效益指标',
      name: '纠纷化解率',
      value: '≥90%',
      actual: '85%',
      weight: 30,
      score: 28.33,
      reason: '部分纠纷跨年办理',
    }),
    makeSelfEvalIndicator({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      name: '满意度',
      value: '≥90%',
      actual: '95%',
      weight: 10,
      score: 10,
    }),
  ],
  totalWeight: 100,
  totalScore: 95.63,
  grade: '优',
});

const document: JixiaoDocument = makeDocument({
  unit,
  tables: [department, project, selfEval],
  prose: [{ title: '部门预算情况说明', text: '本单位2025年收入预算681.20万元。', before: 0 }],
});

describe('Markdown export', () => {
  const md = exportMarkdown(document);

  it('starts with the unit and year and keeps prose and tables in order', () => {
    expect(md.startsWith('# 青石街道办事处2025年度预算绩效目标表\n')).toBe(true);
    const order = [
      '## 部门预算情况说明',
      '## 部门（单位）整体支出绩效目标表',
      '## 老旧小区改造提升工程 · 项目支出绩效目标表',
      '## 法律顾问服务 · 项目支出绩效自评表',
    ].map((h) => md.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
  });

  it('writes the unit table: unit line, tasks with 合计, goals, the grid without rejected rows', () => {
    const table = tableToMarkdown(department);
    expect(table).toContain('部门（单位）名称：青石街道办事处　　年度：2025');
    expect(table).toContain('单位：万元');
    expect(table).toContain(
      '| 任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金 |\n| --- | --- | ---: | ---: | ---: |',
    );
    expect(table).toContain('| 城市管理 | 老旧小区改造\\|垃圾清运 | 168.80 | 164.80 | 4.00 |');
    expect(table).toContain('| 合计 |  | 681.20 | 677.20 | 4.00 |');
    expect(table).toContain('### 年度总体目标\n\n目标1：保障运转。  \n目标2：改善人居环境。');
    expect(table).toContain('| 一级指标 | 二级指标 | 三级指标 | 指标值 |');
    expect(table).toContain(
      '| 产出指标 | 数量指标 | 保障在职人员数量 | =45人 |\n|  |  | 改造小区数量 | ≥3个 |\n|  | 质量指标 | 验收合格率 | =100% |\n| 效益指标 | 社会效益指标 | 受益居民户数 | ≥420户 |',
    );
    expect(table).not.toContain('被拒绝的建议');
  });

  it('writes a project table: code, budget, purpose, plan, goals, the six-column grid', () => {
    const table = tableToMarkdown(project);
    expect(table).toContain(
      `项目编码：${renovation.code}　　项目名称：老旧小区改造提升工程　　实施单位：青石街道城建办`,
    );
    expect(table).toContain(
      '| 预算数 | 其中：财政资金 | 其他资金 |\n| ---: | ---: | ---: |\n| 80.00 | 76.00 | 4.00 |',
    );
    expect(table).toContain(`资金用途：${renovation.purpose}`);
    expect(table).toContain('| 20% | 50% | 80% | 100% |');
    expect(table).toContain(`### 绩效目标\n\n${renovation.goals.replace('\n', '  \n')}`);
    expect(table).toContain('| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |');
    expect(table).toContain(
      '|  | 成本指标 | 外墙保温改造成本 | 费用 \\| 不超过45万元 | ≤45万元 | 计划标准 |',
    );
    expect(table).toContain(
      '| 满意度指标 | 服务对象满意度指标 | 居民满意度 | 受益居民对改造效果的满意度 | ≥（待填）% | 计划标准 |',
    );
  });

  it('writes a self-evaluation table: funds, goals, scores, 总分 and grade', () => {
    const table = tableToMarkdown(selfEval);
    expect(table).toContain('主管部门：某县司法局');
    expect(table).toContain('| 年度资金总额 | 10.00 | 10.00 | 7.30 | 10 | 73.00% | 7.3 |');
    expect(table).toContain('| 其中：当年财政拨款 | 10.00 | 10.00 | 7.30 |  |  |  |');
    expect(table).toContain('| 提供法律服务80次 | 提供法律服务92次 |');
    expect(table).toContain(
      '| 效益指标 | 社会效益指标 | 纠纷化解率 | ≥90% | 85% | 30 | 28.33 | 部分纠纷跨年办理 |',
    );
    expect(table).toContain('| 总分 |  |  |  |  | 100 | 95.63 | 优 |');
  });

  it('keeps every Markdown table rectangular', () => {
    const blocks = md.trimEnd().split('\n\n');
    for (const block of blocks.filter((b) => b.startsWith('|'))) {
      const widths = block.split('\n').map((line) => line.replace(/\\\|/g, '').split('|').length);
      expect(new Set(widths).size, block).toBe(1);
    }
  });

  it('reads back with a Markdown parser: every grid a table, escaped text as written', () => {
    const tables = marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');
    expect(tables).toHaveLength(8);
    const tasks = tables.find((t) => t.header[0].text === '任务名称')!;
    expect(tasks.rows[1][1].tokens.map((x) => ('text' in x ? x.text : '')).join('')).toBe(
      '老旧小区改造|垃圾清运',
    );
    const grid = tables.find((t) => t.header.length === 6)!;
    expect(grid.rows.map((r) => r[2].text)).toEqual(['改造小区数量', '外墙保温改造成本', '居民满意度']);
    const html = marked.parse(
      tableToMarkdown(makeProject({ projectName: 'x', goals: '<b>粗体</b>与*星号*' })),
      { async: false },
    );
    expect(html).toContain('&lt;b&gt;粗体&lt;/b&gt;与*星号*');
  });

  it('escapes cell and prose text that Markdown would read as markup', () => {
    expect(escapeCell('a|b\nc')).toBe('a\\|b<br>c');
    expect(escapeCell('<script>*x*_y_')).toBe('\\<script>\\*x\\*\\_y\\_');
    const odd = makeProject({
      projectName: '# 标题',
      goals: '- 不是列表\n> 不是引用\n1. 不是编号\n1.外墙（无空格，本来就不是列表）',
      budget: { total: null, fiscal: null, other: null },
    });
    const table = tableToMarkdown(odd);
    expect(table).toContain(
      '\\- 不是列表  \n\\> 不是引用  \n1\\. 不是编号  \n1.外墙（无空格，本来就不是列表）',
    );
    expect(table).toContain('| 预算数 | 其中：财政资金 | 其他资金 |\n| ---: | ---: | ---: |\n|  |  |  |');
    expect(table).toContain('### 资金支出计划（%）\n\n（无）');
  });

  it('refuses a document that breaks the schema, in Chinese', () => {
    expect(() => exportMarkdown({ unit, tables: [{ kind: 'project' }] })).toThrow(ExportError);
    expect(() => exportMarkdown({ unit, tables: [{ kind: 'project' }] })).toThrow(/文档不符合 jixiao 格式/);
  });
});
