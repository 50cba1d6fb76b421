import { describe, expect, it } from 'vitest';
import { Settings } from '../../src/store/settings-schema.js';
import { initialState, reducer } from '../../src/ui/state/reducer.js';
import type { Action, AppState } from '../../src/ui/state/types.js';
import { drafted, draftFile } from '../support/tables/draft.js';

const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);

function inReview(): AppState {
  const s = run(
    initialState(Settings.parse({})),
    { type: 'open-draft', draft: draftFile() },
    { type: 'start-drafting', labels: [{ target: 'unit', label: '单位' }] },
  );
  return run(s, { type: 'draft-done', document: drafted(), notes: [] });
}

const project = (s: AppState) => {
  const t = s.draft!.document!.tables[1];
  if (t.kind !== 'project') throw new Error('not a project table');
  return t;
};

describe('finding one’s way: Esc, the summary, one project changed', () => {
  it('Esc from the review goes to the summary, and from the summary to the start (draft kept)', () => {
    const s = run(inReview(), { type: 'back' });
    expect(s.screen.kind).toBe('summary');
    const home = run(s, { type: 'back' });
    expect(home.screen.kind).toBe('start');
    expect(home.draft).toBeNull();
  });

  it('修改项目 asks only that project’s questions, then returns to the summary', () => {
    let s = run(
      inReview(),
      { type: 'back' },
      { type: 'goto-step', step: { section: 'project', index: 0, field: 'name' } },
    );
    expect(s.screen).toMatchObject({ kind: 'interview', only: { section: 'project', index: 0 } });
    // name, code, fiscal, other, purpose, plan, goals: seven Enters keep every answer.
    for (const text of ['老旧小区改造提升工程', '2025QS0009', '80', '0', '', '10 40 80 100', '']) {
      expect(s.screen.kind).toBe('interview');
      s = run(s, { type: 'submit-answer', text: text || (s.draft!.answers.projects[0].purpose ?? '') });
    }
    expect(s.screen.kind).toBe('summary');
    // Esc on the first question of the part goes back to the summary too, not into the tasks.
    const again = run(
      s,
      { type: 'goto-step', step: { section: 'project', index: 0, field: 'name' } },
      { type: 'back' },
    );
    expect(again.screen.kind).toBe('summary');
  });

  it('继续审阅 writes the changed answers into the table and keeps the review’s edits', () => {
    let s = inReview();
    s = run(s, { type: 'review-move', tables: 1 }, { type: 'accept-row' });
    expect(project(s).indicators[0].status).toBe('accepted');
    s = run(
      s,
      { type: 'back' },
      { type: 'goto-step', step: { section: 'project', index: 0, field: 'code' } },
      { type: 'submit-answer', text: '2025QS0042' },
      { type: 'goto-step', step: { section: 'project', index: 0, field: 'plan' } },
      { type: 'submit-answer', text: '10 40 70 100' },
    );
    expect(s.screen.kind).toBe('interview');
    s = run(s, { type: 'back' });
    s = run(s, { type: 'open-review' });
    expect(project(s).code).toBe('2025QS0042');
    expect(project(s).plan).toEqual({ mar: 10, jun: 40, oct: 70, dec: 100 });
    expect(project(s).indicators[0].status).toBe('accepted');
    expect(project(s).purpose).toContain('外墙保温改造45万元');
    expect(s.screen).toMatchObject({ kind: 'review', table: 1 });
    if (s.screen.kind === 'review') expect(s.screen.message).toContain('写入 1 张表');
    // Undo takes the applied answers back out of the table.
    expect(project(run(s, { type: 'undo' })).code).toBe('2025XX0001');
  });
});

describe('every field of a table editable in review', () => {
  it('t opens the header; the plan is read like the answer and goes into the answers too', () => {
    let s = run(inReview(), { type: 'review-move', tables: 1 }, { type: 'open-header' });
    expect(s.screen).toEqual({ kind: 'header', table: 1 });
    s = run(s, {
      type: 'save-header',
      texts: {
        code: 'X-1',
        department: '某区住建局',
        implementer: '青石街道办事处',
        plan: '3月底10% 6月底30% 10月底60% 12月底100%',
      },
    });
    expect(project(s)).toMatchObject({
      code: 'X-1',
      department: '某区住建局',
      implementer: '青石街道办事处',
      plan: { mar: 10, jun: 30, oct: 60, dec: 100 },
    });
    expect(s.draft!.answers.projects[0]).toMatchObject({ code: 'X-1', plan: [10, 30, 60, 100] });
    expect(s.screen).toMatchObject({ kind: 'review', table: 1, message: '已保存表头。' });
    expect(s.draft!.reviewed[1]).toBe(false);
  });

  it('the whole-unit table has no header to edit: a message says so', () => {
    const s = run(inReview(), { type: 'open-header' });
    expect(s.screen.kind).toBe('review');
    if (s.screen.kind === 'review') expect(s.screen.message).toContain('只有项目表');
  });

  it('rows move up and down within their 二级 group only', () => {
    let s = run(inReview(), { type: 'review-move', tables: 1 });
    const before = project(s).indicators.map((i) => i.name);
    s = run(s, { type: 'move-row', delta: 1 });
    expect(project(s).indicators.map((i) => i.name)).toEqual(before);
    if (s.screen.kind === 'review') expect(s.screen.message).toContain('同一个二级指标');
    // Two rows in one group: add a second 数量指标 and move it above the first.
    s = run(s, { type: 'add-row' });
    if (s.screen.kind !== 'edit') throw new Error('no form');
    s = run(s, { type: 'save-indicator', texts: { ...s.screen.texts, name: '改造楼栋数', value: '≥12栋' } });
    expect(project(s).indicators[1].name).toBe('改造楼栋数');
    s = run(s, { type: 'move-row', delta: -1 });
    expect(
      project(s)
        .indicators.slice(0, 2)
        .map((i) => i.name),
    ).toEqual(['改造楼栋数', '改造小区数量']);
    expect(s.screen).toMatchObject({ kind: 'review', row: 0 });
  });
});

describe('the draft list stays true', () => {
  it('notes of one draft do not show on another opened after it', () => {
    const s = run(inReview(), { type: 'home' });
    const noted = { ...s, notes: ['项目“老旧小区改造提升工程”：1 个指标值标为（待填）。'] };
    const opened = run(noted, {
      type: 'open-draft',
      draft: draftFile({ stage: 'review', document: drafted(), reviewed: [false, false] }),
    });
    expect(opened.notes).toEqual([]);
  });

  it('opening a draft and leaving does not rewrite it (its 最后修改 and place in the list stay)', () => {
    const opened = run(initialState(Settings.parse({})), {
      type: 'open-draft',
      draft: draftFile({ stage: 'review', document: drafted(), reviewed: [true, true] }),
    });
    const looked = run(
      opened,
      { type: 'open-preview' },
      { type: 'back' },
      { type: 'ask-quit' },
      { type: 'confirm-quit' },
    );
    expect(looked.leaving).toBe(true);
    // No change was committed: the saving hook writes (and stamps 最后修改) only when revision moves.
    expect(looked.revision).toBe(opened.revision + 1);
    const unchanged = run(
      run(initialState(Settings.parse({})), {
        type: 'open-draft',
        draft: draftFile({ stage: 'preview', document: drafted(), reviewed: [true, true] }),
      }),
      { type: 'open-preview' },
      { type: 'ask-quit' },
      { type: 'confirm-quit' },
    );
    expect(unchanged.revision).toBe(0);
  });

  it('an exported draft whose answers change is 审阅中 again, not 已导出', () => {
    let s = run(initialState(Settings.parse({})), {
      type: 'open-draft',
      draft: draftFile({ stage: 'exported', document: drafted(), reviewed: [true, true] }),
    });
    s = run(s, { type: 'goto-step', step: { section: 'project', index: 0, field: 'code' } });
    s = run(s, { type: 'submit-answer', text: '2025QS0077' });
    expect(s.draft!.stage).toBe('review');
  });
});

describe('undo after a redraft', () => {
  it('a redraft that gives the same tables adds no undo step; one that changes them does', () => {
    const s = inReview();
    const again = run(
      s,
      { type: 'back' },
      { type: 'start-drafting', labels: [{ target: 'unit', label: '单位' }] },
      { type: 'draft-done', document: drafted(), notes: [] },
    );
    expect(again.past).toHaveLength(s.past.length);
    const changed = drafted();
    const unitTable = changed.tables[0]!;
    if (unitTable.kind !== 'department') throw new Error('drafted() starts with the unit table');
    unitTable.goals = '另一个目标';
    const other = run(
      s,
      { type: 'back' },
      { type: 'start-drafting', labels: [{ target: 'unit', label: '单位' }] },
      { type: 'draft-done', document: changed, notes: [] },
    );
    expect(other.past).toHaveLength(s.past.length + 1);
    const undone = run(other, { type: 'undo' }).draft!.document!.tables[0]!;
    expect(undone.kind === 'department' ? undone.goals : null).not.toBe('另一个目标');
  });
});
