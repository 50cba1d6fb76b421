import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDocument } from '../../src/rules/engine.js';
import {
  goodProjectDraft,
  goodReply,
  requestKind,
  startChatServer,
  type ChatServer,
  type Reply,
} from '../support/chat-server.js';
import { buildCli, runCli, sandbox, STACK_LINE, type CliResult, type Sandbox } from './support/cli.js';

/**
 * Every model fault of the LLM issue through `jixiao draft --answers` as a whole process, against
 * the local chat-completions server (never the internet): each ends in a valid document (the
 * model's, or the offline one for the tables the model could not do, with a note saying why) or in
 * a clear Chinese message and a non-zero exit — never a stack trace, never a hang — and the
 * answers file is untouched. (tests/llm covers the same faults in-process, function by function.)
 */

const KEY = 'sk-fault-llm-0123456789abcdef7f1e';
const PROJECT = '第1批社区工作者业务培训';

let cli: string;
let removeCli: () => void;
let box: Sandbox;
let server: ChatServer;
let answers: string;
let answersHash: string;

beforeAll(() => {
  ({ cli, remove: removeCli } = buildCli('fault-llm'));
  box = sandbox('fault-llm');
  answers = join(box.root, '答卷.json');
  writeFileSync(
    answers,
    JSON.stringify({
      unit: { name: '某某街道办事处', year: 2025, duties: '负责辖区社区服务和社区工作者培训', staff: 30 },
      projects: [
        {
          name: PROJECT,
          fiscal: 20,
          purpose: '主要用于：1.培训场地及教材10万元；2.师资费用10万元。',
          plan: [20, 50, 80, 100],
          goals: '组织培训4期，培训120人',
        },
      ],
    }),
  );
  answersHash = hash(answers);
});
afterAll(() => {
  removeCli?.();
  box?.remove();
});
beforeEach(async () => {
  server = await startChatServer();
});
afterEach(async () => {
  await server.close();
  expect(hash(answers)).toBe(answersHash);
});

function hash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Settings for one run (timeout, concurrency…) in a config folder of its own. */
function configWith(llm: Record<string, unknown> = {}): string {
  const dir = join(box.root, `config-${Math.random().toString(36).slice(2)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ llm }));
  return dir;
}

async function draft(
  options: { provider?: string; llm?: Record<string, unknown>; args?: string[]; timeoutMs?: number } = {},
): Promise<CliResult> {
  const env = {
    ...box.env,
    JIXIAO_CONFIG_DIR: configWith(options.llm),
    JIXIAO_PROVIDER: options.provider ?? 'custom',
    JIXIAO_BASE_URL: server.baseURL,
    JIXIAO_MODEL: 'test-model',
    JIXIAO_API_KEY: KEY,
  };
  return runCli(cli, ['draft', '--answers', answers, ...(options.args ?? [])], {
    env,
    cwd: box.root,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
}

/** A finished run: exit 0, a document that passes the checker without errors, no key, no stack. */
function documentOf(result: CliResult) {
  expect(result.signal, result.stderr).toBeNull();
  expect(result.code, result.stderr).toBe(0);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr + result.stdout).not.toContain(KEY);
  const document = JSON.parse(result.stdout);
  const checked = checkDocument(document);
  expect(checked.document, JSON.stringify(checked.findings.slice(0, 3))).not.toBeNull();
  expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(document.tables.map((t: { kind: string }) => t.kind)).toEqual(['department', 'project']);
  return document;
}

/** The first project request gets `reply`, everything else a good answer. */
function firstProject(reply: Reply): void {
  let used = false;
  server.setFallback((r) => {
    if (!used && requestKind(r) === 'project') {
      used = true;
      return reply;
    }
    return goodReply(r);
  });
}

const BY_MODEL = /模型 .*（test-model）起草了 2 张表，0 张用离线草稿/;
const FELL_BACK = (reason: RegExp) =>
  new RegExp(`${PROJECT}：调用模型失败（.*${reason.source}.*）已改用离线草稿`);

describe('jixiao draft against a model that misbehaves', () => {
  it('a good answer (json_schema, streaming): the model’s document; the key only in the header', async () => {
    const result = await draft({ provider: 'openai' });
    documentOf(result);
    expect(result.stderr).toMatch(BY_MODEL);
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    for (const r of server.requests) {
      expect(r.headers.authorization).toBe(`Bearer ${KEY}`);
      expect(r.rawBody).not.toContain(KEY);
      expect(r.body.model).toBe('test-model');
      expect(r.body.response_format.type).toBe('json_schema');
    }
  });

  it('a json_object-only provider (DeepSeek preset at our URL): json_object, the word json in the prompt', async () => {
    documentOf(await draft({ provider: 'deepseek' }));
    for (const r of server.requests) {
      expect(r.body.response_format).toEqual({ type: 'json_object' });
      expect(JSON.stringify(r.body.messages)).toMatch(/json/i);
    }
  });

  it('fenced JSON is read', async () => {
    server.setFallback((r) => ({
      kind: 'answer',
      content: `好的，结果如下：\n\`\`\`json\n${(goodReply(r) as { content: string }).content}\n\`\`\``,
    }));
    const result = await draft();
    documentOf(result);
    expect(result.stderr).toMatch(BY_MODEL);
  });

  it('invalid JSON, then a good repair', async () => {
    firstProject({ kind: 'answer', content: '{"goals": "全年培训4期", "indicators": [' });
    const result = await draft();
    documentOf(result);
    expect(result.stderr).toMatch(BY_MODEL);
    expect(server.requests.filter((r) => requestKind(r) === 'project')).toHaveLength(2);
  });

  it('a schema-valid table with checker errors, then a good repair', async () => {
    const bad = goodProjectDraft(PROJECT, 20);
    bad.indicators[2].value = '≥120%';
    firstProject({ kind: 'answer', content: JSON.stringify(bad) });
    const document = documentOf(await draft());
    expect(document.tables[1].indicators[2].value.text).toBe('≥90%');
  });

  it('checker errors that survive the repair: the offline table, and a note that says why', async () => {
    const bad = goodProjectDraft(PROJECT, 20);
    bad.indicators[2].value = '≥120%';
    server.setFallback((r) =>
      requestKind(r) === 'project' ? { kind: 'answer', content: JSON.stringify(bad) } : goodReply(r),
    );
    const result = await draft();
    documentOf(result);
    expect(result.stderr).toMatch(new RegExp(`${PROJECT}：模型起草的表修正后仍有 1 个错误.*已改用离线草稿`));
  });

  it('429 with retry-after: waits as told and succeeds', async () => {
    firstProject({
      kind: 'error',
      status: 429,
      message: 'Rate limit reached',
      headers: { 'retry-after': '1' },
    });
    const result = await draft();
    documentOf(result);
    expect(result.stderr).toMatch(BY_MODEL);
    const projects = server.requests.filter((r) => requestKind(r) === 'project');
    expect(projects[1].receivedAt - projects[0].receivedAt).toBeGreaterThanOrEqual(900);
  });

  it('500 every time: retried, then the offline tables with a note', async () => {
    server.setFallback(() => ({ kind: 'error', status: 500, message: 'internal error' }));
    const result = await draft();
    documentOf(result);
    expect(result.stderr).toMatch(/服务暂时出错（HTTP 500）/);
    expect(result.stderr).toMatch(/已改用离线草稿/);
  });

  it('a hang past the timeout: a timeout note, the offline tables, no hang', async () => {
    server.setFallback(() => ({ kind: 'hang' }));
    const result = await draft({ llm: { timeoutSeconds: 0.5 }, timeoutMs: 20_000 });
    documentOf(result);
    expect(result.stderr).toMatch(/等待模型回应超时（0\.5 秒）/);
    expect(result.ms).toBeLessThan(15_000);
  });

  it('a stream cut in the middle, every time: a note about the connection, the offline table', async () => {
    server.setFallback((r) =>
      requestKind(r) === 'project'
        ? { kind: 'cut', content: JSON.stringify(goodProjectDraft(PROJECT, 20)), after: 60 }
        : goodReply(r),
    );
    const result = await draft();
    documentOf(result);
    expect(result.stderr).toMatch(FELL_BACK(/连接|中断|断开/));
  });

  it('empty content, every time: the offline table with a note', async () => {
    server.setFallback((r) =>
      requestKind(r) === 'project' ? { kind: 'answer', content: '' } : goodReply(r),
    );
    const result = await draft();
    documentOf(result);
    expect(result.stderr).toMatch(new RegExp(`${PROJECT}：.*已改用离线草稿`));
  });

  it.each([
    [401, /API Key 无效或已过期（HTTP 401）/],
    [402, /账户余额不足（HTTP 402）/],
  ])('HTTP %i: the model is not called again; the offline tables with the reason', async (status, reason) => {
    server.setFallback(() => ({ kind: 'error', status, message: `Incorrect API key provided: ${KEY}` }));
    const result = await draft();
    documentOf(result);
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).not.toContain('Incorrect API key');
    // Fatal: after the first refusal the remaining tables are not sent (concurrent ones may already be on their way).
    expect(server.requests.length).toBeLessThanOrEqual(2);
  });

  it('cancel (Ctrl+C) while the model is thinking: exit 130, a message, no file written', async () => {
    server.setFallback(() => ({ kind: 'hang' }));
    const out = join(box.root, 'cancelled.json');
    const env = {
      ...box.env,
      JIXIAO_CONFIG_DIR: configWith(),
      JIXIAO_PROVIDER: 'custom',
      JIXIAO_BASE_URL: server.baseURL,
      JIXIAO_MODEL: 'test-model',
      JIXIAO_API_KEY: KEY,
    };
    const child = spawn(process.execPath, [cli, 'draft', '--answers', answers, '-o', out], {
      env,
      cwd: box.root,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await vi.waitFor(() => expect(server.requests.length).toBeGreaterThan(0), {
      timeout: 15_000,
      interval: 20,
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('已取消起草，没有写入任何文件');
    expect(stderr).not.toMatch(STACK_LINE);
    expect(existsSync(out)).toBe(false);
  });

  it('a model asked for but unusable (no key): exit 2 with what to do, nothing written', async () => {
    const env = { ...box.env, JIXIAO_CONFIG_DIR: configWith(), JIXIAO_PROVIDER: 'deepseek' };
    const out = join(box.root, 'never.json');
    const result = await runCli(cli, ['draft', '--answers', answers, '-o', out], { env, cwd: box.root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^错误：没有 DeepSeek 深度求索 的 API Key.*--offline/m);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(out)).toBe(false);
    expect(server.requests).toHaveLength(0);
  });
});
