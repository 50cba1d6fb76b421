import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The built CLI (tests/support/build-cli.ts) as a whole process, with every folder it may write to
 * in a temporary HOME.
 */

export { buildCli, ROOT } from '../../support/build-cli.js';

export interface Sandbox {
  root: string;
  home: string;
  config: string;
  data: string;
  exports: string;
  /** The environment of a user with nothing configured: no key, no proxy, folders in `root`. */
  env: NodeJS.ProcessEnv;
  remove(): void;
}

/** Variables of the machine running the tests that would change what the CLI does. */
const INHERITED_OUT =
  /^(JIXIAO_|OPENAI_|HTTPS?_PROXY$|NO_PROXY$|ALL_PROXY$|XDG_|NODE_OPTIONS$|VITEST|DEBUG$)/i;

export function sandbox(prefix: string): Sandbox {
  const root = mkdtempSync(join(tmpdir(), `jixiao-${prefix}-`));
  const home = join(root, 'home');
  const config = join(root, 'config');
  const data = join(root, 'data');
  const exports = join(root, 'exports');
  for (const dir of [home, exports]) mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!INHERITED_OUT.test(k)) env[k] = v;
  Object.assign(env, {
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    JIXIAO_CONFIG_DIR: config,
    JIXIAO_DATA_DIR: data,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CI: 'false',
    LANG: 'zh_CN.UTF-8',
  });
  return {
    root,
    home,
    config,
    data,
    exports,
    env,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node cli args…`, never longer than `timeoutMs` (then killed: the result says so). */
export function runCli(
  cli: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd?: string; input?: string; timeoutMs?: number },
): Promise<CliResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cli, ...args],
      {
        env: options.env,
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 20_000,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({
          code,
          signal: (error?.signal as NodeJS.Signals | undefined) ?? null,
          stdout,
          stderr,
          ms: performance.now() - started,
        });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** Lines of a stack trace ("    at fn (file:1:2)"): never shown to a user without --debug. */
export const STACK_LINE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m;
