import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftStore, DraftFileError } from '../../src/store/drafts.js';
import { openSettings } from '../../src/store/settings.js';

/** Issue 13 item 7: a file with one bad field keeps every valid field, converts what is unambiguous, says exactly what. */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-repair-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings', () => {
  it('one bad nested field: only it is reset, "95" becomes 95, every other setting is kept', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        framework: 'central-2021',
        fontBody: '宋体',
        exportDir: '/srv/out',
        gradeThresholds: { excellent: '95', good: 'abc', fair: 55 },
        llm: { model: 'deepseek-chat', concurrency: 99, thinking: 'true' },
      }),
    );
    const store = openSettings({ dir });
    expect(store.get()).toMatchObject({
      framework: 'central-2021',
      fontBody: '宋体',
      exportDir: '/srv/out',
      gradeThresholds: { excellent: 95, good: 80, fair: 55 },
      llm: { model: 'deepseek-chat', concurrency: 3, thinking: true },
    });
    expect(store.notice).toMatch(/gradeThresholds\.good、llm\.concurrency/);
    expect(store.notice).toMatch(/gradeThresholds\.excellent：“95” → 95/);
    expect(store.notice).not.toMatch(/framework|fontBody|exportDir/);
    // The repaired file is what is on disk now, and the original is kept.
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).fontBody).toBe('宋体');
    expect(readdirSync(dir).some((n) => n.startsWith('settings.json.broken-'))).toBe(true);
  });
});

describe('drafts', () => {
  const base = {
    version: 1,
    id: 'd1',
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-02T00:00:00.000Z',
    stage: 'interview',
    step: { section: 'unit', field: 'duties' },
  };

  it('"year": "2025" is converted, a hopeless field removed, the rest kept; the notice says exactly what', async () => {
    writeFileSync(
      join(dir, 'd1.json'),
      JSON.stringify({
        ...base,
        answers: {
          unit: { name: '某街道办事处', year: '2025', staff: 'many', duties: '负责辖区管理' },
          projects: [{ name: '老旧小区改造', fiscal: '120' }],
        },
      }),
    );
    const store = createDraftStore({ dir });
    const { drafts, problems } = await store.list();
    expect(drafts.map((d) => [d.id, d.year, d.unitName])).toEqual([['d1', 2025, '某街道办事处']]);
    expect(problems.join('')).toMatch(/answers\.unit\.year：“2025” → 2025/);
    expect(problems.join('')).toMatch(/answers\.unit\.staff/);
    expect(problems.join('')).not.toMatch(/answers\.unit\.name|duties/);
    const draft = await store.load('d1');
    expect(draft.answers.unit).toEqual({ name: '某街道办事处', year: 2025, duties: '负责辖区管理' });
    expect(draft.answers.projects[0].fiscal).toBe(120);
    expect(draft.step).toEqual(base.step);
    expect(readdirSync(dir).filter((n) => n.includes('.broken-'))).toHaveLength(1);
    // Repaired once: the next list has nothing to say.
    expect((await store.list()).problems).toEqual([]);
  });

  it('a draft that cannot be repaired (not an object) is still set aside whole', async () => {
    writeFileSync(join(dir, 'd2.json'), '[1, 2, 3]');
    const store = createDraftStore({ dir });
    await expect(store.load('d2')).rejects.toThrow(DraftFileError);
    expect(existsSync(join(dir, 'd2.json'))).toBe(false);
  });
});
