import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * The built app in a real pseudo-terminal: a tmux server of its own (socket per test file), the
 * app started with exactly the given environment (`env -i`), keys sent as a person types them,
 * the screen read with capture-pane. Waits poll the screen until a deadline (vi.waitFor), never sleep.
 */

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export class TmuxApp {
  private constructor(
    private readonly socket: string,
    readonly session: string,
  ) {}

  static start(options: {
    socket: string;
    cli: string;
    env: NodeJS.ProcessEnv;
    cwd: string;
    session?: string;
    width?: number;
    height?: number;
  }): TmuxApp {
    const session = options.session ?? 'app';
    const env = Object.entries({ ...options.env, TERM: 'xterm-256color' })
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
      .map(([k, v]) => shellQuote(`${k}=${v}`))
      .join(' ');
    // `exec`s all the way down: the pane's process is node itself, so a kill reaches the app.
    const command = `exec env -i ${env} ${shellQuote(process.execPath)} ${shellQuote(options.cli)}`;
    tmux(options.socket, [
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
    tmux(options.socket, ['set-option', '-t', session, 'remain-on-exit', 'on']);
    tmux(options.socket, ['set-option', '-g', 'exit-empty', 'off']);
    return new TmuxApp(options.socket, session);
  }

  screen(): string {
    return tmux(this.socket, ['capture-pane', '-p', '-t', this.session]);
  }

  /** Polls the screen until `expected` shows (or the predicate holds); the last screen is in the error. */
  async waitFor(
    expected: RegExp | string | ((screen: string) => boolean),
    timeoutMs = 10_000,
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
    } catch {
      throw new Error(
        `screen never showed ${String(expected)} within ${timeoutMs} ms; last screen:\n${last}`,
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

  /** Ends this test file's tmux server (only ours: its own socket) and removes its socket file. */
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
