import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { formatSize } from '../io/limits.js';

/**
 * Reading and checking runs synchronously for most of its time (no timer could fire to report
 * progress), so a file large enough to take more than a second is announced on stderr before it
 * is read: the user sees why the command is busy. Thresholds from bench/file-limits.ts (about
 * 0.4 MB of text, or 50 KB of a zipped Office file, per second).
 */
const ZIPPED = new Set(['.docx', '.docm', '.xlsx', '.xlsm', '.wps', '.et', '.doc', '.xls', '.pdf']);
const STREAMED = new Set(['.xlsx', '.xlsm']);

export function announceLargeInput(path: string, verb = '读取并检查'): void {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return;
    size = stats.size;
  } catch {
    return;
  }
  const extension = extname(path).toLowerCase();
  const zipped = ZIPPED.has(extension);
  // A workbook is read row by row as it is inflated: some 0.3 MB of .xlsx a second at worst.
  const seconds = STREAMED.has(extension) ? size / 300_000 : zipped ? size / 50_000 : size / 400_000;
  if (seconds < 1) return;
  process.stderr.write(
    `正在${verb} ${path}（${formatSize(size)}），文件较大，约需 ${Math.ceil(seconds)} 秒，请稍候…\n`,
  );
}
