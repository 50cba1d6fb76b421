import { basename } from 'node:path';
import { CATEGORY_LABELS } from '../../domain/categories.js';
import type { ProjectCategory, Table } from '../../domain/document.js';
import type { Draft, InterviewStep } from '../../store/drafts.js';
import type { Settings } from '../../store/settings-schema.js';
import { answer, missingAnswers, previousStep } from './questions.js';
import {
  acceptTable,
  indicatorTexts,
  keepWithReason,
  markSuggested,
  saveIndicator,
  setCategory,
  setStatus,
  setTableText,
} from './review.js';
import { answersFromDocument, changeYear, withCategories } from './from-document.js';
import { addTokens, insertSuggestions, replaceWithRewrite, withExplanation, withOpinions } from './model.js';
import { lastYearLine } from '../../draft/last-year.js';
import { blankDraft, commit } from './commit.js';
import {
  handlesSelfEval,
  keepTypedSelfEvalAnswer,
  selfEvalReducer,
  selfEvalScreenFor,
} from './selfeval-reducer.js';
import { handlesReviewExtra, reviewExtraReducer } from './review-actions.js';
import { placeNewRow } from './review-edits.js';
import type { Action, AppState, Screen } from './types.js';

/** The whole app's state changes, pure: screens dispatch actions, App.tsx saves `draft` when `revision` moves. */

export function initialState(settings: Settings, notices: string[] = []): AppState {
  return {
    screen: { kind: 'start' },
    draft: null,
    past: [],
    revision: 0,
    pendingText: null,
    settings,
    drafts: [],
    notices,
    saveError: null,
    notes: [],
    leaving: false,
  };
}

/** Whether a step is in the one part of the interview opened from the summary (any step without one). */
function inPart(step: InterviewStep, only: Extract<Screen, { kind: 'interview' }>['only']): boolean {
  if (!only) return true;
  if (step.section !== only.section) return false;
  return step.section === 'unit' || only.index === undefined || step.index === only.index;
}

function screenForStep(step: InterviewStep): Screen {
  return step.section === 'summary' ? { kind: 'summary' } : { kind: 'interview' };
}

/** The drafter's notes about one table (they name the project, or the unit for its whole-unit table), one per line. */
export function notesFor(notes: string[], table: Table | undefined): string | undefined {
  if (!table || notes.length === 0) return undefined;
  const name = 'unitName' in table ? table.unitName : table.projectName;
  const mine = notes.filter((n) => name && n.includes(name));
  return mine.length > 0 ? mine.join('\n') : undefined;
}

function firstOpenTable(draft: Draft): number {
  const i = draft.reviewed.findIndex((done) => !done);
  return i === -1 ? 0 : i;
}

/** Where a draft opens: the interview where it stopped, or its review, or its preview. */
function screenForDraft(draft: Draft): Screen {
  if (draft.selfEval) return selfEvalScreenFor(draft);
  if (!draft.document || draft.stage === 'interview') return screenForStep(draft.step);
  if (draft.stage === 'review')
    return { kind: 'review', table: firstOpenTable(draft), row: 0, focus: 'grid', issue: 0 };
  return { kind: 'preview' };
}

/** The start screen, the draft closed (it is saved). */
function home(state: AppState): AppState {
  return {
    ...state,
    draft: null,
    past: [],
    pendingText: null,
    notes: [],
    reviewBase: undefined,
    screen: { kind: 'start' },
  };
}

function withReviewed(draft: Draft, table: number, done: boolean): boolean[] {
  const reviewed = draft.document ? draft.document.tables.map((_, i) => draft.reviewed[i] ?? false) : [];
  reviewed[table] = done;
  return reviewed;
}

export function reducer(current: AppState, action: Action): AppState {
  // Leaving with a self-evaluation answer typed: a valid one is kept (saved with the draft) first.
  const state = action.type === 'confirm-quit' ? keepTypedSelfEvalAnswer(current) : current;
  const { screen, draft } = state;
  if (handlesSelfEval(state, action)) return selfEvalReducer(state, action);
  switch (action.type) {
    case 'drafts-listed':
      return {
        ...state,
        drafts: action.drafts,
        notices: [...new Set([...state.notices, ...action.problems])],
      };
    case 'new-draft':
      // Not written until the first answer (or text left typed on leaving): an empty draft is no use to resume.
      return {
        ...state,
        draft: blankDraft(action.id, action.now, {}),
        past: [],
        notes: [],
        pendingText: null,
        screen: { kind: 'interview' },
      };
    case 'example-loaded': {
      const created = blankDraft(action.id, action.now, {
        origin: 'example',
        answers: action.answers,
        step: { section: 'summary' },
      });
      return {
        ...commit({ ...state, past: [], notes: [], reviewBase: undefined }, created, false),
        pendingText: null,
        screen: { kind: 'summary' },
      };
    }
    case 'open-draft':
      return {
        ...state,
        draft: action.draft,
        past: [],
        // The drafter's notes belong to the draft drafted in this session, not to one opened now.
        notes: [],
        reviewBase: undefined,
        pendingText: action.draft.pending ?? null,
        screen: screenForDraft(action.draft),
      };
    case 'open-failed':
      return { ...state, screen: { kind: 'start', message: action.message } };
    case 'typing':
      return { ...state, pendingText: action.text };
    case 'home':
      return home(state);
    case 'ask-quit':
      return screen.kind === 'quit' ? state : { ...state, screen: { kind: 'quit', back: screen } };
    case 'cancel-quit':
      return screen.kind === 'quit' ? { ...state, screen: screen.back } : state;
    case 'confirm-quit': {
      if (!draft) return { ...state, leaving: true };
      const asking = screen.kind === 'quit' && screen.back.kind === 'interview';
      const pending = asking && state.pendingText ? state.pendingText : undefined;
      const { pending: _old, ...rest } = draft;
      const untouched =
        !draft.answers.unit.name &&
        draft.answers.tasks.length === 0 &&
        draft.answers.projects.length === 0 &&
        !draft.document;
      if (untouched && pending === undefined) return { ...state, leaving: true };
      // Nothing new to keep: leaving does not rewrite the draft (its 最后修改 stays).
      if (pending === draft.pending) return { ...state, leaving: true };
      return { ...commit(state, pending !== undefined ? { ...rest, pending } : rest, false), leaving: true };
    }
    case 'save-failed':
      return { ...state, saveError: action.message };
    case 'saved':
      return state.saveError ? { ...state, saveError: null } : state;
    case 'undo':
      return undo(state);
    case 'open-settings':
      return { ...state, screen: { kind: 'settings' } };
    case 'settings-loaded':
      return {
        ...state,
        settings: action.settings,
        notices: action.notice ? [...state.notices, action.notice] : state.notices,
      };
    case 'settings-saved':
      return { ...state, settings: action.settings, screen: { kind: 'settings', message: action.message } };
    case 'open-model-settings':
      return { ...state, screen: { kind: 'model-settings' } };
    case 'model-settings-saved':
      return {
        ...state,
        settings: action.settings,
        screen: { kind: 'model-settings', message: action.message },
      };
    case 'explained':
      return {
        ...state,
        model: withExplanation(
          state.model,
          action.key,
          { reason: action.reason, caution: action.caution },
          action.tokens,
        ),
      };
    case 'second-opinions': {
      const next = { ...state, model: withOpinions(state.model, action.findings, action.tokens) };
      const given = action.findings.filter((f) => f.secondOpinion).length;
      const message =
        given > 0
          ? `模型对 ${given} 条需要判断的问题给出了第二意见，见问题列表中的“模型认为”。`
          : '模型没有给出第二意见（请求未成功），检查结果不变。';
      return screen.kind === 'review' ? { ...next, screen: { ...screen, message } } : next;
    }
    case 'open-file':
      if (action.previous && !draft) return state;
      return {
        ...state,
        screen: { kind: 'open-file', busy: false, ...(action.previous ? { previous: true } : {}) },
      };
    case 'file-loading':
      return screen.kind === 'open-file'
        ? { ...state, screen: { ...screen, busy: true, error: undefined } }
        : state;
    case 'file-failed':
      return screen.kind === 'open-file'
        ? { ...state, screen: { ...screen, busy: false, error: action.message } }
        : state;
    case 'file-loaded':
      return {
        ...state,
        screen: {
          kind: 'file-report',
          path: action.path,
          document: action.document,
          findings: action.findings,
        },
      };
    case 'import-as-draft': {
      if (screen.kind !== 'file-report' || !screen.document) return state;
      const moved = action.year ? changeYear(screen.document, action.year) : null;
      const document = markSuggested(withCategories(moved ? moved.document : screen.document));
      const created = blankDraft(action.id, action.now, {
        origin: 'import',
        stage: 'review',
        answers: answersFromDocument(document),
        step: { section: 'summary' },
        document,
        reviewed: document.tables.map(() => false),
      });
      const message = moved
        ? `已改为 ${action.year} 年度${moved.replaced > 0 ? `，文字中的“${screen.document.unit.year}年”（${moved.replaced} 处）也已改为“${action.year}年”` : ''}。金额和指标值仍是原表的，请逐表核对后按 d 确认。`
        : undefined;
      return {
        ...commit({ ...state, past: [], notes: [], reviewBase: undefined }, created, false),
        screen: { kind: 'review', table: 0, row: 0, focus: 'grid', issue: 0, message },
      };
    }
    default:
      break;
  }
  if (!draft) return state;
  return draftReducer(state, draft, action);
}

function undo(state: AppState): AppState {
  const previous = state.past[state.past.length - 1];
  if (!previous) {
    if (state.screen.kind === 'review')
      return { ...state, screen: { ...state.screen, message: '没有可以撤销的修改。' } };
    return state;
  }
  const next: AppState = {
    ...state,
    draft: previous,
    past: state.past.slice(0, -1),
    revision: state.revision + 1,
    pendingText: null,
  };
  const { screen } = state;
  if (screen.kind === 'interview' || screen.kind === 'summary')
    return {
      ...next,
      screen: {
        ...screenForStep(previous.step),
        ...(screen.kind === 'interview' ? { notice: '已撤销上一步。' } : {}),
      },
    };
  if (screen.kind === 'review') {
    if (!previous.document) return { ...next, screen: screenForStep(previous.step) };
    const table = Math.min(screen.table, previous.document.tables.length - 1);
    const row = Math.max(0, Math.min(screen.row, previous.document.tables[table].indicators.length - 1));
    return { ...next, screen: { ...screen, table, row, message: '已撤销上一次修改。' } };
  }
  return state;
}

function draftReducer(state: AppState, draft: Draft, action: Action): AppState {
  const { screen } = state;
  const document = draft.document;
  switch (action.type) {
    case 'submit-answer': {
      if (screen.kind !== 'interview') return state;
      const result = answer(draft.answers, draft.step, action.text);
      if (!result.ok) return { ...state, screen: { ...screen, error: result.error, notice: undefined } };
      const { pending: _pending, ...rest } = draft;
      // Changing one part from the summary: back to the summary once that part is answered.
      const nextStep = inPart(result.next, screen.only) ? result.next : ({ section: 'summary' } as const);
      // An exported draft changed is being worked on again.
      const stage = rest.stage === 'exported' ? 'review' : rest.stage;
      const next = commit(state, { ...rest, stage, answers: result.answers, step: nextStep });
      return {
        ...next,
        pendingText: null,
        screen:
          nextStep.section === 'summary'
            ? { kind: 'summary' }
            : { kind: 'interview', notice: result.notice, only: screen.only },
      };
    }
    case 'goto-step': {
      const { step } = action;
      const fromSummary = screen.kind === 'summary' && step.section !== 'summary';
      return {
        ...commit(state, { ...draft, step, pending: undefined }, false),
        pendingText: null,
        // The answers before the change: 继续审阅 writes what changed into the drafted tables.
        reviewBase: fromSummary && draft.document ? (state.reviewBase ?? draft.answers) : state.reviewBase,
        screen: fromSummary
          ? {
              kind: 'interview',
              only: { section: step.section, index: step.section === 'project' ? step.index : undefined },
            }
          : screenForStep(step),
      };
    }
    case 'back':
      return back(state, draft);
    case 'start-drafting': {
      const missing = missingAnswers(draft.answers);
      if (missing.length > 0)
        return {
          ...state,
          screen: { kind: 'summary', error: `还不能起草：${missing.map((m) => m.message).join('；')}。` },
        };
      return {
        ...state,
        screen: {
          kind: 'drafting',
          progress: action.labels.map(({ target, label }) => ({ target, label, state: 'waiting' })),
          ...(action.offline ? { offline: true } : {}),
        },
      };
    }
    case 'redraft': {
      if (screen.kind !== 'drafting') return state;
      const progress = screen.progress.map(({ target, label }) => ({
        target,
        label,
        state: 'waiting' as const,
      }));
      return {
        ...state,
        screen: { kind: 'drafting', progress, offline: action.offline, attempt: (screen.attempt ?? 0) + 1 },
      };
    }
    case 'draft-started':
      return screen.kind === 'drafting'
        ? { ...state, screen: { ...screen, drafter: action.drafter } }
        : state;
    case 'draft-progress':
      if (screen.kind !== 'drafting') return state;
      return {
        ...state,
        screen: {
          ...screen,
          progress: screen.progress.some((p) => p.target === action.progress.target)
            ? screen.progress.map((p) => (p.target === action.progress.target ? action.progress : p))
            : [...screen.progress, action.progress],
        },
      };
    case 'draft-done': {
      if (screen.kind !== 'drafting') return state;
      const drafted = markSuggested(action.document);
      // A redraft that gives the same tables is no step to undo (Ctrl+Z would say it undid nothing).
      const same = JSON.stringify(draft.document) === JSON.stringify(drafted);
      const next = {
        ...commit(
          state,
          { ...draft, document: drafted, reviewed: drafted.tables.map(() => false), stage: 'review' },
          !same,
        ),
        model: addTokens(state.model, action.tokens ?? 0),
        notes: action.notes,
        reviewBase: undefined,
      };
      // With last year's tables: files that failed and how many indicators came from them, said first.
      const taken = action.lastYear?.taken;
      const lastYear = [
        ...(action.lastYear?.problems ?? []),
        ...(taken === undefined ? [] : [lastYearLine(taken)]),
      ];
      if (action.pause)
        return { ...next, screen: { ...screen, finished: { notes: [...action.notes, ...lastYear] } } };
      const message =
        [...lastYear, notesFor(action.notes, drafted.tables[0])].filter(Boolean).join('\n') || undefined;
      return { ...next, screen: { kind: 'review', table: 0, row: 0, focus: 'grid', issue: 0, message } };
    }
    case 'draft-failed':
      return screen.kind === 'drafting' ? { ...state, screen: { ...screen, error: action.message } } : state;
    case 'previous-added': {
      const previous = [...(draft.previous ?? []).filter((p) => p !== action.path), action.path];
      const notice = `已导入去年的表：${basename(action.path)}（${action.projects} 张项目表）。起草时同名或同类的项目先用其中的指标（标明取自去年），重新起草也一样。`;
      return { ...commit(state, { ...draft, previous }), screen: { kind: 'summary', notice } };
    }
    case 'previous-cleared': {
      const { previous: _previous, ...rest } = draft;
      return {
        ...commit(state, rest),
        screen: {
          kind: 'summary',
          notice: '不再参考去年的表；已起草的指标不变，重新起草时不再用去年的指标。',
        },
      };
    }
    case 'open-category':
      if (screen.kind === 'interview') return openKindPicker(state, draft);
      break;
    case 'save-category':
      if (screen.kind === 'category' && 'project' in screen)
        return saveProjectKind(state, draft, action.category);
      break;
    default:
      break;
  }
  if (!document) return state;
  if (handlesReviewExtra(action)) return reviewExtraReducer(state, draft, document, action);
  return reviewReducer(state, draft, document, action);
}

/**
 * The kind picker from a project's question (before drafting). On the name question the typed name
 * is answered first (the picker shows its kind, and the interview goes on at the next question).
 */
function openKindPicker(state: AppState, draft: Draft): AppState {
  const { screen } = state;
  const step = draft.step;
  if (screen.kind !== 'interview' || step.section !== 'project') return state;
  const only = screen.only;
  let next = state;
  if (step.field === 'name') {
    const typed = (state.pendingText ?? draft.answers.projects[step.index]?.name ?? '').trim();
    if (!typed)
      return { ...state, screen: { ...screen, error: '先填写项目名称，再选项目类别。', notice: undefined } };
    if (typed !== draft.answers.projects[step.index]?.name) {
      const result = answer(draft.answers, step, typed);
      if (!result.ok) return { ...state, screen: { ...screen, error: result.error, notice: undefined } };
      const { pending: _pending, ...rest } = draft;
      next = { ...commit(state, { ...rest, answers: result.answers, step: result.next }), pendingText: null };
    }
  } else if (!draft.answers.projects[step.index]) return state;
  return { ...next, screen: { kind: 'category', project: step.index, ...(only ? { only } : {}) } };
}

/** The kind chosen in the interview: kept in the project's answers, so every draft from them uses it. */
function saveProjectKind(state: AppState, draft: Draft, category: ProjectCategory): AppState {
  const { screen } = state;
  if (screen.kind !== 'category' || !('project' in screen)) return state;
  const projects = draft.answers.projects.map((p, i) => (i === screen.project ? { ...p, category } : p));
  const next = commit(state, { ...draft, answers: { ...draft.answers, projects } });
  const notice = `已改为“${CATEGORY_LABELS[category]}”类：起草时按这一类选用指标。`;
  return { ...next, screen: { kind: 'interview', notice, ...(screen.only ? { only: screen.only } : {}) } };
}

function back(state: AppState, draft: Draft): AppState {
  const { screen } = state;
  if (screen.kind === 'category' && 'project' in screen)
    return { ...state, screen: { kind: 'interview', ...(screen.only ? { only: screen.only } : {}) } };
  if (screen.kind === 'open-file' && screen.previous) return { ...state, screen: { kind: 'summary' } };
  switch (screen.kind) {
    case 'interview': {
      const previous = previousStep(draft.answers, draft.step);
      if (!previous) return { ...state, draft: null, past: [], pendingText: null, screen: { kind: 'start' } };
      if (!inPart(previous, screen.only))
        return {
          ...commit(state, { ...draft, step: { section: 'summary' }, pending: undefined }, false),
          pendingText: null,
          screen: { kind: 'summary' },
        };
      return {
        ...commit(state, { ...draft, step: previous, pending: undefined }, false),
        pendingText: null,
        screen: { kind: 'interview', only: screen.only },
      };
    }
    case 'summary':
      // The draft is saved: Esc leaves it (the questions are one menu entry away, not one Esc each).
      return home(state);
    case 'drafting': {
      const cancelled = !screen.error && !screen.finished;
      const byModel = screen.drafter !== undefined && screen.drafter !== 'offline';
      const notice = `已取消起草，答案都在。可以重新起草${byModel ? '，或选“用内置指标库离线起草”' : ''}。`;
      return { ...state, screen: cancelled ? { kind: 'summary', notice } : { kind: 'summary' } };
    }
    case 'review':
      if (screen.focus === 'issues')
        return { ...state, screen: { ...screen, focus: 'grid', message: undefined } };
      return { ...state, screen: { kind: 'summary' } };
    case 'edit':
    case 'keep':
    case 'table-text':
    case 'header':
    case 'category': {
      const row =
        screen.kind === 'edit' || screen.kind === 'keep'
          ? Math.min(
              screen.row,
              Math.max(0, (draft.document?.tables[screen.table].indicators.length ?? 1) - 1),
            )
          : 0;
      return { ...state, screen: { kind: 'review', table: screen.table, row, focus: 'grid', issue: 0 } };
    }
    case 'preview':
      if (draft.selfEval) return { ...state, screen: selfEvalScreenFor(draft) };
      return {
        ...state,
        screen: { kind: 'review', table: firstOpenTable(draft), row: 0, focus: 'grid', issue: 0 },
      };
    case 'export':
      if (screen.phase === 'writing') return state;
      if (screen.phase === 'failed')
        return { ...state, screen: { ...screen, phase: 'ask', error: undefined } };
      return screen.phase === 'done'
        ? { ...state, draft: null, past: [], screen: { kind: 'start' } }
        : { ...state, screen: { kind: 'preview' } };
    default:
      return state;
  }
}

function reviewReducer(
  state: AppState,
  draft: Draft,
  document: NonNullable<Draft['document']>,
  action: Action,
): AppState {
  const { screen } = state;
  const tableCount = document.tables.length;
  /** A changed table is no longer "done": the reviewer confirms it again. */
  const edited = (table: number, doc: typeof document, undoable = true) =>
    commit(
      state,
      { ...draft, document: doc, reviewed: withReviewed(draft, table, false), stage: 'review' },
      undoable,
    );

  switch (action.type) {
    case 'review-move': {
      if (screen.kind !== 'review' || tableCount === 0) return state;
      if (action.tables) {
        const table = Math.max(0, Math.min(tableCount - 1, screen.table + action.tables));
        return {
          ...state,
          screen: {
            kind: 'review',
            table,
            row: 0,
            focus: 'grid',
            issue: 0,
            message: notesFor(state.notes, document.tables[table]),
          },
        };
      }
      const rows = document.tables[screen.table].indicators.length;
      return {
        ...state,
        screen: {
          ...screen,
          row: Math.max(0, Math.min(rows - 1, screen.row + (action.rows ?? 0))),
          message: undefined,
        },
      };
    }
    case 'review-focus':
      return screen.kind === 'review'
        ? {
            ...state,
            screen: { ...screen, focus: action.focus, issue: action.issue ?? 0, message: undefined },
          }
        : state;
    case 'review-message':
      return screen.kind === 'review' ? { ...state, screen: { ...screen, message: action.message } } : state;
    case 'accept-row':
    case 'reject-row': {
      if (screen.kind !== 'review') return state;
      const indicator = document.tables[screen.table]?.indicators[screen.row];
      if (!indicator) return state;
      const status =
        action.type === 'accept-row'
          ? 'accepted'
          : indicator.status === 'rejected'
            ? 'suggested'
            : 'rejected';
      const next = edited(screen.table, setStatus(document, screen.table, screen.row, status));
      const rows = document.tables[screen.table].indicators.length;
      const row = action.type === 'accept-row' ? Math.min(rows - 1, screen.row + 1) : screen.row;
      return { ...next, screen: { ...screen, row, message: undefined } };
    }
    case 'open-edit': {
      if (screen.kind !== 'review') return state;
      const row = action.row ?? screen.row;
      const indicator = document.tables[screen.table]?.indicators[row];
      if (!indicator) return { ...state, screen: { ...screen, message: '这张表还没有指标，按 n 新增。' } };
      return {
        ...state,
        screen: {
          kind: 'edit',
          table: screen.table,
          row,
          field: action.field ?? 'value',
          texts: indicatorTexts(indicator),
          isNew: false,
        },
      };
    }
    case 'add-row': {
      if (screen.kind !== 'review') return state;
      const list = document.tables[screen.table].indicators;
      const near = list[screen.row];
      return {
        ...state,
        screen: {
          kind: 'edit',
          table: screen.table,
          row: list.length,
          field: 'name',
          texts: indicatorTexts(undefined, { level1: near?.level1, level2: near?.level2 }),
          isNew: true,
        },
      };
    }
    case 'edit-field':
      return screen.kind === 'edit'
        ? { ...state, screen: { ...screen, field: action.field, texts: action.texts } }
        : state;
    case 'save-indicator': {
      if (screen.kind !== 'edit') return state;
      const saved = saveIndicator(document, screen.table, screen.row, action.texts);
      // A new indicator goes to the end of its 二级 group, not after the last table row.
      const placed = screen.isNew ? placeNewRow(saved, screen.table) : { document: saved, row: screen.row };
      const next = edited(screen.table, placed.document);
      return {
        ...next,
        screen: {
          kind: 'review',
          table: screen.table,
          row: placed.row,
          focus: 'grid',
          issue: 0,
          message: screen.isNew ? '已新增指标。' : '已保存修改。',
        },
      };
    }
    case 'open-keep':
      if (screen.kind !== 'review' || !document.tables[screen.table]?.indicators[screen.row]) return state;
      return { ...state, screen: { kind: 'keep', table: screen.table, row: screen.row } };
    case 'save-keep': {
      if (screen.kind !== 'keep') return state;
      const next = edited(screen.table, keepWithReason(document, screen.table, screen.row, action.reason));
      const message = action.reason.trim() ? '已保留，并记下理由：检查结果改为提示。' : '已取消保留理由。';
      return {
        ...next,
        screen: { kind: 'review', table: screen.table, row: screen.row, focus: 'grid', issue: 0, message },
      };
    }
    case 'open-table-text':
      if (screen.kind !== 'review') return state;
      if (action.field === 'purpose' && document.tables[screen.table]?.kind !== 'project')
        return { ...state, screen: { ...screen, message: '只有项目表有资金用途。' } };
      return { ...state, screen: { kind: 'table-text', table: screen.table, field: action.field } };
    case 'save-table-text': {
      if (screen.kind !== 'table-text') return state;
      const next = edited(screen.table, setTableText(document, screen.table, screen.field, action.text));
      return {
        ...next,
        screen: { kind: 'review', table: screen.table, row: 0, focus: 'grid', issue: 0, message: '已保存。' },
      };
    }
    case 'open-category':
      if (screen.kind !== 'review') return state;
      if (document.tables[screen.table]?.kind !== 'project')
        return { ...state, screen: { ...screen, message: '只有项目表有项目类别。' } };
      return { ...state, screen: { kind: 'category', table: screen.table } };
    case 'save-category': {
      if (screen.kind !== 'category' || !('table' in screen)) return state;
      const changed = edited(screen.table, setCategory(document, screen.table, action.category));
      // A new draft from the answers keeps the reviewer's choice.
      const t = document.tables[screen.table];
      const projects = changed.draft!.answers.projects.map((p) =>
        t.kind === 'project' && p.name === t.projectName ? { ...p, category: action.category } : p,
      );
      const next = {
        ...changed,
        draft: { ...changed.draft!, answers: { ...changed.draft!.answers, projects } },
      };
      return {
        ...next,
        screen: {
          kind: 'review',
          table: screen.table,
          row: 0,
          focus: 'grid',
          issue: 0,
          message: '已修改项目类别。',
        },
      };
    }
    case 'accept-table': {
      if (screen.kind !== 'review') return state;
      const accepted = acceptTable(document, screen.table);
      const reviewed = withReviewed(draft, screen.table, true);
      const next = commit(state, { ...draft, document: accepted, reviewed });
      const open = reviewed.findIndex((done, i) => !done && i > screen.table);
      const anyOpen = reviewed.findIndex((done) => !done);
      const table = open !== -1 ? open : anyOpen !== -1 ? anyOpen : screen.table;
      const message =
        anyOpen === -1 ? '全部表格已确认。按 p 预览并导出。' : `已确认第 ${screen.table + 1} 张表。`;
      return { ...next, screen: { kind: 'review', table, row: 0, focus: 'grid', issue: 0, message } };
    }
    case 'add-suggestions': {
      if (screen.kind !== 'review') return state;
      const { document: added, row } = insertSuggestions(
        document,
        screen.table,
        action.level2,
        action.indicators,
      );
      const next = { ...edited(screen.table, added), model: addTokens(state.model, action.tokens) };
      const message = `模型新增了 ${action.indicators.length} 条“${action.level2}”建议（标为待确认）：y 接受，x 拒绝，回车修改；Ctrl+Z 撤销。`;
      return { ...next, screen: { ...screen, row, focus: 'grid', message } };
    }
    case 'rewrite-row': {
      if (screen.kind !== 'review' || !document.tables[screen.table]?.indicators[action.row]) return state;
      const next = {
        ...edited(screen.table, replaceWithRewrite(document, screen.table, action.row, action.indicator)),
        model: addTokens(state.model, action.tokens),
      };
      return {
        ...next,
        screen: {
          ...screen,
          row: action.row,
          focus: 'grid',
          message: `已按模型改写${action.reason ? `：${action.reason}` : '。'}（Ctrl+Z 撤销）`,
        },
      };
    }
    case 'open-preview': {
      const stage = draft.stage === 'exported' ? 'exported' : 'preview';
      // Looking again at a preview does not rewrite the draft (its 最后修改 stays).
      if (stage === draft.stage) return { ...state, screen: { kind: 'preview' } };
      return { ...commit(state, { ...draft, stage }, false), screen: { kind: 'preview' } };
    }
    case 'open-export':
      return { ...state, screen: { kind: 'export', phase: 'ask', dir: action.dir, files: [] } };
    case 'export-started':
      return screen.kind === 'export'
        ? { ...state, screen: { ...screen, phase: 'writing', dir: action.dir, error: undefined } }
        : state;
    case 'export-done': {
      if (screen.kind !== 'export') return state;
      const next = commit(
        state,
        { ...draft, stage: 'exported', exported: { dir: action.dir, files: action.files, at: action.at } },
        false,
      );
      return { ...next, screen: { kind: 'export', phase: 'done', dir: action.dir, files: action.files } };
    }
    case 'export-failed':
      return screen.kind === 'export'
        ? { ...state, screen: { ...screen, phase: 'failed', error: action.message } }
        : state;
    default:
      return state;
  }
}
