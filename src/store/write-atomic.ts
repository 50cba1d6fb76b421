import fs from 'node:fs';
import { chmod, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Atomic file writes: the data goes to a temporary file beside the target, is flushed to disk and
 * renamed over the target, so the target is always the old file or the whole new one.
 *
 * Used instead of the write-file-atomic package, which makes a single write() call and ignores a
 * short count: on a nearly full disk it renamed a truncated file over the good one (a draft, an
 * export, the secrets file). Here every byte is written (FileHandle.writeFile / writeFileSync
 * loop) or the write fails with the system's error (ENOSPC…) and the temporary file is removed.
 * Same call shape as write-file-atomic: `writeFileAtomic(path, data, { mode })` and `.sync`.
 */

export interface AtomicWriteOptions {
  /** File mode; by default the existing file's, else 0o666 less the umask. */
  mode?: number;
}

let counter = 0;

/** A hidden temporary name in the target's folder (a rename must not cross file systems). */
function tempPath(path: string): string {
  counter += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${counter.toString(36)}.tmp`);
}

async function writeAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const mode =
    options.mode ??
    (await stat(path).then(
      (s) => s.mode & 0o7777,
      () => undefined,
    ));
  const temp = tempPath(path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', mode ?? 0o666);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

function writeAtomicSync(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  let mode = options.mode;
  if (mode === undefined) {
    try {
      mode = fs.statSync(path).mode & 0o7777;
    } catch {
      mode = undefined;
    }
  }
  const temp = tempPath(path);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o666);
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (mode !== undefined) fs.chmodSync(temp, mode);
    fs.renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing: the first error is the one that matters
      }
    }
    try {
      fs.unlinkSync(temp);
    } catch {
      // never created
    }
    throw error;
  }
}

const writeFileAtomic = Object.assign(writeAtomic, { sync: writeAtomicSync });
export default writeFileAtomic;
