import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCli,
  ROOT,
  runCli,
  sandbox,
  STACK_LINE,
  type CliResult,
  type Sandbox,
} from '../fault/support/cli.js';
import { kaifuActuals, targetDocument } from '../selfeval/target-fixture.js';

/**
 * Error messages never dump stack traces on the user: every command run with bad input (a missing
 * file, bad JSON, a binary file, a folder, a wrong option) ends with a Chinese message, a non-zero
 * exit and no "    at …" lines; `--debug` (before or after the command) shows them.
 */

let cli: string;
let removeCli: () => void;
let box: Sandbox;
const f: Record<string, string> = {};

beforeAll(() => {
  ({ cli, remove: removeCli } = buildCli('security-stack'));
  box = sandbox('security-stack');
  const file = (name: string, content: string | Buffer) => {
    const path = join(box.root, name);
    writeFileSync(path, content);
    return path;
  };
  f.missing = join(box.root, '没有这个文件.json');
  f.folder = join(box.root, 'a-folder.json');
  mkdirSync(f.folder);
  f.badJson = file('bad.json', '{"schemaVersion": 1, "unit": {"name": "某单位",');
  f.binary = file('binary.json', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256)));
  f.binaryDocx = file(
    'binary.docx',
    Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256)),
  );
  f.notDocument = file('not-a-document.json', '{"hello": "world", "tables": 5}');
  f.emptyJson = file('empty.json', '');
  f.answersWrong = file(
    'answers-wrong.json',
    '{"unit": {"name": 5, "year": "明年"}, "projects": [{"name": "", "fiscal": -3}]}',
  );
  f.answersAbsurd = file(
    'answers-absurd.json',
    JSON.stringify({ unit: { name: '某单位', year: 2025 }, projects: [{ name: '项目', fiscal: 1e30 }] }),
  );
  f.target = file('target.json', JSON.stringify(targetDocument()));
  f.actualsWrong = file('actuals-wrong.json', '{"projects": [{"name": 7, "spent": "很多"}]}');
  f.actuals = file('actuals.json', JSON.stringify(kaifuActuals()));
});
afterAll(() => {
  removeCli?.();
  box?.remove();
});

const BAD_RUNS: Array<[string, () => string[]]> = [
  ['check: a missing file', () => ['check', f.missing]],
  ['check: a folder', () => ['check', f.folder]],
  ['check: bad JSON', () => ['check', f.badJson]],
  ['check: a binary file', () => ['check', f.binary]],
  ['check: an empty file', () => ['check', f.emptyJson]],
  ['check: a bad --format', () => ['check', f.target, '--format', 'xml']],
  ['import: a missing file', () => ['import', f.missing]],
  ['import: bad JSON', () => ['import', f.badJson]],
  ['import: random bytes named .docx', () => ['import', f.binaryDocx]],
  ['import: a folder', () => ['import', f.folder]],
  ['import: JSON that is not a document', () => ['import', f.notDocument]],
  ['export: a missing file', () => ['export', f.missing, '--to', 'docx', '-o', join(box.exports, 'a.docx')]],
  ['export: bad JSON', () => ['export', f.badJson, '--to', 'md']],
  ['export: a binary file', () => ['export', f.binary, '--to', 'xlsx', '-o', join(box.exports, 'b.xlsx')]],
  [
    'export: JSON that is not a document',
    () => ['export', f.notDocument, '--to', 'docx', '-o', join(box.exports, 'c.docx')],
  ],
  ['export: an unknown format', () => ['export', f.target, '--to', 'pdf']],
  ['export: no --to', () => ['export', f.target]],
  ['export: onto itself', () => ['export', f.target, '--to', 'json', '-o', f.target]],
  ['draft: a missing answers file', () => ['draft', '--answers', f.missing, '--offline']],
  ['draft: bad JSON', () => ['draft', '--answers', f.badJson, '--offline']],
  ['draft: a binary file', () => ['draft', '--answers', f.binary, '--offline']],
  ['draft: wrong types', () => ['draft', '--answers', f.answersWrong, '--offline']],
  ['draft: absurd amounts', () => ['draft', '--answers', f.answersAbsurd, '--offline']],
  ['draft: a folder', () => ['draft', '--answers', f.folder, '--offline']],
  ['draft: no --answers', () => ['draft', '--offline']],
  ['draft: an unknown provider', () => ['draft', '--answers', f.answersAbsurd, '--provider', 'nosuchai']],
  ['selfeval: a missing target', () => ['selfeval', '--target', f.missing, '--actuals', f.actuals]],
  ['selfeval: bad actuals', () => ['selfeval', '--target', f.target, '--actuals', f.actualsWrong]],
  ['selfeval: binary actuals', () => ['selfeval', '--target', f.target, '--actuals', f.binary]],
  ['selfeval: bad JSON target', () => ['selfeval', '--target', f.badJson, '--actuals', f.actuals]],
  ['config: an unknown action', () => ['config', 'frobnicate']],
  ['config: an unknown key', () => ['config', 'get', 'llm.nothing']],
  ['config: a bad value', () => ['config', 'set', 'llm.timeoutSeconds', '很久']],
  ['config: a bad choice', () => ['config', 'set', 'framework', 'xyz']],
  ['doctor: a base URL that is not a URL', () => ['doctor']],
  ['an unknown command', () => ['chekc', f.target]],
  ['an unknown option', () => ['check', f.target, '--fromat', 'json']],
  ['no arguments without a terminal', () => []],
];

/** Runs a list of commands two at a time (the machine has two cores). */
async function runAll(
  runs: Array<[string, string[]]>,
  env: NodeJS.ProcessEnv,
): Promise<Array<[string, CliResult]>> {
  const results: Array<[string, CliResult]> = [];
  for (let i = 0; i < runs.length; i += 2) {
    const batch = runs.slice(i, i + 2);
    results.push(
      ...(await Promise.all(
        batch.map(async ([label, args]): Promise<[string, CliResult]> => [
          label,
          await runCli(cli, args, { env, cwd: box.root }),
        ]),
      )),
    );
  }
  return results;
}

describe('bad input to every command', () => {
  it('a Chinese message and a non-zero exit, never a stack trace', async () => {
    const env = { ...box.env, JIXIAO_BASE_URL: 'not-a-url' };
    const results = await runAll(
      BAD_RUNS.map(([label, args]) => [label, args()]),
      env,
    );
    const problems: string[] = [];
    for (const [label, result] of results) {
      const shown = result.stderr + result.stdout;
      if (result.code === 0 && label !== 'draft: absurd amounts' && label !== 'check: a bad --format')
        problems.push(`${label}: exit 0`);
      if (result.signal) problems.push(`${label}: killed (${result.signal}) — it hung`);
      if (STACK_LINE.test(shown)) problems.push(`${label}: stack trace:\n${shown}`);
      if (
        /\b(TypeError|ReferenceError|RangeError|SyntaxError|Cannot read properties|undefined is not)\b/.test(
          shown,
        )
      )
        problems.push(`${label}: a programmer's error shown:\n${shown}`);
      // On stderr; doctor's report (stdout) is its message.
      if (!/[\u4e00-\u9fff]/.test(label.startsWith('doctor') ? shown : result.stderr))
        problems.push(`${label}: no Chinese message:\n${shown}`);
      if (/^error: /m.test(result.stderr))
        problems.push(`${label}: an English usage error:\n${result.stderr}`);
    }
    expect(problems).toEqual([]);
  }, 90_000);

  it('--debug shows the stack trace, placed before or after the command', async () => {
    const runs: Array<[string, string[]]> = [
      ['--debug first', ['--debug', 'import', f.missing]],
      [
        '--debug last',
        ['export', f.notDocument, '--to', 'docx', '-o', join(box.exports, 'd.docx'), '--debug'],
      ],
      ['draft --debug', ['draft', '--answers', f.badJson, '--offline', '--debug']],
    ];
    for (const [label, result] of await runAll(runs, box.env)) {
      expect(result.code, label).not.toBe(0);
      expect(result.stderr, label).toMatch(/^错误：/m);
      expect(result.stderr, label).toMatch(STACK_LINE);
    }
  });
});

describe('the usage errors of the argument parser are Chinese', () => {
  it.each([
    [['check', ROOT, '--bogus'], /^错误：不认识的选项 --bogus。/],
    [['chekc', 'x.json'], /^错误：没有这个命令。可用的命令：check、/],
    [['check'], /^错误：缺少要检查的文件。/],
    [
      ['export', 'x.json', '--to', 'pdf'],
      /^错误：选项 --to <format> 的值“pdf”无效，可选：docx、xlsx、md、json。/,
    ],
    [['draft'], /^错误：缺少必填的选项 --answers <file>。/],
    [['import', 'a', 'b'], /^错误：参数太多（应为 1 个，实际 2 个）。文件名中有空格时/],
  ])('%j', async (args, message) => {
    const result = await runCli(cli, args, { env: box.env, cwd: box.root });
    // A usage error is "cannot do that" (2), never "errors found" (1).
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('（用 jixiao --help 查看用法）');
  });
});
