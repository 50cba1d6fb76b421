import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Builds the CLI for a test file that runs it as a whole process: into .tmp/<name>-<pid>/dist (tsup's
 * `clean` would wipe a shared dist/ under other test files); library/ and examples/ are found upward.
 */
export function buildCli(name: string): { cli: string; remove: () => void } {
  const out = join(ROOT, '.tmp', `${name}-${process.pid}`);
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsup'), ['--out-dir', join(out, 'dist'), '--silent'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return { cli: join(out, 'dist', 'cli.js'), remove: () => rmSync(out, { recursive: true, force: true }) };
}
