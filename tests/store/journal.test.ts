import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/store/drafts.js';
import type { Draft } from '../../src/store/draft-schema.js';

/** Issue 13 item 10: saving appends only what changed (fsync'd), folded into the file later; nothing is lost. */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-journal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function draft(projects: number): Draft {
  return {
    version: 1,
    id: 'j1',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    stage: 'review',
    origin: 'new',
    answers: {
      unit: { name: '某街道', year: 2025 },
      tasks: [],
      projects: Array.from({ length: projects }, (_, i) => ({ name: `项目${i}`, fiscal: i })),
    },
    step: { section: 'summary' },
    reviewed: Array.from({ length: projects }, () => false),
  };
}

describe('the draft journal', () => {
  it('each save after the first appends one line; another store (a restarted app) reads every change', async () => {
    const store = createDraftStore({ dir });
    let current = draft(500);
    await store.save(current);
    const whole = readFileSync(join(dir, 'j1.json'), 'utf8');
    for (let i = 0; i < 50; i += 1) {
      const reviewed = [...current.reviewed];
      reviewed[i] = true;
      current = { ...current, reviewed, updatedAt: `2025-01-01T00:00:${String(i).padStart(2, '0')}.000Z` };
      await store.save(current);
    }
    // The whole file was not rewritten on each key; the journal holds 50 small lines.
    expect(readFileSync(join(dir, 'j1.json'), 'utf8')).toBe(whole);
    const journal = readFileSync(join(dir, 'j1.journal'), 'utf8').trim().split('\n');
    expect(journal).toHaveLength(50);
    expect(Math.max(...journal.map((l) => l.length))).toBeLessThan(200);
    const again = await createDraftStore({ dir }).load('j1');
    expect(again.reviewed.filter(Boolean)).toHaveLength(50);
    expect(again.updatedAt).toBe(current.updatedAt);
  });

  it('a torn last line (killed mid-write) is ignored; the lines before it count', async () => {
    const store = createDraftStore({ dir });
    let current = draft(3);
    await store.save(current);
    current = { ...current, reviewed: [true, false, false] };
    await store.save(current);
    appendFileSync(join(dir, 'j1.journal'), '{"s":2,"o":[[["reviewed",1],tr');
    const again = await createDraftStore({ dir }).load('j1');
    expect(again.reviewed).toEqual([true, false, false]);
  });

  it('flush folds the journal into the file and removes it; a reload reads the same draft', async () => {
    const store = createDraftStore({ dir });
    let current = draft(10);
    await store.save(current);
    current = { ...current, answers: { ...current.answers, unit: { name: '新名称', year: 2026 } } };
    await store.save(current);
    expect(existsSync(join(dir, 'j1.journal'))).toBe(true);
    await store.flush();
    expect(existsSync(join(dir, 'j1.journal'))).toBe(false);
    const file = JSON.parse(readFileSync(join(dir, 'j1.json'), 'utf8')) as Draft;
    expect(file.answers.unit).toEqual({ name: '新名称', year: 2026 });
    // Editing goes on after a fold: later lines follow the folded ones.
    current = { ...current, stage: 'preview' };
    await store.save(current);
    const again = await createDraftStore({ dir }).load('j1');
    expect(again.stage).toBe('preview');
    expect(again.answers.unit.name).toBe('新名称');
  });
});

describe('after a kill mid-write', () => {
  it('the next session starts a clean journal: its lines are not hidden behind the torn one', async () => {
    let current = draft(3);
    const first = createDraftStore({ dir });
    await first.save(current);
    current = { ...current, reviewed: [true, false, false] };
    await first.save(current);
    appendFileSync(join(dir, 'j1.journal'), '{"s":2,"o":[[["reviewed",1],tr');
    // The app started again: it opens the draft and goes on.
    const second = createDraftStore({ dir });
    let resumed = await second.load('j1');
    resumed = { ...resumed, reviewed: [true, true, false] };
    await second.save(resumed);
    resumed = { ...resumed, reviewed: [true, true, true] };
    await second.save(resumed);
    expect((await createDraftStore({ dir }).load('j1')).reviewed).toEqual([true, true, true]);
  });
});
