import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import writeFileAtomic from '../../store/write-atomic.js';
import { FileError } from '../../errors.js';

/** A file that could not be written: the message is Chinese and says what to do. */
export class WriteFileError extends FileError {}

/** How the user saves elsewhere where they are: `-o` on the command line, another folder in the app. */
export interface SaveElsewhere {
  /** After "no permission to write the folder". */
  ownFolder: string;
  /** After "the file is open in another program". */
  otherName: string;
  /** After "the folder does not exist". */
  otherPlace: string;
}

export const CLI_SAVE_ELSEWHERE: SaveElsewhere = {
  ownFolder: '请用 -o 保存到自己的文件夹，例如“文档”或桌面',
  otherName: '或用 -o 另存为其他文件名',
  otherPlace: '或用 -o 指定其他保存位置',
};

/**
 * Writes an exported file atomically (a temporary file renamed into place), so a failure never
 * leaves half a file where the old one was. Errors become WriteFileError in Chinese, saying how to
 * save elsewhere in the words of the caller (`elsewhere`).
 */
export async function writeExportFile(
  path: string,
  data: Uint8Array | string,
  elsewhere: SaveElsewhere = CLI_SAVE_ELSEWHERE,
): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  const folderStat = await stat(folder).catch(() => null);
  if (!folderStat)
    throw new WriteFileError(`文件夹不存在：${folder}。请先创建这个文件夹，${elsewhere.otherPlace}。`);
  if (!folderStat.isDirectory())
    throw new WriteFileError(`${folder} 不是文件夹，无法在其中保存 ${path}。请换一个保存位置。`);
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory())
    throw new WriteFileError(
      `${path} 是一个文件夹。请在后面加上文件名，例如 ${path.replace(/[\\/]+$/, '')}/绩效目标表.docx。`,
    );
  try {
    await writeFileAtomic(
      target,
      typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    );
  } catch (error) {
    throw new WriteFileError(describeWriteError(error as NodeJS.ErrnoException, path, folder, elsewhere), {
      cause: error,
    });
  }
}

/** The Chinese explanation of a failed write, by its errno code. */
export function describeWriteError(
  error: NodeJS.ErrnoException,
  path: string,
  folder: string,
  elsewhere: SaveElsewhere = CLI_SAVE_ELSEWHERE,
): string {
  switch (error.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `没有权限写入 ${folder}（文件夹只读或受保护）。${elsewhere.ownFolder}。`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${path} 正被其他程序占用（可能在 WPS/Word/Excel 中打开着）。请关闭该文件后重试，${elsewhere.otherName}。`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `磁盘空间不足，无法保存 ${path}。请清理磁盘或保存到其他位置。`;
    case 'ENAMETOOLONG':
      return `文件名太长：${path}。请换一个短一些的文件名。`;
    case 'ENOENT':
      return `文件夹不存在：${folder}。请先创建这个文件夹，${elsewhere.otherPlace}。`;
    default:
      return `无法保存 ${path}：${error.message}`;
  }
}
