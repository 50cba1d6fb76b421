import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runSelfeval } from '../../src/commands/selfeval.js';
import type { ActualsInput } from '../../src/domain/actuals.js';
import { makeDepartment, makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import type { DepartmentSelfEvalTable, JixiaoDocument } from '../../src/domain/document.js';
import { checkDocument } from '../../src/rules/engine.js';
import { startSelfEvaluation } from '../../src/selfeval/blank.js';
import {
  buildSelfEvaluation,
  explainSelfEval,
  parseActuals,
  scoreSelfEvalTable,
  SelfEvalError,
} from '../../src/selfeval/index.js';
import { departmentTable } from './department-fixture.js';

/** The whole-unit target the department fixture evaluates: two tasks (200 万元), five indicators. */
function target(): JixiaoDocument {
  const row = (level1: string, level2: string, name: string, value: string) =>
    makeIndicator({ level1, level2, name, value });
  return makeDocument({
    unit: { name: '某市城市管理监督指挥中心', year: 2024, framework: 'local' },
    tables: [
      makeDepartment({
        unitName: '某市城市管理监督指挥中心',
        year: 2024,
        tasks: [
          {
            name: '城市管理执法',
            content: '开展市容巡查、违法建设查处',
            funding: { total: '120.00', fiscal: '110.00', other: '10.00' },
          },
          {
            name: '数字城管运行',
            content: '平台运维、案件派遣与核查',
            funding: { total: '80.00', fiscal: '80.00', other: null },
          },
        ],
        tasksTotal: { total: '500.00', fiscal: '480.00', other: '20.00' },
        goals: '全年巡查不少于1000次，案件办结率95%以上，市容环境达标率90%以上。',
        indicators: [
          row('产出指标', '数量指标', '市容巡查出动次数', '≥1000次'),
          row('产出指标', '质量指标', '案件办结率', '≥95%'),
          row('产出指标', '时效指标', '投诉处理及时率', '≥98%'),
          row('效益指标', '社会效益指标', '市容环境达标率', '≥90%'),
          row('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'),
        ],
      }),
      makeProject({
        projectName: '数字城管平台运维',
        budget: { total: '80.00', fiscal: '80.00', other: null },
      }),
    ],
  });
}

function actuals(): ActualsInput {
  return {
    department: {
      budget: { full: 520, spent: '494' },
      goalsActual: '全年巡查1050次，案件办结率96%，市容环境达标率85%。',
      tasks: [
        { name: '城市管理执法', spent: 118 },
        { name: '数字城管运行', spent: '79' },
      ],
      indicators: [
        { name: '市容巡查出动次数', actual: '1050次', weight: 20 },
        { name: '案件办结率', actual: '96%', weight: 15 },
        { name: '投诉处理及时率', actual: '98%', weight: 15 },
        {
          name: '市容环境达标率',
          actual: '85%',
          reason: '老城区改造工地多，达标率偏低；明年加强工地围挡巡查。',
          weight: 30,
        },
        { name: '群众满意度', actual: '92%', weight: 10 },
      ],
    },
  };
}

function build(input: ActualsInput = actuals(), doc: JixiaoDocument = target()) {
  const parsed = parseActuals(input);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return buildSelfEvaluation(doc, parsed.actuals);
}

function problems(input: ActualsInput, doc?: JixiaoDocument): string[] {
  try {
    build(input, doc);
  } catch (error) {
    if (error instanceof SelfEvalError) return error.problems;
    throw error;
  }
  throw new Error('built without problems');
}

describe('whole-unit self-evaluation', () => {
  it('builds the scored table: 494 / 520 = 95% → 9.5, indicators as for projects, 97.83 优', () => {
    const result = build();
    expect(result.document.tables).toHaveLength(1);
    const t = result.document.tables[0] as DepartmentSelfEvalTable;
    const fixture = departmentTable();
    expect(t).toMatchObject({
      kind: 'department-self-evaluation',
      unitName: '某市城市管理监督指挥中心',
      year: 2024,
      totalWeight: 100,
      totalScore: 97.83,
      grade: '优',
      goalsExpected: fixture.goalsExpected,
      goalsActual: fixture.goalsActual,
      tasks: fixture.tasks,
    });
    expect(t.funds).toEqual([
      {
        label: '年度资金总额',
        initial: '500.00',
        full: '520.00',
        spent: '494.00',
        weight: 10,
        rate: '95.00%',
        score: 9.5,
      },
      {
        label: '其中：财政拨款',
        initial: '480.00',
        full: null,
        spent: null,
        weight: null,
        rate: '',
        score: null,
      },
      { label: '其他资金', initial: '20.00', full: null, spent: null, weight: null, rate: '', score: null },
    ]);
    expect(t.indicators.map((i) => [i.name, i.weight, i.score])).toEqual(
      fixture.indicators.map((i) => [i.name, i.weight, i.score]),
    );
    expect(result.summaries).toEqual([
      {
        name: '某市城市管理监督指挥中心（部门整体）',
        executionRate: '95.00%',
        totalScore: 97.83,
        grade: '优',
      },
    ]);
    // What it builds passes its own checks.
    expect(checkDocument(result.document).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('explains and re-scores a whole-unit table like a project one', () => {
    const lines = explainSelfEval(departmentTable(), { year: 2024 });
    expect(lines[0]).toEqual({
      label: '预算执行率',
      text: expect.stringMatching(/^实际 494 \/ 预算 520 = 95\.00%，得分 9\.50/) as unknown as string,
    });
    expect(lines.at(-1)?.text).toBe('9.50 + 20.00 + 15.00 + 15.00 + 28.33 + 10.00 = 97.83，等级“优”');
    const edited = departmentTable({
      funds: departmentTable().funds.map((f, i) => (i === 0 ? { ...f, spent: '520.00' } : f)),
    });
    const rescored = scoreSelfEvalTable(edited, { year: 2024 }).table;
    expect(rescored.kind).toBe('department-self-evaluation');
    expect(rescored.funds[0]).toMatchObject({ rate: '100.00%', score: 10 });
    expect(rescored.totalScore).toBe(98.33);
  });

  it('lists every problem: unknown task and indicator, a task twice, a bad amount, no whole-unit target', () => {
    const input = actuals();
    const department = input.department!;
    department.tasks = [
      { name: '城管执法', spent: 1 },
      { name: '数字城管运行', spent: '七十九' },
    ];
    department.indicators = department.indicators!.slice(1);
    const found = problems(input);
    expect(found).toContain(
      '部门整体“某市城市管理监督指挥中心”缺少以下指标的实际完成值：“市容巡查出动次数”。请在 indicators 中补上（未完成的填 0 并写明原因）。',
    );
    expect(found.some((p) => p.startsWith('部门整体“某市城市管理监督指挥中心”中找不到任务“城管执法”'))).toBe(
      true,
    );
    expect(found.some((p) => p.includes('任务“数字城管运行”的执行数（spent）：“七十九”不是金额'))).toBe(true);
    const noDepartment = makeDocument({ unit: target().unit, tables: [target().tables[1]!] });
    expect(problems(actuals(), noDepartment)[0]).toContain('目标文档中没有部门（单位）整体支出绩效目标表');
  });

  it('projects and the whole unit in one run, the whole unit last', () => {
    const input: ActualsInput = {
      ...actuals(),
      projects: [{ name: '数字城管平台运维', budget: { spent: 80 }, indicators: [] }],
    };
    const result = build(input);
    expect(result.document.tables.map((t) => t.kind)).toEqual([
      'self-evaluation',
      'department-self-evaluation',
    ]);
  });

  it('starts a blank whole-unit table from the target (the app’s starting point)', () => {
    const { document } = startSelfEvaluation(target(), [0], { excellent: 90, good: 80, fair: 60 });
    const t = document.tables[0] as DepartmentSelfEvalTable;
    expect(t.kind).toBe('department-self-evaluation');
    expect(t.tasks.map((x) => [x.name, x.budget, x.spent])).toEqual([
      ['城市管理执法', '120.00', null],
      ['数字城管运行', '80.00', null],
    ]);
    expect(t.funds.map((f) => [f.label, f.initial, f.weight])).toEqual([
      ['年度资金总额', '500.00', 10],
      ['其中：财政拨款', '480.00', null],
      ['其他资金', '20.00', null],
    ]);
    expect(t.indicators.map((i) => i.weight)).toEqual([16.67, 16.67, 16.66, 30, 10]);
  });

  it('jixiao selfeval writes it and says its score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-unit-selfeval-'));
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    try {
      const paths = {
        target: join(dir, 't.json'),
        actuals: join(dir, 'a.json'),
        output: join(dir, 'o.json'),
      };
      writeFileSync(paths.target, JSON.stringify(target()));
      writeFileSync(paths.actuals, JSON.stringify(actuals()));
      const thresholds = { excellent: 90, good: 80, fair: 60 };
      expect(await runSelfeval({ ...paths, thresholds })).toBe(0);
      const written = JSON.parse(readFileSync(paths.output, 'utf8')) as JixiaoDocument;
      expect(written.tables.map((t) => t.kind)).toEqual(['department-self-evaluation']);
      expect(stderr).toContain(
        '某市城市管理监督指挥中心（部门整体）：预算执行率 95.00%，总分 97.83，等级 优',
      );
      expect(stderr).toContain('检查结果：0 个错误');
    } finally {
      vi.restoreAllMocks();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
