import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { draftFile } from '../support/tables/draft.js';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

async function newDraft() {
  const app = renderApp(env.services);
  await app.see('新建草稿');
  await app.press(KEY.enter);
  await app.see('单位名称');
  return app;
}

async function answer(app: Awaited<ReturnType<typeof newDraft>>, text: string, next: string) {
  if (text) await app.press(text);
  await app.press(KEY.enter);
  await app.see(next);
}

describe('interview screen', () => {
  it('asks one question at a time with a hint and an example, and saves each answer at once', async () => {
    const app = await newDraft();
    expect(app.frame()).toContain('填写预算单位的全称');
    await answer(app, '青石街道办事处', '预算年度');
    expect(app.frame()).toContain('例如：2025');
    await vi.waitFor(async () =>
      expect((await env.services.drafts.list()).drafts[0]).toMatchObject({
        unitName: '青石街道办事处',
        stage: 'interview',
      }),
    );
  });

  it('rejects a year that is not one, clearly, and keeps the question', async () => {
    const app = await newDraft();
    await answer(app, '青石街道办事处', '预算年度');
    await answer(app, '明年', '“明年”不是年份。请填四位年份，例如 2025。');
    expect(app.frame()).toContain('预算年度');
    await app.press(KEY.ctrlU, '２０２５', KEY.enter);
    await app.see('指标体系');
  });

  it('framework is a choice; duties take a multi-line paste finished with Ctrl+D', async () => {
    const app = await newDraft();
    await answer(app, '青石街道办事处', '预算年度');
    await answer(app, '2025', '指标体系');
    expect(app.frame()).toMatch(/› 地方通行体系/);
    await app.press(KEY.down);
    await app.see('› 财预〔2021〕101号体系');
    await app.press(KEY.enter);
    await app.see('单位主要职能');
    await app.press('1.负责辖区社会治安综合治理；\r2.组织开展社区建设；\r3.做好民政服务。');
    await app.see('2.组织开展社区建设；');
    expect(app.frame()).toContain('Ctrl+D 完成本题');
    await app.press(KEY.ctrlD);
    await app.see('编制或在职人数');
    await env.services.drafts.flush();
    const draft = await env.services.drafts.load((await env.services.drafts.list()).drafts[0].id);
    expect(draft.answers.unit).toMatchObject({
      framework: 'central-2021',
      duties: '1.负责辖区社会治安综合治理；\n2.组织开展社区建设；\n3.做好民政服务。',
    });
  });

  it('shows the running sum of the tasks and rejects amounts that are not amounts', async () => {
    const app = await newDraft();
    await answer(app, '青石街道办事处', '预算年度');
    await answer(app, '2025', '指标体系');
    await answer(app, '', '单位主要职能');
    await app.press(KEY.ctrlD);
    await app.see('编制或在职人数');
    await answer(app, '45', '任务名称');
    await answer(app, '人员保障', '主要内容');
    await app.press(KEY.ctrlD);
    await app.see('财政拨款（万元）');
    await answer(app, '五百', '“五百”不是金额');
    await app.press(KEY.ctrlU, '512.40', KEY.enter);
    await app.see('其他资金（万元）');
    await answer(app, '', '任务合计 512.40 万元（1 项）');
    await answer(app, '机关日常运转', '主要内容');
    await app.press(KEY.ctrlD);
    await answer(app, '８６.３万', '其他资金');
    await answer(app, '', '任务合计 598.70 万元（2 项）');
  });

  it('资金用途 whose items do not add up to the budget gets a warning while it is typed', async () => {
    const app = renderApp(env.services, {
      draft: draftFile({
        answers: {
          unit: { name: '青石街道办事处', year: 2025 },
          tasks: [],
          projects: [{ name: '老旧小区改造提升工程', fiscal: 80 }],
        },
        step: { section: 'project', index: 0, field: 'purpose' },
      }),
      screen: { kind: 'interview' },
    });
    await app.see('资金用途');
    await app.press('主要用于：1.外墙保温改造45万元；2.雨污管网更换30万元');
    await app.see('与预算数80.00万元不符（相差5.00万元）');
    await app.press('；3.工程监理费5万元。');
    await app.notSee('不符');
  });

  it('Esc goes back with the answer filled in; Ctrl+Z on an untouched field undoes the last answer', async () => {
    const app = await newDraft();
    await answer(app, '青石街道办事处', '预算年度');
    await app.press(KEY.esc);
    await app.see('单位名称');
    expect(app.frame()).toContain('> 青石街道办事处');
    await app.press(KEY.enter);
    await app.see('预算年度');
    await answer(app, '2025', '指标体系');
    await app.press(KEY.esc);
    await app.see('预算年度');
    await app.press(KEY.esc);
    await app.see('单位名称');
    await app.press(KEY.ctrlZ);
    await app.see('已撤销上一步');
  });
});

describe('the interview says where you are', () => {
  it('第 n/m 题 in the unit part, and which project of how many', async () => {
    const app = await newDraft();
    expect(app.frame()).toContain('单位信息 · 第 1/5 题');
    await answer(app, '青石街道办事处', '单位信息 · 第 2/5 题');
    const onProject = renderApp(env.services, {
      draft: draftFile({ step: { section: 'project', index: 0, field: 'fiscal' } }),
      screen: { kind: 'interview' },
    });
    await onProject.see('项目 1/1 · 第 3/7 题');
  });

  it('the summary shows the sums once', async () => {
    const app = renderApp(env.services, { draft: draftFile(), screen: { kind: 'summary' } });
    await app.see('任务合计 512.40 万元（1 项）');
    expect(app.frame().split('任务合计').length - 1).toBe(1);
    expect(app.frame().split('项目合计').length - 1).toBe(1);
  });
});
