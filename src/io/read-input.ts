import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { FileAccessError } from './errors.js';
import { nonRegularKind } from './file-type.js';
import { formatSize, INPUT_LIMITS, inputKind, KIND_LABEL, type InputKind } from './limits.js';

/**
 * Every file a command or the app reads goes through here: the path is checked with `stat` before
 * it is opened (a FIFO or a device would block or never end), opened without blocking and checked
 * again on the open descriptor (the path may have been swapped in between), and its size is held
 * against the limit of its kind before any byte beyond the first few is read.
 */

export interface InputFile {
  bytes: Buffer;
  kind: InputKind;
}

export interface ReadInputOptions {
  /** What the file is to the user ("答卷文件"), for messages; default "文件". */
  role?: string;
  /** Read as this kind whatever its name and first bytes (answers and actuals are JSON). */
  kind?: InputKind;
}

const HEAD_BYTES = 8;
// Windows has no O_NONBLOCK; there a FIFO cannot appear under a path anyway.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

export async function readInputFile(path: string, options: ReadInputOptions = {}): Promise<InputFile> {
  const role = options.role ?? '文件';
  const before = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw openError(error, path, role);
  });
  refuseNonRegular(before, path, role);
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    throw openError(error as NodeJS.ErrnoException, path, role);
  }
  try {
    const stats = await handle.stat();
    refuseNonRegular(stats, path, role);
    const head = Buffer.alloc(Math.min(HEAD_BYTES, stats.size));
    await handle.read(head, 0, head.length, 0);
    const kind = options.kind ?? inputKind(path, head);
    refuseTooLarge(stats.size, kind, path, role);
    // At most limit + 1 bytes, whatever the file grows to while it is read.
    const limit = INPUT_LIMITS[kind];
    const bytes = Buffer.allocUnsafe(Math.min(stats.size, limit + 1));
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    refuseTooLarge(filled, kind, path, role);
    return { bytes: bytes.subarray(0, filled), kind };
  } catch (error) {
    if (error instanceof FileAccessError) throw error;
    throw openError(error as NodeJS.ErrnoException, path, role);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Refuses what is not a regular file, before anything opens it. */
export function refuseNonRegular(stats: Stats, path: string, role = '文件'): void {
  const what = nonRegularKind(stats);
  if (what === null) return;
  if (what === '文件夹') throw new FileAccessError(`${path} 是文件夹，不是普通文件。请指定其中的${role}。`);
  throw new FileAccessError(
    `${path} 不是普通文件（是${what}），不能作为${role}读取。请指定一个普通的${role}（.txt、.json、.docx、.xlsx 等）。`,
  );
}

export function refuseTooLarge(size: number, kind: InputKind, path: string, role = '文件'): void {
  const limit = INPUT_LIMITS[kind];
  if (size <= limit) return;
  throw new FileAccessError(
    `${path} 有 ${formatSize(size)}，超过了${KIND_LABEL[kind]}的上限 ${formatSize(limit)}，不像是绩效目标表${role === '文件' ? '' : `或${role}`}。请确认选对了文件；如确需读取，请把其中的表格复制到一个新文件中。`,
  );
}

function openError(error: NodeJS.ErrnoException, path: string, role: string): FileAccessError {
  const fileAccessError = (message: string) => new FileAccessError(message, { cause: error });
  switch (error.code) {
    case 'ENOENT':
      return fileAccessError(`找不到${role}：${path}。请检查路径和文件名。`);
    case 'ENOTDIR':
      return fileAccessError(`找不到${role}：${path}（路径中有一段不是文件夹）。请检查路径。`);
    case 'EISDIR':
      return fileAccessError(`${path} 是文件夹，不是普通文件。请指定其中的${role}。`);
    case 'EACCES':
    case 'EPERM':
      return fileAccessError(`没有权限读取 ${path}。请检查文件权限，或把它复制到自己的文件夹再试。`);
    case 'ELOOP':
      return fileAccessError(`${path} 是循环的符号链接，无法读取。请指定实际的文件。`);
    case 'ENAMETOOLONG':
      return fileAccessError(`文件名太长：${path}。`);
    case 'EIO':
      return fileAccessError(`读取 ${path} 时磁盘出错（EIO）。请把文件复制到其他位置再试。`);
    default:
      return fileAccessError(
        `无法读取${role} ${path}（${error.code ?? '未知原因'}）。请确认它是可以读取的普通文件。`,
      );
  }
}
