import { basename } from 'node:path';
import { mapBlocks } from '../map-blocks.js';
import type { ImportResult } from '../types.js';
import { brokenCharactersFinding, decodeText } from './decode.js';
import { readTextBlocks } from './layout.js';

/**
 * A text file of tables copied out of Word/WPS (both layouts, see layout.ts) → our document.
 * Throws ImportError only when the bytes are not text; any text gives a document (with
 * `import/unrecognised` findings for what could not be placed).
 */
export function readTextDocument(
  bytes: Buffer,
  path: string,
  options: { explain?: boolean } = {},
): ImportResult {
  const name = basename(path);
  const markdown = /\.(md|markdown)$/i.test(name);
  const text = decodeText(bytes, name);
  const result = mapBlocks(readTextBlocks(text, { markdown }), {
    sourceName: name,
    explain: options.explain ?? false,
  });
  const broken = brokenCharactersFinding(text, bytes, name);
  return broken ? { ...result, findings: [broken, ...result.findings] } : result;
}

export { decodeText } from './decode.js';
