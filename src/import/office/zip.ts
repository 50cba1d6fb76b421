import type JSZip from 'jszip';
import { ImportError } from '../types.js';

/** An opened .docx/.xlsx package and what it contains. */
export interface OfficePackage {
  zip: JSZip;
  kind: 'docx' | 'xlsx' | 'unknown';
}

/**
 * Opens a zip (JSZip comes with exceljs and mammoth). A truncated or damaged zip becomes an
 * ImportError saying the file is incomplete.
 */
export async function openOfficeZip(bytes: Uint8Array, path: string): Promise<OfficePackage> {
  const { default: JSZipClass } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes, { checkCRC32: true });
  } catch {
    throw damaged(path);
  }
  const names = Object.keys(zip.files);
  const kind = names.includes('word/document.xml') || names.some((n) => /^word\/document\d*\.xml$/.test(n))
    ? 'docx'
    : names.includes('xl/workbook.xml') || names.some((n) => /^xl\/workbook\d*\.xml$/.test(n))
      ? 'xlsx'
      : 'unknown';
  return { zip, kind };
}

/** Reads one entry as text; a damaged entry becomes an ImportError. */
export async function readZipText(zip: JSZip, name: string, path: string): Promise<string | undefined> {
  const entry = zip.file(name);
  if (!entry) return undefined;
  try {
    return await entry.async('string');
  } catch {
    throw damaged(path);
  }
}

export function damaged(path: string): ImportError {
  return new ImportError(`${path} 已损坏或不完整（可能在下载、复制时被截断）。请重新获取原文件；若能在 WPS/Word/Excel 中打开，请另存一份新文件后再导入。`);
}

/** A zip that holds neither a Word document nor an Excel workbook (or not the one expected). */
export function notOffice(path: string, expect?: 'docx' | 'xlsx'): ImportError {
  if (expect === 'docx') return new ImportError(`${path} 不是 Word 文档（.docx）。如果它是 Excel 表格，请用 .xlsx 扩展名或直接用 jixiao import 导入。`);
  if (expect === 'xlsx') return new ImportError(`${path} 不是 Excel 工作簿（.xlsx）。如果它是 Word 文档，请用 .docx 扩展名或直接用 jixiao import 导入。`);
  return new ImportError(`${path} 是压缩包，但其中没有 Word 文档或 Excel 工作簿。请解压后导入其中的 .docx 或 .xlsx 文件。`);
}
