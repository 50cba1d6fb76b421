import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraftStore, DraftFileError, type Draft } from '../../src/store/drafts.js';
import { openSecrets } from '../../src/store/secrets.js';
import { openSettings } from '../../src/store/settings.js';
import { buildCli, ROOT, runCli, sandbox, STACK_LINE, type Sandbox } from './support/cli.js';
import { fullFolder, type SpecialFolder } from './support/folders.js';
import { TmuxApp } from '../support/tmux.js';

/**
 * A settings file, a secrets file or a draft file that is damaged (cut short by a crash or a full
 * disk, edited by hand, overwritten by another program): kept as a backup with the same bytes, a
 * clear Chinese message, and the commands and the app still start and work.
 */

let cli: string;
let removeCli: () => void;
const boxes: Sandbox[] = [];
const socket = `jixiao-fault-corrupt-${process.pid}`;

beforeAll(() => {
  ({ cli, remove: removeCli } = buildCli('fault-corrupt'));
});
afterAll(() => {
  TmuxApp.stopServer(socket);
  removeCli?.();
  for (const box of boxes) box.remove();
});

function freshBox(): Sandbox {
  const box = sandbox('fault-corrupt');
  boxes.push(box);
  mkdirSync(box.config, { recursive: true });
  return box;
}

const BROKEN_SETTINGS: Array<[string, string | Buffer, RegExp]> = [
  ['cut short', '{\n\t"framework": "central-2021",\n\t"exportDir": "/ho', /已损坏（不是有效的 JSON）/],
  ['binary garbage', Buffer.from([0, 0xff, 0xfe, 0x13, 0x37, 0x80, 0x81, 0]), /已损坏（不是有效的 JSON）/],
  ['empty', '', /已损坏|无效/],
  ['null', 'null', /已损坏|无效/],
  ['an array', '[1, 2, 3]', /已损坏|无效/],
  ['a string', '"local"', /已损坏|无效/],
  [
    'wrong values',
    '{"framework":"xyz","display":42,"llm":{"timeoutSeconds":-5,"model":"keep-me"}}',
    /无效的设置项（.*framework.*）/,
  ],
];

describe('a broken settings file', () => {
  it.each(BROKEN_SETTINGS)(
    '%s: every command starts, says so once, keeps the file as a backup',
    async (_label, content, message) => {
      const box = freshBox();
      const file = join(box.config, 'settings.json');
      writeFileSync(file, content);

      const listed = await runCli(cli, ['config', 'list'], { env: box.env });
      expect(listed.code, listed.stderr).toBe(0);
      expect(listed.stderr).toMatch(message);
      expect(listed.stderr).not.toMatch(STACK_LINE);
      expect(listed.stdout).toContain('framework = ');

      // The backup holds exactly what was there; settings.json is readable again and owner-only.
      const backups = readdirSync(box.config).filter((n) => n.startsWith('settings.json.broken-'));
      expect(backups).toHaveLength(1);
      expect(listed.stderr).toContain(backups[0]);
      expect(readFileSync(join(box.config, backups[0]))).toEqual(Buffer.from(content));
      expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
      expect(statSync(file).mode & 0o777).toBe(0o600);
      if (typeof content === 'string' && content.includes('keep-me'))
        expect(listed.stdout).toContain('llm.model = keep-me'); // only the bad entries go

      // Said once: the next command finds a good file.
      const again = await runCli(cli, ['config', 'get', 'framework'], { env: box.env });
      expect(again.code).toBe(0);
      expect(again.stderr).toBe('');
    },
  );

  it('the other commands start too, each with the message', async () => {
    const box = freshBox();
    const answers = join(ROOT, 'examples', 'street-office-answers.json');
    const out = join(box.root, 'draft.json');
    const runs: Array<[string[], number[]]> = [
      [['draft', '--answers', answers, '-o', out], [0]],
      [
        ['check', out],
        [0, 1],
      ],
      [['export', out, '--to', 'md', '-o', join(box.exports, 'a.md')], [0]],
      [['doctor'], [0, 1]],
    ];
    for (const [args, codes] of runs) {
      writeFileSync(join(box.config, 'settings.json'), '{"framework": "loc');
      const result = await runCli(cli, args, { env: box.env });
      expect(codes, `${args[0]}: ${result.code} ${result.stderr}`).toContain(result.code);
      expect(result.stderr).not.toMatch(STACK_LINE);
      if (args[0] !== 'check') expect(result.stderr + result.stdout, args[0]).toMatch(/设置文件.*已损坏/);
    }
    expect(readdirSync(box.config).filter((n) => n.includes('.broken-')).length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('a folder where settings.json should be: a Chinese message, and drafting still works', async () => {
    const box = freshBox();
    mkdirSync(join(box.config, 'settings.json'));
    const config = await runCli(cli, ['config', 'list'], { env: box.env });
    expect(config.code).not.toBe(0);
    expect(config.stderr).toMatch(/设置文件.*settings\.json/);
    expect(config.stderr).not.toMatch(STACK_LINE);
    const drafted = await runCli(
      cli,
      ['draft', '--answers', join(ROOT, 'examples', 'street-office-answers.json')],
      { env: box.env },
    );
    expect(drafted.code, drafted.stderr).toBe(0);
    expect(drafted.stderr).toMatch(/无法读取设置文件 .*settings\.json（EISDIR）.*本次使用默认设置/);
    expect(JSON.parse(drafted.stdout).tables.length).toBeGreaterThan(1);
  });
});

describe('a broken secrets file', () => {
  it('is moved aside with a message; the key can be stored again; the new file is 0600', async () => {
    const box = freshBox();
    const file = join(box.config, 'secrets.json');
    writeFileSync(file, '{"apiKeys": {"deepseek": "sk-trunc');
    const listed = await runCli(cli, ['config', 'list'], { env: box.env });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stderr).toMatch(/密钥文件.*已损坏，已移到/);
    expect(listed.stdout).toContain('llm.apiKey = （未设置）');
    const aside = readdirSync(box.config).filter((n) => n.startsWith('secrets.json.broken-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(box.config, aside[0]), 'utf8')).toBe('{"apiKeys": {"deepseek": "sk-trunc');
    await runCli(cli, ['config', 'set', 'llm.provider', 'deepseek'], { env: box.env });
    const stored = await runCli(cli, ['config', 'set', 'llm.apiKey'], {
      env: box.env,
      input: 'sk-fault-0123456789abcdef\n',
    });
    expect(stored.code, stored.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(openSecrets(box.config).getApiKey('deepseek')).toBe('sk-fault-0123456789abcdef');
  });
});

/** A draft as the app saves it, at the review stage of a made-up unit. */
function draftFile(id: string, unit: string): Draft {
  return {
    version: 1,
    id,
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-02T08:00:00.000Z',
    stage: 'interview',
    origin: 'new',
    answers: { unit: { name: unit, year: 2025 }, tasks: [], projects: [{ name: '社区服务', fiscal: 20 }] },
    step: { section: 'project', index: 0, field: 'other' },
    reviewed: [],
  } as Draft;
}

const BROKEN_DRAFTS: Array<[string, string | Buffer]> = [
  ['cut short', JSON.stringify(draftFile('x', '某单位'), null, 2).slice(0, 150)],
  ['empty', ''],
  ['binary', Buffer.from([0x7b, 0, 0xff, 0x22, 0x80])],
  ['not a draft', '{"hello": "world"}'],
  ['a wrong version', JSON.stringify({ ...draftFile('x', '某单位'), version: 9 })],
];

describe('a broken draft file', () => {
  it.each(BROKEN_DRAFTS)(
    '%s: listed as a problem and kept byte for byte; the other drafts load',
    async (_label, content) => {
      const box = freshBox();
      const store = createDraftStore({ dir: join(box.data, 'drafts') });
      await store.save(draftFile('20250302-080000-good', '好单位'));
      mkdirSync(store.dir, { recursive: true });
      writeFileSync(join(store.dir, '20250303-080000-bad1.json'), content);

      const { drafts, problems } = await store.list();
      expect(drafts.map((d) => d.unitName)).toEqual(['好单位']);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(
        /草稿文件 .*20250303-080000-bad1\.json 已损坏（.*），已原样保留为 .*\.broken-.*\.json/,
      );
      const kept = readdirSync(store.dir).filter((n) => n.includes('.broken-'));
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(store.dir, kept[0]))).toEqual(Buffer.from(content));
      expect(existsSync(join(store.dir, '20250303-080000-bad1.json'))).toBe(false);
      await expect(store.load('20250303-080000-bad1')).rejects.toThrow(DraftFileError);
      expect((await store.load('20250302-080000-good')).answers.unit.name).toBe('好单位');
      // Listed once: the backup is not read again.
      expect((await store.list()).problems).toEqual([]);
    },
  );

  it('a save on a full disk fails with the system error and leaves the previous version whole', async () => {
    const box = freshBox();
    let folder: SpecialFolder | null = null;
    try {
      folder = fullFolder(join(box.root, 'full-drafts'), 4096);
      if (!folder)
        return console.warn('[fault/corrupt-files] cannot mount a tmpfs here: full-disk draft save not run');
      const store = createDraftStore({ dir: folder.dir });
      const small = draftFile('20250302-080000-full', '小单位');
      await store.save(small);
      const big = {
        ...small,
        answers: {
          ...small.answers,
          unit: { ...small.answers.unit, duties: '负责辖区社区服务。'.repeat(2000) },
        },
      };
      await expect(store.save(big)).rejects.toMatchObject({ code: 'ENOSPC' });
      expect((await store.load(small.id)).answers.unit.duties).toBeUndefined();
      // Nothing half-written: no temporary file, no journal line (the lock is the app's open draft).
      expect(
        readdirSync(folder.dir)
          .filter((n) => !n.endsWith('.lock'))
          .sort(),
      ).toEqual(['20250302-080000-full.json', 'filler.bin']);
    } finally {
      folder?.release();
    }
  });
});

describe('the app starts with broken settings and a broken draft', () => {
  it('shows the start screen, both messages and the good draft; the files are kept as backups', async () => {
    const box = freshBox();
    writeFileSync(join(box.config, 'settings.json'), '{"framework": "central-20');
    const store = createDraftStore({ dir: join(box.data, 'drafts') });
    await store.save(draftFile('20250302-080000-good', '好单位'));
    writeFileSync(join(store.dir, '20250303-080000-bad1.json'), '{"version": 1, "id": "20250303-0');

    const app = TmuxApp.start({ socket, cli, env: box.env, cwd: box.root });
    try {
      const screen = await app.waitFor(
        (s) => s.includes('新建草稿') && /设置文件/.test(s) && /草稿文件/.test(s),
        15_000,
      );
      expect(screen).toContain('继续：好单位 2025年');
      expect(screen.replace(/\s+/g, '')).toMatch(/已损坏/);
      expect(screen).not.toMatch(STACK_LINE);
      // The app works: open the good draft where it stopped.
      app.keys('Down', 'Enter');
      await app.waitFor(/其他资金/);
    } finally {
      await app.kill9();
    }
    expect(readdirSync(box.config).filter((n) => n.startsWith('settings.json.broken-'))).toHaveLength(1);
    expect(readdirSync(store.dir).filter((n) => n.includes('.broken-'))).toHaveLength(1);
    // The settings were replaced by defaults the app and the commands read without complaint.
    expect(openSettings({ dir: box.config }).notice).toBeNull();
  }, 40_000);

  it('without a terminal the app says what to use instead', async () => {
    const box = freshBox();
    const result = await runCli(cli, [], { env: box.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('交互界面需要在终端窗口中运行');
    rmSync(box.root, { recursive: true, force: true });
  });
});
