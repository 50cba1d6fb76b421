import { describe, expect, it } from 'vitest';
import { Settings } from '../../src/store/settings-schema.js';
import { initialState, reducer } from '../../src/ui/state/reducer.js';
import type { Action, AppState } from '../../src/ui/state/types.js';
import { drafted, draftFile } from '../support/tables/draft.js';

const settings = Settings.parse({});
const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);
const start = () => initialState(settings);
const NOW = '2025-03-05T06:00:00.000Z';

function inReview(): AppState {
  const s = run(
    start(),
    { type: 'open-draft', draft: draftFile() },
    { type: 'start-drafting', labels: [{ target: 'unit', label: '单位' }] },
  );
  return run(s, { type: 'draft-done', document: drafted(), notes: [] });
}

describe('app reducer: interview', () => {
  it('creates a draft, records answers, shows errors, goes back and undoes', () => {
    let s = run(start(), { type: 'new-draft', id: 'n1', now: NOW });
    expect(s.screen).toEqual({ kind: 'interview' });
    expect(s.draft?.step).toEqual({ section: 'unit', field: 'name' });
    const rev = s.revision;
    expect(rev).toBe(0); // nothing to save before the first answer
    s = run(s, { type: 'typing', text: '青石' });
    expect(s.revision).toBe(rev);
    expect(s.pendingText).toBe('青石');
    s = run(s, { type: 'submit-answer', text: '青石街道办事处' });
    expect(s.draft?.answers.unit.name).toBe('青石街道办事处');
    expect(s.pendingText).toBeNull();
    expect(s.revision).toBe(rev + 1);
    s = run(s, { type: 'submit-answer', text: '二〇二五' });
    expect(s.screen).toEqual({ kind: 'interview', error: expect.stringContaining('不是年份') });
    expect(s.draft?.step).toEqual({ section: 'unit', field: 'year' });
    s = run(s, { type: 'submit-answer', text: '2025' }, { type: 'back' });
    expect(s.draft?.step).toEqual({ section: 'unit', field: 'year' });
    s = run(s, { type: 'undo' });
    expect(s.draft?.answers.unit.year).toBeUndefined();
    expect(s.draft?.step).toEqual({ section: 'unit', field: 'year' });
    s = run(s, { type: 'back' }, { type: 'back' });
    expect(s.screen.kind).toBe('start');
    expect(s.draft).toBeNull();
  });

  it('loads the example straight to the summary; drafting needs the required answers', () => {
    const s = run(start(), { type: 'example-loaded', id: 'e1', now: NOW, answers: draftFile().answers });
    expect(s.screen.kind).toBe('summary');
    expect(s.draft?.origin).toBe('example');
    const missing = run(
      start(),
      { type: 'new-draft', id: 'n', now: NOW },
      { type: 'goto-step', step: { section: 'summary' } },
      { type: 'start-drafting', labels: [] },
    );
    expect(missing.screen).toEqual({ kind: 'summary', error: expect.stringContaining('还没有填单位名称') });
  });

  it('tracks drafting progress per table and opens the review', () => {
    let s = run(
      start(),
      { type: 'open-draft', draft: draftFile() },
      {
        type: 'start-drafting',
        labels: [
          { target: 'unit', label: '单位' },
          { target: 0, label: '项目' },
        ],
      },
    );
    s = run(s, { type: 'draft-progress', progress: { target: 0, label: '项目', state: 'done' } });
    expect(s.screen.kind === 'drafting' && s.screen.progress.map((p) => p.state)).toEqual([
      'waiting',
      'done',
    ]);
    s = run(s, { type: 'draft-done', document: drafted(), notes: ['青石街道办事处整体表：注意'] });
    expect(s.screen).toMatchObject({
      kind: 'review',
      table: 0,
      row: 0,
      message: '青石街道办事处整体表：注意',
    });
    expect(s.draft?.stage).toBe('review');
    expect(s.draft?.reviewed).toEqual([false, false]);
    expect(s.draft?.document?.tables[1].indicators.every((i) => i.status === 'suggested')).toBe(true);
  });

  it('keeps the typed text of the current question when the user leaves', () => {
    const s = run(
      start(),
      { type: 'new-draft', id: 'n1', now: NOW },
      { type: 'typing', text: '青石街' },
      { type: 'ask-quit' },
      { type: 'confirm-quit' },
    );
    expect(s.leaving).toBe(true);
    expect(s.draft?.pending).toBe('青石街');
    const resumed = run(start(), { type: 'open-draft', draft: s.draft! });
    expect(resumed.pendingText).toBe('青石街');
    expect(resumed.screen.kind).toBe('interview');
  });

  it('Ctrl+C asks; n goes back to the same screen', () => {
    const s = run(start(), { type: 'new-draft', id: 'n1', now: NOW }, { type: 'ask-quit' });
    expect(s.screen).toEqual({ kind: 'quit', back: { kind: 'interview' } });
    expect(run(s, { type: 'cancel-quit' }).screen).toEqual({ kind: 'interview' });
  });
});

describe('app reducer: review', () => {
  it('accepts, rejects (and restores) rows; every edit un-confirms its table', () => {
    let s = run(inReview(), { type: 'review-move', tables: 1 });
    expect(s.screen).toMatchObject({ table: 1, row: 0 });
    s = run(s, { type: 'accept-row' });
    expect(s.draft?.document?.tables[1].indicators[0].status).toBe('accepted');
    expect(s.screen).toMatchObject({ row: 1 });
    s = run(s, { type: 'reject-row' });
    expect(s.draft?.document?.tables[1].indicators[1].status).toBe('rejected');
    s = run(s, { type: 'reject-row' });
    expect(s.draft?.document?.tables[1].indicators[1].status).toBe('suggested');
    s = run(s, { type: 'accept-table' });
    expect(s.draft?.reviewed).toEqual([false, true]);
    expect(s.screen).toMatchObject({ table: 0, message: '已确认第 2 张表。' });
    s = run(s, { type: 'review-move', tables: 1 }, { type: 'reject-row' });
    expect(s.draft?.reviewed).toEqual([false, false]);
  });

  it('edits a field: the value is parsed again and a filled placeholder is no longer one', () => {
    let s = run(
      inReview(),
      { type: 'review-move', tables: 1 },
      { type: 'review-move', rows: 4 },
      { type: 'open-edit' },
    );
    expect(s.screen).toMatchObject({ kind: 'edit', row: 4, field: 'value', texts: { value: '≥（待填）%' } });
    if (s.screen.kind !== 'edit') throw new Error();
    s = run(s, { type: 'save-indicator', texts: { ...s.screen.texts, value: '≥30%' } });
    const indicator = s.draft!.document!.tables[1].indicators[4];
    expect(indicator).toMatchObject({ status: 'edited', value: { op: '≥', numbers: [30], unit: '%' } });
    expect(indicator.placeholder).toBeUndefined();
    expect(s.screen).toMatchObject({ kind: 'review', row: 4, message: '已保存修改。' });
    s = run(s, { type: 'undo' });
    expect(s.draft!.document!.tables[1].indicators[4].placeholder).toBe(true);
  });

  it('adds an indicator under the selected 一级/二级; Esc discards the form', () => {
    let s = run(inReview(), { type: 'review-move', rows: 2 }, { type: 'add-row' });
    expect(s.screen).toMatchObject({
      kind: 'edit',
      isNew: true,
      row: 4,
      field: 'name',
      texts: { level1: '产出指标', level2: '成本指标', basis: '计划标准' },
    });
    expect(run(s, { type: 'back' }).screen).toMatchObject({ kind: 'review', row: 3 });
    if (s.screen.kind !== 'edit') throw new Error();
    s = run(s, {
      type: 'save-indicator',
      texts: { ...s.screen.texts, name: '公用经费支出', value: '≤86.3万元' },
    });
    // It goes to the end of its 二级 group (after 人员保障支出), not after 满意度.
    expect(s.draft!.document!.tables[0].indicators[3]).toMatchObject({
      name: '公用经费支出',
      status: 'custom',
    });
    expect(s.draft!.document!.tables[0].indicators[4].name).toBe('职工满意度');
    expect(s.screen).toMatchObject({ kind: 'review', row: 3 });
  });

  it('keeps an error with a reason, and clears it with an empty one', () => {
    let s = run(inReview(), { type: 'open-keep' }, { type: 'save-keep', reason: '按上级文件规定' });
    expect(s.draft!.document!.tables[0].indicators[0].keptReason).toBe('按上级文件规定');
    s = run(s, { type: 'open-keep' }, { type: 'save-keep', reason: '  ' });
    expect(s.draft!.document!.tables[0].indicators[0].keptReason).toBeUndefined();
  });

  it('edits goals and the category; preview and export record their stage', () => {
    let s = run(
      inReview(),
      { type: 'review-move', tables: 1 },
      { type: 'open-category' },
      { type: 'save-category', category: 'equipment' },
    );
    expect(s.draft!.document!.tables[1]).toMatchObject({ category: 'equipment' });
    expect(s.draft!.answers.projects[0].category).toBe('equipment');
    s = run(s, { type: 'open-table-text', field: 'goals' }, { type: 'save-table-text', text: '新的目标\n' });
    expect(s.draft!.document!.tables[1]).toMatchObject({ goals: '新的目标' });
    s = run(
      s,
      { type: 'open-preview' },
      { type: 'open-export', dir: '' },
      { type: 'export-started', dir: '/tmp/out' },
    );
    expect(s.draft?.stage).toBe('preview');
    expect(s.screen).toMatchObject({ kind: 'export', phase: 'writing' });
    s = run(s, {
      type: 'export-done',
      dir: '/tmp/out',
      files: ['/tmp/out/a.json', '/tmp/out/a.md'],
      at: NOW,
    });
    expect(s.draft).toMatchObject({
      stage: 'exported',
      exported: { files: ['/tmp/out/a.json', '/tmp/out/a.md'] },
    });
    expect(run(s, { type: 'back' }).screen.kind).toBe('start');
  });

  it('a failed export goes back to asking for a folder', () => {
    const s = run(
      inReview(),
      { type: 'open-preview' },
      { type: 'open-export', dir: '/x' },
      { type: 'export-started', dir: '/x' },
      { type: 'export-failed', message: '没有权限' },
    );
    expect(s.screen).toMatchObject({ phase: 'failed', error: '没有权限' });
    expect(run(s, { type: 'back' }).screen).toMatchObject({ kind: 'export', phase: 'ask' });
  });

  it('opens an imported file as a draft in review', () => {
    let s = run(start(), { type: 'open-file' }, { type: 'file-loading' });
    expect(s.screen).toEqual({ kind: 'open-file', busy: true, error: undefined });
    s = run(
      s,
      { type: 'file-loaded', path: '/x.json', document: drafted(), findings: [] },
      { type: 'import-as-draft', id: 'i1', now: NOW },
    );
    expect(s.screen).toMatchObject({ kind: 'review', table: 0 });
    expect(s.draft).toMatchObject({
      origin: 'import',
      stage: 'review',
      answers: { unit: { name: '青石街道办事处', year: 2025 } },
    });
  });
});

describe('first-frame settings', () => {
  it('equal the schema defaults', async () => {
    const { DEFAULT_SETTINGS } = await import('../../src/ui/state/default-settings.js');
    expect(DEFAULT_SETTINGS).toEqual(Settings.parse({}));
  });
});

describe('drafter notes', () => {
  it('each table shows the notes that name it', () => {
    let s = run(
      start(),
      { type: 'open-draft', draft: draftFile() },
      { type: 'start-drafting', labels: [{ target: 'unit', label: '单位' }] },
    );
    s = run(s, {
      type: 'draft-done',
      document: drafted(),
      notes: ['项目“老旧小区改造提升工程”：1 个指标值不知道具体数字', '项目“别的项目”：归入其他类'],
    });
    expect(s.screen).toMatchObject({ kind: 'review', table: 0, message: undefined });
    s = run(s, { type: 'review-move', tables: 1 });
    expect(s.screen).toMatchObject({
      table: 1,
      message: '项目“老旧小区改造提升工程”：1 个指标值不知道具体数字',
    });
  });
});

describe('empty drafts', () => {
  it('a new draft left before any answer is not saved', () => {
    const s = run(
      start(),
      { type: 'new-draft', id: 'n1', now: NOW },
      { type: 'ask-quit' },
      { type: 'confirm-quit' },
    );
    expect(s.leaving).toBe(true);
    expect(s.revision).toBe(0);
  });
});
