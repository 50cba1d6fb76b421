import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDepartment, makeDocument, makeIndicator, makeProject } from '../../src/domain/build.js';
import type { DepartmentSelfEvalTable, JixiaoDocument } from '../../src/domain/document.js';
import { readDocxDocument } from '../../src/import/docx.js';
import { readXlsxDocument } from '../../src/import/xlsx.js';
import { checkDocument } from '../../src/rules/engine.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { draftFile, drafted } from '../support/tables/draft.js';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

const i = (level1: string, level2: string, name: string, value: string) =>
  makeIndicator({ level1, level2, name, value, description: `${name}${value}`, basis: '计划标准' });

/**
 * A unit's target document: its whole-unit table (two tasks, 600 万元, five indicators and one
 * rejected suggestion) and one project table.
 */
function unitTarget(): JixiaoDocument {
  return makeDocument({
    unit: { name: '青石街道办事处', year: 2025, framework: 'local' },
    tables: [
      makeDepartment({
        unitName: '青石街道办事处',
        year: 2025,
        tasks: [
          {
            name: '人员保障',
            content: '保障工资福利',
            funding: { total: '500.00', fiscal: '500.00', other: '0.00' },
          },
          {
            name: '社区服务',
            content: '社区养老和环境整治',
            funding: { total: '100.00', fiscal: '100.00', other: '0.00' },
          },
        ],
        goals: '保障在职人员工资福利，做好社区养老服务和环境整治。',
        indicators: [
          i('产出指标', '数量指标', '保障在职人员数量', '=45人'),
          i('产出指标', '质量指标', '人员经费保障率', '≥95%'),
          { ...i('产出指标', '数量指标', '设备（物资）使用率', '≥90%'), status: 'rejected' },
          i('产出指标', '时效指标', '工资发放及时性', '≤12月底'),
          i('效益指标', '社会效益指标', '社区治理水平', '有效提升'),
          i('满意度指标', '服务对象满意度指标', '居民满意度', '≥90%'),
        ],
      }),
      makeProject({
        projectName: '老旧小区改造提升工程',
        code: '2025QS0001',
        budget: { total: '80.00', fiscal: '80.00', other: '0.00' },
        purpose: '外墙保温改造和雨污管网更换。',
        goals: '完成老旧小区改造，惠及居民420户。',
        indicators: [i('产出指标', '数量指标', '惠及居民户数', '≥420户')],
      }),
    ],
  });
}

describe('the whole-unit self-evaluation in the app', () => {
  it('is offered beside the projects, filled with the unit’s funds, tasks and actuals, scored, exported with units and read back', async () => {
    const targetFile = join(env.dir, '2025年绩效目标表.json');
    await writeFile(targetFile, JSON.stringify(unitTarget()));
    const app = renderApp(env.services);
    await app.openSelfEvalTarget(targetFile);

    // The picker: 部门整体 with the unit's budget, its indicators without the rejected one, its tasks.
    await app.see('自评：选择项目和部门整体');
    expect(app.frame()).toMatch(/\[✓\] 部门整体（青石街道办事处） +预算 600 万元 · 5 个指标 · 2 项任务/);
    expect(app.frame()).toMatch(/\[✓\] 老旧小区改造提升工程 +预算 80 万元 · 1 个指标/);
    await app.press(KEY.down, ' ');
    await app.see('已选 1/2');
    await app.press(KEY.enter);

    // The unit's funds: 年初预算数 from the tasks' total, then 全年预算数 and 全年执行数 scored as typed.
    await app.see('年初预算数（万元）');
    expect(app.frame()).toContain('自评：部门整体（青石街道办事处）');
    expect(app.frame()).toContain('部门：部门整体（青石街道办事处）');
    expect(app.frame()).toContain('> 600');
    await app.press(KEY.enter);
    await app.see('全年预算数（万元）');
    await app.press(KEY.enter);
    await app.see('全年执行数（万元）');
    await app.press('570');
    await app.see('预算执行率：实际 570 / 预算 600 = 95.00%，得分 9.50');
    await app.press(KEY.enter);

    // Each task's 执行数 in one answer; a wrong count is refused with the reason.
    await app.see('年度主要任务：各任务执行数（万元）');
    expect(app.frame()).toContain('1. 人员保障（预算数 500 万元）；2. 社区服务（预算数 100 万元）');
    await app.press('480', KEY.enter);
    await app.see('有 2 项任务，填了 1 个金额');
    await app.press(KEY.ctrlU, '480 / 90', KEY.enter);

    await app.see('年度总体目标：实际完成情况');
    expect(app.frame()).toContain('预期目标：保障在职人员工资福利，做好社区养老服务和环境整治。');
    await app.press('保障在职人员45人工资福利，完成社区养老和环境整治。', KEY.ctrlD);

    // The indicators, entered and scored as a project's are; the rejected one is not asked.
    await app.see('实际完成值：保障在职人员数量');
    await app.press('45', KEY.enter);
    await app.see('实际完成值：人员经费保障率');
    await app.press('100');
    await app.see('实际 100% 达到目标 95%');
    await app.press(KEY.enter);
    await app.see('实际完成值：工资发放及时性');
    await app.press('11月', KEY.enter);
    await app.see('实际完成值：社区治理水平');
    await app.press('有效提升', KEY.enter);
    await app.see('实际完成值：居民满意度');
    await app.press('95', KEY.enter);
    await app.see('本表已填完：总分 99.50，等级“优”');
    expect(app.frame()).toContain('总分 99.50 · 优');
    expect(app.frame()).not.toContain('设备（物资）使用率');
    // The grid shows an actual typed as a bare number with its target's unit, as the exports do.
    expect(app.frame()).toMatch(/人员经费保障率\s+│ ≥95%\s+│ 100%\s+│/);
    expect(app.frame()).toMatch(/工资发放及时性\s+│ ≤12月底\s+│ 11月\s+│/);

    // The funds row names the unit's block and the tasks' 执行数.
    for (let k = 0; k < 6; k++) await app.press(KEY.up);
    await app.see('年度预算执行情况：年初预算数 600 · 全年预算数 未填 · 全年执行数 570 万元');
    expect(app.frame()).toContain('年度主要任务执行数：人员保障 480；社区服务 90');

    // Preview (the official whole-unit layout, 实际完成值 with the target's unit) and export.
    await app.press('p');
    await app.see('部门（单位）整体支出绩效自评表');
    await app.see(/保障在职人员\s+│ =45人\s+│ 45人\s+│/);
    await app.press(KEY.enter);
    await app.see('保存到哪个文件夹？');
    const folder = join(env.dir, '自评');
    await app.press(KEY.ctrlU, folder, KEY.enter);
    await app.see(/已导出到 .*自评/);
    const base = join(folder, '青石街道办事处2025年度绩效自评表');

    const exported = JSON.parse(await readFile(`${base}.json`, 'utf8')) as JixiaoDocument;
    const checked = checkDocument(exported);
    expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const table = checked.document!.tables[0] as DepartmentSelfEvalTable;
    expect(checked.document!.tables).toHaveLength(1);
    expect(table).toMatchObject({
      kind: 'department-self-evaluation',
      unitName: '青石街道办事处',
      totalWeight: 100,
      totalScore: 99.5,
      grade: '优',
      goalsActual: '保障在职人员45人工资福利，完成社区养老和环境整治。',
    });
    expect(table.funds.map((f) => f.label)).toEqual(['年度资金总额', '其中：财政拨款', '其他资金']);
    expect(table.funds[0]).toMatchObject({ initial: '600.00', spent: '570.00', rate: '95.00%', score: 9.5 });
    expect(table.tasks.map((t) => [t.name, t.budget, t.spent])).toEqual([
      ['人员保障', '500.00', '480.00'],
      ['社区服务', '100.00', '90.00'],
    ]);
    // JSON keeps the actuals as entered.
    expect(table.indicators.map((x) => [x.name, x.actual, x.score])).toEqual([
      ['保障在职人员数量', '45', 16.67],
      ['人员经费保障率', '100', 16.67],
      ['工资发放及时性', '11月', 16.66],
      ['社区治理水平', '有效提升', 30],
      ['居民满意度', '95', 10],
    ]);

    // Word and Excel show the units and read back as the same whole-unit table, with the same scores.
    for (const [ext, read] of [
      ['docx', readDocxDocument],
      ['xlsx', readXlsxDocument],
    ] as const) {
      const { document: back } = await read(await readFile(`${base}.${ext}`), `${base}.${ext}`);
      const t = back.tables[0] as DepartmentSelfEvalTable;
      expect(t.kind).toBe('department-self-evaluation');
      expect(t.indicators.map((x) => [x.actual, x.score])).toEqual([
        ['45人', 16.67],
        ['100%', 16.67],
        ['11月', 16.66],
        ['有效提升', 30],
        ['95%', 10],
      ]);
      expect(t.totalScore).toBe(99.5);
      expect(t.funds[0]).toMatchObject({ initial: '600.00', spent: '570.00', score: 9.5 });
      expect(t.tasks.map((x) => x.spent)).toEqual(['480.00', '90.00']);
    }
  });

  it('starts from a saved draft that holds only the whole-unit table', async () => {
    const unitOnly = { ...drafted(), tables: [drafted().tables[0]!] };
    await env.services.drafts.save(draftFile({ id: 'unit', stage: 'exported', document: unitOnly }));
    const app = renderApp(env.services, { screen: { kind: 'selfeval-source', busy: false } });
    await app.see('草稿：青石街道办事处 2025年');
    expect(app.frame()).toMatch(/部门整体表 · 已导出/);
    await app.press(KEY.enter);
    await app.see('自评：部门整体（青石街道办事处）');
    await app.see('年初预算数（万元）');
    expect(app.frame()).toContain('> 512.4');
  });
});
