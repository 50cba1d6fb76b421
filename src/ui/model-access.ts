import type { JixiaoDocument } from '../domain/document.js';
import type { Finding } from '../domain/finding.js';
import type { FixSteps } from '../draft/llm/config.js';
import type { ReviewAssistant } from '../draft/llm/review.js';
import type { Drafter } from '../draft/types.js';
import type { Settings } from '../store/settings-schema.js';

/**
 * What the app knows and can do with a model (types only: the SDK is loaded by the services,
 * never by a screen). One configured model gives a drafter and review helpers that share a client.
 */

/** Added to a model message in the app: the settings are in the app too, not only on the command line. */
export const APP_SETTINGS_HINT = '在本程序中：开始界面 → 设置 → 起草方式（模型）可以修改这些设置。';

/** How each model setting is fixed in the app: on the settings screen (the CLI's words name `jixiao config`). */
export const APP_FIX_STEPS: FixSteps = {
  provider: () => '请在“服务商”一行选择',
  thenKey: '再在“API Key”一行保存 Key',
  baseURL: '请在“接口地址”一行填写，例如 https://…/v1',
  model: '请在“模型”一行填写模型名称',
  apiKey: '请在“API Key”一行输入保存（只存在本机、仅本人可读的文件中）',
  offline: '不用模型时，内置指标库照常可以离线起草。',
};

/** A model failure as the app shows it: the message, plus where to fix the settings when that is the cure. */
export function modelErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const kind = (error as { kind?: unknown } | null)?.kind;
  const fixable = ['auth', 'balance', 'forbidden', 'not-found', 'bad-request', 'proxy', 'dns', 'refused'];
  return typeof kind === 'string' && fixable.includes(kind) ? `${message}${APP_SETTINGS_HINT}` : message;
}

export interface TokenCount {
  prompt: number;
  completion: number;
}

/** A configured model, ready to use. */
export interface ModelReady {
  ok: true;
  /** "DeepSeek 深度求索（deepseek-chat）". */
  label: string;
  drafter: Drafter;
  assistant: ReviewAssistant;
  /** Findings worth a second opinion (relevance/off-topic and other judgement calls). */
  isJudgementCall(finding: Finding): boolean;
  /** Second opinions on the judgement calls among `findings`; a failed call leaves a finding as it was. */
  secondOpinions(
    findings: Finding[],
    document: JixiaoDocument,
    options?: { signal?: AbortSignal },
  ): Promise<{ findings: Finding[]; tokens: TokenCount }>;
}

/** No model: `configured` says whether the user asked for one (then `reason` says what to fix). */
export interface ModelMissing {
  ok: false;
  configured: boolean;
  reason: string;
}

export type ModelAccess = ModelReady | ModelMissing;

/** The model configuration as the settings screen shows it (the key only ever masked). */
export interface ModelStatus {
  ok: boolean;
  /** Why the model cannot be used (when `ok` is false and a model was asked for). */
  reason: string | null;
  configured: boolean;
  /** The provider preset the key belongs to ('' when none is chosen). */
  providerId: string;
  providerLabel: string;
  /** The URL and model in effect (the preset's defaults when the settings leave them empty). */
  baseURL: string;
  model: string;
  /** `sk-…3fa9`, or （未设置）. */
  keyMask: string;
  /** Where the key comes from, in Chinese (环境变量 JIXIAO_API_KEY / 本机密钥文件 / 未设置). */
  keySource: string;
  /** Environment variables that win over the settings screen (JIXIAO_BASE_URL …). */
  overriddenBy: string[];
  /** Notices about a broken secrets file. */
  notices: string[];
}

export interface ModelServices {
  /** The model the settings name (the environment wins), or why there is none. Clients are reused while the configuration stays the same. */
  loadModel(settings: Settings): Promise<ModelAccess>;
  modelStatus(settings: Settings): Promise<ModelStatus>;
  /** Stores an API key for a provider (secrets file, mode 0600). Rejects with a Chinese message. */
  saveApiKey(provider: string, key: string): Promise<void>;
  deleteApiKey(provider: string): Promise<void>;
  /** One tiny request to the model: a Chinese line saying whether it works. */
  pingModel(settings: Settings, signal?: AbortSignal): Promise<{ ok: boolean; message: string }>;
}
