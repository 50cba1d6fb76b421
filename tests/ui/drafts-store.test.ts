import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftStore, dataDir, DraftFileError, newDraftId, type Draft } from '../../src/store/drafts.js';

function draft(id: string, fields: Partial<Draft> = {}): Draft {
  return {
    version: 1,
    id,
    createdAt: '2025-03-05T06:00:00.000Z',
    updatedAt: '2025-03-05T06:00:00.000Z',
    stage: 'interview',
    origin: 'new',
    answers: { unit: { name: '青石街道办事处', year: 2025 }, tasks: [], projects: [] },
    step: { section: 'unit', field: 'framework' },
    reviewed: [],
    ...fields,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-drafts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('draft store', () => {
  it('saves, lists (newest first) and loads drafts', async () => {
    const store = createDraftStore({ dir: join(dir, 'drafts') });
    await store.save(draft('a', { updatedAt: '2025-03-05T06:00:00.000Z' }));
    await store.save(
      draft('b', {
        updatedAt: '2025-03-06T06:00:00.000Z',
        answers: { unit: { name: '某局' }, tasks: [], projects: [] },
      }),
    );
    const list = await store.list();
    expect(list.problems).toEqual([]);
    expect(list.drafts.map((d) => [d.id, d.unitName, d.year])).toEqual([
      ['b', '某局', null],
      ['a', '青石街道办事处', 2025],
    ]);
    expect((await store.load('a')).answers.unit.name).toBe('青石街道办事处');
  });

  it('an empty or missing folder lists nothing', async () => {
    expect(await createDraftStore({ dir: join(dir, 'nothing') }).list()).toEqual({
      drafts: [],
      problems: [],
    });
  });

  it('keeps a broken draft as a backup and says so, without failing the others', async () => {
    const store = createDraftStore({ dir, now: () => new Date('2025-03-05T06:00:00Z') });
    await store.save(draft('good'));
    await writeFile(join(dir, 'bad.json'), '{"version":1,"id":"bad",', 'utf8');
    await writeFile(join(dir, 'wrong.json'), JSON.stringify({ version: 1, id: 'wrong' }), 'utf8');
    const list = await store.list();
    expect(list.drafts.map((d) => d.id)).toEqual(['good']);
    expect(list.problems).toHaveLength(2);
    expect(list.problems.join('\n')).toContain('已损坏');
    const files = (await readdir(dir)).sort();
    expect(files).toContain('bad.broken-2025-03-05T06-00-00-000Z.json');
    expect(files).not.toContain('bad.json');
    expect(await readFile(join(dir, 'bad.broken-2025-03-05T06-00-00-000Z.json'), 'utf8')).toBe(
      '{"version":1,"id":"bad",',
    );
    // Listed again, the backups are left alone.
    expect((await store.list()).problems).toEqual([]);
  });

  it('load of a missing draft is a DraftFileError in Chinese', async () => {
    await expect(createDraftStore({ dir }).load('nope')).rejects.toThrow(DraftFileError);
    await expect(createDraftStore({ dir }).load('nope')).rejects.toThrow(/找不到草稿/);
  });

  it('writes in the order asked: the last save wins', async () => {
    const store = createDraftStore({ dir });
    const saves = Array.from({ length: 20 }, (_, i) =>
      store.save(draft('x', { answers: { unit: { name: `第${i}次` }, tasks: [], projects: [] } })),
    );
    await Promise.all(saves);
    await store.flush();
    expect((await store.load('x')).answers.unit.name).toBe('第19次');
    // No temporary file is left; the lock of the draft this window opened stays until it exits.
    expect((await readdir(dir)).filter((f) => !f.endsWith('.json'))).toEqual(['x.lock']);
  });

  it('removes a draft', async () => {
    const store = createDraftStore({ dir });
    await store.save(draft('gone'));
    await store.remove('gone');
    expect((await store.list()).drafts).toEqual([]);
  });
});

describe('data folder', () => {
  it('JIXIAO_DATA_DIR wins; else the platform default', () => {
    expect(dataDir({ JIXIAO_DATA_DIR: '/tmp/x' }, 'linux')).toBe('/tmp/x');
    expect(dataDir({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.local/share/jixiao');
    expect(dataDir({ HOME: '/home/u', XDG_DATA_HOME: '/data' }, 'linux')).toBe('/data/jixiao');
    expect(dataDir({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/Library/Application Support/jixiao');
  });

  it('makes sortable, file-safe ids', () => {
    expect(newDraftId(new Date(2025, 2, 5, 14, 22, 33), () => 0.5)).toMatch(/^20250305-142233-[0-9a-z]{4}$/);
  });
});
