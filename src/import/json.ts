import { basename } from 'node:path';
import { jsonErrorPlace } from '../draft/answers-input.js';
import { brokenCharactersFinding } from './text/decode.js';
import { ImportError, type LoadedFile } from './types.js';

/**
 * Our own JSON document. It is not validated here: the checker reports schema problems as
 * `schema/invalid` findings, so the `document` passed on may be any parsed JSON. Bytes that are not
 * UTF-8 are read as "�" and warned about; a syntax error names the line and column, in Chinese.
 */
export function readJsonDocument(bytes: Buffer, path: string): LoadedFile {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new ImportError(
      `${path} 不是有效的 JSON：${jsonErrorPlace(text, (error as Error).message) || '格式错误。'}请用 jixiao 导出的文件，或检查是否被截断、是否用了中文引号或逗号。`,
    );
  }
  const broken = brokenCharactersFinding(text, bytes, basename(path));
  return { input, findings: broken ? [broken] : [] };
}
