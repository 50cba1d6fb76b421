import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import type { SelfEvalTable } from '../../src/domain/document.js';
import { checkDocument } from '../../src/rules/engine.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { cleanTable, selfEvalDocument } from '../selfeval/clean-fixture.js';
import { draftFile, drafted } from '../support/tables/draft.js';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

/** A small target document: one training project with four indicators (default weights 25/25/30/10 plus 10). */
function trainingTarget() {
  const i = (level1: string, level2: string, name: string, value: string) =>
    makeIndicator({ level1, level2, name, value, description: `${name}${value}`, basis: '计划标准' });
  return makeDocument({
    unit: { name: '青石街道办事处', year: 2025, framework: 'local' },
    tables: [
      makeProject({
        projectName: '社区工作者业务培训',
        code: '2025QS0002',
        budget: { total: '6.00', fiscal: '6.00', other: '0.00' },
        purpose: '全年业务培训4期。',
        goals: '全年举办社区工作者业务培训4期，培训120人次。',
        indicators: [
          i('产出指标', '数量指标', '培训人数', '≥120人'),
          i('产出指标', '时效指标', '培训完成时间', '≤10月底'),
          i('效益指标', '可持续影响指标', '培训工作制度化', '形成长效培训制度'),
          i('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'),
        ],
      }),
    ],
  });
}

describe('self-evaluation screens', () => {
  it('walks a target file through budgets, actuals, a shortfall with its reason, a weight edit and the arithmetic, and exports a 自评表 that passes the checker', async () => {
    const targetFile = join(env.dir, '2025年目标表.json');
    await writeFile(targetFile, JSON.stringify(trainingTarget()));
    const app = renderApp(env.services);
    await app.openSelfEvalTarget(targetFile);

    // 项目资金: the target's 预算数 is offered; the execution rate and its score show as the amount is typed.
    await app.see('年初预算数（万元）');
    expect(app.frame()).toContain('自评：社区工作者业务培训');
    expect(app.frame()).toContain('> 6');
    await app.press(KEY.enter);
    await app.see('全年预算数（万元）');
    await app.press(KEY.enter);
    await app.see('全年执行数（万元）');
    await app.press('5.4万');
    await app.see('预算执行率：实际 5.4 / 预算 6 = 90.00%，得分 9.00');
    await app.press(KEY.enter);
    await app.see('年度总体目标：实际完成情况');
    expect(app.frame()).toContain('预期目标：全年举办社区工作者业务培训4期，培训120人次。');
    await app.press('全年举办培训4期，培训100人次。', KEY.ctrlD);

    // Each actual beside its target; a shortfall asks for its reason.
    await app.see('实际完成值：培训人数');
    expect(app.frame()).toContain('年度指标值：≥120人    分值：25');
    await app.press('100');
    await app.see('实际 100人 / 目标 120人 = 83.33%，得分 83.33% × 分值 25 = 20.83');
    await app.press(KEY.enter);
    await app.see('偏差原因分析及改进措施：培训人数');
    expect(app.frame()).toContain('实际完成值：100人    得分：20.83');
    await app.press('两个社区因疫情防控未能参训，明年补训。', KEY.enter);
    await app.see('实际完成值：培训完成时间');
    await app.press('9月底', KEY.enter);
    await app.see('实际完成值：培训工作制度化');
    await app.press('形成长效培训制度', KEY.enter);
    await app.see('实际完成值：参训人员满意度');
    await app.press('95%', KEY.enter);
    await app.see('本表已填完：总分 94.83，等级“优”');
    expect(app.frame()).toContain('总分 94.83 · 优');

    // A weight edit: the screen says by how much the total is off until it is 100 again.
    await app.press(KEY.up, KEY.up, KEY.up);
    await app.see('得分 20.83 / 分值 25');
    await app.press('w');
    await app.see('分值：培训人数');
    await app.press(KEY.ctrlU, '20');
    await app.see('分值合计 95，比 100 少 5 分');
    await app.press(KEY.enter);
    await app.see('分值合计 95，比 100 少 5 分：按 w 逐项修改');
    await app.press(KEY.down, 'w');
    await app.see('分值：培训完成时间');
    await app.press(KEY.ctrlU, '30', KEY.enter);
    await app.see('分值合计 100 ·');
    await app.see('总分 95.67 · 优');

    // The arithmetic of a score on request.
    await app.press(KEY.up, 'a');
    await app.see('算式：实际 100人 / 目标 120人 = 83.33%，得分 83.33% × 分值 20 = 16.67');
    await app.see('总分 95.67（优）= 9.00 + 16.67 + 30.00 + 30.00 + 10.00');

    // Preview and export.
    await app.press('p');
    await app.see('社区工作者业务培训 · 项目支出绩效自评表');
    await app.press(KEY.enter);
    await app.see('保存到哪个文件夹？');
    await app.press(KEY.ctrlU, join(env.dir, '自评'), KEY.enter);
    await app.see(/已导出到 .*自评/);
    const json = join(env.dir, '自评', '青石街道办事处2025年度项目支出绩效自评表.json');
    expect(app.frame()).toContain('青石街道办事处2025年度项目支出绩效自评表.json');
    const exported = JSON.parse(await readFile(json, 'utf8'));
    const checked = checkDocument(exported);
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const table = checked.document!.tables[0] as SelfEvalTable;
    expect(table).toMatchObject({
      kind: 'self-evaluation',
      projectName: '社区工作者业务培训',
      totalWeight: 100,
      totalScore: 95.67,
      grade: '优',
      goalsActual: '全年举办培训4期，培训100人次。',
    });
    expect(table.funds[0]).toMatchObject({
      initial: '6.00',
      spent: '5.40',
      rate: '90.00%',
      score: 9,
      weight: 10,
    });
    expect(table.indicators.map((i) => [i.name, i.actual, i.weight, i.score])).toEqual([
      ['培训人数', '100', 20, 16.67],
      ['培训完成时间', '9月底', 30, 30],
      ['培训工作制度化', '形成长效培训制度', 30, 30],
      ['参训人员满意度', '95%', 10, 10],
    ]);
    expect(table.indicators[0].reason).toBe('两个社区因疫情防控未能参训，明年补训。');
    await env.services.drafts.flush();
    const { drafts } = await env.services.drafts.list();
    expect(drafts).toEqual([
      expect.objectContaining({ selfEval: true, stage: 'exported', unitName: '青石街道办事处' }),
    ]);
  });

  it('starts from a saved target draft, asks to fill a placeholder target, and resumes from the start screen', async () => {
    await env.services.drafts.save(
      draftFile({ id: 'target', stage: 'exported', document: drafted(), reviewed: [true, true] }),
    );
    const app = renderApp(env.services);
    await app.see('继续：青石街道办事处 2025年');
    await app.select('自评：由目标表生成自评表');
    await app.press(KEY.enter);
    await app.see('草稿：青石街道办事处 2025年');
    expect(app.frame()).toContain('部门整体表 + 1 张项目表');
    await app.press(KEY.enter);
    // The whole unit and the project are offered; only the project is kept: its table opens at once, with the draft's 预算数.
    await app.see('[✓] 部门整体（青石街道办事处）');
    await app.press(' ', KEY.enter);
    await app.see('自评：老旧小区改造提升工程');
    await app.see('> 80');
    await app.press(KEY.enter, KEY.esc);
    await app.see('回车 填写预算和执行数');
    // The unfilled placeholder of the target cannot be scored until its target is filled.
    for (let i = 0; i < 5; i++) await app.press(KEY.down);
    await app.see('管网渗漏投诉下降率');
    await app.see('补填指标值');
    await app.press('t');
    await app.see('年度指标值：管网渗漏投诉下降率');
    await app.press(KEY.ctrlU, '≥30%', KEY.enter);
    await app.see(/管网渗漏投诉下降率\s+│ ≥30%/);
    // Esc leaves; everything is saved; the start screen offers to go on with the self-evaluation.
    await app.press(KEY.esc);
    await app.see('继续自评：青石街道办事处 2025年');
    await app.select('继续自评');
    await app.press(KEY.enter);
    await app.see('自评：老旧小区改造提升工程');
    await app.see(/管网渗漏投诉下降率\s+│ ≥30%/);
  });

  it('says why a file cannot be used and stays on the source screen', async () => {
    await writeFile(join(env.dir, 'selfeval.json'), JSON.stringify(selfEvalDocument(cleanTable())));
    const app = renderApp(env.services, { screen: { kind: 'selfeval-source', busy: false } });
    await app.see('打开目标表文件');
    await app.press(KEY.enter);
    await app.see('文件：');
    await app.press(join(env.dir, 'selfeval.json'), KEY.enter);
    await app.see('只有自评表，没有绩效目标表');
    // The path stays in the field to be corrected.
    await app.press(KEY.ctrlU, join(env.dir, 'missing.json'), KEY.enter);
    await app.see('找不到文件');
    await app.press(KEY.esc, KEY.esc);
    await app.see('请选择要做的事');
  });
});

describe('the project picker', () => {
  it('counts the indicators a self-evaluation gets: rejected suggestions are not counted', async () => {
    const target = drafted();
    const second = structuredClone(target.tables[1]!);
    if (second.kind !== 'project') throw new Error('fixture');
    second.projectName = '社区工作者业务培训';
    second.indicators[0] = { ...second.indicators[0]!, status: 'rejected' };
    target.tables.push(second);
    const app = renderApp(env.services, {
      screen: { kind: 'selfeval-projects', target, from: '测试' },
    });
    await app.see('社区工作者业务培训');
    expect(app.frame()).toMatch(/老旧小区改造提升工程 .* · 6 个指标/);
    expect(app.frame()).toMatch(/社区工作者业务培训 .* · 5 个指标/);
  });
});
