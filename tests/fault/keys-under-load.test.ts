import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import type { Draft } from '../../src/store/draft-schema.js';
import { TmuxApp } from '../support/tmux.js';
import { buildCli, sandbox, type Sandbox } from './support/cli.js';
import { KillSession } from './support/session.js';

/**
 * Issue 13 item 10: on a 500-project draft, where writing the whole file takes 0.15-0.2 s, 50
 * review keys sent 10 ms apart (accept the row, next table; 25 times) are all applied — every
 * save is one small journal line, not the whole file — and a kill -9 as soon as the screen shows
 * the last of them loses none.
 */

const socket = `jixiao-fault-keys-${process.pid}`;
const PROJECTS = 500;
let cli: string;
let removeCli: () => void;
let box: Sandbox;

beforeAll(async () => {
  ({ cli, remove: removeCli } = buildCli('fault-keys'));
  box = sandbox('fault-keys');
  const answers = Answers.parse({
    unit: { name: '压力测试街道办事处', year: 2025, duties: '负责辖区社会管理和公共服务。' },
    tasks: [{ name: '社区管理', fiscal: 100 }],
    projects: Array.from({ length: PROJECTS }, (_, i) => ({
      name: `社区服务项目${i + 1}`,
      fiscal: 10 + (i % 7),
      purpose: '用于社区服务、设施维护和居民活动。',
    })),
  });
  const { document } = await createOfflineDrafter().draft(answers);
  const now = new Date().toISOString();
  const draft: Draft = {
    version: 1,
    id: '20250101-000000-load',
    createdAt: now,
    updatedAt: now,
    stage: 'review',
    origin: 'new',
    answers: {
      unit: { name: answers.unit.name, year: 2025 },
      tasks: [],
      projects: answers.projects.map((p) => ({ name: p.name, fiscal: p.fiscal })),
    },
    step: { section: 'summary' },
    document,
    reviewed: [],
  };
  mkdirSync(join(box.data, 'drafts'), { recursive: true });
  writeFileSync(join(box.data, 'drafts', `${draft.id}.json`), JSON.stringify(draft, null, 2));
}, 120_000);

afterAll(() => {
  TmuxApp.stopServer(socket);
  removeCli?.();
  box?.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('keys under load (a 500-project draft)', () => {
  it('50 review keys 10 ms apart are all applied, and a kill -9 right after loses none', async () => {
    const session = new KillSession(box, cli, socket, 0);
    try {
      const a = await session.resume();
      await a.waitFor(/审阅 1\/\d+/, 30_000);
      const before = session.readDraft();
      const tables = before.document!.tables.length;
      expect(tables).toBeGreaterThan(PROJECTS);
      expect(before.document!.tables.slice(0, 26).every((t) => t.indicators[0].status !== 'accepted')).toBe(
        true,
      );
      const file = join(box.data, 'drafts', '20250101-000000-load.json');
      const whole = readFileSync(file);
      const started = performance.now();
      for (let i = 0; i < 25; i += 1) {
        a.keys('y');
        await sleep(10);
        a.keys('Right');
        await sleep(10);
      }
      // Every key was taken: the review stands on table 26. Killed the moment that shows.
      await a.waitFor(new RegExp(`审阅 26/${tables}`), 60_000);
      const ms = performance.now() - started;
      console.log(`[keys-under-load] 50 keys applied ${Math.round(ms)} ms after the first was sent`);
      await session.kill('right after the 50th key');
      const after = session.readDraft().document!.tables;
      const accepted = after.map((t) => t.indicators[0].status === 'accepted');
      expect(accepted.slice(0, 25), session.context()).toEqual(Array.from({ length: 25 }, () => true));
      expect(accepted[25]).toBe(false);
      // No key paid for rewriting the whole 500-table file: each save was a line of the journal.
      expect(readFileSync(file).equals(whole), 'the whole draft file was rewritten while keys came').toBe(
        true,
      );
      const journal = readFileSync(file.replace(/\.json$/, '.journal'), 'utf8')
        .trim()
        .split('\n');
      expect(journal.length).toBeGreaterThanOrEqual(25);
    } finally {
      await session.end();
    }
  }, 240_000);
});
