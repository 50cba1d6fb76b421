import { basename } from 'node:path';
import { mapBlocks } from '../map-blocks.js';
import type { Block, ImportResult } from '../types.js';
import { ImportError } from '../types.js';
import { docxToBlocks } from './docx-blocks.js';
import { withTabbedRows } from './tabbed-paragraphs.js';
import { oleKind, refuseNonZip, sniffBytes } from './sniff.js';
import { convertWithLibreOffice, libreOffice, libreOfficeOnPath, UnreadableByUs } from './soffice.js';
import { xlsxToBlocks } from './xlsx-blocks.js';
import { notOffice, openOfficeZip } from './zip.js';

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
    if (kind === 'ole') return await withLibreOffice(bytes, path, oleKind(bytes));
    if (kind === 'rtf' || kind === 'html') return await withLibreOffice(bytes, path, kind);
    if (kind !== 'zip') throw refuseNonZip(kind, bytes, path);
    const pkg = openOfficeZip(bytes, path);
    if (pkg.kind === 'unknown' || (expect && pkg.kind !== expect)) throw notOffice(path, expect);
    return pkg.kind === 'docx' ? withTabbedRows(docxToBlocks(pkg, path)) : await xlsxToBlocks(pkg, path);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `无法读取 ${path}：文件内容异常（${error instanceof Error ? error.message : String(error)}）。请在 WPS/Word/Excel 中打开它并另存为新的 .docx/.xlsx 文件后再导入。`,
    );
  }
}

/**
 * Word 97–2003 (.doc/.wps) and Excel 97–2003 (.xls/.et) binaries by our own readers; what they
 * cannot read (and RTF or Word's web-page .doc files) through LibreOffice when the user enabled it
 * (JIXIAO_LIBREOFFICE), else refused with a message that mentions that fallback when soffice is on PATH.
 */
async function withLibreOffice(
  bytes: Uint8Array,
  path: string,
  kind: ReturnType<typeof oleKind> | 'rtf' | 'html',
): Promise<Block[]> {
  let refusal: ImportError;
  try {
    if (kind === 'word')
      return withTabbedRows(await (await import('./doc-blocks.js')).docToBlocks(bytes, path));
    if (kind === 'excel') return await (await import('./xls-blocks.js')).xlsToBlocks(bytes, path);
    throw refuseNonZip(kind === 'rtf' || kind === 'html' ? kind : 'ole', bytes, path);
  } catch (error) {
    const rescuable = error instanceof UnreadableByUs || kind === 'rtf' || kind === 'html';
    if (!rescuable || kind === 'encrypted' || kind === 'other') throw error;
    refusal = error as ImportError;
  }
  const soffice = libreOffice();
  if (!soffice) {
    if (!libreOfficeOnPath()) throw refusal;
    throw new ImportError(
      `${refusal.message}（本机装有 LibreOffice：设置环境变量 JIXIAO_LIBREOFFICE=1 后，jixiao 会先用它转换这个文件再读取。）`,
    );
  }
  const from = kind === 'word' ? 'doc' : kind === 'excel' ? 'xls' : kind;
  const to = kind === 'excel' ? 'xlsx' : 'docx';
  const converted = await convertWithLibreOffice(soffice, bytes, from, to);
  if (!converted) throw refusal;
  return readOfficeBlocks(converted, path, to);
}

/** A Word/Excel file → our document, through the mapper the text reader uses. */
export async function readOfficeFile(
  bytes: Uint8Array,
  path: string,
  expect?: 'docx' | 'xlsx',
): Promise<ImportResult> {
  return mapBlocks(await readOfficeBlocks(bytes, path, expect), { sourceName: basename(path) });
}
