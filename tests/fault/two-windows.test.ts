import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/store/drafts.js';
import type { Draft } from '../../src/store/draft-schema.js';
import { TmuxApp } from '../support/tmux.js';
import { buildCli, sandbox, type Sandbox } from './support/cli.js';

/**
 * Issue 13 item 2 with the built app in two tmux windows on one draft: the second is told in
 * Chinese that the draft is open elsewhere and offered a copy (c) or a read-only view (r); the
 * first window's draft is not written by the second. After the first is killed (-9) its stale
 * lock is taken over.
 */

const socket = `jixiao-fault-windows-${process.pid}`;
let cli: string;
let removeCli: () => void;
let box: Sandbox;
const ID = '20250301-090000-twin';

beforeAll(async () => {
  ({ cli, remove: removeCli } = buildCli('fault-windows'));
  box = sandbox('fault-windows');
  const draft: Draft = {
    version: 1,
    id: ID,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    stage: 'interview',
    origin: 'new',
    answers: { unit: { name: '双窗街道', year: 2025 }, tasks: [], projects: [] },
    step: { section: 'unit', field: 'staff' },
    reviewed: [],
  };
  const store = createDraftStore({ dir: join(box.data, 'drafts') });
  await store.save(draft);
}, 120_000);

afterAll(() => {
  TmuxApp.stopServer(socket);
  removeCli?.();
  box?.remove();
});

async function openFromStart(session: string): Promise<TmuxApp> {
  const app = TmuxApp.start({ socket, cli, env: box.env, cwd: box.root, session });
  await app.waitFor('继续：', 15_000);
  app.keys('Down');
  await app.waitFor(/› 继续：/);
  app.keys('Enter');
  return app;
}

describe('two app windows on one draft', () => {
  it('the second is told, may copy or view read-only; a killed first window leaves a lock that is taken over', async () => {
    const first = await openFromStart('first');
    await first.waitFor((s) => !s.includes('请选择要做的事'), 15_000);
    const file = join(box.data, 'drafts', `${ID}.json`);
    const second = await openFromStart('second');
    const told = await second.waitFor(/另一个 jixiao 窗口/, 15_000);
    expect(told.replace(/\s+/g, '')).toMatch(/按c打开一份副本继续修改，按r只读查看/);
    // Read-only: the draft opens, typing an answer is not saved to the first window's draft.
    const before = readFileSync(file, 'utf8');
    second.keys('r');
    await second.waitFor((s) => !s.includes('请选择要做的事'), 15_000);
    second.type('12');
    second.keys('Enter');
    await second.waitFor(/只读打开/, 15_000);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await second.kill9();

    // A copy: a second draft file, the original untouched.
    const third = await openFromStart('third');
    await third.waitFor(/另一个 jixiao 窗口/, 15_000);
    third.keys('c');
    await third.waitFor((s) => !s.includes('请选择要做的事'), 15_000);
    await third.kill9();
    expect(readdirSync(join(box.data, 'drafts')).filter((n) => /^[\w-]+\.json$/.test(n))).toHaveLength(2);
    expect(readFileSync(file, 'utf8')).toBe(before);

    // The first window killed: its lock is stale, the draft opens normally.
    await first.kill9();
    const fourth = await openFromStart('fourth');
    const opened = await fourth.waitFor(
      (s) => !s.includes('请选择要做的事') || /另一个 jixiao 窗口/.test(s),
      15_000,
    );
    expect(opened).not.toMatch(/另一个 jixiao 窗口/);
    await fourth.kill9();
  }, 120_000);
});
