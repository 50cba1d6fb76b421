import type { JixiaoDocument } from '../../domain/document.js';
import type { Draft } from '../../store/drafts.js';
import { commit } from './commit.js';
import { applyAnswers, headerIntoAnswers, moveRow, readHeader, setHeader } from './review-edits.js';
import type { Action, AppState } from './types.js';

/** The review's actions beyond accept/edit/reject (reducer.ts hands them here): moving rows, the header, folding. */

function edited(state: AppState, draft: Draft, table: number, document: JixiaoDocument): AppState {
  const reviewed = document.tables.map((_, i) => (i === table ? false : (draft.reviewed[i] ?? false)));
  return commit(state, { ...draft, document, reviewed, stage: 'review' });
}

export function handlesReviewExtra(action: Action): boolean {
  return ['move-row', 'toggle-findings', 'open-header', 'save-header', 'open-review'].includes(action.type);
}

export function reviewExtraReducer(
  state: AppState,
  draft: Draft,
  document: JixiaoDocument,
  action: Action,
): AppState {
  const { screen } = state;
  switch (action.type) {
    case 'move-row': {
      if (screen.kind !== 'review') return state;
      const moved = moveRow(document, screen.table, screen.row, action.delta);
      if (!moved)
        return {
          ...state,
          screen: {
            ...screen,
            message: '只能在同一个二级指标内移动（要换到别的二级指标，请按回车修改它的二级指标）。',
          },
        };
      return {
        ...edited(state, draft, screen.table, moved.document),
        screen: { ...screen, row: moved.row, message: undefined },
      };
    }
    case 'toggle-findings':
      return screen.kind === 'review' ? { ...state, screen: { ...screen, folded: !screen.folded } } : state;
    case 'open-header':
      if (screen.kind !== 'review') return state;
      if (document.tables[screen.table]?.kind !== 'project')
        return {
          ...state,
          screen: { ...screen, message: '只有项目表有项目编码、主管部门、实施单位和资金支出计划。' },
        };
      return { ...state, screen: { kind: 'header', table: screen.table } };
    case 'save-header': {
      if (screen.kind !== 'header') return state;
      const read = readHeader(action.texts);
      if (!read.ok) return state;
      const changed = setHeader(document, screen.table, read.fields);
      const next = edited(state, draft, screen.table, changed);
      const table = changed.tables[screen.table];
      const answers = table.kind === 'project' ? headerIntoAnswers(draft.answers, table) : draft.answers;
      return {
        ...next,
        draft: { ...next.draft!, answers },
        screen: {
          kind: 'review',
          table: screen.table,
          row: 0,
          focus: 'grid',
          issue: 0,
          message: '已保存表头。',
        },
      };
    }
    case 'open-review': {
      const table = Math.max(
        0,
        draft.reviewed.findIndex((done) => !done),
      );
      const base = state.reviewBase;
      const applied = base ? applyAnswers(document, base, draft.answers) : null;
      if (!applied || applied.changed.length === 0)
        return {
          ...state,
          reviewBase: undefined,
          screen: { kind: 'review', table, row: 0, focus: 'grid', issue: 0 },
        };
      const reviewed = document.tables.map(
        (_, i) => !applied.changed.includes(i) && (draft.reviewed[i] ?? false),
      );
      const next = commit(state, { ...draft, document: applied.document, reviewed, stage: 'review' });
      const first = applied.changed[0];
      return {
        ...next,
        reviewBase: undefined,
        screen: {
          kind: 'review',
          table: first,
          row: 0,
          focus: 'grid',
          issue: 0,
          message: `修改的答案已写入 ${applied.changed.length} 张表（审阅中的其他修改都在；Ctrl+Z 撤销）。`,
        },
      };
    }
    default:
      return state;
  }
}
