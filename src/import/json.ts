import { ImportError, type LoadedFile } from './types.js';

/**
 * Our own JSON document. It is not validated here: the checker reports schema problems as
 * `schema/invalid` findings, so the `document` passed on may be any parsed JSON.
 */
export function readJsonDocument(bytes: Buffer, path: string): LoadedFile {
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  try {
    return { input: JSON.parse(text), findings: [] };
  } catch (error) {
    throw new ImportError(
      `${path} 不是有效的 JSON：${(error as Error).message}。请用 jixiao 导出的文件，或检查是否被截断。`,
    );
  }
}
