import type { LlmConfig } from '../draft/llm/config.js';
import type { Drafter } from '../draft/types.js';
import type { SecretsStore } from '../store/secrets.js';
import type { Settings } from '../store/settings-schema.js';
import {
  APP_FIX_STEPS,
  APP_SETTINGS_HINT,
  type ModelAccess,
  type ModelServices,
  type ModelStatus,
} from './model-access.js';

/**
 * The model side of the app's services: the configuration resolved from the app's settings, the
 * environment (which wins) and the stored keys; one SDK client per configuration, shared by the
 * drafter and the review helpers. The openai SDK is loaded only when a model is configured.
 */

export interface ModelServicesOptions {
  env?: NodeJS.ProcessEnv;
  /** Where secrets.json is (beside settings.json); default: JIXIAO_CONFIG_DIR, else the settings folder. */
  configDir?: string;
}

const ENV_OVERRIDES = ['JIXIAO_PROVIDER', 'JIXIAO_BASE_URL', 'JIXIAO_MODEL', 'JIXIAO_API_KEY'] as const;

export function createModelServices(options: ModelServicesOptions = {}): ModelServices & {
  loadDrafter(options?: { offline?: boolean; settings?: Settings }): Promise<Drafter>;
} {
  const env = options.env ?? process.env;
  let folder: Promise<string> | null = null;
  const configDir = () =>
    (folder ??= options.configDir
      ? Promise.resolve(options.configDir)
      : import('../store/settings.js').then(
          ({ settingsDir, openSettings }) => settingsDir(env) ?? openSettings({ env }).dir,
        ));
  const secrets = async (): Promise<SecretsStore> =>
    (await import('../store/secrets.js')).openSecrets(await configDir());

  /** The configuration in effect; the secrets file is read only when a model is asked for at all. */
  const resolve = async (settings: Settings) => {
    const asked = [
      settings.llm.provider,
      settings.llm.baseURL,
      env.JIXIAO_PROVIDER,
      env.JIXIAO_BASE_URL,
    ].some((v) => v?.trim());
    const [{ resolveLlmConfig, configProblemText }, store] = await Promise.all([
      import('../draft/llm/config.js'),
      asked ? secrets() : null,
    ]);
    const result = resolveLlmConfig({ settings, storedKey: (p) => store?.getApiKey(p), env });
    // In the app a problem is fixed on the settings screen, not with jixiao config.
    if (!result.ok)
      return { result: { ...result, reason: configProblemText(result.problem, APP_FIX_STEPS) }, store };
    return { result, store };
  };

  let cached: { key: string; access: Promise<ModelAccess> } | null = null;
  const build = async (config: LlmConfig): Promise<ModelAccess> => {
    const [llm, { createOfflineDrafter }] = await Promise.all([
      import('../draft/llm/index.js'),
      import('../draft/offline/index.js'),
    ]);
    const service = llm.createLlmService(config, { env });
    const assistant = llm.createReviewAssistant(service);
    return {
      ok: true,
      label: `${config.preset.label}（${config.model}）`,
      drafter: llm.createLlmDrafter({ service, offline: createOfflineDrafter() }),
      assistant,
      isJudgementCall: llm.isJudgementCall,
      secondOpinions: (findings, document, o = {}) =>
        llm.addSecondOpinions(assistant, findings, document, {
          signal: o.signal,
          concurrency: config.concurrency,
        }),
    };
  };

  const loadModel = async (settings: Settings): Promise<ModelAccess> => {
    const { result } = await resolve(settings);
    if (!result.ok) return { ok: false, configured: result.configured, reason: result.reason };
    const key = JSON.stringify(result.config);
    if (cached?.key !== key) {
      const access = build(result.config);
      cached = { key, access };
      access.catch(() => cached?.access === access && (cached = null));
    }
    return cached.access;
  };

  return {
    loadModel,

    async loadDrafter({ offline = false, settings } = {}) {
      if (offline) return (await import('../draft/offline/index.js')).createOfflineDrafter();
      if (!settings) return (await import('../draft/choose.js')).chooseDrafter({});
      const model = await loadModel(settings);
      if (model.ok) return model.drafter;
      if (model.configured) throw new Error(`${model.reason}${APP_SETTINGS_HINT}`);
      return (await import('../draft/offline/index.js')).createOfflineDrafter();
    },

    async modelStatus(settings) {
      const [{ result, store }, { findProvider, providerOrCustom }, { maskKey }, { KEY_SOURCE_LABEL }] =
        await Promise.all([
          resolve(settings),
          import('../draft/providers.js'),
          import('../store/secrets.js'),
          import('../draft/llm/config.js'),
        ]);
      const chosen = env.JIXIAO_PROVIDER?.trim() || settings.llm.provider.trim();
      const anyUrl = env.JIXIAO_BASE_URL?.trim() || settings.llm.baseURL.trim();
      const preset = chosen ? findProvider(chosen) : anyUrl ? providerOrCustom('custom') : undefined;
      const overriddenBy = ENV_OVERRIDES.filter((name) => Boolean(env[name]?.trim()));
      const base: Omit<ModelStatus, 'ok' | 'reason' | 'configured'> = {
        providerId: preset?.id ?? '',
        providerLabel: preset?.label ?? (chosen ? `“${chosen}”（不认识）` : '不使用模型'),
        baseURL: anyUrl || preset?.baseURL || '',
        model: env.JIXIAO_MODEL?.trim() || settings.llm.model.trim() || preset?.defaultModel || '',
        keyMask: '（未设置）',
        keySource: KEY_SOURCE_LABEL.none,
        overriddenBy,
        notices: store?.notice ? [store.notice] : [],
      };
      if (result.ok) {
        const { config } = result;
        return {
          ...base,
          ok: true,
          reason: null,
          configured: true,
          providerId: config.preset.id,
          providerLabel: config.preset.label,
          baseURL: config.baseURL,
          model: config.model,
          keyMask: config.apiKey
            ? maskKey(config.apiKey)
            : config.preset.needsKey
              ? '（未设置）'
              : '（不需要）',
          keySource: KEY_SOURCE_LABEL[config.keySource],
        };
      }
      const stored = preset ? store?.getApiKey(preset.id) : undefined;
      return {
        ...base,
        ok: false,
        reason: result.reason,
        configured: result.configured,
        keyMask: stored ? maskKey(stored) : base.keyMask,
        keySource: stored ? KEY_SOURCE_LABEL.secrets : base.keySource,
      };
    },

    async saveApiKey(provider, key) {
      (await secrets()).setApiKey(provider, key);
      cached = null;
    },

    async deleteApiKey(provider) {
      (await secrets()).deleteApiKey(provider);
      cached = null;
    },

    async pingModel(settings, signal) {
      const { result } = await resolve(settings);
      if (!result.ok) return { ok: false, message: result.reason };
      const llm = await import('../draft/llm/index.js');
      const service = llm.createLlmService(
        { ...result.config, maxRetries: 0, timeoutMs: Math.min(result.config.timeoutMs, 30_000) },
        { env },
      );
      const ping = await llm.pingModel(service, { signal });
      if (!ping.ok) return { ok: false, message: ping.error.message };
      const tokens = ping.tokens ? `，用了 ${ping.tokens.prompt + ping.tokens.completion} tokens` : '';
      return {
        ok: true,
        message: `连接正常：${result.config.preset.label}（${result.config.model}）用时 ${ping.ms} 毫秒${tokens}。`,
      };
    },
  };
}
