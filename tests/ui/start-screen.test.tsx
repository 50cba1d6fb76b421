import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

describe('start screen', () => {
  it('offers a new draft, the saved drafts with unit, year, stage and last change, a file, the example, settings', async () => {
    await env.services.drafts.save(
      draftFile({ id: 'd1', updatedAt: new Date(2025, 2, 5, 14, 20).toISOString(), stage: 'review' }),
    );
    const app = renderApp(env.services);
    await app.see('继续：青石街道办事处 2025年');
    const frame = app.frame();
    expect(frame).toContain('新建草稿');
    expect(frame).toMatch(/审阅中 · 最后修改 (2025年)?3月5日 14:20/);
    expect(frame).toContain('打开文件检查或导入');
    expect(frame).toContain('示例：某街道办事处');
    expect(frame).toContain('设置');
    expect(frame).toContain('↑↓ 选择');
  });

  it('new draft opens the first question', async () => {
    const app = renderApp(env.services);
    await app.see('新建草稿');
    await app.press(KEY.enter);
    await app.see('单位名称');
    await app.see('例如：某某市某区某街道办事处');
  });

  it('loads the worked example into the summary', async () => {
    const app = renderApp(env.services);
    await app.see('示例');
    await app.select('示例');
    await app.press(KEY.enter);
    await app.see('核对答案');
    await app.see('开始起草');
    expect(app.frame()).toMatch(/项目合计 [\d.]+ 万元（5 个）/);
  });

  it('arrow keys sent in one chunk move the selection each time', async () => {
    const app = renderApp(env.services);
    await app.see('示例');
    app.stdin.write(`${KEY.down}${KEY.down}`);
    const selectedItem = () =>
      app
        .frame()
        .split('\n')
        .filter((l) => /^[› ] \S/.test(l))
        .findIndex((l) => l.startsWith('›'));
    await vi.waitFor(() => expect(selectedItem()).toBe(2));
  });

  it('resumes a saved draft where it stopped', async () => {
    await env.services.drafts.save(
      draftFile({ id: 'd1', step: { section: 'project', index: 0, field: 'plan' } }),
    );
    const app = renderApp(env.services);
    await app.see('继续：青石街道办事处');
    await app.press(KEY.down, KEY.enter);
    await app.see('资金支出计划（累计 %）');
    expect(app.frame()).toContain('20 50 80 100');
  });

  it('a broken draft file is kept as a backup with a message, never a crash', async () => {
    await env.services.drafts.save(draftFile({ id: 'good' }));
    await writeFile(join(env.services.drafts.dir, 'broken.json'), '{ "version": 1, "id": ', 'utf8');
    const app = renderApp(env.services);
    await app.see('已损坏');
    expect(app.frame()).toContain('broken.broken-');
    expect(app.frame()).toContain('继续：青石街道办事处');
  });

  it('deletes a draft after asking', async () => {
    await env.services.drafts.save(draftFile({ id: 'd1' }));
    const app = renderApp(env.services);
    await app.see('继续：');
    await app.press(KEY.down, 'x');
    await app.see('删除草稿“青石街道办事处 2025年”（访谈中，最后修改');
    expect(app.frame()).not.toContain('“d1”');
    await app.press('y');
    await app.notSee('继续：');
    expect((await env.services.drafts.list()).drafts).toEqual([]);
  });
});
