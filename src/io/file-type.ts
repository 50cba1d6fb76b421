import type { Stats } from 'node:fs';

/** What a path is when it is not a regular file, in Chinese ("文件夹", "命名管道（FIFO）"…); null for a regular file. */
export function nonRegularKind(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return '文件夹';
  if (stats.isFIFO()) return '命名管道（FIFO）';
  if (stats.isCharacterDevice()) return '字符设备';
  if (stats.isBlockDevice()) return '块设备';
  if (stats.isSocket()) return '套接字（socket）';
  if (stats.isSymbolicLink()) return '符号链接';
  return '特殊文件';
}
