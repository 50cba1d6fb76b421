import fs from 'node:fs';
import { KEY_SOURCE_LABEL, OFFLINE_HINT, SOURCE_LABEL } from '../draft/llm/config.js';
import { proxyFor } from '../draft/llm/proxy.js';
import { loadLlmConfig } from '../draft/llm/setup.js';
import { maskKey } from '../store/secrets.js';
import { openSettings } from '../store/settings.js';
import { colorsEnabled, paint } from './colors.js';

/**
 * `jixiao doctor`: shows the model configuration (the key masked, where each value comes from),
 * then makes one tiny structured request and says in Chinese what to do when it fails.
 * Exit code 0 when the model works or none is configured (offline drafting works), 1 otherwise.
 */

export interface DoctorIo {
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  color?: boolean;
}

export async function runDoctor(io: DoctorIo = {}): Promise<number> {
  const env = io.env ?? process.env;
  const out = io.out ?? ((t: string) => process.stdout.write(t));
  const c = paint(io.color ?? colorsEnabled(process.stdout));
  const line = (label: string, value: string) => out(`  ${label}：${value}\n`);

  out(c.bold('检查模型配置\n'));
  const store = openSettings({ env });
  line('设置文件', `${store.path}${modeNote(store.path)}`);
  const setup = loadLlmConfig({ env, settings: store });
  for (const notice of setup.notices) out(`  ${c.yellow('注意')}：${notice}\n`);
  if (!setup.ok) {
    out(`\n${setup.configured ? c.red('✗ ') : ''}${setup.reason}\n`);
    if (setup.configured && !setup.reason.includes(OFFLINE_HINT)) out(`${OFFLINE_HINT}\n`);
    return setup.configured ? 1 : 0;
  }
  const { config } = setup;
  const { preset, sources } = config;
  line('服务商', `${preset.label}（${SOURCE_LABEL[sources.provider]}）`);
  line('接口地址', `${config.baseURL}（${SOURCE_LABEL[sources.baseURL]}）`);
  line('模型', `${config.model}（${SOURCE_LABEL[sources.model]}）`);
  line(
    'API Key',
    config.apiKey ? `${maskKey(config.apiKey)}（${KEY_SOURCE_LABEL[config.keySource]}）` : '不需要',
  );
  line(
    '超时',
    `${config.timeoutMs / 1000} 秒；同时起草 ${config.concurrency} 张表；深度思考${config.thinking ? '开' : '关'}`,
  );
  line('代理', describeProxy(config.baseURL, env));

  out(c.bold('\n发送一次极小的测试请求……\n'));
  const { createLlmService, pingModel } = await import('../draft/llm/index.js');
  const service = createLlmService(
    { ...config, maxRetries: 0, timeoutMs: Math.min(config.timeoutMs, 30_000) },
    { env },
  );
  const result = await pingModel(service);
  if (!result.ok) {
    out(`${c.red('✗')} ${result.error.message}\n${OFFLINE_HINT}\n`);
    return 1;
  }
  const tokens = result.tokens ? `，用了 ${result.tokens.prompt + result.tokens.completion} tokens` : '';
  const format = result.jsonMode === 'json_schema' ? '结构化输出（json_schema）' : 'JSON 模式（json_object）';
  out(`${c.green('✓')} 连接正常，用时 ${result.ms} 毫秒${tokens}；起草时使用${format}。\n`);
  if (!result.answered)
    out(
      `${c.yellow('注意')}：模型没有按要求只返回 JSON。起草时会自动修正一次；若常常失败，请换用更强的模型。\n`,
    );
  return 0;
}

function modeNote(file: string): string {
  try {
    const mode = fs.statSync(file).mode & 0o777;
    return mode & 0o077 ? `（权限 ${mode.toString(8)}，建议 600）` : '（仅本人可读）';
  } catch {
    return '（尚未创建）';
  }
}

function describeProxy(baseURL: string, env: NodeJS.ProcessEnv): string {
  const choice = proxyFor(baseURL, env);
  if (choice.kind === 'direct') return '不使用（直接连接）';
  if (choice.kind === 'unsupported') return `“${choice.raw}”无法使用（只支持 http:// 或 https:// 代理）`;
  const proxy = new URL(choice.proxy.href);
  if (proxy.password) proxy.password = '***';
  return `${proxy.href}（来自 HTTPS_PROXY/HTTP_PROXY；NO_PROXY 中的地址不经代理）`;
}
