import { constants, type Stats } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { WriteFileError, writeExportFile, type SaveElsewhere } from '../export/office/write-file.js';
import { FileAccessError } from './errors.js';
import { nonRegularKind } from './file-type.js';

/**
 * The one check every command makes before it writes `-o` (and again when it writes): only a
 * regular file is ever written; the output is never one of the command's inputs (same real path,
 * or same device and inode — a hard link, a symlink, `./a.json` and `a.json`); a read-only file is
 * kept unless --force. A symlink is followed: its target is replaced (atomically) and the link stays.
 */

export interface OutputOptions {
  /** Every file the command reads. */
  inputs: string[];
  /** Replace a read-only file. */
  force?: boolean;
  /**
   * How the user saves elsewhere, for the messages: by default `-o` and `--force` (the commands);
   * the app's export, which writes into a folder the user picks, says to pick another folder.
   */
  elsewhere?: SaveElsewhere;
}

export interface OutputTarget {
  /** The file to write: the path itself, or the target of a symlink. */
  path: string;
  /** Set when `-o` was a symlink: say where the data went. */
  note?: string;
}

export async function checkOutput(output: string, options: OutputOptions): Promise<OutputTarget> {
  const link = await lstat(output).catch(() => null);
  let path = resolve(output);
  let note: string | undefined;
  if (link?.isSymbolicLink()) {
    const target = await realpath(output).catch(() => null);
    if (target === null)
      throw new FileAccessError(
        `${output} 是符号链接，但它指向的文件不存在（或链接成环），没有写入。请用 -o 指定一个普通文件。`,
      );
    path = target;
    note = `${output} 是符号链接，已写入它指向的文件 ${target}（链接本身保留）。`;
  }
  const existing = link?.isSymbolicLink() ? await stat(path).catch(() => null) : link;
  if (existing) {
    refuseNonRegularOutput(existing, output, options.elsewhere);
    await refuseInput(existing, path, output, options.inputs);
    if (!options.force && (await isReadOnly(existing, path)))
      throw new FileAccessError(
        `${output} 是只读文件（权限 ${(existing.mode & 0o777).toString(8).padStart(4, '0')}），没有覆盖它。${options.elsewhere ? `确需覆盖请先去掉它的只读属性，${options.elsewhere.otherName}` : '确需覆盖请加 --force，或用 -o 另存为其他文件名'}。`,
      );
  } else {
    // Not there yet: it can still name an input through a symlinked folder (dir-link/a.json).
    const folder = await realpath(dirname(path)).catch(() => dirname(path));
    await refuseInput(null, join(folder, basename(path)), output, options.inputs);
  }
  return { path, note };
}

/** checkOutput, then an atomic write of the target; every failure is a Chinese FileAccessError. */
export async function writeOutputFile(
  output: string,
  data: Uint8Array | string,
  options: OutputOptions,
): Promise<OutputTarget> {
  const target = await checkOutput(output, options);
  try {
    await writeExportFile(target.path, data, options.elsewhere);
  } catch (error) {
    if (error instanceof WriteFileError) throw new FileAccessError(error.message, { cause: error });
    throw error;
  }
  return target;
}

function refuseNonRegularOutput(stats: Stats, output: string, elsewhere?: SaveElsewhere): void {
  const what = nonRegularKind(stats);
  if (what === null) return;
  // The app chose the file name: the user can only move what is in the way or pick another folder.
  const instead = elsewhere ? `请删除或改名它，${elsewhere.otherName}。` : undefined;
  if (what === '文件夹')
    throw new FileAccessError(
      `${output} 是一个文件夹，不是普通文件，没有写入。${instead ?? `请在后面加上文件名，例如 ${output.replace(/[\\/]+$/, '')}/绩效目标表.json。`}`,
    );
  throw new FileAccessError(
    `${output} 不是普通文件（是${what}），jixiao 只写入普通文件，没有写入。${instead ?? '请用 -o 指定一个普通文件。'}`,
  );
}

async function refuseInput(
  existing: Stats | null,
  realOutput: string,
  output: string,
  inputs: string[],
): Promise<void> {
  for (const input of inputs) {
    const same =
      (existing !== null &&
        (await stat(input).then(
          (s) => sameInode(s, existing),
          () => false,
        ))) ||
      (await realpath(input).then(
        (real) => real === realOutput,
        () => false,
      ));
    if (same)
      throw new FileAccessError(
        `输出文件 ${output} 就是输入文件 ${input}（同一个文件），写入会覆盖原文件，已停止。请用 -o 指定另一个文件名。`,
      );
  }
}

const sameInode = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/** Whether two existing paths are one file (same device and inode: a symlink, a hard link, ./a and a). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return first !== null && second !== null && sameInode(first, second);
}

/** No write bit at all (root may write anything: the mode is what the user set), or not writable by us. */
async function isReadOnly(stats: Stats, path: string): Promise<boolean> {
  if ((stats.mode & 0o222) === 0) return true;
  return access(path, constants.W_OK).then(
    () => false,
    () => true,
  );
}
