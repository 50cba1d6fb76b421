import type { JixiaoDocument } from '../../domain/document.js';

/** The questions of the self-evaluation screen (row 0 is the funds block; rows ≥ 1 are the indicators). */
export type SelfEvalField =
  | 'initial'
  | 'full'
  | 'spent'
  /** The 执行数 of each 年度主要任务 (whole-unit tables), in one answer. */
  | 'tasks'
  | 'goals'
  | 'actual'
  | 'grade'
  | 'score'
  | 'reason'
  | 'weight'
  | 'scheme'
  | 'target';

/** The self-evaluation screens (cases of Screen in types.ts). */
export type SelfEvalScreen =
  /** Which target table to evaluate: a saved draft or a file. */
  | { kind: 'selfeval-source'; busy: boolean; error?: string }
  /** Which of the target's tables (projects, 部门整体) to evaluate (when it has more than one). */
  | { kind: 'selfeval-projects'; target: JixiaoDocument; from: string }
  /**
   * One self-evaluation table: `field` is the question being answered (null: moving over the rows);
   * `walk` when answering one question after another; `explain` shows each score's arithmetic.
   */
  | {
      kind: 'selfeval';
      table: number;
      row: number;
      field: SelfEvalField | null;
      walk: boolean;
      explain: boolean;
      error?: string;
      message?: string;
    };

/** The self-evaluation actions (cases of Action in types.ts), handled in selfeval-reducer.ts. */
export type SelfEvalAction =
  | { type: 'selfeval-open' }
  | { type: 'selfeval-loading' }
  | { type: 'selfeval-failed'; message: string }
  /** A target document was chosen: with one target table the self-evaluation starts at once (a new draft). */
  | { type: 'selfeval-target'; document: JixiaoDocument; from: string; id: string; now: string }
  | { type: 'selfeval-start'; tables: number[]; id: string; now: string }
  | { type: 'selfeval-move'; rows?: number; tables?: number }
  | { type: 'selfeval-ask'; field: SelfEvalField; walk?: boolean }
  | { type: 'selfeval-answer'; text: string }
  | { type: 'selfeval-cancel' }
  | { type: 'selfeval-exclude' }
  | { type: 'selfeval-explain' }
  | { type: 'selfeval-message'; message: string };

export const SELFEVAL_ACTIONS = new Set<string>([
  'selfeval-open',
  'selfeval-loading',
  'selfeval-failed',
  'selfeval-target',
  'selfeval-start',
  'selfeval-move',
  'selfeval-ask',
  'selfeval-answer',
  'selfeval-cancel',
  'selfeval-exclude',
  'selfeval-explain',
  'selfeval-message',
]);

export const SELFEVAL_SCREENS = new Set<string>(['selfeval-source', 'selfeval-projects', 'selfeval']);
