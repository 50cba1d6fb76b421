import type { Answers } from '../domain/answers.js';
import type { JixiaoDocument } from '../domain/document.js';

/** Progress of one table being drafted (the unit table or a project), for progress lines. */
export interface DraftProgress {
  /** 'unit' for the whole-unit table, else the project's index in answers.projects. */
  target: 'unit' | number;
  label: string;
  state: 'waiting' | 'drafting' | 'streaming' | 'checking' | 'repairing' | 'done' | 'fallback' | 'failed';
  /** Characters received so far when streaming. */
  received?: number;
  /** Tokens used for this table, when the provider reports them. */
  tokens?: number;
  /** Why the offline table was used instead, in Chinese. */
  note?: string;
}

export interface DraftOptions {
  onProgress?: (progress: DraftProgress) => void;
  signal?: AbortSignal;
  /** Last year's tables of the unit (imported): their rows for a project of the same name or kind come first. */
  previous?: JixiaoDocument[];
}

export interface DraftResult {
  document: JixiaoDocument;
  /** Chinese notes for the user (e.g. "项目X：模型结果有错误，已改用离线草稿"). */
  notes: string[];
  tokens?: { prompt: number; completion: number };
  /** With `previous`: how many indicators were taken from last year's tables. */
  fromLastYear?: number;
}

/** The offline drafter and the LLM drafter both implement this; the app and `jixiao draft` take either. */
export interface Drafter {
  readonly name: string;
  draft(answers: Answers, options?: DraftOptions): Promise<DraftResult>;
}
