import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Finding } from '../domain/finding.js';
import { OFFICE_EXTENSIONS, sniffBytes } from './office/sniff.js';
import { ImportError, type LoadedFile } from './types.js';

/**
 * Reads any file a user may point at: our JSON document, text copied from Word/WPS, .docx, .xlsx.
 * Readers are loaded on demand so `check` of a text file never loads the Office libraries.
 */
export async function loadDocumentFile(path: string): Promise<LoadedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportError(`找不到文件：${path}。请检查路径和文件名。`);
    if (code === 'EISDIR') throw new ImportError(`${path} 是文件夹，请指定其中的文件。`);
    if (code === 'EACCES' || code === 'EPERM') throw new ImportError(`没有权限读取 ${path}。`);
    throw new ImportError(`无法读取 ${path}：${(error as Error).message}`);
  }
  const ext = extname(path).toLowerCase();
  // By content as well as by name: a Word/Excel file renamed .txt is still read as one, and a
  // .doc/.xls/.docx/.xlsx that is not really one (old binary, encrypted, renamed) is refused clearly.
  const kind = sniffBytes(bytes);
  if (OFFICE_EXTENSIONS.has(ext) || kind === 'zip' || kind === 'ole' || kind === 'pdf' || kind === 'image') {
    const { readOfficeFile } = await import('./office/index.js');
    const { document, findings } = await readOfficeFile(bytes, path);
    return { input: document, findings };
  }
  if (ext === '.json') {
    const { readJsonDocument } = await import('./json.js');
    return readJsonDocument(bytes, path);
  }
  const { readTextDocument } = await import('./text/index.js');
  const { document, findings } = readTextDocument(bytes, path);
  return { input: document, findings };
}
