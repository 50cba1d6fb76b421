import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDraftStore,
  DraftLockedError,
  DraftReadOnlyError,
  type Draft,
} from '../../src/store/drafts.js';

/**
 * Issue 13 item 2: a draft open in one window is locked (a lock file with pid, host and start time);
 * a second window is told, and may view it read-only or open a copy; a lock whose process is gone
 * is taken over. The "other window" is a real process.
 */

let dir: string;
let other: ChildProcess | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-lock-'));
  const draft: Draft = {
    version: 1,
    id: 'l1',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    stage: 'interview',
    origin: 'new',
    answers: { unit: { name: '某街道' }, tasks: [], projects: [] },
    step: { section: 'unit', field: 'year' },
    reviewed: [],
  };
  writeFileSync(join(dir, 'l1.json'), JSON.stringify(draft));
});
afterEach(() => {
  other?.kill('SIGKILL');
  other = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The start time of a process as /proc says it (what the lock records). */
function started(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return null;
  }
}

/** Another window: a live process whose lock is on the draft. */
function lockedByAnotherProcess(): number {
  other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const pid = other.pid!;
  writeFileSync(
    join(dir, 'l1.lock'),
    JSON.stringify({ pid, host: hostname(), started: started(pid), at: new Date().toISOString() }),
  );
  return pid;
}

describe('draft locks', () => {
  it('opening locks the draft with this pid, host and start time; removing the draft releases it', async () => {
    const store = createDraftStore({ dir });
    await store.load('l1');
    const lock = JSON.parse(readFileSync(join(dir, 'l1.lock'), 'utf8')) as Record<string, unknown>;
    expect(lock).toMatchObject({ pid: process.pid, host: hostname() });
    await store.remove('l1');
    expect(existsSync(join(dir, 'l1.lock'))).toBe(false);
  });

  it('open in another (live) window: refused in Chinese; read-only view cannot save; a copy can', async () => {
    const pid = lockedByAnotherProcess();
    const store = createDraftStore({ dir });
    const error = await store.load('l1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftLockedError);
    expect((error as Error).message).toMatch(new RegExp(`正在另一个 jixiao 窗口中打开（进程 ${pid}`));
    const viewed = await store.load('l1', { readOnly: true });
    expect(viewed.answers.unit.name).toBe('某街道');
    await expect(store.save({ ...viewed, stage: 'review' })).rejects.toThrow(DraftReadOnlyError);
    expect(JSON.parse(readFileSync(join(dir, 'l1.json'), 'utf8')).stage).toBe('interview');
    const copy = await store.copy!('l1');
    expect(copy.id).not.toBe('l1');
    await store.save({ ...copy, stage: 'review' });
    expect((await createDraftStore({ dir }).load(copy.id, { readOnly: true })).stage).toBe('review');
    // The other window's lock is untouched.
    expect(JSON.parse(readFileSync(join(dir, 'l1.lock'), 'utf8')).pid).toBe(pid);
  });

  it('a stale lock (its process killed) is taken over', async () => {
    lockedByAnotherProcess();
    other!.kill('SIGKILL');
    await new Promise((resolve) => other!.once('exit', resolve));
    const store = createDraftStore({ dir });
    await store.load('l1');
    expect(JSON.parse(readFileSync(join(dir, 'l1.lock'), 'utf8')).pid).toBe(process.pid);
  });

  it('a lock whose process was killed but not yet reaped (a zombie) is taken over', async () => {
    // The background sleep exits at once; its parent, now `sleep 5`, never reaps it.
    other = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const zombie = Number(
      await new Promise<string>((resolve) => other!.stdout!.once('data', (d) => resolve(String(d)))),
    );
    for (let i = 0; i < 100 && !/\) Z /.test(readFileSync(`/proc/${zombie}/stat`, 'utf8')); i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readFileSync(`/proc/${zombie}/stat`, 'utf8')).toMatch(/\) Z /);
    writeFileSync(
      join(dir, 'l1.lock'),
      JSON.stringify({
        pid: zombie,
        host: hostname(),
        started: started(zombie),
        at: new Date().toISOString(),
      }),
    );
    await createDraftStore({ dir }).load('l1');
    expect(JSON.parse(readFileSync(join(dir, 'l1.lock'), 'utf8')).pid).toBe(process.pid);
  });

  it('a lock is released when the process exits', () => {
    const script = `
      const { createDraftStore } = await import(${JSON.stringify(join(import.meta.dirname, '../../src/store/drafts.ts'))});
      await createDraftStore({ dir: ${JSON.stringify(dir)} }).load('l1');
      console.log(require('node:fs').existsSync(${JSON.stringify(join(dir, 'l1.lock'))}));
    `;
    const run = spawnSync(
      join(import.meta.dirname, '../../node_modules/.bin/tsx'),
      ['--input-type=module', '-e', script.replace("require('node:fs')", "(await import('node:fs'))")],
      { encoding: 'utf8' },
    );
    expect(run.stdout.trim(), run.stderr).toBe('true');
    expect(existsSync(join(dir, 'l1.lock'))).toBe(false);
  });
});
