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

export function announceLargeInput(path: string, verb = '读取并检查'): void {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return;
    size = stats.size;
  } catch {
    return;
  }
  const zipped = ZIPPED.has(extname(path).toLowerCase());
  const seconds = zipped ? size / 50_000 : size / 400_000;
  if (seconds < 1) return;
  process.stderr.write(
    `正在${verb} ${path}（${formatSize(size)}），文件较大，约需 ${Math.ceil(seconds)} 秒，请稍候…\n`,
  );
}
