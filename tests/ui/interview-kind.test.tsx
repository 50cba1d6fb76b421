import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { ANSWERS, draftFile } from '../support/tables/draft.js';

/** Issue 16 item 3: the interview shows the project's kind and lets the user change it before drafting. */

const CTRL_K = '\u000b';
const F1 = '\u001bOP';

let env: TestEnv;
beforeEach(async () => {
  // The real offline drafter: the test checks which library rows the chosen kind brings.
  env = await makeEnv({ loadDrafter: async () => createOfflineDrafter() });
});
afterEach(async () => {
  await env.cleanup();
});

const atNewProject = () =>
  renderApp(env.services, {
    draft: draftFile({
      answers: { ...ANSWERS, projects: [] },
      step: { section: 'project', index: 0, field: 'name' },
    }),
    screen: { kind: 'interview' },
  });

async function savedDraft() {
  await env.services.drafts.flush();
  return env.services.drafts.load((await env.services.drafts.list()).drafts[0].id);
}

describe('the project kind in the interview', () => {
  it('shows the kind judged from the name while it is typed; Ctrl+K picks another, which the draft uses', async () => {
    const app = atNewProject();
    await app.see('项目名称');
    await app.press('农村学校食堂补助');
    // "补助" is the head of the name: judged a payment of subsidies, which is wrong for school meals.
    await app.see('项目类别：工资/补贴/奖金发放');
    expect(app.frame()).toContain('按名称判断');
    expect(app.frame()).toContain('Ctrl+K 改类别');

    await app.press(CTRL_K);
    await app.see('项目类别：农村学校食堂补助');
    expect(app.frame()).toContain('› 工资/补贴/奖金发放');
    expect(app.frame()).toContain('按名称判断');
    await app.select('学生营养改善');
    await app.press(KEY.enter);
    // Back in the interview, on the question after the name (the typed name was answered).
    await app.see('项目编码');
    expect(app.frame()).toContain('项目类别：学生营养改善（已选定）');
    expect(app.frame()).toContain('已改为“学生营养改善”类');
    expect((await savedDraft()).answers.projects[0]).toMatchObject({
      name: '农村学校食堂补助',
      category: 'school-meals',
    });

    await app.press(KEY.enter);
    await app.see('财政资金（万元）');
    await app.press('52', KEY.enter);
    await app.see('其他资金（万元）');
    await app.press(KEY.enter);
    await app.see('资金用途');
    await app.press('主要用于农村学校650名学生营养餐补助，每生每天4元，全年200天。');
    await app.press(KEY.ctrlD);
    await app.see('资金支出计划');
    await app.press('20 50 80 100', KEY.enter);
    await app.see('绩效目标');
    await app.press(KEY.ctrlD);
    await app.see('再填一个项目');
    await app.press(KEY.enter);
    await app.see('核对答案');
    expect(app.frame()).toContain('学生营养改善');

    await app.press(KEY.enter);
    await app.see('审阅');
    await vi.waitFor(async () => expect((await savedDraft()).document).toBeDefined(), { timeout: 8000 });
    const table = (await savedDraft()).document!.tables.find((t) => t.kind === 'project')!;
    expect(table.kind === 'project' && table.category).toBe('school-meals');
    const names = table.indicators.map((i) => i.name);
    // The school-meals library rows, none of the wage/subsidy rows the name alone would have brought.
    expect(names).toContain('供餐天数');
    expect(names).not.toContain('发放人数');
    expect(names).not.toContain('发放对象满意度');
  });

  it('Ctrl+K on a later question of an existing project, Esc keeps the kind; the key is in the help', async () => {
    const app = renderApp(env.services, {
      draft: draftFile({ step: { section: 'project', index: 0, field: 'fiscal' } }),
      screen: { kind: 'interview' },
    });
    await app.see('财政资金（万元）');
    expect(app.frame()).toContain('项目类别：工程建设、改造、修缮（按名称判断');
    await app.press(F1);
    await app.see('Ctrl+K');
    expect(app.frame()).toContain('改项目类别');
    await app.press(KEY.esc);
    await app.see('财政资金（万元）');
    await app.press(CTRL_K);
    await app.see('项目类别：老旧小区改造提升工程');
    await app.press(KEY.esc);
    await app.see('财政资金（万元）');
    expect(app.frame()).toContain('项目类别：工程建设、改造、修缮（按名称判断');
    expect((await savedDraft().catch(() => null))?.answers.projects[0].category).toBeUndefined();
  });

  it('Ctrl+K on an empty name asks for the name first; on a unit question it does nothing', async () => {
    const app = atNewProject();
    await app.see('项目名称');
    await app.press(CTRL_K);
    await app.see('先填写项目名称，再选项目类别。');
    await app.press(KEY.esc);
    await app.see('任务名称');
    await app.press(CTRL_K);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.frame()).toContain('任务名称');
    expect(app.frame()).not.toContain('项目类别');
  });
});
