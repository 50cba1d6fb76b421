import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Drafter } from '../../src/draft/types.js';
import { goodReply, requestKind, startChatServer, type ChatServer } from '../support/chat-server.js';
import { KEY, renderApp } from './support/app.js';
import { draftFile } from '../support/tables/draft.js';
import { makeModelEnv, TEST_KEY, type ModelEnv } from './support/model.js';

/** The drafting screen with a model: the app's real model services against the local chat server. */

let server: ChatServer;
let env: ModelEnv | null = null;
beforeEach(async () => {
  server = await startChatServer();
});
afterEach(async () => {
  await env?.cleanup();
  env = null;
  await server.close();
});

const summary = (e: ModelEnv) =>
  renderApp(e.services, { draft: draftFile(), screen: { kind: 'summary' }, settings: e.settings });

describe('drafting with a model', () => {
  it('drafts every table with the model: a line per table, tokens per table and for the session; the key only in the header', async () => {
    env = await makeModelEnv(server);
    const app = summary(env);
    await app.see('开始起草');
    await app.press(KEY.enter);
    await app.see('审阅 1/2');
    const seen = app.frames.join('\n');
    expect(seen).toContain('起草 · 模型 OpenAI（test-model）');
    expect(seen).toMatch(/青石街道办事处整体支出\s+(起草中…|接收中…|检查中…|完成)/);
    expect(seen).toMatch(/(青石街道办事处整体支出|老旧小区改造提升工程)\s+.*· \d+ tokens/);
    expect(seen).toMatch(/\d\/2 · 共 \d+ tokens/);
    await app.see(/模型已用 \d+ tokens/);
    expect(server.requests.map(requestKind).sort()).toEqual(['project', 'unit']);
    for (const request of server.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
      expect(request.rawBody).not.toContain(TEST_KEY);
      expect(request.body.model).toBe('test-model');
    }
    // The model's table is in the draft on disk.
    await env.services.drafts.flush();
    const saved = await env.services.drafts.load(draftFile().id);
    expect(saved.document?.tables[1].indicators.some((i) => i.id?.startsWith('p1-m'))).toBe(true);
  });

  it('shows text arriving, then a table that times out falls back to the library with the reason; Enter goes on to the review', async () => {
    env = await makeModelEnv(server, { llm: { timeoutSeconds: 1 } });
    const table = JSON.stringify(
      goodReply({ body: {}, headers: {}, method: 'POST', path: '', rawBody: '', receivedAt: 0 }),
    );
    server.setFallback((request) =>
      requestKind(request) === 'project'
        ? { kind: 'stall', content: table.repeat(3), after: 80 }
        : goodReply(request),
    );
    const app = summary(env);
    await app.see('开始起草');
    await app.press(KEY.enter);
    await app.see(/老旧小区改造提升工程\s+接收中… \d+ 字/);
    await app.see(/! 老旧小区改造提升工程\s+改用离线草稿：调用模型失败/);
    await app.see('草稿已保存。有 1 张表没有用上模型的结果');
    expect(app.frame()).toMatch(/✓ 青石街道办事处整体支出\s+完成 · \d+ tokens/);
    expect(app.frame()).toContain('回车 进入审阅');
    // Saved before the review is opened: nothing is lost if the user leaves here.
    await vi.waitFor(async () =>
      expect((await env!.services.drafts.load(draftFile().id)).document?.tables).toHaveLength(2),
    );
    await app.press(KEY.enter);
    await app.see('审阅 1/2');
  });

  it('a wrong key (401) says so in Chinese and every table is drafted offline; nothing is lost', async () => {
    env = await makeModelEnv(server);
    server.setFallback(() => ({ kind: 'error', status: 401, message: 'Incorrect API key provided' }));
    const app = summary(env);
    await app.see('开始起草');
    await app.press(KEY.enter);
    await app.see('草稿已保存。所有表都没有用上模型的结果');
    expect(app.frame()).toMatch(/改用离线草稿：.*(调用模型失败|未调用模型)/);
    expect(app.frame()).toContain('API Key 无效或已过期（HTTP 401）');
    expect(app.frame()).not.toContain(TEST_KEY);
    expect(app.frame()).toContain('设置 → 起草方式（模型）');
    await app.press(KEY.enter);
    await app.see('审阅 1/2');
    await env.services.drafts.flush();
    const saved = await env.services.drafts.load(draftFile().id);
    expect(saved.document?.tables.flatMap((t) => t.indicators).length).toBeGreaterThan(5);
  });

  it('Esc cancels the requests; the answers stay; the user can draft again or offline', async () => {
    const signals: AbortSignal[] = [];
    env = await makeModelEnv(server);
    const { loadDrafter } = env.services;
    env.services.loadDrafter = async (options) => {
      const drafter = await loadDrafter(options);
      return {
        name: drafter.name,
        draft: (answers, o) => (o?.signal && signals.push(o.signal), drafter.draft(answers, o)),
      } satisfies Drafter;
    };
    server.setFallback(() => ({ kind: 'hang' }));
    const app = summary(env);
    await app.see('开始起草');
    await app.press(KEY.enter);
    await app.see('起草中…');
    await vi.waitFor(() => expect(server.requests.length).toBe(2));
    await app.press(KEY.esc);
    await app.see('已取消起草，答案都在');
    await vi.waitFor(() => expect(signals[0].aborted).toBe(true));
    expect(app.frame()).toContain('用内置指标库离线起草');
    expect(app.frame()).toContain('修改项目：老旧小区改造提升工程');

    await app.select('用内置指标库离线起草');
    await app.press(KEY.enter);
    await app.see('审阅 1/2');
    expect(server.requests.length).toBe(2);
  });

  it('a model that is asked for but cannot be used (no key) is a clear message; o drafts offline', async () => {
    env = await makeModelEnv(null, { llm: { provider: 'deepseek' }, env: {} });
    const app = summary(env);
    await app.see('开始起草');
    await app.press(KEY.enter);
    await app.see('起草失败：没有 DeepSeek 深度求索 的 API Key');
    expect(app.frame()).toContain('设置 → 起草方式（模型）');
    expect(app.frame()).toContain('o 用内置指标库离线起草');
    expect(app.frame()).toContain('答案已保存，没有丢失。');
    await app.press('o');
    await app.see('审阅 1/2');
  });
});
