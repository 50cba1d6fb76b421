import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import type { JixiaoDocument } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { createDraftStore } from '../../src/store/drafts.js';
import { Settings } from '../../src/store/settings-schema.js';
import { createNodeServices, exportBaseName } from '../../src/ui/services-node.js';
import { ROOT } from './support/cli.js';

/**
 * Issue 13 item 3 for the app's export (services.exportFiles, what the export screen calls): a
 * FIFO, a device or a folder where an export file goes is refused in Chinese, as `-o` is, and stays
 * what it was; a read-only file is kept (the app has no --force); the files before it are written.
 */
let root: string;
let document: JixiaoDocument;
let base: string;
const isRoot = process.getuid?.() === 0;

const services = () =>
  createNodeServices({
    settings: { load: async () => ({ settings: Settings.parse({}), notice: null }), save: async (s) => s },
    drafts: createDraftStore({ dir: join(root, 'drafts') }),
    cwd: root,
  });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'jixiao-app-export-'));
  const answers = Answers.parse(
    JSON.parse(readFileSync(join(ROOT, 'examples', 'street-office-answers.json'), 'utf8')),
  );
  document = (await createOfflineDrafter().draft(answers)).document;
  base = exportBaseName(document);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder with `make(path)` done at the export's .md file (written second, after the .json). */
async function exportOver(
  name: string,
  make: (path: string) => void,
): Promise<{ error: Error; path: string }> {
  const folder = join(root, name);
  mkdirSync(folder);
  const path = join(folder, `${base}.md`);
  make(path);
  const started = performance.now();
  const error = await services()
    .exportFiles(folder, document)
    .then(
      () => new Error('exported'),
      (e: unknown) => e as Error,
    );
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(error.message).not.toBe('exported');
  expect(error.message).toMatch(/^Markdown 文件没有写成：/);
  expect(error.message).toMatch(/换一个文件夹导出/);
  expect(error.message).not.toMatch(/ -o |--force|E[A-Z]{3,}/);
  expect(error.message).toContain(`已写入：${base}.json`);
  return { error, path };
}

describe('the app’s export onto something that is not a regular file', () => {
  it('a FIFO is refused without hanging and stays a FIFO', async () => {
    const { error, path } = await exportOver('fifo', (p) => execFileSync('mkfifo', [p]));
    expect(error.message).toMatch(/不是普通文件（是命名管道（FIFO））/);
    expect(statSync(path).isFIFO()).toBe(true);
  });

  it('a folder under the export’s name is refused and kept', async () => {
    const { error, path } = await exportOver('folder', (p) => mkdirSync(p));
    expect(error.message).toMatch(/是一个文件夹，不是普通文件/);
    expect(statSync(path).isDirectory()).toBe(true);
  });

  it('a character device is refused and stays a device (root only: mknod)', async () => {
    if (!isRoot) return;
    const { error, path } = await exportOver('device', (p) => execFileSync('mknod', [p, 'c', '1', '3']));
    expect(error.message).toMatch(/不是普通文件（是字符设备）/);
    expect(statSync(path).isCharacterDevice()).toBe(true);
  });

  it('a read-only file is kept', async () => {
    const { error, path } = await exportOver('read-only', (p) => {
      writeFileSync(p, 'old');
      chmodSync(p, 0o444);
    });
    expect(error.message).toMatch(/只读文件/);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });

  it('a FIFO, a device or a file typed as the export folder: refused in Chinese, without hanging', async () => {
    const targets: Array<[string, (p: string) => void, RegExp]> = [
      ['folder.fifo', (p) => execFileSync('mkfifo', [p]), /不是文件夹（是命名管道（FIFO））/],
      ['folder.txt', (p) => writeFileSync(p, 'x'), /不是文件夹（是文件）/],
    ];
    if (isRoot) targets.push(['folder.dev', (p) => execFileSync('mknod', [p, 'c', '1', '3']), /字符设备/]);
    for (const [name, make, message] of targets) {
      const path = join(root, name);
      make(path);
      const error = await services()
        .exportFiles(path, document)
        .then(
          () => new Error('exported'),
          (e: unknown) => e as Error,
        );
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/请换一个文件夹/);
      expect(error.message).not.toMatch(/EEXIST|ENOTDIR/);
    }
    // Under a file: no English errno either.
    const error = await services()
      .exportFiles(join(root, 'folder.txt', 'sub'), document)
      .catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/无法创建文件夹.*路径中有一段不是文件夹/);
  });

  it('regular files already there are replaced', async () => {
    const folder = join(root, 'again');
    mkdirSync(folder);
    writeFileSync(join(folder, `${base}.md`), 'old');
    const files = await services().exportFiles(folder, document);
    expect(files).toHaveLength(4);
    expect(readFileSync(join(folder, `${base}.md`), 'utf8')).not.toBe('old');
  });
});
