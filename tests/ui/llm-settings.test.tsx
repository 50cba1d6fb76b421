import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestKind, startChatServer, type ChatServer } from '../support/chat-server.js';
import { KEY, renderApp } from './support/app.js';
import { makeModelEnv, TEST_KEY, type ModelEnv } from './support/model.js';

/** The model fields of the settings screen; the API key is entered masked and never drawn in full. */

let server: ChatServer;
let env: ModelEnv | null = null;
beforeEach(async () => {
  server = await startChatServer();
});
afterEach(async () => {
  await env?.cleanup();
  env = null;
  await server.close();
});

async function openModelSettings(e: ModelEnv) {
  const app = renderApp(e.services);
  await app.see('新建草稿');
  await app.select('设置');
  await app.press(KEY.enter);
  await app.see('起草方式：内置指标库（离线）');
  await app.select('起草方式');
  await app.press(KEY.enter);
  await app.see('设置 · 起草方式（模型）');
  return app;
}

describe('model settings', () => {
  it('provider from the presets, the key typed masked and stored apart (0600), URL and model, then a test request', async () => {
    env = await makeModelEnv(null, { env: {} });
    const app = await openModelSettings(env);
    await app.see('未配置模型：起草用内置指标库（离线）');

    await app.press(KEY.enter);
    await app.see('通义千问（阿里云百炼 DashScope）');
    await app.select('DeepSeek 深度求索');
    await app.press(KEY.enter);
    await app.see('已选择 DeepSeek 深度求索');
    await app.see('接口地址：（默认）https://api.deepseek.com');
    expect(app.frame()).toContain('模型：（默认）deepseek-chat');
    await app.see('模型还不能用：没有 DeepSeek 深度求索 的 API Key');
    expect(env.saved.at(-1)?.llm).toMatchObject({ provider: 'deepseek', baseURL: '', model: '' });

    await app.select('API Key');
    await app.press(KEY.enter);
    await app.see('只保存在本机、仅本人可读的文件中');
    await app.press(TEST_KEY);
    await app.see(`（${TEST_KEY.length} 个字符）`);
    await app.press(KEY.enter);
    await app.see('已保存 API Key');
    await app.see('API Key：sk-…3fa9（本机密钥文件）');
    await app.see('可以用模型起草和审阅：DeepSeek 深度求索（deepseek-chat）');

    const secrets = join(env.configDir, 'secrets.json');
    expect(JSON.parse(await readFile(secrets, 'utf8'))).toEqual({ apiKeys: { deepseek: TEST_KEY } });
    expect((await stat(secrets)).mode & 0o777).toBe(0o600);

    await app.select('接口地址');
    await app.press(KEY.enter, KEY.ctrlU, 'ftp:/x', KEY.enter);
    await app.see('不是网址');
    await app.press(KEY.ctrlU, server.baseURL, KEY.enter);
    await app.see('已修改接口地址');
    await app.select('模型');
    await app.press(KEY.enter, 'test-model', KEY.enter);
    await app.see('已修改模型名称');
    await app.select('超时');
    await app.press(KEY.enter, KEY.ctrlU, '０', KEY.enter);
    await app.see('超时应为 1–600 之间的秒数');
    await app.press(KEY.ctrlU, '２０', KEY.enter);
    await app.see('超时：20 秒');
    expect(env.saved.at(-1)?.llm).toEqual({
      provider: 'deepseek',
      baseURL: server.baseURL.replace(/\/+$/, ''),
      model: 'test-model',
      timeoutSeconds: 20,
      concurrency: 3,
      thinking: false,
    });

    await app.select('测试连接');
    await app.press(KEY.enter);
    await app.see('连接正常：DeepSeek 深度求索（test-model）');
    expect(requestKind(server.requests[0])).toBe('ping');
    expect(server.requests[0].headers.authorization).toBe(`Bearer ${TEST_KEY}`);

    // Never drawn, never in the settings.
    expect(app.frames.some((f) => f.includes(TEST_KEY) || f.includes(TEST_KEY.slice(3, 20)))).toBe(false);
    expect(JSON.stringify(env.saved)).not.toContain(TEST_KEY);

    await app.select('API Key');
    await app.press('x');
    await app.see('已删除本机保存的 API Key');
    await app.see('API Key：（未设置）');
    expect(JSON.parse(await readFile(secrets, 'utf8'))).toEqual({ apiKeys: {} });
    await app.press(KEY.esc);
    await app.see('起草方式：模型（deepseek test-model）');
  });

  it('environment variables win and are named; a failed test request says why in Chinese', async () => {
    env = await makeModelEnv(null, {
      env: { JIXIAO_BASE_URL: server.baseURL, JIXIAO_API_KEY: TEST_KEY, JIXIAO_MODEL: 'test-model' },
    });
    server.push({ kind: 'error', status: 402, message: 'Insufficient Balance' });
    const app = await openModelSettings(env);
    await app.see('可以用模型起草和审阅：自定义（兼容 OpenAI 接口）（test-model）');
    expect(app.frame()).toContain(
      '环境变量 JIXIAO_BASE_URL、JIXIAO_MODEL、JIXIAO_API_KEY 已设置，优先于这里的设置。',
    );
    expect(app.frame()).toContain('API Key：sk-…3fa9（环境变量 JIXIAO_API_KEY）');
    await app.select('测试连接');
    await app.press(KEY.enter);
    await app.see('账户余额不足（HTTP 402）');
    expect(app.frames.some((f) => f.includes(TEST_KEY))).toBe(false);
  });
});
