import { readOfficeBlocks, readOfficeFile } from './office/index.js';
import type { Block, ImportResult } from './types.js';

/** A .docx as paragraphs and tables (merged cells as '' in the columns they cover). Throws ImportError only. */
export function readDocxBlocks(bytes: Uint8Array, path: string): Promise<Block[]> {
  return readOfficeBlocks(bytes, path, 'docx');
}

/** A .docx → our document, through the mapper the text reader uses. Throws ImportError only. */
export function readDocxDocument(bytes: Uint8Array, path: string): Promise<ImportResult> {
  return readOfficeFile(bytes, path, 'docx');
}
