import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { APIConnectionError } from 'openai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runConfig } from '../../src/commands/config.js';
import { runDoctor } from '../../src/commands/doctor.js';
import { JixiaoError } from '../../src/errors.js';
import { chooseDrafter } from '../../src/draft/choose.js';
import { toLlmError } from '../../src/draft/llm/errors.js';
import { findProvider } from '../../src/draft/providers.js';
import { openSecrets } from '../../src/store/secrets.js';
import { startChatServer, type ChatServer } from '../support/chat-server.js';
import { TEST_KEY } from './helpers.js';

let dir: string;
let server: ChatServer;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-commands-'));
  server = await startChatServer();
});
afterEach(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function capture(extraEnv: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const env = { JIXIAO_CONFIG_DIR: dir, ...extraEnv };
  return {
    env,
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    text: () => out.join(''),
    errors: () => err.join(''),
  };
}

async function configureCustom(settings: Record<string, string> = {}) {
  const io = capture();
  await runConfig('set', 'llm.provider', 'custom', io);
  await runConfig('set', 'llm.baseURL', server.baseURL, io);
  await runConfig('set', 'llm.model', 'test-model', io);
  for (const [k, v] of Object.entries(settings)) await runConfig('set', k, v, io);
  openSecrets(dir).setApiKey('custom', TEST_KEY);
}

describe('jixiao config', () => {
  it('set, get, list and unset; provider aliases become ids', async () => {
    const io = capture();
    expect(await runConfig('set', 'llm.provider', '通义千问', io)).toBe(0);
    expect(io.text()).toContain('已设置 llm.provider = dashscope');
    expect(io.text()).toContain('默认模型 qwen-plus');
    await runConfig('set', 'llm.timeoutSeconds', '90', io);
    await runConfig('get', 'llm.timeoutSeconds', undefined, io);
    expect(io.text()).toMatch(/\n90\n$/);
    await runConfig('set', 'llm.thinking', 'true', io);
    await runConfig('list', undefined, undefined, io);
    expect(io.text()).toContain('llm.thinking = true');
    expect(io.text()).toContain('llm.apiKey = （未设置）');
    await runConfig('unset', 'llm.timeoutSeconds', undefined, io);
    expect(io.text()).toContain('已恢复默认：llm.timeoutSeconds = 60');
    await runConfig('path', undefined, undefined, io);
    expect(io.text()).toContain(dir);
  });

  it('says which environment variable overrides a setting', async () => {
    const io = capture({ JIXIAO_MODEL: 'qwen-max' });
    await runConfig('set', 'llm.model', 'qwen-plus', io);
    expect(io.errors()).toContain('环境变量 JIXIAO_MODEL 已设置（qwen-max），它优先于此设置');
    await runConfig('list', undefined, undefined, io);
    expect(io.text()).toContain('llm.model = qwen-plus（环境变量 JIXIAO_MODEL 优先：qwen-max）');
  });

  it('bad input: Chinese JixiaoErrors, nothing written', async () => {
    const io = capture();
    await expect(runConfig('set', 'llm.provider', 'deepsek', io)).rejects.toThrow(
      /不认识模型服务商“deepsek”。可选：openai（OpenAI）、deepseek（DeepSeek）/,
    );
    await expect(runConfig('set', 'display', 'fancy', io)).rejects.toThrow(JixiaoError);
    await expect(runConfig('set', 'llm.concurrency', 'abc', io)).rejects.toThrow('不是数字');
    await expect(runConfig('get', 'llm.nope', undefined, io)).rejects.toThrow('没有名为“llm.nope”的设置项');
    await expect(runConfig('frobnicate', undefined, undefined, io)).rejects.toThrow(
      '不认识的操作“frobnicate”',
    );
    await expect(runConfig('set', 'llm.apiKey', TEST_KEY, io)).rejects.toThrow('请先选择模型服务商');
    await expect(runConfig('set', 'llm.model', undefined, io)).rejects.toThrow('请写出新值');
  });

  it('the key can be deleted', async () => {
    const io = capture();
    await runConfig('set', 'llm.provider', 'deepseek', io);
    await runConfig('set', 'llm.apiKey', TEST_KEY, io);
    expect(io.text()).toContain('已保存 DeepSeek 深度求索 的 API Key：sk-…3fa9');
    await runConfig('unset', 'llm.apiKey', undefined, io);
    expect(openSecrets(dir).getApiKey('deepseek')).toBeUndefined();
  });
});

describe('jixiao doctor', () => {
  it('nothing configured: explains, offline drafting works, exit 0', async () => {
    const io = capture();
    expect(await runDoctor({ env: io.env, out: io.out, color: false })).toBe(0);
    expect(io.text()).toContain('还没有配置模型');
    expect(io.text()).toContain('离线起草');
    expect(server.requests).toHaveLength(0);
  });

  it('configured but no key: says where to get one, exit 1', async () => {
    const io = capture();
    await runConfig('set', 'llm.provider', 'deepseek', io);
    expect(await runDoctor({ env: io.env, out: io.out, color: false })).toBe(1);
    expect(io.text()).toContain('没有 DeepSeek 深度求索 的 API Key');
    expect(io.text()).toContain('https://platform.deepseek.com/api_keys');
  });

  it('works: one tiny structured request, the key masked', async () => {
    await configureCustom();
    const io = capture();
    expect(await runDoctor({ env: io.env, out: io.out, color: false })).toBe(0);
    const text = io.text();
    expect(text).toContain('API Key：sk-…3fa9（本机密钥文件）');
    expect(text).toContain('模型：test-model（设置文件）');
    expect(text).toContain('代理：不使用');
    expect(text).toMatch(/✓ 连接正常，用时 \d+ 毫秒，用了 \d+ tokens；起草时使用JSON 模式（json_object）/);
    expect(text).not.toContain(TEST_KEY);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].body).toMatchObject({
      model: 'test-model',
      response_format: { type: 'json_object' },
    });
    expect(server.requests[0].body.stream).toBeFalsy();
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(server.requests[0].rawBody).not.toContain(TEST_KEY);
  });

  it.each([
    [401, 'API Key 无效或已过期（HTTP 401）'],
    [402, '账户余额不足（HTTP 402）'],
    [403, '没有使用模型 test-model 的权限（HTTP 403）'],
    [404, '找不到模型“test-model”或接口地址不对（HTTP 404）'],
    [429, '请求太频繁或额度已用完（HTTP 429）'],
    [500, '服务暂时出错（HTTP 500）'],
  ])('HTTP %i: Chinese advice, exit 1, no retry wait', async (status, message) => {
    await configureCustom();
    server.setFallback(() => ({
      kind: 'error',
      status,
      message: `key ${TEST_KEY} rejected`,
      headers: { 'retry-after': '30' },
    }));
    const io = capture();
    expect(await runDoctor({ env: io.env, out: io.out, color: false })).toBe(1);
    expect(io.text()).toContain(message);
    expect(io.text()).toContain('离线起草');
    expect(io.text()).not.toContain(TEST_KEY);
    expect(server.requests).toHaveLength(1);
  });

  it('timeout', async () => {
    await configureCustom({ 'llm.timeoutSeconds': '0.3' });
    server.setFallback(() => ({ kind: 'hang' }));
    const io = capture();
    expect(await runDoctor({ env: io.env, out: io.out, color: false })).toBe(1);
    expect(io.text()).toContain('等待模型回应超时（0.3 秒）');
  });

  it('Ollama not running: connection refused, start it', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const io = capture({ JIXIAO_PROVIDER: 'ollama', JIXIAO_BASE_URL: `http://127.0.0.1:${port}/v1` });
    expect(await runDoctor({ env: io.env, out: io.out, color: false })).toBe(1);
    expect(io.text()).toContain('API Key：不需要');
    expect(io.text()).toContain('连接被拒绝');
    expect(io.text()).toContain('ollama serve');
  });

  it('shows the proxy without its password', async () => {
    await configureCustom();
    const io = capture({
      JIXIAO_BASE_URL: 'https://api.example.com/v1',
      HTTPS_PROXY: 'http://me:secret@10.9.9.9:1',
    });
    await runDoctor({ env: io.env, out: io.out, color: false }).catch(() => 1);
    expect(io.text()).toContain('代理：http://me:***@10.9.9.9:1/');
    expect(io.text()).not.toContain('secret');
  });
});

describe('error advice for failures without a status', () => {
  const where = {
    preset: findProvider('deepseek')!,
    baseURL: 'https://api.deepseek.com',
    model: 'deepseek-chat',
    timeoutMs: 60_000,
    apiKey: TEST_KEY,
  };
  const connectionError = (code: string) =>
    new APIConnectionError({
      cause: Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error(code), { code }),
      }),
    });

  it('DNS failure: check the network and the proxy', () => {
    const e = toLlmError(connectionError('ENOTFOUND'), where);
    expect(e).toMatchObject({ kind: 'dns', fatal: true });
    expect(e.message).toContain('找不到服务器 api.deepseek.com（域名解析失败）');
    expect(e.message).toContain('HTTPS_PROXY');
  });

  it('certificate problems (an intercepting office proxy)', () => {
    const e = toLlmError(connectionError('SELF_SIGNED_CERT_IN_CHAIN'), where);
    expect(e.kind).toBe('tls');
    expect(e.message).toContain('NODE_EXTRA_CA_CERTS');
  });

  it('a reset connection', () => {
    expect(toLlmError(connectionError('ECONNRESET'), where).kind).toBe('connection');
  });
});

describe('chooseDrafter', () => {
  it('offline unless a model is configured; a model asked for but unusable is a ModelError', async () => {
    for (const name of [
      'JIXIAO_API_KEY',
      'OPENAI_API_KEY',
      'JIXIAO_PROVIDER',
      'JIXIAO_MODEL',
      'JIXIAO_BASE_URL',
    ])
      vi.stubEnv(name, '');
    vi.stubEnv('JIXIAO_CONFIG_DIR', dir);
    try {
      expect((await chooseDrafter()).name).toBe('offline');
      await expect(chooseDrafter({ provider: 'deepseek' })).rejects.toThrow(
        /没有 DeepSeek 深度求索 的 API Key.*或加 --offline/,
      );
      await configureCustom();
      expect((await chooseDrafter()).name).toBe('自定义（兼容 OpenAI 接口）（test-model）');
      expect((await chooseDrafter({ offline: true })).name).toBe('offline');
      expect((await chooseDrafter({ model: 'other-model' })).name).toContain('other-model');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
