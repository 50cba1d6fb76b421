import { describe, expect, it } from 'vitest';
import { makeIndicator } from '../../src/domain/build.js';
import type { ProjectTable } from '../../src/domain/document.js';
import type { Finding } from '../../src/domain/finding.js';
import { Settings } from '../../src/store/settings-schema.js';
import { answersFromDocument, changeYear } from '../../src/ui/state/from-document.js';
import {
  insertSuggestions,
  issuesWithOpinions,
  replaceWithRewrite,
  withOpinions,
} from '../../src/ui/state/model.js';
import { readField } from '../../src/ui/state/model-settings.js';
import { initialState, reducer } from '../../src/ui/state/reducer.js';
import type { Action, AppState } from '../../src/ui/state/types.js';
import { drafted, draftFile } from '../support/tables/draft.js';
import { renovation } from '../support/tables/renovation.js';

/** The pure side of the model and Office features: reducer cases, document edits, year change, settings checks. */

const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);
const labels = [
  { target: 'unit' as const, label: '单位' },
  { target: 0, label: '老旧小区改造提升工程' },
];
const drafting = () =>
  run(
    initialState(Settings.parse({})),
    { type: 'open-draft', draft: draftFile() },
    { type: 'start-drafting', labels },
  );

describe('drafting with a model (reducer)', () => {
  it('a retry starts over (offline when asked); a paused result is saved at once and shown before the review', () => {
    let s = run(
      drafting(),
      { type: 'draft-started', drafter: 'OpenAI（m）' },
      { type: 'draft-failed', message: '起草失败：x' },
    );
    expect(s.screen).toMatchObject({ kind: 'drafting', drafter: 'OpenAI（m）', error: '起草失败：x' });
    s = run(s, { type: 'redraft', offline: true });
    expect(s.screen).toEqual({
      kind: 'drafting',
      offline: true,
      attempt: 1,
      progress: labels.map((l) => ({ ...l, state: 'waiting' })),
    });
    const revision = s.revision;
    s = run(s, {
      type: 'draft-done',
      document: drafted(),
      notes: ['老旧小区改造提升工程：调用模型失败（超时）已改用离线草稿。'],
      tokens: 120,
      pause: true,
    });
    expect(s.revision).toBe(revision + 1);
    expect(s.draft?.document?.tables).toHaveLength(2);
    expect(s.model?.tokens).toBe(120);
    expect(s.screen).toMatchObject({
      kind: 'drafting',
      finished: { notes: [expect.stringContaining('超时')] },
    });
    expect(run(s, { type: 'open-review' }).screen.kind).toBe('review');
  });

  it('Esc while a model drafts says the answers are kept and offers the library', () => {
    const s = run(drafting(), { type: 'draft-started', drafter: 'OpenAI（m）' }, { type: 'back' });
    expect(s.screen).toEqual({ kind: 'summary', notice: expect.stringContaining('用内置指标库离线起草') });
    const offline = run(drafting(), { type: 'draft-started', drafter: 'offline' }, { type: 'back' });
    expect(offline.screen).toEqual({ kind: 'summary', notice: '已取消起草，答案都在。可以重新起草。' });
  });
});

describe('review with a model (pure edits)', () => {
  const doc = drafted();
  const suggestion = makeIndicator({
    id: 's1',
    level1: '产出指标',
    level2: '质量指标',
    name: '材料抽检合格率',
    value: '=100%',
    status: 'suggested',
  });

  it('suggestions go right after the last row of their 二级, or at the end', () => {
    const { document, row } = insertSuggestions(doc, 1, '质量指标', [suggestion]);
    expect(row).toBe(2);
    expect(document.tables[1].indicators.map((i) => i.name).slice(0, 3)).toEqual([
      '改造小区数量',
      '工程验收合格率',
      '材料抽检合格率',
    ]);
    const other = insertSuggestions(doc, 1, '生态效益指标', [
      { ...suggestion, level1: '其他', level2: '生态效益指标' },
    ]);
    expect(other.row).toBe(doc.tables[1].indicators.length);
  });

  it('a rewrite keeps the row’s id and place, is an edit, and drops a kept reason and the placeholder mark', () => {
    const kept = {
      ...doc,
      tables: doc.tables.map((t, i) =>
        i === 1
          ? ({
              ...t,
              indicators: t.indicators.map((x, k) =>
                k === 4 ? { ...x, id: 'p1-i5', keptReason: '上级要求' } : x,
              ),
            } as ProjectTable)
          : t,
      ),
    };
    const rewritten = makeIndicator({
      id: 'p1-i5',
      level1: '产出指标',
      level2: '数量指标',
      name: '管网渗漏投诉下降率',
      value: '≥30%',
      status: 'suggested',
      rationale: '按上年投诉数',
    });
    const row = replaceWithRewrite(kept, 1, 4, rewritten).tables[1].indicators[4];
    expect(row).toMatchObject({
      id: 'p1-i5',
      level1: '效益指标',
      level2: '社会效益指标',
      status: 'edited',
      rationale: '按上年投诉数',
    });
    expect(row.keptReason).toBeUndefined();
    expect(row.placeholder).toBeUndefined();
  });

  it('second opinions stay with their finding across edits', () => {
    const finding: Finding = {
      rule: 'relevance/off-topic',
      severity: 'warning',
      message: '无关',
      location: { table: 't', tableIndex: 1 },
    };
    const session = withOpinions(
      undefined,
      [{ ...finding, secondOpinion: { agreed: false, reason: '与工程有关' } }],
      50,
    );
    expect(session.tokens).toBe(50);
    const [issue] = issuesWithOpinions([{ finding: { ...finding }, blocking: false }], session);
    expect(issue.finding.secondOpinion).toEqual({ agreed: false, reason: '与工程有关' });
  });
});

describe('last year’s tables as this year’s draft', () => {
  it('moves the year in the unit, the unit table and the texts, and leaves other years alone', () => {
    const doc = drafted();
    const project = doc.tables[1] as ProjectTable;
    project.goals = '2025年底前完成改造，参照2023年印发的改造标准。';
    project.indicators[2] = makeIndicator({
      level1: '产出指标',
      level2: '时效指标',
      name: '完工时间',
      value: '2025年11月底前',
    });
    const { document, replaced } = changeYear(doc, 2026);
    expect(replaced).toBe(2);
    expect(document.unit.year).toBe(2026);
    expect(document.tables[0]).toMatchObject({ year: 2026 });
    const moved = document.tables[1] as ProjectTable;
    expect(moved.goals).toBe('2026年底前完成改造，参照2023年印发的改造标准。');
    expect(moved.indicators[2].value).toMatchObject({ text: '2026年11月底前', kind: 'deadline' });
    expect(changeYear(doc, 2025).replaced).toBe(0);
  });

  it('reads the interview answers back from the tables, so the projects are kept and can be drafted again', () => {
    expect(answersFromDocument(drafted())).toEqual({
      unit: { name: '青石街道办事处', year: 2025, framework: 'local', staff: 45 },
      tasks: [{ name: '人员保障', content: '保障工资福利', fiscal: 512.4, other: 0 }],
      projects: [
        {
          name: '老旧小区改造提升工程',
          code: renovation.code,
          fiscal: 80,
          other: 0,
          purpose: renovation.purpose,
          plan: [20, 50, 80, 100],
          goals: renovation.goals,
          category: 'construction',
        },
      ],
    });
  });
});

describe('model settings fields', () => {
  const llm = Settings.parse({}).llm;
  it('accepts full-width digits and refuses what is not a URL or a sensible number', () => {
    expect(readField('timeoutSeconds', '１２０', llm)).toEqual({
      ok: true,
      llm: { ...llm, timeoutSeconds: 120 },
    });
    expect(readField('concurrency', '9', llm)).toMatchObject({
      ok: false,
      error: expect.stringContaining('1–8'),
    });
    expect(readField('baseURL', 'api.deepseek.com', llm)).toMatchObject({
      ok: false,
      error: expect.stringContaining('https://'),
    });
    expect(readField('baseURL', 'https://api.deepseek.com/v1/', llm)).toEqual({
      ok: true,
      llm: { ...llm, baseURL: 'https://api.deepseek.com/v1' },
    });
  });
});
