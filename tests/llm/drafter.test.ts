import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JixiaoDocument, type ProjectTable } from '../../src/domain/document.js';
import { createLlmDrafter } from '../../src/draft/llm/drafter.js';
import { LlmError } from '../../src/draft/llm/errors.js';
import type { DraftProgress } from '../../src/draft/types.js';
import { checkDocument } from '../../src/rules/engine.js';
import {
  goodProjectDraft,
  goodReply,
  lastUserText,
  requestKind,
  startChatServer,
  type ChatServer,
  type RecordedRequest,
  type Reply,
} from '../support/chat-server.js';
import { answersWith, offline, TEST_KEY, testService } from './helpers.js';

let server: ChatServer;
beforeEach(async () => {
  server = await startChatServer();
});
afterEach(async () => {
  await server.close();
});

/** The first project request gets `reply`; everything else a good answer. */
function firstProject(reply: Reply) {
  let used = false;
  server.setFallback((r) => {
    if (!used && requestKind(r) === 'project') {
      used = true;
      return reply;
    }
    return goodReply(r);
  });
}
const repairRequest = () => server.requests.find((r) => lastUserText(r).includes('上一次的回答'));
const projectTables = (doc: JixiaoDocument) =>
  doc.tables.filter((t): t is ProjectTable => t.kind === 'project');

/** The key travels only in the Authorization header: never in a body, a URL or another header. */
function expectKeyOnlyInHeader(requests: RecordedRequest[]) {
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    expect(r.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(r.rawBody).not.toContain(TEST_KEY);
    expect(r.path).not.toContain(TEST_KEY);
    const otherHeaders = Object.entries(r.headers).filter(([k]) => k !== 'authorization');
    expect(JSON.stringify(otherHeaders)).not.toContain(TEST_KEY);
  }
}

describe('LLM drafter against the local chat server', () => {
  it('drafts every table with the model (json_schema, streaming) and reports progress and tokens', async () => {
    const drafter = createLlmDrafter({ service: testService(server), offline });
    const progress: DraftProgress[] = [];
    const result = await drafter.draft(answersWith(2), { onProgress: (p) => progress.push(p) });

    expect(JixiaoDocument.safeParse(result.document).success).toBe(true);
    expect(checkDocument(result.document).findings.filter((f) => f.severity === 'error')).toEqual([]);
    const projects = projectTables(result.document);
    expect(projects.map((p) => p.projectName)).toEqual([
      '第1批社区工作者业务培训',
      '第2批社区工作者业务培训',
    ]);
    // Goals and indicators from the model, money from the answers, ids ours.
    expect(projects[0].goals).toContain('培训120人');
    expect(projects[1].budget.total).toBe('21.00');
    expect(projects[0].indicators.map((i) => i.id)).toEqual(
      projects[0].indicators.map((_, n) => `p1-m${n + 1}`),
    );
    expect(projects[0].indicators[0].rationale).toBe('按年度培训计划确定');
    expect(projects[0].indicators.every((i) => i.status === 'suggested')).toBe(true);

    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) {
      expect(r.path).toBe('/v1/chat/completions');
      expect(r.body.model).toBe('test-model');
      expect(r.body.stream).toBe(true);
      expect(r.body.stream_options).toEqual({ include_usage: true });
      expect(r.body.response_format.type).toBe('json_schema');
      expect(r.body.response_format.json_schema.strict).toBe(true);
    }
    expect(server.requests.map((r) => r.body.response_format.json_schema.name).sort()).toEqual([
      'project_table',
      'project_table',
      'unit_table',
    ]);
    expectKeyOnlyInHeader(server.requests);

    const states = (target: DraftProgress['target']) =>
      progress.filter((p) => p.target === target).map((p) => p.state);
    expect(states(0)).toEqual(
      expect.arrayContaining(['waiting', 'drafting', 'streaming', 'checking', 'done']),
    );
    expect(states('unit').at(-1)).toBe('done');
    expect(progress.find((p) => p.state === 'streaming')?.received).toBeGreaterThan(0);
    expect(progress.find((p) => p.target === 0 && p.state === 'done')?.tokens).toBeGreaterThan(0);
    expect(result.tokens!.prompt).toBe(300);
    expect(result.tokens!.completion).toBeGreaterThan(0);
    expect(result.notes.at(-1)).toMatch(/起草了 3 张表，0 张用离线草稿；共用 \d+ tokens/);
    // Offline notes about the answers stay; its placeholder notes do not apply to the model's tables.
    expect(result.notes.some((n) => n.includes('归入'))).toBe(true);
    expect(result.notes.some((n) => n.includes('（待填）'))).toBe(false);
  });

  it('json_object-only provider (DeepSeek): json_object with the schema and the word "json" in the prompt', async () => {
    const drafter = createLlmDrafter({ service: testService(server, { provider: 'deepseek' }), offline });
    const result = await drafter.draft(answersWith(1));
    expect(projectTables(result.document)[0].indicators[0].id).toBe('p1-m1');
    for (const r of server.requests) {
      expect(r.body.response_format).toEqual({ type: 'json_object' });
      const text = JSON.stringify(r.body.messages);
      expect(text.toLowerCase()).toContain('json');
      expect(text).toContain('JSON Schema');
      expect(r.body.thinking).toEqual({ type: 'disabled' });
    }
  });

  it('a service that refuses json_schema is asked again with json_object, and stays on it', async () => {
    server.setFallback((r) =>
      r.body.response_format?.type === 'json_schema'
        ? {
            kind: 'error',
            status: 400,
            message: "Invalid parameter: 'response_format.type' json_schema is not supported",
          }
        : goodReply(r),
    );
    const service = testService(server, { provider: 'dashscope' });
    const result = await createLlmDrafter({ service, offline, concurrency: 1 }).draft(answersWith(1));
    expect(result.notes.some((n) => n.includes('已改用离线草稿'))).toBe(false);
    expect(service.jsonMode).toBe('json_object');
    expect(server.requests.map((r) => r.body.response_format.type)).toEqual([
      'json_schema',
      'json_object',
      'json_object',
    ]);
    expect(server.requests[1].body.enable_thinking).toBe(false);
  });

  it('reads fenced JSON', async () => {
    firstProject({
      kind: 'answer',
      content: `好的，以下是结果：\n\`\`\`json\n${JSON.stringify(goodProjectDraft('第1批社区工作者业务培训', 20))}\n\`\`\``,
    });
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency: 1 });
    const result = await drafter.draft(answersWith(1));
    expect(projectTables(result.document)[0].indicators[0].id).toBe('p1-m1');
    expect(server.requests).toHaveLength(2);
  });

  it('invalid JSON, then a good answer to the repair prompt', async () => {
    server.setFallback((r) =>
      requestKind(r) === 'project' && !lastUserText(r).includes('上一次的回答')
        ? { kind: 'answer', content: '{"goals": "培训", "indicators": [' }
        : goodReply(r),
    );
    const drafter = createLlmDrafter({ service: testService(server), offline });
    const result = await drafter.draft(answersWith(1));
    expect(projectTables(result.document)[0].indicators[0].id).toBe('p1-m1');
    const repair = repairRequest();
    expect(repair).toBeDefined();
    expect(lastUserText(repair!)).toContain('不是有效的 JSON');
    // The broken answer is shown back to the model.
    expect(repair!.body.messages.at(-2)).toMatchObject({
      role: 'assistant',
      content: '{"goals": "培训", "indicators": [',
    });
  });

  it('a JSON answer that breaks the schema gets the zod issues back', async () => {
    firstProject({
      kind: 'answer',
      content: JSON.stringify({ goals: '培训', indicators: [{ level1: '产出', name: 1 }] }),
    });
    const drafter = createLlmDrafter({
      service: testService(server, { provider: 'deepseek' }),
      offline,
      concurrency: 1,
    });
    const result = await drafter.draft(answersWith(1));
    expect(projectTables(result.document)[0].indicators[0].id).toBe('p1-m1');
    const repair = lastUserText(repairRequest()!);
    expect(repair).toContain('indicators.0.level1');
    expect(repair).toContain('可选值');
  });

  it('a schema-valid table with checker errors gets one repair round with the findings', async () => {
    const bad = goodProjectDraft('第1批社区工作者业务培训', 20);
    bad.indicators[2].value = '≥120%';
    firstProject({ kind: 'answer', content: JSON.stringify(bad) });
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency: 1 });
    const progress: DraftProgress[] = [];
    const result = await drafter.draft(answersWith(1), { onProgress: (p) => progress.push(p) });
    const table = projectTables(result.document)[0];
    expect(table.indicators[2].value.text).toBe('≥90%');
    expect(
      server.requests.map(lastUserText).some((t) => t.includes('比率不能超过100%') && t.includes('审核规则')),
    ).toBe(true);
    expect(progress.some((p) => p.target === 0 && p.state === 'repairing')).toBe(true);
    expect(result.notes.some((n) => n.includes('已改用离线草稿'))).toBe(false);
  });

  it('when the repaired table still has errors, the offline table is used and the note says why', async () => {
    const bad = goodProjectDraft('第1批社区工作者业务培训', 20);
    bad.indicators[2].value = '≥120%';
    server.setFallback((r) =>
      requestKind(r) === 'project' ? { kind: 'answer', content: JSON.stringify(bad) } : goodReply(r),
    );
    const offlineResult = await offline.draft(answersWith(1));
    const drafter = createLlmDrafter({ service: testService(server), offline });
    const progress: DraftProgress[] = [];
    const result = await drafter.draft(answersWith(1), { onProgress: (p) => progress.push(p) });
    expect(projectTables(result.document)[0]).toEqual(projectTables(offlineResult.document)[0]);
    expect(result.notes).toContainEqual(
      expect.stringMatching(
        /^第1批社区工作者业务培训：模型起草的表修正后仍有 1 个错误（.*比率不能超过100%.*），已改用离线草稿。$/,
      ),
    );
    expect(result.notes).toEqual(expect.arrayContaining(offlineResult.notes));
    expect(progress.filter((p) => p.target === 0).at(-1)).toMatchObject({ state: 'fallback' });
    expect(server.requests.filter((r) => requestKind(r) === 'project')).toHaveLength(2);
  });

  it('429 with retry-after: waits as told, then succeeds', async () => {
    firstProject({
      kind: 'error',
      status: 429,
      message: 'Rate limit reached',
      headers: { 'retry-after': '1' },
    });
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency: 1 });
    const result = await drafter.draft(answersWith(1));
    expect(result.notes.some((n) => n.includes('已改用离线草稿'))).toBe(false);
    const projects = server.requests.filter((r) => requestKind(r) === 'project');
    expect(projects).toHaveLength(2);
    expect(projects[1].receivedAt - projects[0].receivedAt).toBeGreaterThanOrEqual(950);
  });

  it('500 is retried by the SDK; a persistent 500 ends in the offline table with a clear note', async () => {
    server.setFallback((r) =>
      requestKind(r) === 'project' ? { kind: 'error', status: 500, message: 'internal' } : goodReply(r),
    );
    const drafter = createLlmDrafter({ service: testService(server, { maxRetries: 1 }), offline });
    const result = await drafter.draft(answersWith(1));
    expect(JixiaoDocument.safeParse(result.document).success).toBe(true);
    expect(result.notes).toContainEqual(expect.stringContaining('服务暂时出错（HTTP 500），重试后仍未成功'));
    expect(server.requests.filter((r) => requestKind(r) === 'project')).toHaveLength(2);
  });

  it('a call that hangs past the timeout ends in a timeout note, not a hang', async () => {
    server.setFallback((r) => (requestKind(r) === 'project' ? { kind: 'hang' } : goodReply(r)));
    const drafter = createLlmDrafter({
      service: testService(server, { timeoutMs: 300, maxRetries: 0 }),
      offline,
    });
    const started = Date.now();
    const result = await drafter.draft(answersWith(1));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.notes).toContainEqual(expect.stringContaining('等待模型回应超时（0.3 秒）'));
    expect(projectTables(result.document)).toHaveLength(1);
  });

  it('a stream that stops arriving after the headers ends in a timeout (idle timer), not a hang', async () => {
    const content = JSON.stringify(goodProjectDraft('第1批社区工作者业务培训', 20));
    server.setFallback((r) =>
      requestKind(r) === 'project' ? { kind: 'stall', content, after: 120 } : goodReply(r),
    );
    const drafter = createLlmDrafter({
      service: testService(server, { timeoutMs: 300, maxRetries: 0 }),
      offline,
    });
    const progress: DraftProgress[] = [];
    const result = await drafter.draft(answersWith(1), { onProgress: (p) => progress.push(p) });
    expect(progress.some((p) => p.target === 0 && p.state === 'streaming' && p.received! > 0)).toBe(true);
    expect(result.notes).toContainEqual(expect.stringContaining('等待模型回应超时（0.3 秒）'));
  });

  it('cancel: rejects with an AbortError and stops calling the model', async () => {
    server.setFallback(() => ({ kind: 'hang' }));
    const controller = new AbortController();
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency: 1 });
    const pending = drafter.draft(answersWith(3), { signal: controller.signal });
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).name).toBe('AbortError');
    expect((error as LlmError).message).toContain('已取消');
    expect(server.requests).toHaveLength(1);
  });

  it('cancel while text is arriving: an AbortError too, not a connection error', async () => {
    const content = JSON.stringify(goodProjectDraft('第1批社区工作者业务培训', 20));
    server.setFallback(() => ({ kind: 'stall', content, after: 120 }));
    const controller = new AbortController();
    const progress: DraftProgress[] = [];
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency: 1 });
    const pending = drafter.draft(answersWith(2), {
      signal: controller.signal,
      onProgress: (p) => progress.push(p),
    });
    await vi.waitFor(() => expect(progress.some((p) => p.state === 'streaming')).toBe(true));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', kind: 'aborted' });
    expect(server.requests).toHaveLength(1);
  });

  it('a stream cut in the middle is asked again once', async () => {
    const content = JSON.stringify(goodProjectDraft('第1批社区工作者业务培训', 20));
    firstProject({ kind: 'cut', content, after: 200 });
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency: 1 });
    const result = await drafter.draft(answersWith(1));
    expect(projectTables(result.document)[0].indicators[0].id).toBe('p1-m1');
    expect(server.requests).toHaveLength(3);
  });

  it('a stream cut twice ends in the offline table with a note about the connection', async () => {
    const content = JSON.stringify(goodProjectDraft('第1批社区工作者业务培训', 20));
    server.setFallback((r) =>
      requestKind(r) === 'project' ? { kind: 'cut', content, after: 100 } : goodReply(r),
    );
    const drafter = createLlmDrafter({ service: testService(server), offline });
    const result = await drafter.draft(answersWith(1));
    expect(result.notes).toContainEqual(expect.stringContaining('连接中途断开'));
    expect(JixiaoDocument.safeParse(result.document).success).toBe(true);
  });

  it('empty content gets a repair round; empty twice falls back with a note', async () => {
    firstProject({ kind: 'answer', content: '   ' });
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency: 1 });
    const once = await drafter.draft(answersWith(1));
    expect(projectTables(once.document)[0].indicators[0].id).toBe('p1-m1');
    expect(lastUserText(repairRequest()!)).toContain('回答是空的');

    server.setFallback((r) =>
      requestKind(r) === 'project' ? { kind: 'answer', content: '' } : goodReply(r),
    );
    const twice = await drafter.draft(answersWith(1));
    expect(twice.notes).toContainEqual(expect.stringContaining('模型两次都返回了空内容'));
  });

  it.each([
    [401, 'API Key 无效或已过期（HTTP 401）'],
    [402, '账户余额不足（HTTP 402）'],
    [403, '没有使用模型 test-model 的权限（HTTP 403）'],
    [404, '找不到模型“test-model”或接口地址不对（HTTP 404）'],
  ])('%i: one call, then every table offline with the same clear note', async (status, message) => {
    server.setFallback(() => ({ kind: 'error', status, message: `Incorrect API key provided: ${TEST_KEY}` }));
    const drafter = createLlmDrafter({ service: testService(server), offline, concurrency: 1 });
    const result = await drafter.draft(answersWith(3));
    expect(server.requests).toHaveLength(1);
    expect(JixiaoDocument.safeParse(result.document).success).toBe(true);
    expect(projectTables(result.document)).toHaveLength(3);
    const notes = result.notes.filter((n) => n.includes(message));
    expect(notes).toHaveLength(4);
    expect(notes.slice(1).every((n) => n.includes('未调用模型'))).toBe(true);
    expect(JSON.stringify(result)).not.toContain(TEST_KEY);
  });

  it('the key never appears in the document, the notes or the progress', async () => {
    server.setFallback((r) =>
      requestKind(r) === 'project'
        ? { kind: 'error', status: 400, message: `bad request for key ${TEST_KEY}` }
        : goodReply(r),
    );
    const progress: DraftProgress[] = [];
    const drafter = createLlmDrafter({ service: testService(server), offline });
    const result = await drafter.draft(answersWith(1), { onProgress: (p) => progress.push(p) });
    expect(result.notes.join('\n')).toContain('sk-…3fa9');
    expect(JSON.stringify({ result, progress })).not.toContain(TEST_KEY);
  });

  it('drafts several tables at once, no more than the concurrency limit', async () => {
    const slow = await startChatServer({ latencyMs: 150 });
    try {
      const drafter = createLlmDrafter({ service: testService(slow), offline, concurrency: 2 });
      const result = await drafter.draft(answersWith(4));
      expect(projectTables(result.document).every((t) => t.indicators[0]?.id?.endsWith('-m1'))).toBe(true);
      expect(slow.maxInFlight).toBe(2);
    } finally {
      await slow.close();
    }
  });

  it('tokens per table come from the usage the service reports; reasoning text counts as arriving', async () => {
    firstProject({
      kind: 'answer',
      content: JSON.stringify(goodProjectDraft('第1批社区工作者业务培训', 20)),
      reasoning: '先想一想……',
      usage: { prompt: 7, completion: 9 },
    });
    const drafter = createLlmDrafter({
      service: testService(server, { provider: 'moonshot' }),
      offline,
      concurrency: 1,
    });
    const progress: DraftProgress[] = [];
    await drafter.draft(answersWith(1), { onProgress: (p) => progress.push(p) });
    expect(progress.find((p) => p.target === 0 && p.state === 'done')?.tokens).toBe(16);
  });
});
