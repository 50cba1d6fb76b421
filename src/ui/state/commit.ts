import type { Draft } from '../../store/drafts.js';
import { FIRST_STEP } from './questions.js';
import type { AppState } from './types.js';

/** Building blocks both reducers use (reducer.ts hands self-evaluation actions to selfeval-reducer.ts). */

const MAX_UNDO = 100;

/** A change to the draft that is saved; with `undo` the previous version can be restored by Ctrl+Z. */
export function commit(state: AppState, draft: Draft, undo = true): AppState {
  const past = undo && state.draft ? [...state.past.slice(-(MAX_UNDO - 1)), state.draft] : state.past;
  return { ...state, draft, past, revision: state.revision + 1 };
}

/** A saved draft not yet answered: the interview starts at its first question. */
export function blankDraft(id: string, now: string, fields: Partial<Draft>): Draft {
  return {
    version: 1,
    id,
    createdAt: now,
    updatedAt: now,
    stage: 'interview',
    origin: 'new',
    answers: { unit: {}, tasks: [], projects: [] },
    step: FIRST_STEP,
    reviewed: [],
    ...fields,
  };
}
