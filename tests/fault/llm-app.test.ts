import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  goodReply,
  promptText,
  requestKind,
  startChatServer,
  type ChatServer,
  type RecordedRequest,
  type Reply,
} from '../support/chat-server.js';
import { buildCli, sandbox, STACK_LINE, type Sandbox } from './support/cli.js';
import { KillSession } from './support/session.js';
import { TmuxApp } from '../support/tmux.js';

/**
 * The model's faults in the built app, as a whole process in a terminal: the worked example's six
 * tables are drafted against the local server, each table meeting another fault (a stream cut
 * every time, invalid JSON before a good repair, 429 with retry-after, fenced JSON, empty content
 * every time). The app never crashes, says which tables fell back and why, goes on to the review,
 * and the draft on disk holds all six tables. (tests/ui/llm-drafting covers 401, a stall past the
 * timeout and Esc in process; tests/fault/llm-draft-command covers every fault in `jixiao draft`.)
 */

const KEY = 'sk-fault-app-0123456789abcdef9b7c';
const socket = `jixiao-fault-llm-app-${process.pid}`;

let cli: string;
let removeCli: () => void;
let box: Sandbox;
let server: ChatServer;

beforeAll(async () => {
  ({ cli, remove: removeCli } = buildCli('fault-llm-app'));
  box = sandbox('fault-llm-app');
  server = await startChatServer();
  mkdirSync(box.config, { recursive: true });
  writeFileSync(
    join(box.config, 'settings.json'),
    JSON.stringify({
      llm: { provider: 'custom', baseURL: server.baseURL, model: 'test-model', timeoutSeconds: 5 },
    }),
  );
  Object.assign(box.env, { JIXIAO_API_KEY: KEY });
});
afterAll(async () => {
  TmuxApp.stopServer(socket);
  await server?.close();
  removeCli?.();
  box?.remove();
});

/** Each project of the worked example meets its own fault; the unit table gets a good answer. */
function faults(): (request: RecordedRequest) => Reply {
  const seen = new Map<string, number>();
  return (request) => {
    if (requestKind(request) !== 'project') return goodReply(request);
    const name = /项目名称：(.+)/.exec(promptText(request))?.[1]?.trim() ?? '';
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    const good = goodReply(request) as { kind: 'answer'; content: string };
    if (name.includes('老旧小区')) return { kind: 'cut', content: good.content, after: 40 };
    if (name.includes('业务培训'))
      return n === 1 ? { kind: 'answer', content: '{"goals": "全年培训", "indicators": [{"level1": ' } : good;
    if (name.includes('网格员'))
      return n === 1
        ? { kind: 'error', status: 429, message: 'Rate limit reached', headers: { 'retry-after': '1' } }
        : good;
    if (name.includes('垃圾')) return { kind: 'answer', content: `\`\`\`json\n${good.content}\n\`\`\`` };
    return { kind: 'answer', content: '' };
  };
}

describe('the app drafting with a model that misbehaves', () => {
  it('six tables, five faults: no crash, the reasons on screen, the review opens, the draft holds every table', async () => {
    server.setFallback(faults());
    const session = new KillSession(box, cli, socket, 0);
    try {
      const a = session.start();
      await a.waitFor('示例：', 15_000);
      for (let i = 0; i < 12 && !/› 示例：/.test(a.screen()); i += 1) {
        const shown = a.screen();
        a.keys('Down');
        await a.waitFor((s) => s !== shown);
      }
      a.keys('Enter');
      await a.waitFor('开始起草');
      a.keys('Enter');
      // With fallbacks the app stays on the drafting screen with the reasons; Enter goes on.
      // ("草稿已保存。" opens the fallback notice; the key help of every screen says "（草稿已保存）".)
      const done = await a.waitFor((s) => /审阅 1\/6/.test(s) || /草稿已保存。/.test(s), 30_000);
      expect(done).not.toMatch(STACK_LINE);
      expect(done).not.toContain(KEY);
      if (!/审阅 1\/6/.test(done)) {
        expect(done).toMatch(/改用离线草稿/);
        expect(done).toContain('老旧小区改造提升工程');
        a.keys('Enter');
        await a.waitFor(/审阅 1\/6/, 10_000);
      }
      const draft = session.readDraft();
      expect(draft.stage).toBe('review');
      expect(draft.document?.tables).toHaveLength(6);
      // The faults that have a remedy were overcome: repaired, retried, unfenced.
      const byModel = (name: string) =>
        draft.document!.tables.some(
          (t) =>
            t.kind === 'project' &&
            t.projectName.includes(name) &&
            t.indicators.some((i) => /^p\d+-m\d+$/.test(i.id ?? '')),
        );
      expect(byModel('业务培训')).toBe(true);
      expect(byModel('网格员')).toBe(true);
      expect(byModel('垃圾')).toBe(true);
      expect(byModel('老旧小区')).toBe(false);
      for (const request of server.requests) expect(request.rawBody).not.toContain(KEY);
    } finally {
      await session.end();
    }
  }, 90_000);
});
