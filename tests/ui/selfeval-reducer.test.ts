import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JixiaoDocument, SelfEvalTable } from '../../src/domain/document.js';
import { checkDocument } from '../../src/rules/engine.js';
import { Draft } from '../../src/store/draft-schema.js';
import { createDraftStore } from '../../src/store/drafts.js';
import { Settings } from '../../src/store/settings-schema.js';
import { initialState, reducer } from '../../src/ui/state/reducer.js';
import { viewTable } from '../../src/ui/state/selfeval.js';
import type { Action, AppState } from '../../src/ui/state/types.js';
import { kaifuTarget, targetDocument, trainingTarget } from '../selfeval/target-fixture.js';
import { drafted, draftFile } from '../support/tables/draft.js';

const NOW = '2023-01-10T02:00:00.000Z';
const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);
const answer = (text: string): Action => ({ type: 'selfeval-answer', text });
const answers = (...texts: string[]) => texts.map(answer);

function begin(document: JixiaoDocument, settings: Partial<Settings> = {}, tables?: number[]): AppState {
  let s = run(
    initialState(Settings.parse(settings)),
    { type: 'selfeval-open' },
    { type: 'selfeval-target', document, from: '文件“目标.json”', id: 'se1', now: NOW },
  );
  if (tables) s = run(s, { type: 'selfeval-start', tables, id: 'se1', now: NOW });
  return s;
}

function table(s: AppState, index = 0): SelfEvalTable {
  return s.draft!.document!.tables[index] as SelfEvalTable;
}

function screen(s: AppState) {
  if (s.screen.kind !== 'selfeval') throw new Error(`on ${s.screen.kind}`);
  return s.screen;
}

const KAIFU_ACTUALS = [
  '1434',
  '15',
  '1/178',
  '8件',
  '100%',
  '100%',
  '100%',
  '100%',
  '100%',
  '100%',
  '27.75万元',
  '95%',
  '95%',
];
const KAIFU_WEIGHTS = [5, 5, 5, 5, 5, 5, 5, 5, 3, 2, 5, 30, 10];

/** The kaifu project: its budget and actuals as published, the reason for the cost row, its own weights. */
function kaifuFilled(settings: Partial<Settings> = {}): AppState {
  const doc = { ...targetDocument(), tables: [kaifuTarget()] };
  let s = begin(doc, settings);
  s = run(
    s,
    ...answers(
      '38',
      '',
      '27.75',
      '参与项目前期准备工作，年内完成项目前期私房摸底调查1434户，单位产摸底调查15个。',
    ),
  );
  s = run(s, ...answers(...KAIFU_ACTUALS));
  expect(screen(s).field).toBeNull();
  KAIFU_WEIGHTS.forEach((weight, i) => {
    s = run(
      s,
      { type: 'selfeval-move', rows: i + 1 - screen(s).row },
      { type: 'selfeval-ask', field: 'weight' },
      answer(String(weight)),
    );
  });
  s = run(
    s,
    { type: 'selfeval-move', rows: 11 - screen(s).row },
    { type: 'selfeval-ask', field: 'reason' },
    answer('另有10万元2022年年末已申请支付但未支付'),
  );
  return s;
}

describe('self-evaluation reducer: starting', () => {
  it('opens the source screen, offers the projects of a target with several, and starts a draft of blank 自评表', () => {
    let s = run(initialState(Settings.parse({})), { type: 'selfeval-open' });
    expect(s.screen).toEqual({ kind: 'selfeval-source', busy: false });
    s = run(s, { type: 'selfeval-loading' });
    expect(s.screen).toMatchObject({ busy: true });
    s = run(s, {
      type: 'selfeval-target',
      document: targetDocument(),
      from: '文件“目标.json”',
      id: 'se1',
      now: NOW,
    });
    expect(s.screen).toMatchObject({ kind: 'selfeval-projects', from: '文件“目标.json”' });
    expect(s.draft).toBeNull();
    s = run(s, { type: 'selfeval-start', tables: [1], id: 'se1', now: NOW });
    expect(s.draft).toMatchObject({
      id: 'se1',
      stage: 'review',
      selfEval: { from: '文件“目标.json”' },
      answers: { unit: { name: '开福区城市房屋征收和补偿管理办公室', year: 2022 } },
    });
    expect(s.revision).toBe(1);
    const t = table(s);
    expect(t).toMatchObject({
      kind: 'self-evaluation',
      projectName: '业务培训经费',
      goalsExpected: '全年举办业务培训4期，培训200人。',
      goalsActual: '',
    });
    expect(t.funds.map((r) => [r.label, r.initial, r.weight])).toEqual([
      ['年度资金总额', '10.00', 10],
      ['其中：当年财政拨款', '10.00', null],
      ['上年结转资金', null, null],
      ['其他资金', '0.00', null],
    ]);
    // Default 10/50/30/10: 产出 50 over two indicators, 效益 30, 满意度 10.
    expect(t.indicators.map((i) => [i.name, i.value.text, i.weight, i.actual, i.score])).toEqual([
      ['培训人数', '≥200人', 25, '', null],
      ['培训完成时间', '≤10月底', 25, '', null],
      ['培训工作制度化', '形成长效培训制度', 30, '', null],
      ['参训人员满意度', '≥90%', 10, '', null],
    ]);
    expect(screen(s)).toEqual({
      kind: 'selfeval',
      table: 0,
      row: 0,
      field: 'initial',
      walk: true,
      explain: false,
    });
    // Both chosen: two tables, in the target's order.
    const both = begin(targetDocument(), {}, [0, 1]);
    expect(both.draft!.document!.tables.map((x) => (x as SelfEvalTable).projectName)).toEqual([
      '征收工作经费',
      '业务培训经费',
    ]);
  });

  it('starts at once from a target with one table (a project or the whole unit); refuses a document without target tables', () => {
    const s = begin({ ...targetDocument(), tables: [trainingTarget()] });
    expect(s.screen).toMatchObject({ kind: 'selfeval', field: 'initial' });
    expect(s.draft?.selfEval).toEqual({ from: '文件“目标.json”' });
    const unitOnly = begin({ ...drafted(), tables: [drafted().tables[0]] });
    expect(unitOnly.screen).toMatchObject({ kind: 'selfeval', field: 'initial' });
    expect(unitOnly.draft?.document?.tables.map((t) => t.kind)).toEqual(['department-self-evaluation']);
    const refused = begin({ ...targetDocument(), tables: [...s.draft!.document!.tables] });
    expect(refused.screen).toMatchObject({
      kind: 'selfeval-source',
      busy: false,
      error: expect.stringContaining('只有自评表，没有绩效目标表'),
    });
    expect(refused.draft).toBeNull();
  });

  it('leaves out rejected suggestions and nameless rows; Esc goes back step by step to the start screen', () => {
    const target = trainingTarget();
    target.indicators[1] = { ...target.indicators[1], status: 'rejected' };
    let s = begin({ ...targetDocument(), tables: [target] });
    expect(table(s).indicators.map((i) => i.name)).toEqual(['培训人数', '培训工作制度化', '参训人员满意度']);
    expect(table(s).indicators.map((i) => i.weight)).toEqual([50, 30, 10]);
    s = run(s, { type: 'back' });
    expect(screen(s)).toMatchObject({ field: null, walk: false });
    s = run(s, { type: 'back' });
    expect(s.screen).toEqual({ kind: 'start' });
    expect(s.draft).toBeNull();
    const picking = run(begin(targetDocument()), { type: 'back' });
    expect(picking.screen).toEqual({ kind: 'selfeval-source', busy: false });
  });
});

describe('self-evaluation reducer: answers', () => {
  it('reads amounts forgivingly and refuses what is not an amount, with the reason', () => {
    let s = begin({ ...targetDocument(), tables: [trainingTarget()] });
    s = run(s, answer('１０万元'));
    expect(table(s).funds[0].initial).toBe('10.00');
    s = run(s, answer('12.0'));
    expect(table(s).funds[0].full).toBe('12.00');
    s = run(s, answer('九万六'));
    expect(screen(s)).toMatchObject({ field: 'spent', error: expect.stringContaining('“九万六”不是金额') });
    s = run(s, answer('-3'));
    expect(screen(s).error).toContain('不能为负数');
    s = run(s, answer(''));
    expect(screen(s).error).toContain('没有支出的填 0');
    s = run(s, answer('96000元'));
    expect(table(s).funds[0]).toMatchObject({ spent: '9.60', rate: '80.00%', score: 8 });
    expect(screen(s)).toMatchObject({ field: 'goals', error: undefined });
    // Both budgets blank: no execution rate can be computed.
    let blank = begin({ ...targetDocument(), tables: [trainingTarget()] });
    blank = run(blank, answer(''), answer(''));
    expect(screen(blank)).toMatchObject({
      field: 'full',
      error: expect.stringContaining('年初预算数和全年预算数都为空'),
    });
  });

  it('asks each actual with the target, a 偏差原因 below the weight, the grade of a qualitative one, and warns of a low target', () => {
    let s = begin({ ...targetDocument(), tables: [trainingTarget()] });
    s = run(s, ...answers('10', '12', '9.6', '全年举办培训4期，培训180人。'));
    expect(screen(s)).toMatchObject({ row: 1, field: 'actual' });
    s = run(s, answer('180户'));
    expect(screen(s).error).toContain('单位（户）与目标“≥200人”的单位（人）不一致');
    s = run(s, answer('180'));
    expect(table(s).indicators[0]).toMatchObject({ actual: '180', score: 22.5 });
    expect(screen(s)).toMatchObject({ row: 1, field: 'reason' });
    s = run(s, answer(''));
    expect(screen(s)).toMatchObject({
      row: 2,
      field: 'actual',
      message: expect.stringContaining('偏差原因未填写'),
    });
    expect(viewTable(table(s), { thresholds: Settings.parse({}).gradeThresholds, year: 2022 }).complete).toBe(
      false,
    );
    s = run(s, answer('9月底'));
    expect(table(s).indicators[1].score).toBe(25);
    expect(screen(s)).toMatchObject({ row: 3, field: 'actual' });
    s = run(s, answer('制度已起草，尚待印发'));
    expect(screen(s)).toMatchObject({ row: 3, field: 'grade' });
    s = run(s, answer('partial'));
    expect(table(s).indicators[2]).toMatchObject({ grade: 'partial', score: 21 });
    expect(screen(s)).toMatchObject({ row: 3, field: 'score' });
    s = run(s, answer('25'));
    expect(screen(s).error).toContain('不在该等级的分数段 18–24 内');
    s = run(s, answer('22'));
    expect(table(s).indicators[2].score).toBe(22);
    expect(screen(s)).toMatchObject({ row: 3, field: 'reason' });
    s = run(s, answer('制度尚待印发。'));
    s = run(s, answer('120%'));
    expect(screen(s).message).toContain('目标可能定得偏低');
    // The walk is over: back on the table, the first row's missing reason still listed.
    expect(screen(s)).toMatchObject({ field: null, walk: false });
    expect(screen(s).message).toContain(
      '本表已填完：总分 87.50，等级“良”。还有 1 个指标得分低于分值而没有写偏差原因',
    );
    s = run(
      s,
      { type: 'selfeval-move', rows: -3 },
      { type: 'selfeval-ask', field: 'reason' },
      answer('部分乡镇人员因防汛未能参训。'),
    );
    expect(screen(s).field).toBeNull();
    expect(table(s)).toMatchObject({ totalWeight: 100, totalScore: 87.5, grade: '良' });
    expect(checkDocument(s.draft!.document).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a qualitative actual written as its target scores in full without asking the grade', () => {
    let s = begin({ ...targetDocument(), tables: [trainingTarget()] });
    s = run(s, ...answers('10', '', '10', ''), answer('200'), answer('10月底'), answer('形成长效培训制度'));
    expect(table(s).indicators[2]).toMatchObject({ score: 30, grade: 'achieved' });
    expect(screen(s)).toMatchObject({ row: 4, field: 'actual' });
  });

  it('edits weights (the gap is named), re-spreads a scheme, takes a row out and back, and undoes', () => {
    let s = begin({ ...targetDocument(), tables: [trainingTarget()] });
    s = run(s, ...answers('10', '', '10', ''), ...answers('200', '10月底', '形成长效培训制度', '95%'));
    expect(table(s).totalScore).toBe(100);
    s = run(
      s,
      { type: 'selfeval-move', rows: 1 - screen(s).row },
      { type: 'selfeval-ask', field: 'weight' },
      answer('20分'),
    );
    expect(table(s).indicators[0].weight).toBe(20);
    expect(screen(s).message).toBe('分值合计 95，比 100 少 5 分：请调整其他指标的分值，或按 s 重新分配。');
    expect(
      viewTable(table(s), { thresholds: Settings.parse({}).gradeThresholds, year: 2022 }).missing,
    ).toEqual(['分值合计 95，比 100 少 5 分']);
    s = run(s, { type: 'selfeval-ask', field: 'weight' }, answer('abc'));
    expect(screen(s).error).toContain('分值应为 0 到 100 之间的数字');
    s = run(
      s,
      { type: 'selfeval-cancel' },
      { type: 'selfeval-ask', field: 'scheme' },
      answer('20、40、30、10'),
    );
    expect(table(s).funds[0].weight).toBe(20);
    expect(table(s).indicators.map((i) => i.weight)).toEqual([20, 20, 30, 10]);
    expect(screen(s).message).toBe('已按 20/40/30/10 重新分配分值。');
    s = run(s, { type: 'selfeval-ask', field: 'scheme' }, answer('10/50/30'));
    expect(screen(s).error).toContain('请填写四个分值');
    s = run(s, { type: 'selfeval-ask', field: 'scheme' }, answer('10/50/30/20'));
    expect(screen(s).error).toContain('分值方案合计为 110');
    s = run(s, { type: 'selfeval-cancel' }, { type: 'selfeval-exclude' });
    expect(table(s).indicators[0].status).toBe('rejected');
    expect(screen(s).message).toContain('“培训人数”不参与自评');
    expect(screen(s).message).toContain('分值合计 80，比 100 少 20 分');
    s = run(s, { type: 'undo' });
    expect(table(s).indicators[0].status).toBeUndefined();
    expect(screen(s).message).toBe('已撤销上一次修改。');
    s = run(s, { type: 'undo' });
    expect(table(s).indicators.map((i) => i.weight)).toEqual([20, 25, 30, 10]);
  });

  it('moves over rows and tables; a fresh table opens with its first question', () => {
    let s = begin(targetDocument(), {}, [0, 1]);
    s = run(s, { type: 'selfeval-cancel' }, { type: 'selfeval-move', rows: 100 });
    expect(screen(s).row).toBe(13);
    s = run(s, { type: 'selfeval-move', tables: 1 });
    expect(screen(s)).toMatchObject({ table: 1, row: 0, field: 'initial', walk: true });
    s = run(s, { type: 'selfeval-cancel' }, { type: 'selfeval-move', tables: 1 });
    expect(screen(s).table).toBe(1);
    s = run(s, { type: 'selfeval-ask', field: 'grade' });
    expect(screen(s)).toMatchObject({
      field: null,
      message: expect.stringContaining('请先用 ↑↓ 选择一个指标'),
    });
    s = run(s, { type: 'selfeval-move', rows: 1 }, { type: 'selfeval-ask', field: 'grade' });
    expect(screen(s).message).toContain('只有定性指标');
  });
});

describe('self-evaluation reducer: leaving', () => {
  it('keeps a valid answer being typed when the app is left (Ctrl+C, y), drops one that is not an amount', () => {
    let s = begin({ ...targetDocument(), tables: [trainingTarget()] });
    s = run(
      s,
      answer('10'),
      answer(''),
      { type: 'typing', text: '9.6' },
      { type: 'ask-quit' },
      { type: 'confirm-quit' },
    );
    expect(s.leaving).toBe(true);
    expect(table(s).funds[0]).toMatchObject({ spent: '9.60', rate: '96.00%' });
    expect(s.pendingText).toBeNull();
    let bad = begin({ ...targetDocument(), tables: [trainingTarget()] });
    bad = run(
      bad,
      answer('10'),
      answer(''),
      { type: 'typing', text: '9.6x' },
      { type: 'ask-quit' },
      { type: 'confirm-quit' },
    );
    expect(bad.leaving).toBe(true);
    expect(table(bad).funds[0].spent).toBeNull();
    // Cancelling the dialog goes back to the question.
    const stay = run(
      begin({ ...targetDocument(), tables: [trainingTarget()] }),
      { type: 'typing', text: '9' },
      { type: 'ask-quit' },
      { type: 'cancel-quit' },
    );
    expect(stay.screen).toMatchObject({ kind: 'selfeval', field: 'initial' });
  });
});

describe('self-evaluation reducer: the kaifu case', () => {
  it('gives 97.3 (7.3 for 27.75 / 38 executed + 90), not the 100 the office wrote, and passes the checker', () => {
    const s = kaifuFilled();
    const t = table(s);
    expect(t.funds[0]).toMatchObject({
      initial: '38.00',
      full: null,
      spent: '27.75',
      rate: '73.03%',
      score: 7.3,
      weight: 10,
    });
    expect(t).toMatchObject({ totalWeight: 100, totalScore: 97.3, grade: '优' });
    expect(t.indicators.map((i) => i.score)).toEqual(KAIFU_WEIGHTS);
    expect(viewTable(t, { thresholds: Settings.parse({}).gradeThresholds, year: 2022 }).complete).toBe(true);
    const findings = checkDocument(s.draft!.document).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule.startsWith('selfeval/'))).toEqual([]);
  });

  it('grades by the thresholds in the settings', () => {
    expect(table(kaifuFilled({ gradeThresholds: { excellent: 98, good: 85, fair: 60 } }))).toMatchObject({
      totalScore: 97.3,
      grade: '良',
    });
  });
});

describe('self-evaluation drafts', () => {
  it('resume on the self-evaluation screen; old drafts without the field still load', async () => {
    const s = kaifuFilled();
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-se-'));
    try {
      const store = createDraftStore({ dir });
      await store.save(s.draft!);
      await store.save(draftFile({ id: 'old', stage: 'review', document: drafted() }));
      const loaded = await store.load('se1');
      expect(loaded.selfEval).toEqual({ from: '文件“目标.json”' });
      const { drafts } = await store.list();
      expect(drafts.find((d) => d.id === 'se1')).toMatchObject({ selfEval: true, projectTables: 0 });
      expect(drafts.find((d) => d.id === 'old')).toMatchObject({ projectTables: 1 });
      expect(drafts.find((d) => d.id === 'old')?.selfEval).toBeUndefined();
      const resumed = run(initialState(Settings.parse({})), { type: 'open-draft', draft: loaded });
      expect(resumed.screen).toEqual({
        kind: 'selfeval',
        table: 0,
        row: 0,
        field: null,
        walk: false,
        explain: false,
      });
      // From the preview, Esc comes back to the self-evaluation, not to a review.
      const back = run(resumed, { type: 'open-preview' }, { type: 'back' });
      expect(back.screen.kind).toBe('selfeval');
      expect(Draft.parse(JSON.parse(JSON.stringify(draftFile()))).selfEval).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
