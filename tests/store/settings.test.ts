import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runConfig } from '../../src/commands/config.js';
import { createLlmDrafter } from '../../src/draft/llm/drafter.js';
import { createLlmService } from '../../src/draft/llm/service.js';
import { loadLlmConfig } from '../../src/draft/llm/setup.js';
import { exportJson } from '../../src/export/json.js';
import { exportMarkdown } from '../../src/export/markdown.js';
import { maskKey, openSecrets, redactKey } from '../../src/store/secrets.js';
import {
  DEFAULT_SETTINGS,
  openSettings,
  parseSettingValue,
  SettingsError,
} from '../../src/store/settings.js';
import { startChatServer } from '../support/chat-server.js';
import { answersWith, offline } from '../llm/helpers.js';

const KEY = 'sk-live-abcdefghijklmnop3fa9';
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-settings-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ JIXIAO_CONFIG_DIR: dir, ...extra });
const quiet = { out: () => {}, err: () => {} };

describe('settings file', () => {
  it('lives in JIXIAO_CONFIG_DIR with mode 0600, and starts from the defaults', () => {
    const store = openSettings({ env: env() });
    expect(store.path).toBe(path.join(dir, 'settings.json'));
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toBeNull();
    store.set('llm.model', 'deepseek-chat');
    expect(mode(store.path)).toBe(0o600);
    expect(openSettings({ env: env() }).get().llm.model).toBe('deepseek-chat');
  });

  it('an existing file with a loose mode is made owner-only', () => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, JSON.stringify({ framework: 'local' }), { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    openSettings({ dir });
    expect(mode(file)).toBe(0o600);
  });

  it('a broken file is kept as a backup and replaced with the defaults, with a Chinese notice', () => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, '{"framework": "local", "llm": {');
    const store = openSettings({ dir });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.notice).toMatch(
      /设置文件 .* 已损坏（不是有效的 JSON），已备份为 .*settings\.json\.broken-.*，并恢复为默认设置/,
    );
    const backups = fs.readdirSync(dir).filter((f) => f.startsWith('settings.json.broken-'));
    expect(backups).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, backups[0]), 'utf8')).toBe('{"framework": "local", "llm": {');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(DEFAULT_SETTINGS);
    expect(mode(file)).toBe(0o600);
    // Opening again: nothing more to report.
    expect(openSettings({ dir }).notice).toBeNull();
  });

  it('an invalid entry is put back to its default; the rest is kept', () => {
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        framework: 'central-2021',
        display: 'fancy',
        llm: { provider: 'deepseek', timeoutSeconds: 'abc' },
      }),
    );
    const store = openSettings({ dir });
    const settings = store.get();
    expect(settings.framework).toBe('central-2021');
    expect(settings.llm.provider).toBe('deepseek');
    expect(settings.display).toBe('auto');
    expect(settings.llm.timeoutSeconds).toBe(60);
    expect(store.notice).toContain('display');
    expect(store.notice).toContain('llm.timeoutSeconds');
  });

  it('rejects bad values with Chinese messages and never writes them', () => {
    const store = openSettings({ dir });
    expect(() => store.set('display', 'fancy')).toThrow(/只能是：auto、unicode、ascii/);
    expect(() => store.set('nope', 1)).toThrow(SettingsError);
    expect(() => parseSettingValue('llm.timeoutSeconds', '六十')).toThrow('不是数字');
    expect(parseSettingValue('llm.timeoutSeconds', '９０')).toBe(90);
    expect(parseSettingValue('llm.thinking', '开')).toBe(true);
    expect(() => store.set('llm.concurrency', 0)).toThrow(SettingsError);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('environment wins', () => {
  it('JIXIAO_PROVIDER / JIXIAO_BASE_URL / JIXIAO_MODEL / JIXIAO_API_KEY over the settings and the stored key', () => {
    const store = openSettings({ dir });
    store.set('llm.provider', 'deepseek');
    store.set('llm.model', 'deepseek-chat');
    openSecrets(dir).setApiKey('dashscope', 'sk-stored-for-dashscope-0001');

    const fromFiles = loadLlmConfig({ env: env() });
    expect(fromFiles.ok).toBe(false);
    if (!fromFiles.ok) expect(fromFiles.reason).toContain('没有 DeepSeek 深度求索 的 API Key');

    const stored = loadLlmConfig({ env: env({ JIXIAO_PROVIDER: 'qwen', JIXIAO_MODEL: 'qwen-max' }) });
    expect(stored.ok && stored.config).toMatchObject({
      model: 'qwen-max',
      apiKey: 'sk-stored-for-dashscope-0001',
      keySource: 'secrets',
      sources: { provider: 'env', model: 'env' },
    });
    expect(stored.ok && stored.config.preset.id).toBe('dashscope');

    const envKey = loadLlmConfig({
      env: env({
        JIXIAO_PROVIDER: 'dashscope',
        JIXIAO_API_KEY: KEY,
        JIXIAO_BASE_URL: 'http://10.0.0.1:8000/v1/',
      }),
    });
    expect(envKey.ok && envKey.config).toMatchObject({
      apiKey: KEY,
      keySource: 'JIXIAO_API_KEY',
      baseURL: 'http://10.0.0.1:8000/v1',
    });

    // Command-line options win over the environment.
    const option = loadLlmConfig({
      env: env({ JIXIAO_MODEL: 'qwen-max', JIXIAO_API_KEY: KEY }),
      overrides: { model: 'deepseek-reasoner' },
    });
    expect(option.ok && option.config.model).toBe('deepseek-reasoner');
  });

  it('OPENAI_API_KEY is used for OpenAI and custom services only', () => {
    openSettings({ dir }).set('llm.provider', 'openai');
    const openai = loadLlmConfig({ env: env({ OPENAI_API_KEY: KEY }) });
    expect(openai.ok && openai.config.keySource).toBe('OPENAI_API_KEY');
    const deepseek = loadLlmConfig({ env: env({ OPENAI_API_KEY: KEY, JIXIAO_PROVIDER: 'deepseek' }) });
    expect(deepseek.ok).toBe(false);
  });

  it('nothing configured: not an error, the offline drafter is used', () => {
    const result = loadLlmConfig({ env: env() });
    expect(result).toMatchObject({ ok: false, configured: false });
    if (!result.ok) expect(result.reason).toContain('离线起草');
  });
});

describe('the API key', () => {
  it('is shown masked', () => {
    expect(maskKey(KEY)).toBe('sk-…3fa9');
    expect(maskKey('ark-0123456789abcdef')).toBe('ark…cdef');
    expect(maskKey('short')).toBe('…');
    expect(maskKey(undefined)).toBe('（未设置）');
    expect(redactKey(`bad key ${KEY}!`, KEY)).toBe('bad key sk-…3fa9!');
  });

  it('is stored in a separate 0600 file, never in the settings; list and get show it masked', async () => {
    await runConfig('set', 'llm.provider', 'kimi', { env: env(), ...quiet });
    const lines: string[] = [];
    const io = { env: env(), out: (t: string) => lines.push(t), err: () => {} };
    await runConfig('set', 'llm.apiKey', undefined, { ...io, readKey: async () => `  ${KEY}\n` });
    const secrets = path.join(dir, 'secrets.json');
    expect(mode(secrets)).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(secrets, 'utf8'))).toEqual({ apiKeys: { moonshot: KEY } });
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).not.toContain(KEY);

    await runConfig('list', undefined, undefined, io);
    await runConfig('get', 'llm.apiKey', undefined, io);
    const printed = lines.join('');
    expect(printed).toContain('llm.provider = moonshot');
    expect(printed).toContain('sk-…3fa9（本机密钥文件）');
    expect(printed).not.toContain(KEY);
  });

  it('never reaches a draft or an export', async () => {
    const server = await startChatServer();
    try {
      const store = openSettings({ dir });
      store.set('llm.provider', 'custom');
      store.set('llm.baseURL', server.baseURL);
      store.set('llm.model', 'test-model');
      openSecrets(dir).setApiKey('custom', KEY);
      const setup = loadLlmConfig({ env: env() });
      if (!setup.ok) throw new Error(setup.reason);
      const drafter = createLlmDrafter({ service: createLlmService(setup.config, { env: {} }), offline });
      const result = await drafter.draft(answersWith(1));
      expect(
        server.requests.every((r) => r.headers.authorization === `Bearer ${KEY}` && !r.rawBody.includes(KEY)),
      ).toBe(true);
      expect(JSON.stringify(result)).not.toContain(KEY);
      expect(exportJson(result.document)).not.toContain(KEY);
      expect(exportMarkdown(result.document)).not.toContain(KEY);
      for (const file of fs.readdirSync(dir).filter((f) => f !== 'secrets.json')) {
        expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toContain(KEY);
      }
    } finally {
      await server.close();
    }
  });
});
