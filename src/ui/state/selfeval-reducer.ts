import type { AnySelfEvalTable, JixiaoDocument } from '../../domain/document.js';
import { isSelfEvaluation } from '../../domain/table-kind.js';
import { DEFAULT_GRADE_THRESHOLDS } from '../../selfeval/grades.js';
import { formatScore } from '../../selfeval/numbers.js';
import type { Draft } from '../../store/drafts.js';
import { blankDraft, commit } from './commit.js';
import {
  applyField,
  firstStep,
  FUNDS_ROW,
  isFresh,
  needsReason,
  nextSelfEvalStep,
  rowLabel,
  startSelfEvaluation,
  tableName,
  targetIndexes,
  toggleExcluded,
  viewTable,
  weightGap,
  type ScoreContext,
} from './selfeval.js';
import {
  SELFEVAL_ACTIONS,
  SELFEVAL_SCREENS,
  type SelfEvalField,
  type SelfEvalScreen,
} from './selfeval-types.js';
import type { Action, AppState } from './types.js';

/**
 * The self-evaluation's state changes, pure (reducer.ts hands these actions over). A
 * self-evaluation is a draft of its own whose document holds the 自评表 being filled in
 * (`draft.selfEval` says so): every answer is committed, so it is saved at once and Ctrl+Z undoes it.
 */

type TableScreen = Extract<SelfEvalScreen, { kind: 'selfeval' }>;

/** Whether reducer.ts should hand `action` to selfEvalReducer. */
export function handlesSelfEval(state: AppState, action: Action): boolean {
  return (
    SELFEVAL_ACTIONS.has(action.type) ||
    ((action.type === 'back' || action.type === 'undo') && SELFEVAL_SCREENS.has(state.screen.kind))
  );
}

/** The question being answered when the user leaves the app with text typed in it. */
function typedOnLeaving(state: AppState): { screen: TableScreen; text: string } | null {
  const { screen } = state;
  if (
    screen.kind !== 'quit' ||
    screen.back.kind !== 'selfeval' ||
    !screen.back.field ||
    state.pendingText === null
  )
    return null;
  return { screen: screen.back, text: state.pendingText };
}

/** Leaving the app while typing an answer: a valid answer is kept (saved with the draft); reducer.ts then leaves as usual. */
export function keepTypedSelfEvalAnswer(state: AppState): AppState {
  const typed = typedOnLeaving(state);
  if (!typed) return state;
  const { draft } = state;
  const t = tableAt(draft, typed.screen.table);
  const document = draft?.document;
  const applied =
    t && document && typed.screen.field
      ? applyField(t, typed.screen.row, typed.screen.field, typed.text, contextOf(state, document))
      : null;
  const kept =
    applied?.ok && draft && document
      ? commit(
          state,
          {
            ...draft,
            stage: 'review',
            document: {
              ...document,
              tables: document.tables.map((x, i) => (i === typed.screen.table ? applied.table : x)),
            },
          },
          false,
        )
      : state;
  return { ...kept, pendingText: null };
}

const contextOf = (state: AppState, document: JixiaoDocument): ScoreContext => ({
  thresholds: state.settings.gradeThresholds,
  year: document.unit.year,
});

function tableAt(draft: Draft | null, index: number): AnySelfEvalTable | null {
  const table = draft?.document?.tables[index];
  return table && isSelfEvaluation(table) ? table : null;
}

/** Where a self-evaluation draft opens: its first table with something left to fill, at that question when nothing is filled yet. */
export function selfEvalScreenFor(draft: Draft): TableScreen {
  // Whether a table is complete does not depend on the grade thresholds.
  const context: ScoreContext = {
    thresholds: DEFAULT_GRADE_THRESHOLDS,
    year: draft.document?.unit.year ?? null,
  };
  const tables = draft.document?.tables ?? [];
  const open = tables.findIndex((t) => isSelfEvaluation(t) && !viewTable(t, context).complete);
  const table = Math.max(0, open);
  const t = tableAt(draft, table);
  const step = t && open >= 0 ? firstStep(t, context) : null;
  if (step) return { kind: 'selfeval', table, ...step, walk: true, explain: false };
  return { kind: 'selfeval', table, row: 0, field: null, walk: false, explain: false };
}

function start(
  state: AppState,
  target: JixiaoDocument,
  from: string,
  tables: number[],
  id: string,
  now: string,
): AppState {
  const { document, notes } = startSelfEvaluation(target, tables, state.settings.gradeThresholds);
  if (document.tables.length === 0)
    return { ...state, screen: { kind: 'selfeval-source', busy: false, error: '没有选中任何目标表。' } };
  const { unit } = document;
  const draft = blankDraft(id, now, {
    stage: 'review',
    answers: {
      unit: { name: unit.name, ...(unit.year ? { year: unit.year } : {}), framework: unit.framework },
      tasks: [],
      projects: [],
    },
    step: { section: 'summary' },
    document,
    selfEval: { from },
  });
  const screen = selfEvalScreenFor(draft);
  const message = notes.length > 0 ? notes.join('；') : undefined;
  return {
    ...commit({ ...state, past: [] }, draft, false),
    pendingText: null,
    screen: { ...screen, ...(message ? { message } : {}) },
  };
}

/** What to say when a walk through a table ends. */
function finishedMessage(document: JixiaoDocument, index: number, context: ScoreContext): string {
  const table = document.tables[index] as AnySelfEvalTable;
  const view = viewTable(table, context);
  if (!view.complete)
    return `本表还有 ${view.missing.length} 处要补：${view.missing.slice(0, 2).join(' ')}${view.missing.length > 2 ? '……' : ''}`;
  const next = document.tables.findIndex(
    (t, i) => i !== index && isSelfEvaluation(t) && !viewTable(t, context).complete,
  );
  const then =
    next >= 0
      ? `下一张要填的是“${tableName(document.tables[next]!)}”（按 ${next > index ? '→' : '←'} 换表）`
      : '全部表格已填完，按 p 预览并导出';
  const reasons = table.indicators.filter(needsReason).length;
  const note = reasons > 0 ? `还有 ${reasons} 个指标得分低于分值而没有写偏差原因：选中该行按 r 填写。` : '';
  return `本表已填完：总分 ${formatScore(table.totalScore ?? 0)}，等级“${table.grade ?? ''}”。${note}按 a 查看每项得分的算式；${then}。`;
}

export function selfEvalReducer(state: AppState, action: Action): AppState {
  const { screen, draft } = state;
  switch (action.type) {
    case 'selfeval-open':
      return {
        ...state,
        draft: null,
        past: [],
        pendingText: null,
        screen: { kind: 'selfeval-source', busy: false },
      };
    case 'selfeval-loading':
      return screen.kind === 'selfeval-source'
        ? { ...state, screen: { ...screen, busy: true, error: undefined } }
        : state;
    case 'selfeval-failed':
      return screen.kind === 'selfeval-source'
        ? { ...state, screen: { kind: 'selfeval-source', busy: false, error: action.message } }
        : state;
    case 'selfeval-target': {
      const targets = targetIndexes(action.document);
      if (targets.length === 0) {
        const kinds = action.document.tables.length === 0 ? '没有读到任何表格' : '只有自评表，没有绩效目标表';
        return {
          ...state,
          screen: {
            kind: 'selfeval-source',
            busy: false,
            error: `${action.from}中${kinds}。自评表要从项目支出或部门整体支出绩效目标表生成：请选择含有目标表的草稿或文件。`,
          },
        };
      }
      if (targets.length === 1)
        return start(state, action.document, action.from, targets, action.id, action.now);
      return { ...state, screen: { kind: 'selfeval-projects', target: action.document, from: action.from } };
    }
    case 'selfeval-start':
      return screen.kind === 'selfeval-projects'
        ? start(state, screen.target, screen.from, action.tables, action.id, action.now)
        : state;
    case 'back':
      if (screen.kind === 'selfeval-projects')
        return { ...state, screen: { kind: 'selfeval-source', busy: false } };
      if (screen.kind === 'selfeval' && screen.field)
        return {
          ...state,
          pendingText: null,
          screen: { ...screen, field: null, walk: false, error: undefined },
        };
      return { ...state, draft: null, past: [], pendingText: null, screen: { kind: 'start' } };
    default:
      break;
  }
  if (screen.kind !== 'selfeval' || !draft?.document) return state;
  const document = draft.document;
  const context = contextOf(state, document);
  const table = tableAt(draft, screen.table);
  if (!table) return state;
  const rows = table.indicators.length + 1;
  /** The draft with table `screen.table` replaced; edits after an export make the draft one to export again. */
  const withTable = (changed: AnySelfEvalTable): Draft => ({
    ...draft,
    stage: 'review',
    document: { ...document, tables: document.tables.map((t, i) => (i === screen.table ? changed : t)) },
  });

  switch (action.type) {
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous)
        return {
          ...state,
          screen: { ...screen, field: null, walk: false, error: undefined, message: '没有可以撤销的修改。' },
        };
      const count = previous.document?.tables.length ?? 1;
      const t = Math.min(screen.table, count - 1);
      const r = Math.min(screen.row, previous.document?.tables[t]?.indicators.length ?? 0);
      return {
        ...state,
        draft: previous,
        past: state.past.slice(0, -1),
        revision: state.revision + 1,
        pendingText: null,
        screen: {
          ...screen,
          table: t,
          row: r,
          field: null,
          walk: false,
          error: undefined,
          message: '已撤销上一次修改。',
        },
      };
    }
    case 'selfeval-move': {
      if (action.tables) {
        const count = document.tables.length;
        const t = Math.max(0, Math.min(count - 1, screen.table + action.tables));
        if (t === screen.table) return state;
        const next = tableAt(draft, t);
        if (next && isFresh(next))
          return {
            ...state,
            screen: {
              kind: 'selfeval',
              table: t,
              row: FUNDS_ROW,
              field: 'initial',
              walk: true,
              explain: screen.explain,
            },
          };
        return {
          ...state,
          screen: { kind: 'selfeval', table: t, row: 0, field: null, walk: false, explain: screen.explain },
        };
      }
      const row = Math.max(0, Math.min(rows - 1, screen.row + (action.rows ?? 0)));
      return { ...state, screen: { ...screen, row, error: undefined, message: undefined } };
    }
    case 'selfeval-ask':
      return ask(state, screen, table, action.field, action.walk ?? false);
    case 'selfeval-cancel':
      return {
        ...state,
        pendingText: null,
        screen: { ...screen, field: null, walk: false, error: undefined },
      };
    case 'selfeval-explain':
      return { ...state, screen: { ...screen, explain: !screen.explain, message: undefined } };
    case 'selfeval-message':
      return { ...state, screen: { ...screen, message: action.message } };
    case 'selfeval-exclude': {
      if (screen.row === FUNDS_ROW)
        return { ...state, screen: { ...screen, message: '预算执行率总要计分；不参与自评的只能是指标。' } };
      const index = screen.row - 1;
      const changed = toggleExcluded(table, index, context);
      const out = changed.indicators[index].status === 'rejected';
      const gap = weightGap(viewTable(changed, context).weightTotal);
      const name = rowLabel(changed.indicators[index], index);
      const message = out
        ? `“${name}”不参与自评，导出时不列出。${gap ? `${gap}：按 s 重新分配分值。` : ''}`
        : `“${name}”恢复参与自评。${gap ? `${gap}：按 s 重新分配分值。` : ''}`;
      return { ...commit(state, withTable(changed)), screen: { ...screen, message } };
    }
    case 'selfeval-answer': {
      const field = screen.field;
      if (!field) return state;
      const applied = applyField(table, screen.row, field, action.text, context);
      if (!applied.ok) return { ...state, screen: { ...screen, error: applied.error } };
      const next = commit(state, withTable(applied.table));
      // Choosing a grade is followed by its score inside the grade's band.
      const step =
        field === 'grade'
          ? { row: screen.row, field: 'score' as const }
          : screen.walk
            ? nextSelfEvalStep(applied.table, screen.row, field, context)
            : null;
      const notice = applied.notice;
      if (step)
        return {
          ...next,
          pendingText: null,
          screen: { ...screen, ...step, error: undefined, message: notice },
        };
      const ended = screen.walk ? finishedMessage(next.draft!.document!, screen.table, context) : undefined;
      const message = [notice, ended].filter(Boolean).join(' ') || undefined;
      return {
        ...next,
        pendingText: null,
        screen: { ...screen, field: null, walk: false, error: undefined, message },
      };
    }
    default:
      return state;
  }
}

function ask(
  state: AppState,
  screen: TableScreen,
  table: AnySelfEvalTable,
  field: SelfEvalField,
  walk: boolean,
): AppState {
  const say = (message: string) => ({ ...state, screen: { ...screen, field: null, walk: false, message } });
  const fundsField =
    field === 'initial' || field === 'full' || field === 'spent' || field === 'tasks' || field === 'goals';
  const row = fundsField ? FUNDS_ROW : screen.row;
  if (row > FUNDS_ROW || !fundsField) {
    const indicator = row > FUNDS_ROW ? table.indicators[row - 1] : undefined;
    if (field !== 'weight' && field !== 'scheme') {
      if (!indicator) return say('请先用 ↑↓ 选择一个指标。');
      if (indicator.status === 'rejected') return say('这个指标不参与自评：按 x 恢复后再填写。');
      if (
        (field === 'grade' || field === 'score') &&
        (indicator.value.quantitative || indicator.value.kind === 'blank')
      ) {
        return say('只有定性指标（如“有效保障”）要评等级；数值指标的得分由实际完成值算出。');
      }
    }
  }
  return {
    ...state,
    pendingText: null,
    screen: { ...screen, row, field, walk, error: undefined, message: undefined },
  };
}
