import { readOfficeBlocks, readOfficeFile } from './office/index.js';
import type { Block, ImportResult } from './types.js';

/** Every visible sheet of an .xlsx as paragraphs and tables (merged cells as ''). Throws ImportError only. */
export function readXlsxBlocks(bytes: Uint8Array, path: string): Promise<Block[]> {
  return readOfficeBlocks(bytes, path, 'xlsx');
}

/** An .xlsx → our document, through the mapper the text reader uses. Throws ImportError only. */
export function readXlsxDocument(bytes: Uint8Array, path: string): Promise<ImportResult> {
  return readOfficeFile(bytes, path, 'xlsx');
}
