import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import { createOfflineDrafter } from '../../src/draft/offline/index.js';
import { exportDocx } from '../../src/export/docx.js';
import { exportJson } from '../../src/export/json.js';
import { exampleFile } from '../support/examples.js';
import { kaifuActuals, targetDocument } from '../selfeval/target-fixture.js';
import { buildCli, ROOT, runCli, sandbox, STACK_LINE, type Sandbox } from './support/cli.js';

/**
 * Issue 13, items 1, 3, 4, 5, 8 and 9, through the built CLI as a whole process on real files:
 * outputs that are inputs (same path, symlink, hard link, symlinked folder), outputs that are not
 * regular files (device node, FIFO, folder, symlink, read-only file), non-regular inputs (FIFO,
 * device), sparse files far over the size limits, raw system text and usage exit codes.
 */

let box: Sandbox;
let cli: string;
let removeCli: () => void;
const isRoot = process.getuid?.() === 0;

const at = (name: string) => join(box.root, name);
const run = (args: string[], timeoutMs = 15_000) =>
  runCli(cli, args, { env: box.env, cwd: box.root, timeoutMs });

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

beforeAll(async () => {
  box = sandbox('fault-files');
  ({ cli, remove: removeCli } = buildCli('fault-files'));
  const answersText = readFileSync(join(ROOT, 'examples', 'street-office-answers.json'), 'utf8');
  writeFileSync(at('answers.json'), answersText);
  const document = (await createOfflineDrafter().draft(Answers.parse(JSON.parse(answersText)))).document;
  writeFileSync(at('doc.json'), exportJson(document));
  writeFileSync(at('doc.docx'), await exportDocx(document));
  writeFileSync(at('table.txt'), readFileSync(exampleFile('example-street-office-projects-2025.txt')));
  writeFileSync(at('target.json'), JSON.stringify(targetDocument()));
  writeFileSync(at('actuals.json'), JSON.stringify(kaifuActuals()));
}, 120_000);

afterAll(() => {
  removeCli?.();
  box?.remove();
});

/** Exit 2, a Chinese message matching `message`, no stack, and nothing of Node's own wording. */
function expectRefused(result: Awaited<ReturnType<typeof run>>, message: RegExp): void {
  expect(result.signal, 'hung (killed by the time limit)').toBeNull();
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toMatch(/ENOENT|EACCES|EISDIR|errno|\.tmp\b|Error:/);
}

describe('item 1: an output that is an input is refused, the input untouched', () => {
  const SAME = /就是输入文件.*同一个文件/;

  it.each([
    ['import a .docx onto itself', ['import', 'doc.docx', '-o', 'doc.docx'], 'doc.docx'],
    ['import a .txt onto itself', ['import', 'table.txt', '-o', './table.txt'], 'table.txt'],
    ['export onto its input', ['export', 'doc.json', '--to', 'json', '-o', 'doc.json'], 'doc.json'],
    [
      'draft onto its answers',
      ['draft', '--answers', 'answers.json', '--offline', '-o', 'answers.json'],
      'answers.json',
    ],
    [
      'selfeval onto its target',
      ['selfeval', '--target', 'target.json', '--actuals', 'actuals.json', '-o', 'target.json'],
      'target.json',
    ],
    [
      'selfeval onto its actuals',
      ['selfeval', '--target', 'target.json', '--actuals', 'actuals.json', '-o', 'actuals.json'],
      'actuals.json',
    ],
  ])('%s', async (_, args, input) => {
    const before = readFileSync(at(input));
    expectRefused(await run(args), SAME);
    expect(readFileSync(at(input)).equals(before)).toBe(true);
  });

  it('through a symlink, a hard link and a symlinked folder', async () => {
    symlinkSync(at('answers.json'), at('answers-link.json'));
    linkSync(at('doc.json'), at('doc-hard.json'));
    mkdirSync(at('real-folder'));
    writeFileSync(at('real-folder/t.txt'), readFileSync(at('table.txt')));
    symlinkSync(at('real-folder'), at('folder-link'));
    const answers = readFileSync(at('answers.json'));
    const doc = readFileSync(at('doc.json'));
    const text = readFileSync(at('real-folder/t.txt'));
    expectRefused(
      await run(['draft', '--answers', 'answers.json', '--offline', '-o', 'answers-link.json']),
      SAME,
    );
    expectRefused(await run(['export', 'doc-hard.json', '--to', 'json', '-o', 'doc.json']), SAME);
    expectRefused(await run(['import', 'real-folder/t.txt', '-o', 'folder-link/t.txt']), SAME);
    expect(readFileSync(at('answers.json')).equals(answers)).toBe(true);
    expect(lstatSync(at('answers-link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('doc.json')).equals(doc)).toBe(true);
    expect(readFileSync(at('real-folder/t.txt')).equals(text)).toBe(true);
  });
});

describe('item 3: -o writes only regular files', () => {
  it('a character device is refused as 不是普通文件 and stays a device (root only: mknod)', async () => {
    if (!isRoot) return;
    execFileSync('mknod', [at('dev-null'), 'c', '1', '3']);
    expectRefused(await run(['import', 'table.txt', '-o', 'dev-null']), /不是普通文件（是字符设备）/);
    expect(statSync(at('dev-null')).isCharacterDevice()).toBe(true);
  });

  it('a FIFO and a folder are refused, without hanging', async () => {
    mkfifo(at('out.fifo'));
    expectRefused(
      await run(['export', 'doc.json', '--to', 'md', '-o', 'out.fifo'], 8000),
      /不是普通文件（是命名管道/,
    );
    expect(statSync(at('out.fifo')).isFIFO()).toBe(true);
    mkdirSync(at('out-folder'));
    expectRefused(await run(['import', 'table.txt', '-o', 'out-folder']), /是一个文件夹，不是普通文件/);
  });

  it('a symlink is followed: its target is written, the link stays; a dangling link is refused', async () => {
    writeFileSync(at('target-of-link.json'), 'old');
    symlinkSync(at('target-of-link.json'), at('out-link.json'));
    const result = await run(['import', 'table.txt', '-o', 'out-link.json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/符号链接，已写入它指向的文件/);
    expect(lstatSync(at('out-link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(at('target-of-link.json'), 'utf8')).tables.length).toBeGreaterThan(0);
    symlinkSync(at('nowhere.json'), at('dangling.json'));
    expectRefused(await run(['import', 'table.txt', '-o', 'dangling.json']), /符号链接.*不存在/);
    expect(existsSync(at('nowhere.json'))).toBe(false);
  });

  it('a read-only (0444) file is kept unless --force (also as root), and keeps its mode when replaced', async () => {
    writeFileSync(at('readonly.json'), 'keep me');
    chmodSync(at('readonly.json'), 0o444);
    expectRefused(
      await run(['import', 'table.txt', '-o', 'readonly.json']),
      /只读文件（权限 0444）.*--force/,
    );
    expect(readFileSync(at('readonly.json'), 'utf8')).toBe('keep me');
    const forced = await run(['import', 'table.txt', '-o', 'readonly.json', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(at('readonly.json'), 'utf8')).toContain('"tables"');
    expect(statSync(at('readonly.json')).mode & 0o777).toBe(0o444);
  });
});

describe('item 4: non-regular inputs are refused before they are opened', () => {
  it.each([
    ['check', (f: string) => ['check', f]],
    ['import', (f: string) => ['import', f]],
    ['export', (f: string) => ['export', f, '--to', 'json']],
    ['draft --answers', (f: string) => ['draft', '--answers', f, '--offline']],
    ['selfeval --actuals', (f: string) => ['selfeval', '--target', 'target.json', '--actuals', f]],
  ])('%s of a FIFO ends at once with 不是普通文件', async (name, args) => {
    const fifo = at(`in-${name.replace(/\W+/g, '-')}.txt`);
    mkfifo(fifo);
    const result = await run(args(fifo), 8000);
    expectRefused(result, /不是普通文件（是命名管道/);
    expect(result.ms).toBeLessThan(6000);
  });

  it('a character device (/dev/zero would never end) is refused', async () => {
    expectRefused(await run(['check', '/dev/zero'], 8000), /不是普通文件（是字符设备）/);
    expectRefused(await run(['import', '/dev/zero'], 8000), /不是普通文件（是字符设备）/);
  });
});

describe('item 5: size limits from stat, before reading', () => {
  it.each([
    ['big.txt', 1.9 * 1024 ** 3, /文本文件的上限 5\.0 MB/],
    ['big.json', 600 * 1024 ** 2, /JSON 文件的上限 \d+\.0 MB/],
    ['huge.json', 2.5 * 1024 ** 3, /JSON 文件的上限/],
    ['big.docx', 300 * 1024 ** 2, /\.docx）的上限/],
  ])('a sparse %s is refused at once, naming the limit', async (name, size, limit) => {
    writeFileSync(at(name), '');
    truncateSync(at(name), Math.round(size));
    const result = await run(['check', name]);
    expectRefused(result, limit);
    expect(result.stderr).not.toMatch(/Cannot create a string|longer than/);
    expect(result.ms).toBeLessThan(5000);
  });
});

describe('item 8: no English or raw system text', () => {
  it('a wrongly typed field is explained in Chinese (zod in Chinese)', async () => {
    const doc = JSON.parse(readFileSync(at('doc.json'), 'utf8')) as { unit: { year: unknown } };
    doc.unit.year = '2025';
    writeFileSync(at('typed.json'), JSON.stringify(doc));
    const result = await run(['check', 'typed.json', '--format', 'text']);
    expect(result.stdout).toMatch(/unit\.year.*应为(数字|整数)/);
    expect(result.stdout + result.stderr).not.toMatch(/Invalid input|expected|received/);
  });

  it('selfeval -o into a missing folder: no errno, no temporary file name', async () => {
    const result = await run([
      'selfeval',
      '--target',
      'target.json',
      '--actuals',
      'actuals.json',
      '-o',
      'missing/s.json',
    ]);
    expectRefused(result, /文件夹不存在/);
  });

  it('invalid UTF-8 in a .json is warned about; one broken byte does not make a .txt "binary"', async () => {
    const json = readFileSync(at('doc.json'));
    const inString = json.indexOf('"title": "') + 10;
    const broken = Buffer.concat([
      json.subarray(0, inString),
      Buffer.from([0xff, 0xfe]),
      json.subarray(inString),
    ]);
    writeFileSync(at('broken.json'), broken);
    const checked = await run(['check', 'broken.json']);
    expect(checked.stdout).toMatch(/无法识别的字符/);
    const text = readFileSync(at('table.txt'));
    writeFileSync(
      at('one-bad-byte.txt'),
      Buffer.concat([text.subarray(0, 30), Buffer.from([0x00]), text.subarray(30)]),
    );
    const imported = await run(['import', 'one-bad-byte.txt']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).not.toMatch(/不是文本文件/);
  });

  it('suggested commands quote a path with spaces', async () => {
    const result = await run(['import', 'table.txt', '-o', 'my doc.json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("jixiao check 'my doc.json'");
  });
});

describe('item 9: usage errors exit 2; answers that are not answers are named', () => {
  it('check with no files exits 2', async () => {
    const result = await run(['check']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/缺少要检查的文件/);
  });

  it.each([
    ['doc.json', /不是答卷，而是一份 jixiao 文档/],
    ['doc.docx', /不是答卷，而是一个 Word\/Excel 文件/],
    ['table.txt', /不是答卷，而是一个文本文件/],
    ['actuals.json', /不是答卷，而是实际完成情况文件/],
  ])('draft --answers %s says what the file is (exit 2), writes nothing', async (file, message) => {
    const result = await run(['draft', '--answers', file, '--offline', '-o', 'never.json']);
    expectRefused(result, message);
    expect(existsSync(at('never.json'))).toBe(false);
  });
});
