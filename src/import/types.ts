import type { JixiaoDocument } from '../domain/document.js';
import type { Finding } from '../domain/finding.js';
import { JixiaoError } from '../errors.js';

/**
 * What every reader produces before mapping to tables: the file as paragraphs and tables of cell
 * text, in order. A merged cell's continuation is an empty string (as text copied from Word shows
 * it), so the text, .docx and .xlsx readers share one mapper (src/import/map-blocks.ts).
 */
export type Block =
  | { kind: 'paragraph'; text: string; /** 1-based source line, when the reader knows it. */ line?: number }
  | {
      kind: 'table';
      rows: string[][];
      /** 1-based source line of each row, when the reader knows it. */ lines?: number[];
    };

export interface ImportResult {
  document: JixiaoDocument;
  /** `import/unrecognised` findings for what could not be placed. */
  findings: Finding[];
  /** Where every source row went (`jixiao import --explain`). */
  rows?: RowPlacement[];
}

/** One source row (or paragraph) and where the mapper put it, or why it set it aside. */
export interface RowPlacement {
  /** "第12行", or "第2个表格第3行" when the reader gives no line numbers. */
  where: string;
  line?: number;
  /** The row's non-empty cells, as written. */
  cells: string[];
  /** Index of the table it went into; null when it went into none (prose, a title, set aside). */
  table: number | null;
  /** What it became, in Chinese: "指标第3条（一级指标、三级指标、指标值）", "指标表头", "说明文字"… */
  went: string[];
  /** Why it, or part of it, was set aside (the `import/unrecognised` messages about it). */
  setAside: string[];
}

/** A file as read: the document (not yet validated: the checker reports schema problems) and import findings. */
export interface LoadedFile {
  input: unknown;
  findings: Finding[];
  /** Where every source row went, for files the mapper read (`jixiao import --explain`). */
  rows?: RowPlacement[];
}

/** A file that cannot be read at all: the message is Chinese and says what to do; `cause` the reason underneath. */
export class ImportError extends JixiaoError {}
