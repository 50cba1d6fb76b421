import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/rules/engine.js';

/**
 * The bundled CLI (tsup → dist/) finds library/ relative to itself, as an installed package does:
 * the bundle is built into a temporary package folder (inside the repo, so node_modules resolve)
 * with its own copy of library/, and run with node. `npm pack` must ship library/.
 */
const root = join(import.meta.dirname, '..', '..');
const pkg = join(root, '.tmp', `bundle-test-${process.pid}`);
const run = promisify(execFile);

beforeAll(() => {
  mkdirSync(pkg, { recursive: true });
  execFileSync(join(root, 'node_modules', '.bin', 'tsup'), ['--out-dir', join(pkg, 'dist'), '--silent'], {
    cwd: root,
    stdio: 'pipe',
  });
  cpSync(join(root, 'library'), join(pkg, 'library'), { recursive: true });
});
afterAll(() => rmSync(pkg, { recursive: true, force: true }));

describe('the built CLI', () => {
  it('drafts the worked example offline with the library next to the bundle', async () => {
    const out = join(pkg, 'out.json');
    const { stderr } = await run(process.execPath, [
      join(pkg, 'dist', 'cli.js'),
      'draft',
      '--answers',
      join(root, 'examples', 'street-office-answers.json'),
      '--offline',
      '-o',
      out,
    ]);
    expect(stderr).toContain('已写入');
    const document = JSON.parse(readFileSync(out, 'utf8'));
    expect(document.tables).toHaveLength(6);
    expect(checkDocument(document).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('exits 2 with a Chinese message for a missing answers file', async () => {
    const failed = await run(process.execPath, [
      join(pkg, 'dist', 'cli.js'),
      'draft',
      '--answers',
      join(pkg, 'nope.json'),
      '--offline',
    ]).catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/^错误：找不到答卷文件：.*nope\.json。请检查路径和文件名/);
  });

  it('ships every library file and the worked example in the npm package', () => {
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore'],
      }).toString(),
    );
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    const shipped = files.filter((f) => f.startsWith('library/')).sort();
    const onDisk = execFileSync('ls', [join(root, 'library')])
      .toString()
      .trim()
      .split('\n')
      .map((f) => `library/${f}`)
      .sort();
    expect(shipped).toEqual(onDisk);
    expect(files).toContain('examples/street-office-answers.json');
  });
});
