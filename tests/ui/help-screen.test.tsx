import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCREEN_KEYS, entryLabel, keyMatcher, type AppKey } from '../../src/ui/keys/bindings.js';
import { KEY, makeEnv, renderApp, type TestEnv } from './support/app.js';
import { draftFile, drafted } from '../support/tables/draft.js';

let env: TestEnv;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

const F1 = '\u001bOP';

describe('the key table', () => {
  it('one command, its keys: the matcher reads the same bindings the help lists', () => {
    const key = (over: Partial<AppKey> = {}) => ({ ctrl: false, shift: false, ...over }) as AppKey;
    expect(keyMatcher('y', key())('accept')).toBe(true);
    expect(keyMatcher('y', key({ ctrl: true }))('accept')).toBe(false);
    expect(keyMatcher('', key({ f1: true }))('help')).toBe(true);
    expect(keyMatcher('', key({ tab: true, shift: true }))('prevTab')).toBe(true);
    expect(keyMatcher('', key({ tab: true, shift: true }))('nextTab')).toBe(false);
    const review = SCREEN_KEYS.review.map(entryLabel);
    expect(review).toEqual(expect.arrayContaining(['↑↓', 'y', 'x', 'n', 't', 'k', 'v', '[]']));
  });
});

describe('? and F1 open the help of the screen on show', () => {
  it('on the start screen ? lists its keys and the keys of every screen; Esc closes it', async () => {
    const app = renderApp(env.services);
    await app.see('请选择要做的事');
    expect(app.frame()).toContain('? 帮助');
    await app.press('?');
    await app.see('按键说明：首页');
    expect(app.frame()).toContain('删除所选草稿');
    expect(app.frame()).toContain('任何界面');
    expect(app.frame()).not.toContain('请选择要做的事');
    await app.press(KEY.esc);
    await app.see('请选择要做的事');
  });

  it('in the review: every review key and the legend of the row marks', async () => {
    const document = drafted();
    const app = renderApp(env.services, {
      draft: draftFile({ stage: 'review', document, reviewed: [false, false] }),
      screen: { kind: 'review', table: 1, row: 0, focus: 'grid', issue: 0 },
    });
    await app.see('审阅 2/2');
    await app.press('?');
    await app.see('按键说明：审阅');
    expect(app.frame()).toMatch(/\[\]\s+所选指标上移\/下移/);
    // The list scrolls when it is longer than the terminal: at its end the legend of the marks.
    for (let i = 0; i < 40; i++) await app.press(KEY.down);
    await app.see('这一行有 1 个警告');
    const shown = app.frame();
    expect(shown).toContain('指标行前后的标记');
    for (const mark of ['·', '✓', '✎', '×', '+', '!1']) expect(shown).toContain(mark);
    await app.press('?');
    await app.see('审阅 2/2');
    // The keys on the help are the ones the review answers to: y accepts the row.
    await app.press('y');
    await app.see(/^ {2}✓ │ 产出指标/m);
  });

  it('in a text field ? is typed; F1 opens the help and closing it keeps what was typed', async () => {
    const app = renderApp(env.services, {
      draft: draftFile({
        answers: { unit: {}, tasks: [], projects: [] },
        step: { section: 'unit', field: 'name' },
      }),
      screen: { kind: 'interview' },
    });
    await app.see('单位名称');
    expect(app.frame()).toContain('F1 帮助');
    await app.press('青', '?', '石');
    await app.see('青?石');
    await app.press(F1);
    await app.see('按键说明：访谈（填写一项）');
    expect(app.frame()).toContain('清空本栏');
    await app.press(KEY.esc);
    await app.see('青?石');
    expect(app.frame()).toContain('单位名称');
  });

  it('on the self-evaluation’s project picker: its own keys', async () => {
    const app = renderApp(env.services, {
      screen: { kind: 'selfeval-projects', target: drafted(), from: '测试' },
    });
    await app.see('自评：选择项目');
    await app.press('?');
    await app.see('按键说明：自评 · 选择项目');
    expect(app.frame()).toContain('全选/全不选');
    await app.press(KEY.esc);
    await app.see('自评：选择项目');
  });

  it('h goes back to the start screen from the review (the draft is saved)', async () => {
    const app = renderApp(env.services, {
      draft: draftFile({ stage: 'review', document: drafted(), reviewed: [false, false] }),
      screen: { kind: 'review', table: 0, row: 0, focus: 'grid', issue: 0 },
    });
    await app.see('审阅 1/2');
    await app.press('h');
    await app.see('请选择要做的事');
  });
});

describe('the header is found from the review', () => {
  it('a project without a 资金支出计划 says so and t fills it in', async () => {
    const document = drafted();
    const project = document.tables[1]!;
    if (project.kind !== 'project') throw new Error('fixture');
    project.plan = null;
    const app = renderApp(env.services, {
      draft: draftFile({ stage: 'review', document, reviewed: [false, false] }),
      screen: { kind: 'review', table: 1, row: 0, focus: 'grid', issue: 0 },
    });
    await app.see('支出计划未填（按 t 填写）');
    await app.press('t');
    await app.see('表头：');
    await app.press(KEY.down, KEY.down, KEY.down);
    await app.see('> 资金支出计划');
    await app.press('20 50 80', KEY.ctrlD);
    await app.see(/现在读到 3\s*个数/);
    await app.press(KEY.ctrlU, '20 50 80 100', KEY.ctrlD);
    await app.see('已保存表头。');
    expect(app.frame()).toContain('支出计划 20/50/80/100%');
  });
});
