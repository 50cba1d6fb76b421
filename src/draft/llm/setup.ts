import { ModelError } from '../../errors.js';
import { openSecrets } from '../../store/secrets.js';
import { DEFAULT_SETTINGS, openSettings, SettingsError, type SettingsStore } from '../../store/settings.js';
import type { Drafter } from '../types.js';
import type { ReviewAssistant } from './review.js';
import type { LlmService } from './service.js';
import { resolveLlmConfig, type LlmConfigResult, type LlmOverrides } from './config.js';

/**
 * From the settings and secrets on disk (and the environment) to a model drafter. This module
 * does not load the openai SDK; the drafter is imported only when a model is configured, so the
 * offline path stays light.
 */

export interface SetupOptions {
  overrides?: LlmOverrides;
  env?: NodeJS.ProcessEnv;
  /** An already opened settings store (the app); default: opened from JIXIAO_CONFIG_DIR. */
  settings?: SettingsStore;
}

/** The resolved model configuration plus notices about broken settings/secrets files. */
export function loadLlmConfig(options: SetupOptions = {}): LlmConfigResult & { notices: string[] } {
  const env = options.env ?? process.env;
  let store: SettingsStore;
  try {
    store = options.settings ?? openSettings({ env });
  } catch (error) {
    // An unreadable settings file: the defaults and the environment this time, and the reason.
    if (!(error instanceof SettingsError)) throw error;
    const result = resolveLlmConfig({ settings: DEFAULT_SETTINGS, env, overrides: options.overrides });
    return { ...result, notices: [`${error.message}本次使用默认设置。`] };
  }
  const secrets = openSecrets(store.dir);
  const result = resolveLlmConfig({
    settings: store.get(),
    storedKey: (p) => secrets.getApiKey(p),
    env,
    overrides: options.overrides,
  });
  const notices = [store.notice, secrets.notice].filter((n): n is string => Boolean(n));
  return { ...result, notices };
}

export type ModelDrafterResult =
  /** `service` and `assistant` (review helpers) share the drafter's client: inject them into the app. */
  | { drafter: Drafter; service: LlmService; assistant: ReviewAssistant; notices: string[] }
  /** No model drafter: `configured` says whether the user asked for one (then `reason` explains). */
  | { drafter: null; configured: boolean; reason: string; notices: string[] };

/**
 * The model drafter when a model is configured, else null with the reason (the caller drafts
 * offline). Notices about broken settings files are added to the drafter's notes.
 */
export async function modelDrafter(
  offline: Drafter,
  options: SetupOptions = {},
): Promise<ModelDrafterResult> {
  const setup = loadLlmConfig(options);
  if (!setup.ok)
    return { drafter: null, configured: setup.configured, reason: setup.reason, notices: setup.notices };
  // Loaded only now: these modules load the openai SDK.
  const [{ createLlmService }, { createLlmDrafter }, { createReviewAssistant }] = await Promise.all([
    import('./service.js'),
    import('./drafter.js'),
    import('./review.js'),
  ]);
  const service = createLlmService(setup.config, { env: options.env });
  const drafter = createLlmDrafter({ service, offline });
  const notices = setup.notices;
  const withNotices: Drafter = notices.length
    ? {
        name: drafter.name,
        draft: async (answers, o) =>
          ((r) => ({ ...r, notes: [...notices, ...r.notes] }))(await drafter.draft(answers, o)),
      }
    : drafter;
  return { drafter: withNotices, service, assistant: createReviewAssistant(service), notices };
}

/**
 * For chooseDrafter: the model drafter when one is configured, the offline drafter when none is,
 * and a ModelError (Chinese, says what to fix) when the user asked for a model that cannot be used
 * (e.g. --provider deepseek without a key).
 */
export async function modelOrOffline(offline: Drafter, overrides: LlmOverrides = {}): Promise<Drafter> {
  const chosen = await modelDrafter(offline, { overrides });
  if (chosen.drafter) return chosen.drafter;
  if (chosen.configured) throw new ModelError(`${chosen.reason}（或加 --offline 只用内置指标库起草。）`);
  // A broken settings file was replaced: say so with the offline draft's notes.
  const { notices } = chosen;
  return notices.length
    ? {
        name: offline.name,
        draft: async (answers, o) =>
          ((r) => ({ ...r, notes: [...notices, ...r.notes] }))(await offline.draft(answers, o)),
      }
    : offline;
}
