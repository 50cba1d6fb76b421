import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { applyJournal, readJournal } from '../../../src/store/journal.js';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Draft } from '../../../src/store/draft-schema.js';
import type { Sandbox } from './cli.js';
import { TmuxApp } from '../../support/tmux.js';

/**
 * One person's sessions with the built app, killed and started again: the app in tmux, the draft
 * file read straight from disk after each kill, and a log of the kills for the failure message.
 */
export class KillSession {
  app: TmuxApp | null = null;
  readonly kills: string[] = [];
  private starts = 0;

  constructor(
    private readonly box: Sandbox,
    private readonly cli: string,
    private readonly socket: string,
    readonly seed: number,
  ) {}

  get draftsDir(): string {
    return join(this.box.data, 'drafts');
  }

  /** Where the failure happened: the seed to replay it and the kills so far. */
  context(what = ''): string {
    return `seed ${this.seed} (replay: JIXIAO_FAULT_SEED=${this.seed}); kills: ${this.kills.join(' | ') || 'none'}${what ? `; ${what}` : ''}`;
  }

  start(): TmuxApp {
    this.starts += 1;
    this.app = TmuxApp.start({
      socket: this.socket,
      cli: this.cli,
      env: this.box.env,
      cwd: this.box.root,
      session: `app${this.starts}`,
    });
    return this.app;
  }

  /** Starts the app and opens the saved draft from the start screen (the entry under 新建草稿). */
  async resume(): Promise<TmuxApp> {
    const a = this.start();
    await a.waitFor('继续：', 15_000);
    a.keys('Down');
    await a.waitFor(/› 继续：/);
    a.keys('Enter');
    await a.waitFor((s) => !s.includes('请选择要做的事'));
    return a;
  }

  async kill(what: string): Promise<void> {
    this.kills.push(what);
    await this.app!.kill9();
    this.app = null;
  }

  async end(): Promise<void> {
    if (this.app) await this.app.kill9().catch(() => undefined);
    this.app = null;
  }

  draftFiles(): string[] {
    return existsSync(this.draftsDir)
      ? readdirSync(this.draftsDir).filter((n) => /^[\w-]+\.json$/.test(n))
      : [];
  }

  /** The one draft, straight from disk: complete JSON that passes the draft schema, nothing set aside as broken. */
  readDraft(): Draft {
    const context = this.context();
    const names = this.draftFiles();
    expect(names, context).toHaveLength(1);
    expect(
      readdirSync(this.draftsDir).filter((n) => n.includes('.broken-')),
      context,
    ).toEqual([]);
    const text = readFileSync(join(this.draftsDir, names[0]), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new Error(
        `${context}: the draft file is not complete JSON (${(error as Error).message}):\n${text.slice(-200)}`,
        { cause: error },
      );
    }
    // With the changes saved since the file was last written whole (src/store/journal.ts).
    const since = (json as { journalSeq?: number }).journalSeq ?? 0;
    json = applyJournal(
      json,
      readJournal(join(this.draftsDir, names[0].replace(/\.json$/, '.journal')), since),
    );
    const parsed = Draft.safeParse(json);
    if (!parsed.success)
      throw new Error(`${context}: the draft file does not load: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  }
}
