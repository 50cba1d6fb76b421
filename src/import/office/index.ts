import { basename } from 'node:path';
import { mapBlocks } from '../map-blocks.js';
import type { Block, ImportResult } from '../types.js';
import { ImportError } from '../types.js';
import { docxToBlocks } from './docx-blocks.js';
import { oleKind, refuseNonZip, sniffBytes } from './sniff.js';
import { xlsxToBlocks } from './xlsx-blocks.js';
import { checkAllParts, notOffice, openOfficeZip } from './zip.js';

/**
 * Any file that is, or claims to be, a Word/Excel file or a PDF: .docx/.xlsx, Word/Excel 97–2003
 * (.doc/.wps, .xls/.et), PDF. What it is is decided by its content (a .docx renamed .xlsx is read as
 * a Word document), unless `expect` insists on one kind of zip package.
 * Whatever goes wrong becomes an ImportError with a Chinese message; no other exception leaves.
 */
export async function readOfficeBlocks(
  bytes: Uint8Array,
  path: string,
  expect?: 'docx' | 'xlsx',
): Promise<Block[]> {
  try {
    const kind = sniffBytes(bytes);
    if (kind === 'pdf') return await (await import('./pdf-blocks.js')).pdfToBlocks(bytes, path);
    if (kind === 'ole') return await readOleBlocks(bytes, path);
    if (kind !== 'zip') throw refuseNonZip(kind, bytes, path);
    const pkg = openOfficeZip(bytes, path);
    if (pkg.kind === 'unknown' || (expect && pkg.kind !== expect)) throw notOffice(path, expect);
    if (pkg.kind === 'xlsx') checkAllParts(pkg, path);
    return pkg.kind === 'docx' ? docxToBlocks(pkg, path) : await xlsxToBlocks(bytes, path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `无法读取 ${path}：文件内容异常（${error instanceof Error ? error.message : String(error)}）。请在 WPS/Word/Excel 中打开它并另存为新的 .docx/.xlsx 文件后再导入。`,
    );
  }
}

/** Word 97–2003 (.doc/.wps) and Excel 97–2003 (.xls/.et) binaries; anything else in OLE is refused. */
async function readOleBlocks(bytes: Uint8Array, path: string): Promise<Block[]> {
  const kind = oleKind(bytes);
  if (kind === 'word') return (await import('./doc-blocks.js')).docToBlocks(bytes, path);
  if (kind === 'excel') return (await import('./xls-blocks.js')).xlsToBlocks(bytes, path);
  throw refuseNonZip('ole', bytes, path);
}

/** A Word/Excel file → our document, through the mapper the text reader uses. */
export async function readOfficeFile(
  bytes: Uint8Array,
  path: string,
  expect?: 'docx' | 'xlsx',
): Promise<ImportResult> {
  return mapBlocks(await readOfficeBlocks(bytes, path, expect), { sourceName: basename(path) });
}
