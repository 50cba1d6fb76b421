import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Folders that refuse writes, for real. The tests run as root, for whom chmod changes nothing:
 * a read-only tmpfs mount (or, where mounting is not allowed, `chattr +i`, or chmod for a
 * normal user) and a tiny tmpfs for a full disk. `how` says which one was used.
 */

function run(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

export interface SpecialFolder {
  dir: string;
  how: string;
  release(): void;
}

/** A folder no file can be created in (holding `seed` files written before it was locked). */
export function readOnlyFolder(
  dir: string,
  seed: Record<string, string | Uint8Array> = {},
): SpecialFolder | null {
  mkdirSync(dir, { recursive: true });
  if (run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir])) {
    for (const [name, data] of Object.entries(seed)) writeFileSync(join(dir, name), data);
    if (run('mount', ['-o', 'remount,ro', dir]))
      return { dir, how: 'read-only tmpfs mount', release: () => run('umount', ['-l', dir]) };
    run('umount', ['-l', dir]);
  }
  for (const [name, data] of Object.entries(seed)) writeFileSync(join(dir, name), data);
  if (run('chattr', ['+i', dir])) return { dir, how: 'chattr +i', release: () => run('chattr', ['-i', dir]) };
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return { dir, how: 'chmod 555', release: () => chmodSync(dir, 0o755) };
  }
  return null;
}

/**
 * A 64 KiB tmpfs filled with `seed` files and then a filler, leaving `free` bytes: writes
 * bigger than that fail part way (a short write) or at once (ENOSPC).
 */
export function fullFolder(
  dir: string,
  free: number,
  seed: Record<string, string | Uint8Array> = {},
): SpecialFolder | null {
  mkdirSync(dir, { recursive: true });
  if (!run('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir])) return null;
  for (const [name, data] of Object.entries(seed)) writeFileSync(join(dir, name), data);
  // tmpfs counts whole 4 KiB pages: fill page by page until only `free` bytes (rounded down) remain.
  const filler = join(dir, 'filler.bin');
  writeFileSync(filler, '');
  const page = Buffer.alloc(4096, 0x2e);
  for (let i = 0; i < 16; i += 1) {
    const available = Number(
      execFileSync('df', ['--output=avail', '-B1', dir]).toString().split('\n')[1].trim(),
    );
    if (available <= free) break;
    try {
      writeFileSync(filler, page, { flag: 'a' });
    } catch {
      break;
    }
  }
  return { dir, how: '64 KiB tmpfs mount', release: () => run('umount', ['-l', dir]) };
}

/** The file names in a folder, for "nothing half-written was left behind". */
export function namesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}
