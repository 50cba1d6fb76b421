import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The app in a real pseudo-terminal: a tmux session of a fixed size on a private socket, with its
 * own HOME and JIXIAO_DATA_DIR. Keys go in with send-keys; the screen comes back with capture-pane,
 * polled until the expected text appears (or a deadline passes, then the screen is in the error).
 */

export const REPO = resolve(import.meta.dirname, '..', '..', '..');

export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

let sessions = 0;

export class Terminal {
  readonly socket: string;
  readonly session = 'app';
  private constructor(
    socket: string,
    readonly home: string,
  ) {
    this.socket = socket;
  }

  /** A new session running `node cli` (a new home unless `home` is given: to resume in the same one). */
  static start(cli: string, options: { columns?: number; rows?: number; home?: string } = {}): Terminal {
    const home = options.home ?? mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
    const terminal = new Terminal(`jixiao-e2e-${process.pid}-${++sessions}`, home);
    terminal.tmux(
      '-u',
      'new-session',
      '-d',
      '-s',
      terminal.session,
      '-x',
      String(options.columns ?? 120),
      '-y',
      String(options.rows ?? 40),
      '-e',
      `HOME=${home}`,
      '-e',
      `JIXIAO_DATA_DIR=${join(home, 'data')}`,
      '-e',
      `JIXIAO_CONFIG_DIR=${join(home, 'config')}`,
      '-e',
      'LANG=C.UTF-8',
      '-e',
      'LC_ALL=C.UTF-8',
      `cd ${JSON.stringify(REPO)} && exec node ${JSON.stringify(cli)}`,
    );
    return terminal;
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  screen(): string {
    try {
      return this.tmux('capture-pane', '-p', '-t', this.session);
    } catch {
      return '';
    }
  }

  /** Waits until the screen shows `text`; returns the screen. */
  async waitFor(text: string | RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
      if (Date.now() > deadline)
        throw new Error(`屏幕上没有出现 ${String(text)}（等了 ${timeoutMs} 毫秒）。当前屏幕：\n${screen}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  /** Named keys (Enter, Down, C-d, Escape…). */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...keys);
  }

  /** Text typed as it is (Chinese included). */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.session, '-l', text);
  }

  /** Moves a menu's selection down until `label` is selected. */
  async select(label: string): Promise<void> {
    for (let i = 0; i < 20; i++) {
      if (this.screen().includes(`› ${label}`)) return;
      const before = this.screen();
      this.keys('Down');
      const deadline = Date.now() + 5000;
      while (this.screen() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    }
    await this.waitFor(`› ${label}`, 1);
  }

  /** The process in the pane (the app, as it was started with exec). */
  pid(): number {
    return Number(this.tmux('display-message', '-p', '-t', this.session, '#{pane_pid}').trim());
  }

  stop(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }

  removeHome(): void {
    rmSync(this.home, { recursive: true, force: true });
  }
}
