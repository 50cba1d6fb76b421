import type { Settings } from '../../store/settings-schema.js';
import { findProvider, PROVIDERS, type ProviderPreset } from '../providers.js';

/**
 * Which model to use, from (strongest first) command-line options, the environment
 * (JIXIAO_PROVIDER, JIXIAO_BASE_URL, JIXIAO_MODEL, JIXIAO_API_KEY / OPENAI_API_KEY), the settings
 * file and the provider preset. OPENAI_API_KEY is only taken for OpenAI or a custom service: it is
 * an OpenAI key and would be refused by 通义千问 or DeepSeek.
 */

export type Source = 'option' | 'env' | 'settings' | 'preset';
export type KeySource = 'JIXIAO_API_KEY' | 'OPENAI_API_KEY' | 'secrets' | 'none';

export interface LlmConfig {
  preset: ProviderPreset;
  baseURL: string;
  model: string;
  /** Only ever sent in the Authorization header; never printed (see maskKey). */
  apiKey: string | undefined;
  keySource: KeySource;
  timeoutMs: number;
  maxRetries: number;
  concurrency: number;
  thinking: boolean;
  sources: { provider: Source; baseURL: Source; model: Source };
}

export interface LlmOverrides {
  provider?: string;
  model?: string;
  baseURL?: string;
}

/** Why no model can be used, as data; configProblemText says it for the command line or the app. */
export type ConfigProblem =
  | { kind: 'no-provider'; hasKey: boolean }
  | { kind: 'unknown-provider'; name: string }
  | { kind: 'no-base-url' }
  | { kind: 'bad-base-url'; baseURL: string }
  | { kind: 'no-model' }
  | { kind: 'no-key'; preset: ProviderPreset };

export type LlmConfigResult =
  | { ok: true; config: LlmConfig }
  /**
   * `configured: false` when no model was asked for at all (the offline drafter is simply used);
   * `reason` is `problem` in the command line's words.
   */
  | { ok: false; configured: boolean; problem: ConfigProblem; reason: string };

/** How the user sets each field where they are: the command line (CLI_FIX_STEPS) or the app's settings screen. */
export interface FixSteps {
  /** Choose a provider (the list of providers follows). */
  provider: (providers: string) => string;
  /** After choosing a provider, save the key. */
  thenKey: string;
  baseURL: string;
  model: string;
  apiKey: string;
  /** Drafting without a model still works. */
  offline: string;
}

export interface ResolveInput {
  settings: Settings;
  /** The stored key for a provider id (src/store/secrets.ts). */
  storedKey?: (provider: string) => string | undefined;
  env?: NodeJS.ProcessEnv;
  overrides?: LlmOverrides;
}

export const OFFLINE_HINT = '离线起草（jixiao draft --offline 或界面中的“离线起草”）不需要模型，照常可用。';

export const CLI_FIX_STEPS: FixSteps = {
  provider: (providers) => `请运行 jixiao config set llm.provider deepseek（可选：${providers}）`,
  thenKey: '再用 jixiao config set llm.apiKey 保存 API Key',
  baseURL: 'jixiao config set llm.baseURL https://…/v1',
  model: '请设置模型名称：jixiao config set llm.model 模型名',
  apiKey: '请运行 jixiao config set llm.apiKey 保存（只存在本机、权限 0600 的文件中）',
  offline: OFFLINE_HINT,
};

/** A configuration problem in Chinese, with the steps that fix it where the user is. */
export function configProblemText(problem: ConfigProblem, steps: FixSteps): string {
  switch (problem.kind) {
    case 'no-provider':
      return problem.hasKey
        ? `已有 JIXIAO_API_KEY，但还没有选择模型服务商。${steps.provider(providerList())}。`
        : `还没有配置模型。${steps.offline}如需用模型起草，${steps.provider(providerList())}，${steps.thenKey}。`;
    case 'unknown-provider':
      return `不认识模型服务商“${problem.name}”。可选：${providerList()}。`;
    case 'no-base-url':
      return `自定义模型服务需要接口地址：${steps.baseURL}（或设置环境变量 JIXIAO_BASE_URL）。`;
    case 'bad-base-url':
      return `接口地址“${problem.baseURL}”不是网址，应以 https:// 或 http:// 开头，例如 ${PROVIDERS[1].baseURL}。`;
    case 'no-model':
      return `${steps.model}（或环境变量 JIXIAO_MODEL）。`;
    case 'no-key': {
      const { preset } = problem;
      const where = preset.console ? `Key 可在 ${preset.console} 申请。` : '';
      return `没有 ${preset.label} 的 API Key。${steps.apiKey}，或设置环境变量 JIXIAO_API_KEY。${where}${steps.offline}`;
    }
  }
}

function failed(problem: ConfigProblem, configured = true): LlmConfigResult {
  return { ok: false, configured, problem, reason: configProblemText(problem, CLI_FIX_STEPS) };
}

export function resolveLlmConfig({
  settings,
  storedKey = () => undefined,
  env = process.env,
  overrides = {},
}: ResolveInput): LlmConfigResult {
  const pick = (
    option: string | undefined,
    envName: string,
    setting: string,
  ): [string, Source] | undefined => {
    if (option?.trim()) return [option.trim(), 'option'];
    if (env[envName]?.trim()) return [env[envName]!.trim(), 'env'];
    if (setting.trim()) return [setting.trim(), 'settings'];
    return undefined;
  };
  const providerPick = pick(overrides.provider, 'JIXIAO_PROVIDER', settings.llm.provider);
  const urlPick = pick(overrides.baseURL, 'JIXIAO_BASE_URL', settings.llm.baseURL);
  const modelPick = pick(overrides.model, 'JIXIAO_MODEL', settings.llm.model);

  if (!providerPick && !urlPick) {
    const hasKey = Boolean(env.JIXIAO_API_KEY?.trim());
    return failed({ kind: 'no-provider', hasKey }, hasKey || Boolean(overrides.model));
  }
  const preset = providerPick ? findProvider(providerPick[0]) : findProvider('custom');
  if (!preset) {
    return failed({ kind: 'unknown-provider', name: providerPick![0] });
  }
  const baseURL = urlPick?.[0] ?? preset.baseURL;
  if (!baseURL) {
    return failed({ kind: 'no-base-url' });
  }
  if (!/^https?:\/\/[^\s/]+/i.test(baseURL)) {
    return failed({ kind: 'bad-base-url', baseURL });
  }
  const model = modelPick?.[0] ?? preset.defaultModel;
  if (!model) {
    return failed({ kind: 'no-model' });
  }

  const [apiKey, keySource] = findKey(preset, env, storedKey);
  if (!apiKey && preset.needsKey) {
    return failed({ kind: 'no-key', preset });
  }
  return {
    ok: true,
    config: {
      preset,
      baseURL: baseURL.replace(/\/+$/, ''),
      model,
      apiKey,
      keySource,
      timeoutMs: Math.round(settings.llm.timeoutSeconds * 1000),
      maxRetries: 2,
      concurrency: settings.llm.concurrency,
      thinking: settings.llm.thinking,
      sources: {
        provider: providerPick?.[1] ?? 'preset',
        baseURL: urlPick?.[1] ?? 'preset',
        model: modelPick?.[1] ?? 'preset',
      },
    },
  };
}

function findKey(
  preset: ProviderPreset,
  env: NodeJS.ProcessEnv,
  storedKey: (provider: string) => string | undefined,
): [string | undefined, KeySource] {
  if (env.JIXIAO_API_KEY?.trim()) return [env.JIXIAO_API_KEY.trim(), 'JIXIAO_API_KEY'];
  if ((preset.id === 'openai' || preset.id === 'custom') && env.OPENAI_API_KEY?.trim())
    return [env.OPENAI_API_KEY.trim(), 'OPENAI_API_KEY'];
  const stored = storedKey(preset.id);
  return stored ? [stored, 'secrets'] : [undefined, 'none'];
}

function providerList(): string {
  return PROVIDERS.map((p) => `${p.id}（${p.short}）`).join('、');
}

export const SOURCE_LABEL: Record<Source, string> = {
  option: '命令行参数',
  env: '环境变量',
  settings: '设置文件',
  preset: '服务商默认',
};
export const KEY_SOURCE_LABEL: Record<KeySource, string> = {
  JIXIAO_API_KEY: '环境变量 JIXIAO_API_KEY',
  OPENAI_API_KEY: '环境变量 OPENAI_API_KEY',
  secrets: '本机密钥文件',
  none: '未设置',
};
