import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One app window per draft: a lock file beside the draft (<id>.lock) names the process holding it
 * (pid, host, the process's start time). A second window finds it and is told; a lock whose
 * process is gone (killed, crashed: same host, no such pid, or the pid now belongs to a process
 * started later) is stale and taken over. Locks are released when the process exits.
 */

/** The lock file of a draft in the drafts folder `dir`. */
export function draftLockFile(dir: string, id: string): string {
  return join(dir, `${id}.lock`);
}

/**
 * Locks a draft the app is creating under a fresh id, before its first save: from its first moment
 * it is this window's (a second window that lists the folder meanwhile sees it locked).
 */
export function lockNewDraft(dir: string, id: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    return; // no folder to lock in: the first save reports the problem
  }
  acquireLock(draftLockFile(dir, id));
}

export interface LockHolder {
  pid: number;
  host: string;
  /** The holder's process start time (Linux /proc), to tell a reused pid. */
  started: string | null;
  /** When the draft was opened (ISO). */
  at: string;
}

/** A process's state and start time (clock ticks since boot) from /proc/<pid>/stat; null where unknown. */
function processStat(pid: number): { state: string; started: string | null } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields 3 and 22, counted after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', started: fields[19] ?? null };
  } catch {
    return null;
  }
}

const processStart = (pid: number): string | null => processStat(pid)?.started ?? null;

function alive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // another machine (a shared folder): cannot tell, assume so
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const stat = processStat(holder.pid);
  // A killed process not yet reaped by its parent (a zombie) still answers kill(pid, 0).
  if (stat && (stat.state === 'Z' || stat.state === 'X')) return false;
  const started = stat?.started ?? null;
  return holder.started === null || started === null || started === holder.started;
}

const held = new Set<string>();
let exitHook = false;

function me(): LockHolder {
  return {
    pid: process.pid,
    host: hostname(),
    started: processStart(process.pid),
    at: new Date().toISOString(),
  };
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof holder.pid === 'number' ? holder : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock, or returns who holds it. A lock of this very process is ours already; a stale or
 * unreadable one (a kill while it was being written) is replaced.
 */
export function acquireLock(file: string): LockHolder | null {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(me()));
      } finally {
        closeSync(fd);
      }
      held.add(file);
      if (!exitHook) {
        exitHook = true;
        process.once('exit', releaseAll);
      }
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return null; // a folder we cannot lock in: no lock
    }
    const holder = readHolder(file);
    if (holder && holder.pid === process.pid && holder.host === hostname()) {
      held.add(file);
      return null;
    }
    if (holder && alive(holder)) return holder;
    try {
      unlinkSync(file);
    } catch {
      // taken over by another window meanwhile: the next attempt says so
    }
  }
  return readHolder(file);
}

export function releaseLock(file: string): void {
  if (!held.delete(file)) return;
  try {
    const holder = readHolder(file);
    if (holder?.pid === process.pid) unlinkSync(file);
  } catch {
    // already gone
  }
}

function releaseAll(): void {
  for (const file of [...held]) releaseLock(file);
}
