import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import writeFileAtomic from './write-atomic.js';

/**
 * A draft's changes as an append-only journal beside its file (<id>.journal): each save appends
 * one line — the fields that changed since the last save, found by comparing the two drafts by
 * reference (the app's reducer shares every unchanged part) — and flushes it to disk before it
 * returns, so what the screen shows as done survives a kill -9. A line costs a few KB and one
 * fsync where writing the whole file of a 500-table draft cost 0.15-0.2 s on every key. The
 * journal is folded into the draft file later, off the input path (compact()).
 *
 * Line: {"s": <sequence>, "o": [[path, value] | [path]]} — [path] removes the field. The draft file
 * records the last sequence folded into it (`journalSeq`), so a kill between writing the file and
 * rewriting the journal applies nothing twice; a torn last line (killed mid-write) was never
 * confirmed and is ignored.
 */

type Path = Array<string | number>;
export type Op = [Path] | [Path, unknown];

export interface JournalLine {
  s: number;
  o: Op[];
}

/** The fields of `after` that differ from `before`, compared by reference where objects are shared. */
export function diffDrafts(before: unknown, after: unknown, path: Path = [], ops: Op[] = []): Op[] {
  if (before === after) return ops;
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(after)) {
      const value = after[key];
      if (value === undefined) {
        if (before[key] !== undefined) ops.push([[...path, key]]);
      } else if (before[key] !== value) diffDrafts(before[key], value, [...path, key], ops);
    }
    for (const key of Object.keys(before))
      if (before[key] !== undefined && !(key in after)) ops.push([[...path, key]]);
    return ops;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < after.length; i += 1)
      if (before[i] !== after[i]) diffDrafts(before[i], after[i], [...path, i], ops);
    return ops;
  }
  ops.push([path, after]);
  return ops;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The journal's complete lines after `since`, in order; reading stops at a torn or broken line. */
export function readJournal(file: string, since: number): JournalLine[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const lines: JournalLine[] = [];
  for (const raw of text.split('\n')) {
    if (raw === '') continue;
    let line: JournalLine;
    try {
      line = JSON.parse(raw) as JournalLine;
    } catch {
      break;
    }
    if (typeof line?.s !== 'number' || !Array.isArray(line.o)) break;
    if (line.s > since) lines.push(line);
  }
  return lines;
}

/** Applies journal lines to the draft as read from its file (plain JSON, before validation). */
export function applyJournal(json: unknown, lines: JournalLine[]): unknown {
  let root = json;
  for (const line of lines)
    for (const [path, ...value] of line.o) {
      if (path.length === 0) {
        root = value[0];
        continue;
      }
      let node = root as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) {
        if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
        node = node[key] as Record<string | number, unknown>;
      }
      const last = path[path.length - 1];
      if (value.length === 0) delete node[last];
      else node[last] = value[0];
    }
  return root;
}

/** One draft's open journal: appends with a flush to disk, rewritten after the file took its lines. */
export class Journal {
  private fd: number | null = null;
  /** Lines written since the draft file was last written whole. */
  private pending: string[] = [];

  constructor(
    readonly file: string,
    public seq: number,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  append(ops: Op[]): void {
    const line = `${JSON.stringify({ s: this.seq + 1, o: ops } satisfies JournalLine)}\n`;
    const created = this.fd === null && !existsSync(this.file);
    this.fd ??= openSync(this.file, 'a', 0o600);
    const before = fstatSync(this.fd).size;
    const bytes = Buffer.from(line, 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
      fsyncSync(this.fd);
    } catch (error) {
      // A full disk: the journal is put back as it was (no half line), the error goes to the caller.
      try {
        ftruncateSync(this.fd, before);
        if (created) {
          this.close();
          unlinkSync(this.file);
        }
      } catch {
        // the first error is the one that matters
      }
      throw error;
    }
    this.seq += 1;
    this.pending.push(line);
  }

  /** The draft file now holds every line up to `seq`: keep only the later ones. */
  folded(seq: number): void {
    this.pending = this.pending.filter((line) => (JSON.parse(line) as JournalLine).s > seq);
    this.close();
    if (this.pending.length === 0) {
      try {
        unlinkSync(this.file);
      } catch {
        // already gone
      }
    } else writeFileAtomic.sync(this.file, this.pending.join(''), { mode: 0o600 });
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
