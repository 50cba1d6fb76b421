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
}

/** A file as read: the document (not yet validated: the checker reports schema problems) and import findings. */
export interface LoadedFile {
  input: unknown;
  findings: Finding[];
}

/** A file that cannot be read at all: the message is Chinese and says what to do; `cause` the reason underneath. */
export class ImportError extends JixiaoError {}
