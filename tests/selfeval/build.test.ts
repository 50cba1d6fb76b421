import { describe, expect, it } from 'vitest';
import type { ActualsInput } from '../../src/domain/actuals.js';
import { makeDocument } from '../../src/domain/build.js';
import type { SelfEvalTable } from '../../src/domain/document.js';
import { checkDocument, countBySeverity } from '../../src/rules/engine.js';
import {
  buildSelfEvaluation,
  explainSelfEval,
  parseActuals,
  scoreSelfEvalTable,
  SelfEvalError,
} from '../../src/selfeval/index.js';
import {
  kaifuActuals,
  kaifuTarget,
  targetDocument,
  trainingActuals,
  type ProjectActualsInput,
} from './target-fixture.js';

function build(input: ActualsInput, options: Parameters<typeof buildSelfEvaluation>[2] = {}) {
  const parsed = parseActuals(input);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return buildSelfEvaluation(targetDocument(), parsed.actuals, options);
}
function problems(input: ActualsInput): string[] {
  try {
    build(input);
  } catch (error) {
    if (error instanceof SelfEvalError) return error.problems;
    throw error;
  }
  throw new Error('built without problems');
}
const table = (result: ReturnType<typeof build>, index = 0) => result.document.tables[index] as SelfEvalTable;
type ProjectInput = ProjectActualsInput['projects'][number] & {
  indicators: Array<NonNullable<ProjectActualsInput['projects'][number]['indicators']>[number]>;
};
const firstProject = (input: ProjectActualsInput) => input.projects[0] as ProjectInput;
const training = (change: (p: ProjectInput) => void): ProjectActualsInput => {
  const input = trainingActuals();
  change(firstProject(input));
  return input;
};

describe('buildSelfEvaluation', () => {
  it('kaifu with its own weights: 7.3 for 73.03% executed, total 97.3, 优', () => {
    const result = build(kaifuActuals());
    const t = table(result);
    expect(t.funds[0]).toEqual({
      label: '年度资金总额',
      initial: '38.00',
      full: null,
      spent: '27.75',
      weight: 10,
      rate: '73.03%',
      score: 7.3,
    });
    expect(t.funds.map((f) => f.label)).toEqual([
      '年度资金总额',
      '其中：当年财政拨款',
      '上年结转资金',
      '其他资金',
    ]);
    expect(t.funds[1].initial).toBe('38.00');
    expect(t).toMatchObject({
      kind: 'self-evaluation',
      projectName: '征收工作经费',
      totalWeight: 100,
      totalScore: 97.3,
      grade: '优',
    });
    expect(t.goalsExpected).toContain('1434户');
    expect(t.indicators.map((i) => i.score)).toEqual([5, 5, 5, 5, 5, 5, 5, 5, 3, 2, 5, 30, 10]);
    expect(t.indicators[10]).toMatchObject({
      name: '征收工作经费',
      actual: '27.75万元',
      reason: '另有10万元2022年年末已申请支付但未支付',
      basis: '计划标准',
    });
    expect(t.indicators[0].value).toEqual(kaifuTarget().indicators[0].value);
    expect(result.summaries).toEqual([
      { name: '征收工作经费', executionRate: '73.03%', totalScore: 97.3, grade: '优' },
    ]);
  });

  it('its output passes jixiao check with no errors and no warnings', () => {
    for (const input of [kaifuActuals(), trainingActuals()]) {
      const { findings } = checkDocument(build(input).document);
      expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
    }
  });

  it('default weights 10/50/30/10 spread over each 一级, scores below weight, a qualitative grade', () => {
    const t = table(build(trainingActuals()));
    expect(t.indicators.map((i) => [i.name, i.weight, i.score])).toEqual([
      ['培训人数', 25, 22.5],
      ['培训完成时间', 25, 22.5],
      ['培训工作制度化', 30, 21],
      ['参训人员满意度', 10, 10],
    ]);
    expect(t.indicators[2].grade).toBe('partial');
    expect(t.funds[0]).toMatchObject({
      initial: '10.00',
      full: '12.00',
      spent: '9.60',
      rate: '80.00%',
      score: 8,
    });
    expect(t.funds[1].initial).toBe('10.00');
    const otherInitial = table(build(training((p) => void (p.budget = { initial: 11, spent: 9.6 }))));
    expect(otherInitial.funds.map((f) => f.initial)).toEqual(['11.00', null, null, null]);
    expect(t).toMatchObject({ totalWeight: 100, totalScore: 84, grade: '良' });
  });

  it('another weight scheme, and grade thresholds from the settings', () => {
    const input = training((p) => {
      p.weights = { execution: 20, output: 40, effect: 30, satisfaction: 10 };
    });
    const t = table(build(input, { thresholds: { excellent: 95, good: 85, fair: 80 } }));
    expect(t.funds[0]).toMatchObject({ weight: 20, score: 16 });
    expect(t.indicators.map((i) => i.weight)).toEqual([20, 20, 30, 10]);
    expect(t.totalScore).toBe(16 + 18 + 18 + 21 + 10);
    expect(t.grade).toBe('中');
  });

  it('a qualitative score chosen inside the band is kept', () => {
    const input = training((p) => {
      p.indicators[2].score = 23.5;
    });
    expect(table(build(input)).indicators[2].score).toBe(23.5);
  });

  it('notes: targets that may be too low, missing reasons, projects left out', () => {
    const result = build(kaifuActuals());
    expect(result.notes).toContain('目标文档中的项目“业务培训经费”没有实际完成情况，未生成自评表。');
    expect(result.notes.some((n) => n.includes('诉讼案件办理数量') && n.includes('目标可能定得偏低'))).toBe(
      true,
    );
    const noReason = build(training((p) => void (p.indicators[0].reason = '')));
    expect(noReason.notes).toContain(
      '项目“业务培训经费” › 指标“培训人数”：得分 22.5 低于分值 25，请填写偏差原因分析及改进措施（reason）。',
    );
  });

  it('matches names ignoring spaces and full-width forms, and builds several projects in the actuals’ order', () => {
    const input: ProjectActualsInput = {
      projects: [...trainingActuals().projects, ...kaifuActuals().projects],
    };
    input.projects[0].name = ' 业务培训经费　';
    firstProject(input).indicators[0].name = '培训 人数';
    const result = build(input);
    expect(result.document.tables.map((t) => (t as SelfEvalTable).projectName)).toEqual([
      '业务培训经费',
      '征收工作经费',
    ]);
    expect(result.document.unit).toEqual(targetDocument().unit);
    expect(result.notes.filter((n) => n.includes('没有实际完成情况'))).toEqual([]);
  });
});

describe('buildSelfEvaluation refuses, listing every problem in Chinese', () => {
  it('an unknown project, naming the known ones', () => {
    expect(problems({ projects: [{ name: '征收经费', budget: { spent: 1 }, indicators: [] }] })).toEqual([
      '找不到项目“征收经费”。目标文档中的项目有：“征收工作经费”、“业务培训经费”。',
    ]);
  });
  it('an unknown indicator, naming the known ones', () => {
    const found = problems(training((p) => void (p.indicators[0].name = '参训人数')));
    expect(found[0]).toBe(
      '项目“业务培训经费”中找不到指标“参训人数”。该项目的三级指标有：“培训人数”、“培训完成时间”、“培训工作制度化”、“参训人员满意度”。',
    );
    expect(found[1]).toContain('缺少以下指标的实际完成值：“培训人数”');
  });
  it('missing actuals (an error, never a silent 0)', () => {
    expect(problems(training((p) => void p.indicators.splice(1, 2)))).toEqual([
      '项目“业务培训经费”缺少以下指标的实际完成值：“培训完成时间”、“培训工作制度化”。请在 indicators 中补上（未完成的填 0 并写明原因）。',
    ]);
  });
  it('the same indicator or project twice', () => {
    expect(problems(training((p) => void p.indicators.push({ name: '培训人数', actual: '1' })))).toEqual([
      '项目“业务培训经费”：指标“培训人数”填写了不止一次。',
    ]);
    const twice = trainingActuals();
    twice.projects.push(trainingActuals().projects[0]);
    expect(problems(twice)).toEqual(['项目“业务培训经费”填写了不止一次；请合并为一项。']);
  });
  it('malformed amounts and numbers', () => {
    const found = problems(training((p) => void (p.budget = { initial: '十万', spent: '9.6' })));
    expect(found[0]).toContain('项目“业务培训经费”的年初预算数（initial）：“十万”不是金额');
    expect(problems(training((p) => void (p.indicators[0].actual = '约一百八十人')))[0]).toBe(
      '项目“业务培训经费” › 指标“培训人数”：实际完成值“约一百八十人”不是数值，而目标“≥200人”是数值；请填写具体数值，例如“1434”或“98%”。',
    );
    expect(problems(training((p) => void (p.budget = { spent: '' })))[0]).toContain(
      '全年执行数（spent）为空',
    );
  });
  it('a qualitative actual without a grade, or a score outside its band', () => {
    expect(problems(training((p) => void delete p.indicators[2].grade))[0]).toContain('需要评定等级');
    expect(problems(training((p) => void (p.indicators[2].score = 27)))[0]).toContain(
      '得分 27 不在“部分达成并具有一定效果”的分数段 18.00–24.00 内',
    );
    expect(problems(training((p) => void (p.indicators[0].score = 20)))[0]).toContain(
      '得分（score）只用于定性指标',
    );
  });
  it('weights: some given and some not, or not totalling 100', () => {
    expect(problems(training((p) => void (p.indicators[0].weight = 30)))[0]).toContain(
      '部分指标填写了分值（weight），部分没有',
    );
    const all = training((p) => p.indicators.forEach((i) => (i.weight = 25)));
    expect(problems(all)).toEqual([
      '项目“业务培训经费”：分值合计为 110（预算执行率 10 + 各指标分值），应为 100。',
    ]);
    expect(problems(training((p) => void (p.weights = { execution: 10, output: 60 })))[0]).toContain(
      '分值方案合计为 110',
    );
  });
  it('a target document without project tables', () => {
    const parsed = parseActuals(trainingActuals());
    if (!parsed.ok) throw new Error();
    expect(() =>
      buildSelfEvaluation(
        makeDocument({ unit: { name: '某单位', year: 2022, framework: 'local' } }),
        parsed.actuals,
      ),
    ).toThrow(/没有项目支出绩效目标表/);
  });
});

describe('parseActuals', () => {
  it('says in Chinese what is missing or wrong, and where', () => {
    const result = parseActuals({
      projects: [
        {
          name: '业务培训经费',
          budget: { initial: 10 },
          indicators: [
            { name: '培训人数', reson: '…' },
            { name: '参训人员满意度', actual: true },
          ],
        },
      ],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      '项目“业务培训经费”（第1个） › 项目资金 › spent：缺少全年执行数（spent），单位万元，例如 27.75',
      '项目“业务培训经费”（第1个） › 指标“培训人数”（第1个） › actual：缺少实际完成值（actual），例如 "1434"、"95%"、"9月底"',
      '项目“业务培训经费”（第1个） › 指标“培训人数”（第1个）：不认识的字段 reson（是否拼错？）；请删去或改正。',
      '项目“业务培训经费”（第1个） › 指标“参训人员满意度”（第2个） › actual：实际完成值（actual）应为文字或数字，例如 "1434"、"95%"、"9月底"',
    ]);
    expect(parseActuals({ projects: [] })).toEqual({
      ok: false,
      problems: ['项目列表：至少要有一个项目（projects 为空），或填写部门整体（department）'],
    });
    expect(parseActuals([])).toMatchObject({
      ok: false,
      problems: ['实际完成情况文件：应为对象 {…}，例如 {"projects": […]}。'],
    });
  });
  it('accepts numbers or text for amounts and actuals, and fills defaults', () => {
    const result = parseActuals({
      projects: [{ name: 'a', budget: { spent: '1.5' }, indicators: [{ name: 'b', actual: 3 }] }],
    });
    expect(result).toEqual({
      ok: true,
      actuals: {
        projects: [
          {
            name: 'a',
            budget: { spent: '1.5' },
            goalsActual: '',
            indicators: [{ name: 'b', actual: 3, reason: '' }],
          },
        ],
      },
    });
  });
});

describe('re-scoring and explaining a table', () => {
  it('scoreSelfEvalTable recomputes after an edit; explainSelfEval shows the arithmetic', () => {
    const t = table(build(kaifuActuals()));
    const edited: SelfEvalTable = {
      ...t,
      indicators: t.indicators.map((i, k) => (k === 12 ? { ...i, actual: '81%' } : i)),
    };
    const result = scoreSelfEvalTable(edited, { year: 2022 });
    expect(result.problems).toEqual([]);
    expect(result.table.indicators[12].score).toBe(9);
    expect(result.table).toMatchObject({ totalScore: 96.3, grade: '优' });
    const lines = explainSelfEval(t, { year: 2022 });
    expect(lines[0]).toEqual({
      label: '预算执行率',
      text: '实际 27.75 / 预算 38 = 73.03%，得分 7.30（73.03% × 分值 10；全年预算数空缺，按年初预算数计算）',
    });
    expect(lines.at(-1)?.text).toContain('= 97.30，等级“优”');
    expect(
      countBySeverity(
        checkDocument(makeDocument({ unit: targetDocument().unit, tables: [result.table] })).findings,
      ).errors,
    ).toBe(0);
  });
  it('lists what cannot be scored and keeps the rest', () => {
    const t = table(build(kaifuActuals()));
    const edited: SelfEvalTable = {
      ...t,
      indicators: t.indicators.map((i, k) => (k === 0 ? { ...i, actual: '' } : i)),
    };
    const result = scoreSelfEvalTable(edited);
    expect(result.problems).toEqual([
      '项目前期私房摸底调查数量：实际完成值为空，无法评分；请填写实际完成值（未完成的填 0 并说明原因）。',
    ]);
    expect(result.table.indicators[0].score).toBe(5);
  });
});
