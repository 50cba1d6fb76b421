import type { Indicator, JixiaoDocument, ProjectCategory } from '../../domain/document.js';
import type { Finding } from '../../domain/finding.js';
import type { DraftProgress } from '../../draft/types.js';
import type { Draft, DraftAnswers, DraftSummary, InterviewStep } from '../../store/drafts.js';
import type { Settings } from '../../store/settings-schema.js';
import type { ModelSession } from './model.js';
import type { IndicatorField, IndicatorTexts, TableTextField } from './review.js';
import type { HeaderTexts } from './review-edits.js';
import type { SelfEvalAction, SelfEvalScreen } from './selfeval-types.js';

/** The one part of the interview opened from the summary. */
export type InterviewPart = { section: 'unit' | 'task' | 'project'; index?: number };

/** What is on screen: one case per screen; App.tsx switches on `kind`. */
export type Screen =
  | { kind: 'start'; message?: string }
  | {
      kind: 'interview';
      error?: string;
      notice?: string;
      /** Opened from the summary to change one part: back to the summary when that part is done. */
      only?: InterviewPart;
    }
  | { kind: 'summary'; error?: string; notice?: string }
  | {
      kind: 'drafting';
      progress: DraftProgress[];
      error?: string;
      /** The built-in library even when a model is configured. */
      offline?: boolean;
      /** Bumped by a retry: the drafting run starts again. */
      attempt?: number;
      /** The drafter's name once it is loaded ('offline' or the model's). */
      drafter?: string;
      /** Set when the draft is in (and saved) but some tables fell back: the notes, before the review. */
      finished?: { notes: string[] };
    }
  | {
      kind: 'review';
      table: number;
      row: number;
      focus: 'grid' | 'issues';
      issue: number;
      message?: string;
      /** The findings under the grid folded to one line (more indicator rows fit). */
      folded?: boolean;
    }
  | { kind: 'header'; table: number }
  | { kind: 'edit'; table: number; row: number; field: IndicatorField; texts: IndicatorTexts; isNew: boolean }
  | { kind: 'keep'; table: number; row: number }
  | { kind: 'table-text'; table: number; field: TableTextField }
  | { kind: 'category'; table: number }
  /** The kind chosen in the interview, before drafting: stored in the project's answers; back to its question. */
  | { kind: 'category'; project: number; only?: InterviewPart }
  | { kind: 'preview' }
  | {
      kind: 'export';
      phase: 'ask' | 'writing' | 'done' | 'failed';
      dir: string;
      files: string[];
      error?: string;
    }
  /** `previous`: asking for last year's tables as the draft's reference (back to the summary), not a file to check. */
  | { kind: 'open-file'; busy: boolean; error?: string; previous?: boolean }
  | { kind: 'file-report'; path: string; document: JixiaoDocument | null; findings: Finding[] }
  | { kind: 'settings'; message?: string }
  | { kind: 'model-settings'; message?: string }
  | SelfEvalScreen
  | { kind: 'quit'; back: Screen };

export type ScreenKind = Screen['kind'];

export interface AppState {
  screen: Screen;
  /** The draft being worked on (saved after every change), or null on the start screen. */
  draft: Draft | null;
  /** Earlier versions of the draft, newest last (Ctrl+Z). */
  past: Draft[];
  /** Bumped on every change that must be written to disk. */
  revision: number;
  /** Text typed into the current question but not yet confirmed (kept when the app is left). */
  pendingText: string | null;
  settings: Settings;
  drafts: DraftSummary[];
  /** Messages about unreadable draft or settings files. */
  notices: string[];
  saveError: string | null;
  /** The drafter's notes on the last draft (one per table at most a few), shown with their table in the review. */
  notes: string[];
  /** Set when the user confirmed leaving: the app exits once the draft is on disk. */
  leaving: boolean;
  /** The answers as they were when the summary was opened from a drafted document (applied on 继续审阅). */
  reviewBase?: DraftAnswers;
  /** What the model said in this session (tokens, second opinions, explanations); not saved. */
  model?: ModelSession;
}

export type Action =
  | { type: 'drafts-listed'; drafts: DraftSummary[]; problems: string[] }
  | { type: 'new-draft'; id: string; now: string }
  | { type: 'open-draft'; draft: Draft }
  | { type: 'open-failed'; message: string }
  | { type: 'example-loaded'; id: string; now: string; answers: DraftAnswers }
  | { type: 'typing'; text: string }
  | { type: 'submit-answer'; text: string }
  | { type: 'goto-step'; step: InterviewStep }
  | { type: 'back' }
  | { type: 'open-review' }
  | { type: 'start-drafting'; labels: Array<{ target: 'unit' | number; label: string }>; offline?: boolean }
  | { type: 'redraft'; offline: boolean }
  | { type: 'draft-started'; drafter: string }
  | { type: 'draft-progress'; progress: DraftProgress }
  /** `tokens`: what the model used; `pause`: stay on the drafting screen to show why tables fell back. */
  | {
      type: 'draft-done';
      document: JixiaoDocument;
      notes: string[];
      tokens?: number;
      pause?: boolean;
      /** Drafted with last year's tables: how many indicators came from them; the files that could not be read. */
      lastYear?: { taken?: number; problems: string[] };
    }
  | { type: 'draft-failed'; message: string }
  | { type: 'review-move'; rows?: number; tables?: number }
  | { type: 'review-focus'; focus: 'grid' | 'issues'; issue?: number }
  | { type: 'review-message'; message: string }
  | { type: 'accept-row' }
  | { type: 'reject-row' }
  | { type: 'open-edit'; field?: IndicatorField; row?: number }
  | { type: 'add-row' }
  | { type: 'edit-field'; field: IndicatorField; texts: IndicatorTexts }
  | { type: 'save-indicator'; texts: IndicatorTexts }
  | { type: 'open-keep' }
  | { type: 'save-keep'; reason: string }
  | { type: 'open-table-text'; field: TableTextField }
  | { type: 'save-table-text'; text: string }
  | { type: 'open-category' }
  | { type: 'move-row'; delta: -1 | 1 }
  | { type: 'toggle-findings' }
  | { type: 'open-header' }
  | { type: 'save-header'; texts: HeaderTexts }
  | { type: 'save-category'; category: ProjectCategory }
  | { type: 'accept-table' }
  | { type: 'open-preview' }
  | { type: 'open-export'; dir: string }
  | { type: 'export-started'; dir: string }
  | { type: 'export-done'; dir: string; files: string[]; at: string }
  | { type: 'export-failed'; message: string }
  | { type: 'open-file'; previous?: boolean }
  | { type: 'previous-added'; path: string; projects: number }
  | { type: 'previous-cleared' }
  | { type: 'file-loading' }
  | { type: 'file-loaded'; path: string; document: JixiaoDocument | null; findings: Finding[] }
  | { type: 'file-failed'; message: string }
  /** `year`: start from last year's tables, moved to this year. */
  | { type: 'import-as-draft'; id: string; now: string; year?: number }
  | { type: 'open-settings' }
  | { type: 'settings-saved'; settings: Settings; message: string }
  | { type: 'settings-loaded'; settings: Settings; notice: string | null }
  | { type: 'open-model-settings' }
  | { type: 'model-settings-saved'; settings: Settings; message: string }
  | { type: 'add-suggestions'; level2: string; indicators: Indicator[]; tokens: number }
  | { type: 'rewrite-row'; row: number; indicator: Indicator; reason: string; tokens: number }
  | { type: 'explained'; key: string; reason: string; caution: string | null; tokens: number }
  | { type: 'second-opinions'; findings: Finding[]; tokens: number }
  | { type: 'undo' }
  | { type: 'save-failed'; message: string }
  | { type: 'saved' }
  | { type: 'ask-quit' }
  | { type: 'cancel-quit' }
  | { type: 'confirm-quit' }
  | { type: 'home' }
  | SelfEvalAction;
