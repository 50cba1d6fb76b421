/**
 * Model services people in Chinese public offices use, all spoken to through the openai SDK's
 * chat-completions API. Base URLs and capabilities were checked against each provider's docs
 * (2025–2026); a user can override the URL and the model, and "custom" takes any compatible URL.
 */

/** How a provider switches deep thinking (reasoning) on or off, if it can. */
export type ThinkingSwitch =
  /** `thinking: {type: "enabled" | "disabled"}` (DeepSeek, 智谱 GLM, 火山方舟, Kimi). */
  | 'thinking-type'
  /** `enable_thinking: true | false` (通义千问 DashScope compatible mode). */
  | 'enable-thinking'
  /** No switch: the model decides (OpenAI chat models, Ollama, custom). */
  | 'none';

export interface ProviderCapabilities {
  /** `json_schema` (structured outputs, used with zodResponseFormat) or only `json_object`. */
  responseFormat: 'json_schema' | 'json_object';
  /** The prompt must contain the word "json" when response_format is json_object. */
  needsJsonWord: boolean;
  /** SSE streaming of chat completions. */
  streaming: boolean;
  /** Token usage in responses; `stream_options.include_usage` is sent when streaming. */
  usage: boolean;
  thinking: ThinkingSwitch;
}

export interface ProviderPreset {
  id: string;
  /** Chinese name for the settings screen and messages. */
  label: string;
  /** A short name for lists of choices. */
  short: string;
  baseURL: string;
  defaultModel: string;
  /** Whether an API key is needed (a local Ollama needs none). */
  needsKey: boolean;
  /** Where the user gets a key or an account (shown by `jixiao doctor`). */
  console: string;
  capabilities: ProviderCapabilities;
}

const JSON_OBJECT: Pick<ProviderCapabilities, 'responseFormat' | 'needsJsonWord'> = {
  responseFormat: 'json_object',
  needsJsonWord: true,
};

export const PROVIDERS: readonly ProviderPreset[] = [
  {
    id: 'openai',
    short: 'OpenAI',
    label: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    defaultModel: 'gpt-4.1-mini',
    needsKey: true,
    console: 'https://platform.openai.com/api-keys',
    capabilities: {
      responseFormat: 'json_schema',
      needsJsonWord: false,
      streaming: true,
      usage: true,
      thinking: 'none',
    },
  },
  {
    // Rejects json_schema; JSON Output needs "json" in the prompt and may return blank content.
    id: 'deepseek',
    short: 'DeepSeek',
    label: 'DeepSeek 深度求索',
    baseURL: 'https://api.deepseek.com',
    defaultModel: 'deepseek-chat',
    needsKey: true,
    console: 'https://platform.deepseek.com/api_keys',
    capabilities: { ...JSON_OBJECT, streaming: true, usage: true, thinking: 'thinking-type' },
  },
  {
    // json_schema works for qwen-plus / qwen-max / qwen-flash in non-thinking mode only.
    id: 'dashscope',
    short: '通义千问',
    label: '通义千问（阿里云百炼 DashScope）',
    baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    defaultModel: 'qwen-plus',
    needsKey: true,
    console: 'https://bailian.console.aliyun.com/',
    capabilities: {
      responseFormat: 'json_schema',
      needsJsonWord: true,
      streaming: true,
      usage: true,
      thinking: 'enable-thinking',
    },
  },
  {
    id: 'moonshot',
    short: 'Kimi',
    label: 'Kimi（月之暗面 Moonshot）',
    baseURL: 'https://api.moonshot.cn/v1',
    defaultModel: 'kimi-k2.6',
    needsKey: true,
    console: 'https://platform.moonshot.cn/console/api-keys',
    capabilities: { ...JSON_OBJECT, streaming: true, usage: true, thinking: 'thinking-type' },
  },
  {
    // response_format supports json_object only.
    id: 'zhipu',
    short: '智谱 GLM',
    label: '智谱 GLM（BigModel）',
    baseURL: 'https://open.bigmodel.cn/api/paas/v4',
    defaultModel: 'glm-4.6',
    needsKey: true,
    console: 'https://open.bigmodel.cn/usercenter/apikeys',
    capabilities: { ...JSON_OBJECT, streaming: true, usage: true, thinking: 'thinking-type' },
  },
  {
    // The model is a model id (doubao-seed-…) or an inference endpoint id (ep-…).
    id: 'volcengine',
    short: '豆包',
    label: '火山方舟（豆包）',
    baseURL: 'https://ark.cn-beijing.volces.com/api/v3',
    defaultModel: 'doubao-seed-1-6-251015',
    needsKey: true,
    console: 'https://console.volcengine.com/ark',
    capabilities: { ...JSON_OBJECT, streaming: true, usage: true, thinking: 'thinking-type' },
  },
  {
    id: 'ollama',
    short: '本机 Ollama',
    label: '本机 Ollama',
    baseURL: 'http://localhost:11434/v1',
    defaultModel: 'qwen2.5:7b',
    needsKey: false,
    console: 'https://ollama.com/download',
    capabilities: {
      responseFormat: 'json_schema',
      needsJsonWord: false,
      streaming: true,
      usage: true,
      thinking: 'none',
    },
  },
  {
    // Any OpenAI-compatible service: the most widely supported options.
    id: 'custom',
    short: '自定义',
    label: '自定义（兼容 OpenAI 接口）',
    baseURL: '',
    defaultModel: '',
    needsKey: true,
    console: '',
    capabilities: { ...JSON_OBJECT, streaming: true, usage: true, thinking: 'none' },
  },
];

/** Names people type for a provider (`qwen`, `kimi`, `glm`, `doubao`, `ark`, 中文名…) → its id. */
const ALIASES: Record<string, string> = {
  qwen: 'dashscope',
  tongyi: 'dashscope',
  bailian: 'dashscope',
  通义千问: 'dashscope',
  千问: 'dashscope',
  百炼: 'dashscope',
  kimi: 'moonshot',
  月之暗面: 'moonshot',
  glm: 'zhipu',
  bigmodel: 'zhipu',
  智谱: 'zhipu',
  doubao: 'volcengine',
  ark: 'volcengine',
  豆包: 'volcengine',
  火山方舟: 'volcengine',
  深度求索: 'deepseek',
};

export function findProvider(name: string): ProviderPreset | undefined {
  const key = name.trim().toLowerCase();
  const id = ALIASES[key] ?? key;
  return PROVIDERS.find((p) => p.id === id);
}

/** The preset for an id, or "custom" for an unknown or empty one. */
export function providerOrCustom(name: string): ProviderPreset {
  return findProvider(name) ?? (PROVIDERS.find((p) => p.id === 'custom') as ProviderPreset);
}

/** Body fields that switch thinking on or off (sent only for providers that have a switch). */
export function thinkingFields(preset: ProviderPreset, thinking: boolean): Record<string, unknown> {
  switch (preset.capabilities.thinking) {
    case 'thinking-type':
      return { thinking: { type: thinking ? 'enabled' : 'disabled' } };
    case 'enable-thinking':
      return { enable_thinking: thinking };
    default:
      return {};
  }
}
