import { PROVIDERS } from '../../draft/providers.js';
import type { Settings } from '../../store/settings-schema.js';
import type { ModelStatus } from '../model-access.js';

/** The model settings screen's rows and the checks of what is typed into them (pure). */

export type ModelField =
  'provider' | 'baseURL' | 'model' | 'apiKey' | 'timeoutSeconds' | 'concurrency' | 'thinking' | 'ping';
export type TextField = 'baseURL' | 'model' | 'timeoutSeconds' | 'concurrency';

export const MODEL_FIELDS: ModelField[] = [
  'provider',
  'baseURL',
  'model',
  'apiKey',
  'timeoutSeconds',
  'concurrency',
  'thinking',
  'ping',
];

export const PROVIDER_CHOICES: Array<{ id: string; label: string; note: string }> = [
  { id: '', label: '不使用模型', note: '用内置指标库离线起草' },
  ...PROVIDERS.map((p) => ({ id: p.id, label: p.label, note: p.baseURL || '填写兼容 OpenAI 的接口地址' })),
];

export const FIELD_PROMPTS: Record<TextField, { label: string; placeholder: string }> = {
  baseURL: { label: '接口地址', placeholder: '留空 = 服务商默认，例如 https://api.deepseek.com' },
  model: { label: '模型名称', placeholder: '留空 = 服务商默认，例如 deepseek-chat' },
  timeoutSeconds: { label: '每次请求的超时（秒）', placeholder: '例如 60' },
  concurrency: { label: '同时起草的表数（1–8）', placeholder: '例如 3' },
};

/** One row of the menu: what it shows for the current settings and status. */
export function fieldLabel(
  field: ModelField,
  llm: Settings['llm'],
  status: ModelStatus | null,
): { label: string; note?: string } {
  switch (field) {
    case 'provider':
      return {
        label: `服务商：${status?.providerLabel ?? (llm.provider || '不使用模型')}`,
        note: '回车选择',
      };
    case 'baseURL':
      return {
        label: `接口地址：${llm.baseURL || (status?.baseURL ? `（默认）${status.baseURL}` : '（未填写）')}`,
      };
    case 'model':
      return { label: `模型：${llm.model || (status?.model ? `（默认）${status.model}` : '（未填写）')}` };
    case 'apiKey':
      return {
        label: `API Key：${!status ? '…' : status.keyMask.startsWith('（') ? status.keyMask : `${status.keyMask}（${status.keySource}）`}`,
        note: '回车输入新的 Key，x 删除已保存的',
      };
    case 'timeoutSeconds':
      return { label: `超时：${llm.timeoutSeconds} 秒` };
    case 'concurrency':
      return { label: `同时起草：${llm.concurrency} 张表` };
    case 'thinking':
      return {
        label: `深度思考：${llm.thinking ? '开' : '关'}`,
        note: '开启后更慢；部分模型开启时不支持 JSON 输出',
      };
    case 'ping':
      return { label: '测试连接', note: '发一次极小的请求，看设置是否可用' };
  }
}

const halfWidth = (text: string) =>
  text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** What is typed into a text row, checked: the new llm settings, or a Chinese message. */
export function readField(
  field: TextField,
  text: string,
  llm: Settings['llm'],
): { ok: true; llm: Settings['llm'] } | { ok: false; error: string } {
  const value = halfWidth(text);
  switch (field) {
    case 'baseURL':
      if (value && !/^https?:\/\/[^\s/]+/i.test(value))
        return {
          ok: false,
          error: `“${value}”不是网址：接口地址应以 https:// 或 http:// 开头，例如 https://api.deepseek.com。留空则用服务商默认。`,
        };
      return { ok: true, llm: { ...llm, baseURL: value.replace(/\/+$/, '') } };
    case 'model':
      return { ok: true, llm: { ...llm, model: value } };
    case 'timeoutSeconds': {
      const n = Number(value);
      if (!value || !Number.isFinite(n) || n <= 0 || n > 600)
        return { ok: false, error: `超时应为 1–600 之间的秒数，例如 60（填的是“${text.trim()}”）。` };
      return { ok: true, llm: { ...llm, timeoutSeconds: n } };
    }
    case 'concurrency': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 8)
        return { ok: false, error: `同时起草的表数应为 1–8 的整数，例如 3（填的是“${text.trim()}”）。` };
      return { ok: true, llm: { ...llm, concurrency: n } };
    }
  }
}

export function fieldText(field: TextField, llm: Settings['llm']): string {
  return String(llm[field] ?? '');
}
