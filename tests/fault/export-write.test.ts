import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import type { JixiaoDocument } from '../../src/domain/document.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { exportDocx } from '../../src/export/docx.js';
import { exportJson } from '../../src/export/json.js';
import { exportMarkdown } from '../../src/export/markdown.js';
import { WriteFileError, writeExportFile } from '../../src/export/office/write-file.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { Settings } from '../../src/store/settings-schema.js';
import { createDraftStore } from '../../src/store/drafts.js';
import { createNodeServices } from '../../src/ui/services-node.js';
import { buildCli, ROOT, runCli, sandbox, STACK_LINE, type Sandbox } from './support/cli.js';
import { fullFolder, namesIn, readOnlyFolder, type SpecialFolder } from './support/folders.js';

/**
 * Exports into a folder that is missing, read-only or full: a clear Chinese message, the source
 * document (and the draft) untouched, and no half-written file left behind — through the
 * function both the command and the app write with (writeExportFile), the app's export service,
 * and the `jixiao export` / `import -o` / `draft -o` commands as whole processes.
 */

let box: Sandbox;
let cli: string;
let removeCli: () => void;
let document: JixiaoDocument;
let source: string;
let sourceHash: string;
const folders: SpecialFolder[] = [];

const MESSAGES = {
  missing: /文件夹不存在|无法创建文件夹/,
  readOnly: /没有权限写入|只读|无法创建文件夹/,
  full: /磁盘空间不足/,
};

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  box = sandbox('fault-export');
  ({ cli, remove: removeCli } = buildCli('fault-export'));
  const answers = Answers.parse(
    JSON.parse(readFileSync(join(ROOT, 'examples', 'street-office-answers.json'), 'utf8')),
  );
  document = (await createOfflineDrafter().draft(answers)).document;
  source = join(box.root, '街道2025.json');
  writeFileSync(source, exportJson(document));
  sourceHash = hash(source);
});

afterAll(() => {
  for (const folder of folders) folder.release();
  removeCli?.();
  box?.remove();
});

/** Each special folder once, made on first use; null (with the reason) where this machine cannot make it. */
const made = new Map<string, SpecialFolder | null>();
function special(
  kind: 'read-only' | 'full' | 'full-0',
  seed: Record<string, string> = {},
): SpecialFolder | null {
  const key = `${kind}:${Object.keys(seed).join()}`;
  if (!made.has(key)) {
    const dir = join(box.root, `${kind}-${made.size}`);
    const folder =
      kind === 'read-only' ? readOnlyFolder(dir, seed) : fullFolder(dir, kind === 'full' ? 4096 : 0, seed);
    if (folder) folders.push(folder);
    else
      console.warn(
        `[fault/export-write] cannot make a ${kind} folder here (mount and chattr refused): those cases are not run`,
      );
    made.set(key, folder);
  }
  return made.get(key)!;
}

const FORMATS = {
  json: () => exportJson(document),
  md: () => exportMarkdown(document),
  docx: () => exportDocx(document),
  xlsx: () => exportXlsx(document),
} as const;

describe('writeExportFile (the one function the command and the app write exports with)', () => {
  it('into a missing folder and under a path whose parent is a file', async () => {
    const data = exportJson(document);
    await expect(writeExportFile(join(box.root, 'no-such-folder', 'a.json'), data)).rejects.toThrow(
      WriteFileError,
    );
    await expect(writeExportFile(join(box.root, 'no-such-folder', 'a.json'), data)).rejects.toThrow(
      MESSAGES.missing,
    );
    await expect(writeExportFile(join(source, 'a.json'), data)).rejects.toThrow(/不是文件夹/);
    expect(existsSync(join(box.root, 'no-such-folder'))).toBe(false);
  });

  it.each(Object.keys(FORMATS) as Array<keyof typeof FORMATS>)(
    '%s into a read-only folder: refused, the old file there intact',
    async (format) => {
      const folder = special('read-only', { 'old.bin': 'the old file' });
      if (!folder) return;
      const before = namesIn(folder.dir);
      for (const name of ['new', 'old.bin']) {
        const error = await writeExportFile(
          join(folder.dir, name === 'new' ? `new.${format}` : name),
          await FORMATS[format](),
        ).catch((e: unknown) => e);
        expect(error, folder.how).toBeInstanceOf(WriteFileError);
        expect((error as Error).message).toMatch(MESSAGES.readOnly);
      }
      expect(namesIn(folder.dir)).toEqual(before);
      expect(readFileSync(join(folder.dir, 'old.bin'), 'utf8')).toBe('the old file');
    },
  );

  it.each(Object.keys(FORMATS) as Array<keyof typeof FORMATS>)(
    '%s onto a full disk: refused (also when only part fits), the old file intact, nothing left behind',
    async (format) => {
      for (const kind of ['full', 'full-0'] as const) {
        const folder = special(kind, { [`old.${format}`]: `the old ${format}` });
        if (!folder) return;
        const before = namesIn(folder.dir);
        const data = await FORMATS[format]();
        expect(Buffer.byteLength(data)).toBeGreaterThan(4096);
        for (const name of [`new.${format}`, `old.${format}`]) {
          const error = await writeExportFile(join(folder.dir, name), data).catch((e: unknown) => e);
          expect(error, `${kind} ${name}: written although the disk is full`).toBeInstanceOf(WriteFileError);
          expect((error as Error).message).toMatch(MESSAGES.full);
        }
        expect(namesIn(folder.dir)).toEqual(before);
        expect(readFileSync(join(folder.dir, `old.${format}`), 'utf8')).toBe(`the old ${format}`);
      }
    },
  );
});

describe('the app’s export (services.exportFiles)', () => {
  const services = () =>
    createNodeServices({
      settings: { load: async () => ({ settings: Settings.parse({}), notice: null }), save: async (s) => s },
      drafts: createDraftStore({ dir: join(box.data, 'drafts') }),
      cwd: box.root,
    });

  it('a missing folder is created; a read-only or full one gives a Chinese message; the draft stays as saved', async () => {
    const store = createDraftStore({ dir: join(box.data, 'drafts') });
    const draft = {
      version: 1 as const,
      id: 'export-fault',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      stage: 'preview' as const,
      origin: 'example' as const,
      answers: { unit: {}, tasks: [], projects: [] },
      step: { section: 'summary' as const },
      reviewed: [],
      document,
    };
    await store.save(draft);
    const saved = readFileSync(join(store.dir, 'export-fault.json'), 'utf8');
    const snapshot = JSON.stringify(document);

    const created = await services().exportFiles(join(box.root, 'new', 'folder'), document);
    expect(created.length).toBeGreaterThanOrEqual(2);
    for (const file of created) expect(existsSync(file)).toBe(true);

    for (const kind of ['read-only', 'full', 'full-0'] as const) {
      const folder = special(kind);
      if (!folder) continue;
      const before = namesIn(folder.dir);
      const error = await services()
        .exportFiles(folder.dir, document)
        .catch((e: unknown) => e);
      expect(error, `${kind}: exported although it cannot be`).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(kind === 'read-only' ? MESSAGES.readOnly : MESSAGES.full);
      expect((error as Error).message).not.toMatch(STACK_LINE);
      // Files the app reports as written are complete; nothing else appeared.
      for (const name of namesIn(folder.dir).filter((n) => !before.includes(n))) {
        const path = join(folder.dir, name);
        if (name.endsWith('.json')) expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow();
        expect((error as Error).message).toContain(name);
      }
    }
    const under = join(box.root, 'a-file');
    writeFileSync(under, 'x');
    await expect(services().exportFiles(join(under, 'sub'), document)).rejects.toThrow(
      /无法创建文件夹|不是文件夹/,
    );
    expect(JSON.stringify(document)).toBe(snapshot);
    expect(readFileSync(join(store.dir, 'export-fault.json'), 'utf8')).toBe(saved);
  });
});

describe('the commands as whole processes', () => {
  const commands = (out: string): Array<[string, string[]]> => [
    ...(['docx', 'xlsx', 'md', 'json'] as const).map((to): [string, string[]] => [
      `export --to ${to}`,
      ['export', source, '--to', to, '-o', join(out, `out.${to}`)],
    ]),
    ['import -o', ['import', source, '-o', join(out, 'imported.json')]],
    [
      'draft -o',
      [
        'draft',
        '--answers',
        join(ROOT, 'examples', 'street-office-answers.json'),
        '--offline',
        '-o',
        join(out, 'drafted.json'),
      ],
    ],
  ];

  it.each([
    ['a missing folder', 'missing'],
    ['a read-only folder', 'read-only'],
    ['a full disk (part fits)', 'full'],
    ['a full disk (nothing fits)', 'full-0'],
  ] as const)(
    'into %s: exit 2, a Chinese message, no stack trace, no file, the source intact',
    async (_label, kind) => {
      const folder =
        kind === 'missing' ? { dir: join(box.root, 'not-there'), how: 'missing' } : special(kind);
      if (!folder) return;
      const before = existsSync(folder.dir) ? namesIn(folder.dir) : [];
      for (const [label, args] of commands(folder.dir)) {
        const result = await runCli(cli, args, { env: box.env, cwd: box.root });
        expect(result.code, `${label} (${folder.how}): ${result.stderr}`).toBe(2);
        expect(result.stderr).toMatch(/^错误：/m);
        expect(result.stderr).toMatch(
          kind === 'missing' ? MESSAGES.missing : kind === 'read-only' ? MESSAGES.readOnly : MESSAGES.full,
        );
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.stderr).not.toMatch(/已导出|已写入/);
      }
      expect(existsSync(folder.dir) ? namesIn(folder.dir) : []).toEqual(before);
      expect(hash(source)).toBe(sourceHash);
    },
    60_000,
  );

  it('standard output on a full disk (/dev/full) or a closed pipe: a message or a quiet exit, not a crash', async () => {
    for (const args of [
      ['export', source, '--to', 'md'],
      ['import', source],
      ['draft', '--answers', join(ROOT, 'examples', 'street-office-answers.json'), '--offline'],
      ['check', source, '--format', 'json'],
    ]) {
      const result = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${cli}" "$@" > /dev/full`, 'sh', ...args],
        { env: box.env, cwd: box.root, encoding: 'utf8', timeout: 20_000 },
      );
      expect(result.status, `${args[0]}: ${result.stderr}`).not.toBe(0);
      expect(result.stderr).toMatch(/磁盘空间不足|无法输出/);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr).not.toMatch(/Unhandled 'error' event/);
      const piped = spawnSync(
        'sh',
        ['-c', `"${process.execPath}" "${cli}" "$@" | head -c 10 > /dev/null; exit $?`, 'sh', ...args],
        { env: box.env, cwd: box.root, encoding: 'utf8', timeout: 20_000 },
      );
      expect(piped.stderr, `${args[0]} | head`).not.toMatch(STACK_LINE);
    }
  }, 60_000);
});
