import { basename, extname } from 'node:path';
import { readInputFile } from '../io/read-input.js';
import { OFFICE_EXTENSIONS, sniffBytes } from './office/sniff.js';
import type { LoadedFile } from './types.js';

/**
 * Reads any file a user may point at: our JSON document, text copied from Word/WPS, .docx, .xlsx.
 * Readers are loaded on demand so `check` of a text file never loads the Office libraries.
 */
export async function loadDocumentFile(
  path: string,
  options: { explain?: boolean } = {},
): Promise<LoadedFile> {
  // stat first: a FIFO, a device or a file over its kind's size limit is refused before it is read.
  const { bytes } = await readInputFile(path);
  const ext = extname(path).toLowerCase();
  // By content as well as by name: a Word/Excel file renamed .txt is still read as one, and a
  // .doc/.xls/.docx/.xlsx that is not really one (old binary, encrypted, renamed) is refused clearly.
  const kind = sniffBytes(bytes);
  if (OFFICE_EXTENSIONS.has(ext) || kind === 'zip' || kind === 'ole' || kind === 'pdf' || kind === 'image') {
    const { readOfficeBlocks, readOfficeFile } = await import('./office/index.js');
    if (options.explain) {
      // `import --explain`: the same blocks, mapped with every row traced.
      const { mapBlocks } = await import('./map-blocks.js');
      const blocks = await readOfficeBlocks(bytes, path);
      const { document, findings, rows } = mapBlocks(blocks, { sourceName: basename(path), explain: true });
      return { input: document, findings, rows };
    }
    const { document, findings } = await readOfficeFile(bytes, path);
    return { input: document, findings };
  }
  if (ext === '.json') {
    const { readJsonDocument } = await import('./json.js');
    return readJsonDocument(bytes, path);
  }
  const { readTextDocument } = await import('./text/index.js');
  const { document, findings, rows } = readTextDocument(bytes, path, options);
  return { input: document, findings, rows };
}
