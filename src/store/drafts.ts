import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { copyFile, readdir, readFile, rename, rm } from 'node:fs/promises';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { acquireLock, draftLockFile, releaseLock, type LockHolder } from './draft-lock.js';
import { applyJournal, diffDrafts, Journal, readJournal } from './journal.js';
import { repairFields } from './repair.js';
import writeFileAtomic from './write-atomic.js';
import type { Draft, DraftStage } from './draft-schema.js';
import { FileError } from '../errors.js';

/**
 * Drafts on disk: one JSON file per draft in the user's data folder, written atomically (a temp
 * file renamed over the old one) after every answer and every edit, so a kill at any moment leaves
 * the last complete state. A file that cannot be read is renamed to *.broken-<time>.json and reported.
 */

export type { DraftAnswers, InterviewStep, DraftStage, Draft } from './draft-schema.js';

export interface DraftSummary {
  id: string;
  unitName: string;
  year: number | null;
  stage: DraftStage;
  updatedAt: string;
  /** How many 项目支出绩效目标表 the draft holds (a self-evaluation can start from them). */
  projectTables?: number;
  /** How many 部门（单位）整体支出绩效目标表 it holds (a whole-unit self-evaluation starts from one). */
  departmentTables?: number;
  /** A self-evaluation (自评表) draft. */
  selfEval?: boolean;
}

export interface DraftList {
  drafts: DraftSummary[];
  /** Chinese messages about files that could not be read (each kept as a backup). */
  problems: string[];
}

export interface DraftStore {
  readonly dir: string;
  list(): Promise<DraftList>;
  /**
   * The draft, or a DraftFileError (the broken file already kept as a backup). Opening locks it to
   * this window: open in another one, it is a DraftLockedError, unless `readOnly` (then saving it
   * is a DraftReadOnlyError).
   */
  load(id: string, options?: { readOnly?: boolean }): Promise<Draft>;
  /** A copy of the draft under a new id, opened (and locked) in this window. */
  copy?(id: string): Promise<Draft>;
  /** Writes atomically; writes of one draft happen in the order they were asked for. */
  save(draft: Draft): Promise<void>;
  remove(id: string): Promise<void>;
  /** Resolves when every save asked for so far is on disk. */
  flush(): Promise<void>;
}

export class DraftFileError extends FileError {}

/** The draft is open in another window (`holder`): the message says which, since when. */
export class DraftLockedError extends DraftFileError {
  constructor(
    message: string,
    readonly holder: LockHolder,
  ) {
    super(message);
  }
}

/** A change to a draft opened read-only (it is being edited in another window). */
export class DraftReadOnlyError extends DraftFileError {}

/** The user's data folder: JIXIAO_DATA_DIR when set (tests), else the platform's usual place. */
export function dataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.JIXIAO_DATA_DIR) return env.JIXIAO_DATA_DIR;
  const home = env.HOME || env.USERPROFILE || homedir();
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'jixiao', 'Data');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'jixiao');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'jixiao');
}

/** A new draft id from the time and a random suffix, e.g. 20250305-142233-k3f9. */
export function newDraftId(now: Date, random: () => number = Math.random): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `${stamp}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

export function createDraftStore(options: { dir?: string; now?: () => Date } = {}): DraftStore {
  const dir = options.dir ?? join(dataDir(), 'drafts');
  const now = options.now ?? (() => new Date());
  const fileOf = (id: string) => join(dir, `${id}.json`);
  const journalOf = (id: string) => join(dir, `${id}.journal`);
  const lockOf = (id: string) => draftLockFile(dir, id);
  /** Drafts opened read-only in this window. */
  const readOnly = new Set<string>();
  /** The last journal sequence of each draft read (what its next line follows). */
  const lastSeq = new Map<string, number>();
  /** Drafts being edited: the last saved state (to compare the next one with) and its journal. */
  const open = new Map<string, { draft: Draft; journal: Journal; timer?: NodeJS.Timeout }>();

  /** The whole draft, written atomically, with the last journal line it holds. */
  function writeWhole(draft: Draft, seq: number): void {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic.sync(fileOf(draft.id), `${JSON.stringify({ ...draft, journalSeq: seq }, null, 2)}\n`, {
      mode: 0o600,
    });
  }

  /** Folds the journal into the draft file, off the input path (a while after the last key). */
  function scheduleFold(id: string): void {
    const state = open.get(id);
    if (!state) return;
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void fold(id);
    }, FOLD_AFTER_MS);
    state.timer.unref();
  }

  function fold(id: string): Promise<void> {
    const state = open.get(id);
    if (!state || state.journal.size === 0) return queue;
    const { draft } = state;
    const seq = state.journal.seq;
    queue = queue
      .then(async () => {
        await writeFileAtomic(fileOf(id), `${JSON.stringify({ ...draft, journalSeq: seq }, null, 2)}\n`, {
          mode: 0o600,
        });
        state.journal.folded(seq);
      })
      .catch(() => undefined); // the journal still holds every change: the next fold tries again
    return queue;
  }
  let queue: Promise<void> = Promise.resolve();
  /** Notices of drafts repaired on reading, shown once with the list. */
  const repairs = new Map<string, string>();

  async function keepBroken(file: string, reason: string): Promise<string> {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const backup = file.replace(/\.json$/, `.broken-${stamp}.json`);
    try {
      await rename(file, backup);
    } catch {
      return `草稿文件 ${file} 无法读取（${reason}），也无法改名保留，请手动检查该文件。`;
    }
    return `草稿文件 ${file} 已损坏（${reason}），已原样保留为 ${backup}，其他草稿不受影响。`;
  }

  async function read(id: string): Promise<Draft> {
    const file = fileOf(id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new DraftFileError(
        code === 'ENOENT'
          ? `找不到草稿 ${id}（可能已被删除）。`
          : `无法读取草稿 ${file}：${(error as Error).message}`,
        { cause: error },
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new DraftFileError(await keepBroken(file, '不是完整的 JSON'));
    }
    // The changes saved since the file was last written whole (src/store/journal.ts).
    const since = foldedSeq(json);
    const lines = readJournal(journalOf(id), since);
    json = applyJournal(json, lines);
    lastSeq.set(id, lines.length > 0 ? lines[lines.length - 1].s : since);
    const { Draft: DraftSchema } = await import('./draft-schema.js');
    const parsed = DraftSchema.safeParse(json);
    if (parsed.success) return parsed.data;
    // Field by field: one wrongly typed field ("year": "2025") never sets the whole draft aside.
    const repaired = repairFields(DraftSchema, json, (at) => draftFieldDefault(at, json));
    if (repaired.value === null) {
      const issue = parsed.error.issues[0];
      throw new DraftFileError(await keepBroken(file, `${issue.path.join('.') || '内容'}：${issue.message}`));
    }
    const backup = await keepCopy(file);
    // The journal's lines are in the repaired draft: the file says so (journalSeq).
    const seq = lastSeq.get(id) ?? 0;
    writeFileAtomic.sync(file, `${JSON.stringify({ ...repaired.value, journalSeq: seq }, null, 2)}\n`, {
      mode: 0o600,
    });
    repairs.set(
      id,
      [
        `草稿 ${id} 中有无法使用的内容，已修复，其余内容保留：`,
        repaired.coerced.length > 0 ? `按原意转换 ${repaired.coerced.join('；')}；` : '',
        repaired.reset.length > 0 ? `无法保留、已恢复默认或移除 ${repaired.reset.join('、')}；` : '',
        `修复前的文件保留为 ${backup}。`,
      ].join(''),
    );
    return repaired.value;
  }

  /** A copy of a draft before it is repaired (the original stays where it is until rewritten). */
  async function keepCopy(file: string): Promise<string> {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const backup = file.replace(/\.json$/, `.broken-${stamp}.json`);
    try {
      await copyFile(file, backup);
      return backup;
    } catch {
      return '（备份失败）';
    }
  }

  return {
    dir,
    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { drafts: [], problems: [] };
        return { drafts: [], problems: [`无法打开草稿文件夹 ${dir}：${(error as Error).message}`] };
      }
      const drafts: DraftSummary[] = [];
      const problems: string[] = [];
      for (const name of names) {
        if (!/^[\w-]+\.json$/.test(name) || name.includes('.broken-')) continue;
        try {
          const draft = await read(name.slice(0, -5));
          drafts.push({
            id: draft.id,
            unitName: draft.answers.unit.name || draft.document?.unit.name || '',
            year: draft.answers.unit.year ?? draft.document?.unit.year ?? null,
            stage: draft.stage,
            updatedAt: draft.updatedAt,
            projectTables: draft.document?.tables.filter((t) => t.kind === 'project').length ?? 0,
            departmentTables: draft.document?.tables.filter((t) => t.kind === 'department').length ?? 0,
            ...(draft.selfEval ? { selfEval: true } : {}),
          });
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      problems.push(...repairs.values());
      repairs.clear();
      drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { drafts, problems };
    },
    async load(id, options = {}) {
      if (options.readOnly) {
        readOnly.add(id);
        return read(id);
      }
      const holder = acquireLock(lockOf(id));
      if (holder) throw new DraftLockedError(lockedMessage(holder), holder);
      readOnly.delete(id);
      const draft = await read(id);
      const seq = lastSeq.get(id) ?? 0;
      open.get(id)?.journal.close();
      // Start the session on a clean journal: its lines are folded in (a torn last line from a kill
      // would otherwise hide every line appended after it). File first, then the journal goes.
      if (existsSync(journalOf(id))) {
        writeWhole(draft, seq);
        rmSync(journalOf(id), { force: true });
      }
      const journal = new Journal(journalOf(id), seq);
      open.set(id, { draft, journal });
      return draft;
    },
    save(draft) {
      // On disk before this returns: the app saves a change before drawing it, so what the screen
      // shows as done survives a kill -9. A draft being edited appends only what changed to its
      // journal (one small fsync'd line); the whole file is written on the first save and then
      // folded in the background. Failures: a rejected promise.
      try {
        if (readOnly.has(draft.id))
          throw new DraftReadOnlyError(
            '这份草稿是只读打开的（它正在另一个窗口中编辑），这里的修改不会保存。要修改，请在首页选它并按 c 打开一份副本。',
          );
        const state = open.get(draft.id);
        if (!state) {
          const seq = lastSeq.get(draft.id) ?? 0;
          // Not locked here: a window locks a draft when it opens one (load, copy) and the app locks
          // one it creates (lockNewDraft, with its id); a fixture saved by a test stays unlocked.
          writeWhole(draft, seq);
          open.set(draft.id, { draft, journal: new Journal(journalOf(draft.id), seq) });
          return Promise.resolve();
        }
        const ops = diffDrafts(state.draft, draft);
        if (ops.length > 0) state.journal.append(ops);
        state.draft = draft;
        if (state.journal.size >= FOLD_AFTER_LINES) void fold(draft.id);
        else scheduleFold(draft.id);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    },
    async remove(id) {
      await queue;
      const state = open.get(id);
      if (state?.timer) clearTimeout(state.timer);
      state?.journal.close();
      open.delete(id);
      await rm(journalOf(id), { force: true });
      await rm(fileOf(id), { force: true });
      releaseLock(lockOf(id));
    },
    async copy(id) {
      const original = await read(id);
      const stamp = now().toISOString();
      const copy: Draft = { ...original, id: newDraftId(now()), createdAt: stamp, updatedAt: stamp };
      writeWhole(copy, 0);
      acquireLock(lockOf(copy.id));
      open.set(copy.id, { draft: copy, journal: new Journal(journalOf(copy.id), 0) });
      return copy;
    },
    async flush() {
      for (const [id, state] of open) {
        if (state.timer) clearTimeout(state.timer);
        state.timer = undefined;
        await fold(id);
      }
      await queue;
    },
  };
}

/** Defaults for the draft fields a repair may have to put back (the rest are optional or defaulted by the schema). */
function draftFieldDefault(path: Array<string | number>, json: unknown): unknown {
  const key = path.join('.');
  if (key === 'step') return { section: 'summary' };
  if (key === 'stage') return 'interview';
  if (key === 'updatedAt' || key === 'createdAt') {
    const other = (json as Record<string, unknown>)[key === 'updatedAt' ? 'createdAt' : 'updatedAt'];
    return typeof other === 'string' ? other : new Date(0).toISOString();
  }
  return undefined;
}

/** Fold the journal into the file this long after the last change, or after this many lines. */
const FOLD_AFTER_MS = 1500;
const FOLD_AFTER_LINES = 500;

/** The last journal line the draft file already holds. */
function foldedSeq(json: unknown): number {
  const seq = (json as { journalSeq?: unknown } | null)?.journalSeq;
  return typeof seq === 'number' && Number.isInteger(seq) && seq >= 0 ? seq : 0;
}

function lockedMessage(holder: LockHolder): string {
  const since = new Date(holder.at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const when = Number.isNaN(since.getTime())
    ? ''
    : `，${since.getMonth() + 1}月${since.getDate()}日 ${pad(since.getHours())}:${pad(since.getMinutes())} 起`;
  const where = holder.host === hostname() ? '' : `，电脑 ${holder.host}`;
  return `这份草稿正在另一个 jixiao 窗口中打开（进程 ${holder.pid}${where}${when}）。两个窗口同时修改会互相覆盖。`;
}
