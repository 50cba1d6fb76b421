import type { JixiaoDocument, ProjectCategory } from '../../domain/document.js';
import type { Finding } from '../../domain/finding.js';
import type { DraftProgress } from '../../draft/types.js';
import type { Draft, DraftAnswers, DraftSummary, InterviewStep } from '../../store/drafts.js';
import type { Settings } from '../../store/settings-schema.js';
import type { IndicatorField, IndicatorTexts, TableTextField } from './review.js';

/** What is on screen: one case per screen; App.tsx switches on `kind`. */
export type Screen =
  | { kind: 'start'; message?: string }
  | { kind: 'interview'; error?: string; notice?: string }
  | { kind: 'summary'; error?: string }
  | { kind: 'drafting'; progress: DraftProgress[]; error?: string }
  | { kind: 'review'; table: number; row: number; focus: 'grid' | 'issues'; issue: number; message?: string }
  | { kind: 'edit'; table: number; row: number; field: IndicatorField; texts: IndicatorTexts; isNew: boolean }
  | { kind: 'keep'; table: number; row: number }
  | { kind: 'table-text'; table: number; field: TableTextField }
  | { kind: 'category'; table: number }
  | { kind: 'preview' }
  | { kind: 'export'; phase: 'ask' | 'writing' | 'done' | 'failed'; dir: string; files: string[]; error?: string }
  | { kind: 'open-file'; busy: boolean; error?: string }
  | { kind: 'file-report'; path: string; document: JixiaoDocument | null; findings: Finding[] }
  | { kind: 'settings'; message?: string }
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
  /** Set when the user confirmed leaving: the app exits once the draft is on disk. */
  leaving: boolean;
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
  | { type: 'start-drafting'; labels: Array<{ target: 'unit' | number; label: string }> }
  | { type: 'draft-progress'; progress: DraftProgress }
  | { type: 'draft-done'; document: JixiaoDocument; notes: string[] }
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
  | { type: 'save-category'; category: ProjectCategory }
  | { type: 'accept-table' }
  | { type: 'open-preview' }
  | { type: 'open-export'; dir: string }
  | { type: 'export-started'; dir: string }
  | { type: 'export-done'; dir: string; files: string[]; at: string }
  | { type: 'export-failed'; message: string }
  | { type: 'open-file' }
  | { type: 'file-loading' }
  | { type: 'file-loaded'; path: string; document: JixiaoDocument | null; findings: Finding[] }
  | { type: 'file-failed'; message: string }
  | { type: 'import-as-draft'; id: string; now: string }
  | { type: 'open-settings' }
  | { type: 'settings-saved'; settings: Settings; message: string }
  | { type: 'settings-loaded'; settings: Settings; notice: string | null }
  | { type: 'undo' }
  | { type: 'save-failed'; message: string }
  | { type: 'saved' }
  | { type: 'ask-quit' }
  | { type: 'cancel-quit' }
  | { type: 'confirm-quit' }
  | { type: 'home' };
