import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodReply, startChatServer, type ChatServer } from '../support/chat-server.js';
import { buildCli, runCli, sandbox, type CliResult, type Sandbox } from '../fault/support/cli.js';
import { TmuxApp } from '../support/tmux.js';
import { kaifuActuals, targetDocument } from '../selfeval/target-fixture.js';

/**
 * The API key stays where it belongs. A recognisable key is stored (`config set llm.apiKey`, read
 * from standard input) and another one is given in JIXIAO_API_KEY; then a session writes all it
 * can — settings, a draft by the model (commands and the app), every export format, an import, a
 * self-evaluation, failed requests with 401 (whose body echoes the key, as some services do), with
 * and without --debug — and every file written under the temporary HOME, config, data, export and
 * temp folders, every stdout/stderr and every screen is searched for the keys, raw, base64,
 * base64url, URL-encoded and hex. Only secrets.json may hold the stored key; it and settings.json are 0600.
 */

const STORED = `sk-canary-${'5f0c'.repeat(6)}a91e`;
const FROM_ENV = `sk-canary-env-${'77d2'.repeat(5)}c0de`;
const socket = `jixiao-security-${process.pid}`;

let cli: string;
let removeCli: () => void;
let box: Sandbox;
let server: ChatServer;
const outputs: Array<[string, string]> = [];

beforeAll(async () => {
  ({ cli, remove: removeCli } = buildCli('security-leak'));
  box = sandbox('security-leak');
  box.env.TMPDIR = join(box.root, 'tmp');
  mkdirSync(box.env.TMPDIR, { recursive: true });
  server = await startChatServer();
});
afterAll(async () => {
  TmuxApp.stopServer(socket);
  await server?.close();
  removeCli?.();
  box?.remove();
});

/** Every way a key could be written out. */
function forms(key: string): Array<[string, string]> {
  const bytes = Buffer.from(key);
  return [
    ['raw', key],
    ['base64', bytes.toString('base64').replace(/=+$/, '')],
    ['base64url', bytes.toString('base64url')],
    ['URL-encoded', encodeURIComponent(key)],
    ['hex', bytes.toString('hex')],
    ['last 16 characters', key.slice(-16)],
  ];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

async function jixiao(
  label: string,
  args: string[],
  extra: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  const result = await runCli(cli, args, {
    env: { ...box.env, ...extra.env },
    cwd: box.root,
    input: extra.input,
    timeoutMs: 30_000,
  });
  outputs.push([`${label} stdout`, result.stdout], [`${label} stderr`, result.stderr]);
  return result;
}

describe('the API key never leaves the secrets file', () => {
  it('a session that writes everything it can: the key is found only in secrets.json (0600)', async () => {
    const answers = join(box.root, 'answers.json');
    writeFileSync(
      answers,
      JSON.stringify({
        unit: { name: '某某街道办事处', year: 2025, duties: '负责辖区社区服务' },
        projects: [
          {
            name: '社区工作者业务培训',
            fiscal: 20,
            purpose: '主要用于：1.培训场地及教材10万元；2.师资费用10万元。',
            goals: '组织培训4期，培训120人',
          },
        ],
      }),
    );
    const target = join(box.root, 'target.json');
    const actuals = join(box.root, 'actuals.json');
    writeFileSync(target, JSON.stringify(targetDocument()));
    writeFileSync(actuals, JSON.stringify(kaifuActuals()));
    const out = (name: string) => join(box.exports, name);

    // Settings and the stored key (from standard input, as `echo $KEY | jixiao config set llm.apiKey` does).
    expect((await jixiao('provider', ['config', 'set', 'llm.provider', 'custom'])).code).toBe(0);
    expect((await jixiao('baseURL', ['config', 'set', 'llm.baseURL', server.baseURL])).code).toBe(0);
    expect((await jixiao('model', ['config', 'set', 'llm.model', 'test-model'])).code).toBe(0);
    const stored = await jixiao('apiKey', ['config', 'set', 'llm.apiKey'], { input: `${STORED}\n` });
    expect(stored.code, stored.stderr).toBe(0);
    expect(stored.stdout).toContain(`sk-…${STORED.slice(-4)}`);
    expect((await jixiao('list', ['config', 'list'])).stdout).toContain(
      `llm.apiKey = sk-…${STORED.slice(-4)}`,
    );
    await jixiao('get', ['config', 'get', 'llm.apiKey']);

    // Work with the model: doctor, a draft, check, every export, an import, a self-evaluation.
    expect((await jixiao('doctor', ['doctor'])).code).toBe(0);
    const drafted = await jixiao('draft', ['draft', '--answers', answers, '-o', out('draft.json')]);
    expect(drafted.code, drafted.stderr).toBe(0);
    expect(drafted.stderr).toMatch(/模型 .*起草了 2 张表/);
    await jixiao('check', ['check', out('draft.json')]);
    await jixiao('check json', ['check', out('draft.json'), '--format', 'json']);
    for (const to of ['docx', 'xlsx', 'md', 'json']) {
      const exported = await jixiao(`export ${to}`, [
        'export',
        out('draft.json'),
        '--to',
        to,
        '-o',
        out(`exported.${to}`),
      ]);
      expect(exported.code, exported.stderr).toBe(0);
    }
    await jixiao('export md stdout', ['export', out('draft.json'), '--to', 'md']);
    expect((await jixiao('import', ['import', out('exported.docx'), '-o', out('imported.json')])).code).toBe(
      0,
    );
    expect(
      (
        await jixiao('selfeval', [
          'selfeval',
          '--target',
          target,
          '--actuals',
          actuals,
          '-o',
          out('selfeval.json'),
        ])
      ).code,
    ).toBe(0);

    // The key from the environment, and a service that refuses it (401) and echoes it back.
    const envKey = { JIXIAO_API_KEY: FROM_ENV };
    await jixiao('draft env key', ['draft', '--answers', answers, '-o', out('draft-env.json')], {
      env: envKey,
    });
    server.setFallback(() => ({
      kind: 'error',
      status: 401,
      message: `Incorrect API key provided: ${FROM_ENV}. Also tried ${STORED}.`,
    }));
    const refused = await jixiao('draft 401', ['draft', '--answers', answers], { env: envKey });
    expect(refused.stderr).toMatch(/API Key 无效或已过期（HTTP 401）/);
    await jixiao(
      'draft 401 --debug',
      ['draft', '--answers', answers, '-o', out('draft-401.json'), '--debug'],
      { env: envKey },
    );
    await jixiao('doctor 401', ['doctor']);
    await jixiao('doctor 401 env', ['doctor'], { env: envKey });
    await jixiao('draft 401 stored --debug', ['--debug', 'draft', '--answers', answers]);

    // The app with the model: the worked example drafted, then left (the draft is saved).
    server.setFallback(goodReply);
    const app = TmuxApp.start({ socket, cli, env: box.env, cwd: box.root });
    try {
      await app.waitFor('示例：', 15_000);
      for (let i = 0; i < 12 && !/› 示例：/.test(app.screen()); i += 1) {
        const shown = app.screen();
        app.keys('Down');
        await app.waitFor((s) => s !== shown);
      }
      app.keys('Enter');
      await app.waitFor('开始起草');
      app.keys('Enter');
      const review = await app.waitFor(/审阅 1\/6/, 20_000);
      outputs.push(['app review screen', review]);
      app.keys('C-c');
      await app.waitFor('退出 jixiao');
      app.keys('y');
      await app.waitFor(() => app.dead(), 10_000);
      outputs.push(['app last screen', app.screen()]);
    } finally {
      if (!app.dead()) await app.kill9();
    }
    expect(readdirSync(join(box.data, 'drafts')).filter((n) => n.endsWith('.json'))).toHaveLength(1);

    // Where the keys went: only the stored one, only into secrets.json, only in the header.
    const secrets = join(box.config, 'secrets.json');
    expect(readFileSync(secrets, 'utf8')).toContain(STORED);
    expect(statSync(secrets).mode & 0o777).toBe(0o600);
    expect(statSync(join(box.config, 'settings.json')).mode & 0o777).toBe(0o600);
    for (const file of filesUnder(join(box.data, 'drafts')))
      expect(statSync(file).mode & 0o077, file).toBe(0);

    const written = filesUnder(box.root).filter((file) => file !== secrets && file !== answers);
    const names = written.map((file) => relative(box.root, file));
    for (const expected of [
      'config/settings.json',
      'exports/draft.json',
      'exports/exported.docx',
      'exports/exported.xlsx',
      'exports/exported.md',
      'exports/exported.json',
      'exports/imported.json',
      'exports/selfeval.json',
      'exports/draft-env.json',
      'exports/draft-401.json',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.some((n) => /^data\/drafts\/[\w-]+\.json$/.test(n))).toBe(true);
    const found: string[] = [];
    for (const key of [STORED, FROM_ENV]) {
      for (const [form, text] of forms(key)) {
        for (const file of written)
          if (readFileSync(file).includes(text))
            found.push(
              `${form} of ${key === STORED ? 'the stored key' : 'the env key'} in ${relative(box.root, file)}`,
            );
        for (const [label, output] of outputs)
          if (output.includes(text))
            found.push(`${form} of ${key === STORED ? 'the stored key' : 'the env key'} in ${label}`);
      }
    }
    expect(found).toEqual([]);

    expect(server.requests.length).toBeGreaterThan(10);
    for (const request of server.requests) {
      expect([`Bearer ${STORED}`, `Bearer ${FROM_ENV}`]).toContain(request.headers.authorization);
      for (const key of [STORED, FROM_ENV]) {
        expect(request.rawBody).not.toContain(key);
        expect(request.path).not.toContain(key);
        expect(
          JSON.stringify(Object.entries(request.headers).filter(([name]) => name !== 'authorization')),
        ).not.toContain(key);
      }
    }
  }, 120_000);
});
