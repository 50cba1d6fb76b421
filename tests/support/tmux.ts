import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vi } from 'vitest';

/**
 * The built app in a real pseudo-terminal, for the end-to-end, fault and security tests: a tmux
 * session of a fixed size on a private socket, the app started with exactly the given environment
 * (`env -i`), keys sent as a person types them, the screen read with capture-pane. Waits poll the
 * screen until a deadline (vi.waitFor), never sleep.
 */

const REPO = resolve(import.meta.dirname, '..', '..');

export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export interface StartOptions {
  cli: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** A tmux server shared by a test file (end it with TmuxApp.stopServer); default: one of its own. */
  socket?: string;
  session?: string;
  width?: number;
  height?: number;
}

let servers = 0;

/** An app started by TmuxApp.startInHome, with the home it runs in. */
export type AppInHome = TmuxApp & { readonly home: string };

export class TmuxApp {
  private constructor(
    private readonly socket: string,
    readonly session: string,
    /** The server was started for this app alone: stop() ends it. */
    private readonly ownServer: boolean,
  ) {}

  static start(options: StartOptions): TmuxApp {
    const socket = options.socket ?? `jixiao-test-${process.pid}-${++servers}`;
    const session = options.session ?? 'app';
    const env = Object.entries({ ...options.env, TERM: 'xterm-256color' })
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([k, v]) => shellQuote(`${k}=${v}`))
      .join(' ');
    // `exec`s all the way down: the pane's process is node itself, so a kill reaches the app.
    const command = `exec env -i ${env} ${shellQuote(process.execPath)} ${shellQuote(options.cli)}`;
    tmux(socket, [
      '-u',
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      String(options.width ?? 120),
      '-y',
      String(options.height ?? 40),
      '-c',
      options.cwd,
      command,
    ]);
    // Keep the pane after the app has gone (its last screen, its exit status), and the server
    // after its last session (a new one started at once would race the server shutting down).
    tmux(socket, ['set-option', '-t', session, 'remain-on-exit', 'on']);
    tmux(socket, ['set-option', '-g', 'exit-empty', 'off']);
    return new TmuxApp(socket, session, options.socket === undefined);
  }

  /**
   * The app as a new user runs it from the repository: HOME, JIXIAO_DATA_DIR and JIXIAO_CONFIG_DIR
   * in a temporary home of its own, or in `home` to start again where a previous run left off.
   */
  static startInHome(
    cli: string,
    options: { width?: number; height?: number; home?: string } = {},
  ): AppInHome {
    const home = options.home ?? mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
    const env = {
      ...process.env,
      HOME: home,
      JIXIAO_DATA_DIR: join(home, 'data'),
      JIXIAO_CONFIG_DIR: join(home, 'config'),
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
    };
    const app = TmuxApp.start({ cli, env, cwd: REPO, width: options.width, height: options.height });
    return Object.assign(app, { home });
  }

  screen(): string {
    return tmux(this.socket, ['capture-pane', '-p', '-t', this.session]);
  }

  /** Polls the screen until `expected` shows (or the predicate holds); the last screen is in the error. */
  async waitFor(
    expected: RegExp | string | ((screen: string) => boolean),
    timeoutMs = 20_000,
  ): Promise<string> {
    const test =
      typeof expected === 'function'
        ? expected
        : typeof expected === 'string'
          ? (s: string) => s.includes(expected)
          : (s: string) => expected.test(s);
    let last = '';
    try {
      return await vi.waitFor(
        () => {
          last = this.screen();
          if (!test(last)) throw new Error('not yet');
          return last;
        },
        { timeout: timeoutMs, interval: 15 },
      );
    } catch (error) {
      throw new Error(
        `screen never showed ${String(expected)} within ${timeoutMs} ms; last screen:\n${last}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Named keys as tmux knows them: Enter, Escape, Up, Down, Left, Right, C-d, C-c… */
  keys(...keys: string[]): void {
    tmux(this.socket, ['send-keys', '-t', this.session, ...keys]);
  }

  /** Text typed literally (Chinese included). */
  type(text: string): void {
    tmux(this.socket, ['send-keys', '-t', this.session, '-l', text]);
  }

  /** Moves a menu's selection down until `label` is selected. */
  async select(label: string): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const before = this.screen();
      if (before.includes(`› ${label}`)) return;
      this.keys('Down');
      await this.waitFor((screen) => screen !== before, 5000).catch(() => undefined);
    }
    await this.waitFor(`› ${label}`, 1);
  }

  /** The process in the pane (the app itself: it was started with exec). */
  pid(): number {
    return Number(tmux(this.socket, ['display-message', '-p', '-t', this.session, '#{pane_pid}']).trim());
  }

  /** Whether the app has exited (the pane is kept, dead). */
  dead(): boolean {
    return tmux(this.socket, ['display-message', '-p', '-t', this.session, '#{pane_dead}']).trim() === '1';
  }

  /** SIGKILL to the app, as a power cut or `kill -9` does; resolves once it is gone. */
  async kill9(): Promise<void> {
    const pid = this.pid();
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await vi.waitFor(
      () => {
        if (!this.dead()) throw new Error(`app ${pid} still running`);
      },
      { timeout: 5000, interval: 10 },
    );
    tmux(this.socket, ['kill-session', '-t', this.session]);
  }

  /** Ends the app: its own server (with its socket file), or its session on a shared server. */
  stop(): void {
    if (this.ownServer) TmuxApp.stopServer(this.socket);
    else {
      try {
        tmux(this.socket, ['kill-session', '-t', this.session]);
      } catch {
        // already gone
      }
    }
  }

  /** Removes the temporary home of startInHome. */
  removeHome(this: TmuxApp & { home?: string }): void {
    if (this.home) rmSync(this.home, { recursive: true, force: true });
  }

  /** Ends a tmux server of these tests (only ours: its own socket) and removes its socket file. */
  static stopServer(socket: string): void {
    try {
      tmux(socket, ['kill-server']);
    } catch {
      // no server left
    }
    rmSync(join(process.env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), {
      force: true,
    });
  }
}

function tmux(socket: string, args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
