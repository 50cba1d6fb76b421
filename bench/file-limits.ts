/**
 * Peak memory and time of `jixiao check` and `jixiao import` on the largest file of each kind that is
 * accepted (just under its limit in src/io/limits.ts and, for Office files, under the unzipped
 * limits), each in its own process, measured by /usr/bin/time (maximum resident set size).
 *
 *   npx tsup && npx tsx bench/file-limits.ts [kind…]      # kinds: txt json docx xlsx
 *
 * The goal (issue 13) is a peak under 300 MB for any accepted file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INPUT_LIMITS } from '../src/io/limits.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'jixiao-limits-'));
const example = readFileSync(
  join(ROOT, 'tests', 'fixtures', 'examples', 'example-street-office-projects-2025.txt'),
);

/** A text file of the worked example repeated to just under `limit` bytes. */
function bigText(limit: number): string {
  const path = join(dir, 'largest.txt');
  const copies = Math.floor((limit - 1024) / example.length);
  writeFileSync(path, Buffer.concat(Array.from({ length: copies }, () => example)));
  return path;
}

/** Our JSON document of the example's tables repeated to just under `limit` bytes. */
function bigJson(limit: number): string {
  const out = execFileSync(process.execPath, [CLI, 'import', join(dir, 'one.txt')], {
    input: '',
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'ignore'],
    env: { ...process.env },
    cwd: dir,
  });
  const document = JSON.parse(out) as { tables: unknown[] };
  const one = Buffer.byteLength(JSON.stringify(document.tables));
  const times = Math.floor((limit * 0.98) / one);
  document.tables = Array.from({ length: times }, () => document.tables).flat();
  const path = join(dir, 'largest.json');
  writeFileSync(path, JSON.stringify(document));
  return path;
}

async function bigOffice(kind: 'docx' | 'xlsx'): Promise<string> {
  const { generateLargeOffice } = await import('./large-office.js');
  return generateLargeOffice(kind, dir);
}

function measure(args: string[]): { mb: number; seconds: number; code: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, CLI, ...args], {
    encoding: 'utf8',
    cwd: dir,
    maxBuffer: 1024 * 1024 * 1024,
  });
  const [kb, seconds] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { mb: kb / 1024, seconds, code: result.status ?? -1 };
}

writeFileSync(join(dir, 'one.txt'), example);
const kinds = process.argv.slice(2).length ? process.argv.slice(2) : ['txt', 'json', 'docx', 'xlsx'];
try {
  for (const kind of kinds) {
    const path =
      kind === 'txt'
        ? bigText(INPUT_LIMITS.text)
        : kind === 'json'
          ? bigJson(INPUT_LIMITS.json)
          : await bigOffice(kind as 'docx' | 'xlsx');
    const size = (statSync(path).size / 1024 / 1024).toFixed(1);
    for (const command of ['check', 'import']) {
      const args = command === 'check' ? ['check', path, '--format', 'json'] : ['import', path];
      const { mb, seconds, code } = measure(args);
      console.log(
        `${kind.padEnd(5)} ${size.padStart(6)} MB  ${command.padEnd(6)} exit ${code}  peak ${mb.toFixed(0)} MB  ${seconds.toFixed(2)} s`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
