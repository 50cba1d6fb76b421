import type { ImportResult } from '../types.js';
import { ImportError } from '../types.js';

// Replaced by the text reader (issue 2 §4).
export function readTextDocument(_bytes: Buffer, path: string): ImportResult {
  throw new ImportError(`暂不能读取文本表格：${path}`);
}
