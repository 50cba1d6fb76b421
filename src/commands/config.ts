import { resolveLlmConfig, KEY_SOURCE_LABEL } from '../draft/llm/config.js';
import { findProvider, PROVIDERS } from '../draft/providers.js';
import { maskKey, openSecrets } from '../store/secrets.js';
import {
  getSetting,
  openSettings,
  parseSettingValue,
  SETTING_KEYS,
  SETTING_LABELS,
  SettingsError,
} from '../store/settings.js';
import { UsageError } from '../errors.js';
import { readSecret } from './read-secret.js';

/**
 * `jixiao config list | get KEY | set KEY [VALUE] | unset KEY | path`. The API key (`llm.apiKey`)
 * goes to the separate secrets file and is only ever shown masked; without a VALUE it is read
 * from the terminal without echo (or from standard input), so it stays out of the shell history.
 */

export interface ConfigIo {
  env?: NodeJS.ProcessEnv;
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** Reads the key when `set llm.apiKey` has no value (tests pass a function). */
  readKey?: (prompt: string) => Promise<string>;
}

const API_KEY = 'llm.apiKey';
const ENV_OF: Record<string, string> = {
  'llm.provider': 'JIXIAO_PROVIDER',
  'llm.baseURL': 'JIXIAO_BASE_URL',
  'llm.model': 'JIXIAO_MODEL',
};
const ACTIONS = 'list（列出全部）、get 键、set 键 值、unset 键（恢复默认）、path（设置文件夹）';

export async function runConfig(
  action: string,
  key?: string,
  value?: string,
  io: ConfigIo = {},
): Promise<number> {
  const env = io.env ?? process.env;
  const out = io.out ?? ((t: string) => process.stdout.write(t));
  const err = io.err ?? ((t: string) => process.stderr.write(t));
  const store = openSettings({ env });
  const secrets = openSecrets(store.dir);
  for (const notice of [store.notice, secrets.notice]) if (notice) err(`注意：${notice}\n`);

  const needKey = () => {
    if (!key)
      throw new UsageError(
        `请写出设置项，例如 jixiao config ${action} llm.model。可用的设置项：${[...SETTING_KEYS, API_KEY].join('、')}。`,
      );
    return key;
  };
  const effectiveProvider = () => {
    const settings = store.get();
    const name =
      env.JIXIAO_PROVIDER?.trim() ||
      settings.llm.provider ||
      (env.JIXIAO_BASE_URL?.trim() || settings.llm.baseURL ? 'custom' : '');
    return name ? findProvider(name) : undefined;
  };

  switch (action) {
    case 'list': {
      const settings = store.get();
      out(`设置文件：${store.path}\n`);
      for (const k of SETTING_KEYS) {
        const envName = ENV_OF[k];
        const override =
          envName && env[envName]?.trim() ? `（环境变量 ${envName} 优先：${env[envName]!.trim()}）` : '';
        out(`${k} = ${show(getSetting(settings, k))}${override}    # ${SETTING_LABELS[k] ?? ''}\n`);
      }
      out(`${API_KEY} = ${describeKey()}    # API Key（单独保存在 ${secrets.path}）\n`);
      return 0;
    }
    case 'get': {
      const k = needKey();
      if (k === API_KEY) {
        out(`${describeKey()}\n`);
        return 0;
      }
      if (!SETTING_KEYS.includes(k)) throw new SettingsError(unknownKey(k));
      out(`${show(getSetting(store.get(), k))}\n`);
      return 0;
    }
    case 'set': {
      const k = needKey();
      if (k === API_KEY) {
        const provider = effectiveProvider();
        if (!provider)
          throw new UsageError('请先选择模型服务商，再保存 API Key：jixiao config set llm.provider deepseek');
        const secret =
          value ??
          (await (io.readKey ?? readSecret)(
            `请输入 ${provider.label} 的 API Key（输入内容不显示，回车结束）：`,
          ));
        if (!secret.trim()) throw new UsageError('没有输入 API Key，未作修改。');
        secrets.setApiKey(provider.id, secret);
        out(
          `已保存 ${provider.label} 的 API Key：${maskKey(secret.trim())}（文件 ${secrets.path}，仅本人可读）。\n`,
        );
        if (env.JIXIAO_API_KEY?.trim()) err('注意：环境变量 JIXIAO_API_KEY 已设置，它优先于保存的 Key。\n');
        return 0;
      }
      if (value === undefined)
        throw new UsageError(`请写出新值，例如 jixiao config set ${k} ${exampleFor(k)}`);
      let typed = parseSettingValue(k, value);
      if (k === 'llm.provider' && typed !== '') {
        const provider = findProvider(String(typed));
        if (!provider)
          throw new UsageError(
            `不认识模型服务商“${value}”。可选：${PROVIDERS.map((p) => `${p.id}（${p.short}）`).join('、')}。`,
          );
        typed = provider.id;
      }
      const next = store.set(k, typed);
      out(`已设置 ${k} = ${show(getSetting(next, k))}\n`);
      if (k === 'llm.provider') out(providerHint(String(typed)));
      const envName = ENV_OF[k];
      if (envName && env[envName]?.trim())
        err(`注意：环境变量 ${envName} 已设置（${env[envName]!.trim()}），它优先于此设置。\n`);
      return 0;
    }
    case 'unset':
    case 'reset': {
      const k = needKey();
      if (k === API_KEY) {
        const provider = effectiveProvider();
        if (provider) secrets.deleteApiKey(provider.id);
        out(`已删除${provider ? ` ${provider.label} 的` : ''} API Key。\n`);
        return 0;
      }
      const next = store.reset(k);
      out(`已恢复默认：${k} = ${show(getSetting(next, k))}\n`);
      return 0;
    }
    case 'path':
      out(`${store.dir}\n`);
      return 0;
    default:
      throw new UsageError(`不认识的操作“${action}”。可用：${ACTIONS}。`);
  }

  function describeKey(): string {
    const result = resolveLlmConfig({ settings: store.get(), storedKey: (p) => secrets.getApiKey(p), env });
    if (result.ok)
      return result.config.apiKey
        ? `${maskKey(result.config.apiKey)}（${KEY_SOURCE_LABEL[result.config.keySource]}）`
        : '（此服务商不需要）';
    const provider = effectiveProvider();
    const stored = provider ? secrets.getApiKey(provider.id) : undefined;
    return stored ? `${maskKey(stored)}（本机密钥文件）` : '（未设置）';
  }
}

function providerHint(id: string): string {
  const provider = findProvider(id);
  if (!provider) return '';
  const model = provider.defaultModel
    ? `默认模型 ${provider.defaultModel}（可用 jixiao config set llm.model 更换）`
    : '请设置 llm.baseURL 和 llm.model';
  const key = provider.needsKey
    ? `；再用 jixiao config set llm.apiKey 保存 API Key${provider.console ? `（在 ${provider.console} 申请）` : ''}`
    : '';
  return `${provider.label}：${model}${key}。设置好后可运行 jixiao doctor 检查。\n`;
}

function exampleFor(key: string): string {
  if (key === 'llm.provider') return 'deepseek';
  if (key === 'llm.model') return 'deepseek-chat';
  if (key === 'llm.baseURL') return 'https://api.deepseek.com';
  if (key === 'llm.timeoutSeconds') return '60';
  return '值';
}

function show(value: unknown): string {
  return value === '' ? '（空）' : String(value);
}

function unknownKey(key: string): string {
  return `没有名为“${key}”的设置项。可用的设置项：${[...SETTING_KEYS, API_KEY].join('、')}。`;
}
