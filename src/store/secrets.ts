import fs from 'node:fs';
import path from 'node:path';
import writeFileAtomic from './write-atomic.js';
import { SettingsError } from './settings.js';

/**
 * API keys a user chose to store: `secrets.json` beside settings.json, mode 0600, one key per
 * provider (a DeepSeek key is useless for 通义千问). Kept apart from the settings so that settings,
 * drafts and exports can never carry a key. Shown only masked (`sk-…3fa9`).
 */

export const SECRETS_FILE = 'secrets.json';

interface SecretsFile {
  apiKeys: Record<string, string>;
}

export interface SecretsStore {
  readonly path: string;
  /** Chinese notice when an unreadable file was set aside on opening, else null. */
  readonly notice: string | null;
  getApiKey(provider: string): string | undefined;
  setApiKey(provider: string, key: string): void;
  deleteApiKey(provider: string): void;
  /** Providers that have a stored key. */
  providers(): string[];
}

export function openSecrets(dir: string): SecretsStore {
  const file = path.join(dir, SECRETS_FILE);
  let notice: string | null = null;

  const read = (): SecretsFile => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return { apiKeys: {} };
    }
    try {
      const data = JSON.parse(text) as Partial<SecretsFile>;
      const apiKeys = Object.fromEntries(
        Object.entries(data.apiKeys ?? {}).filter(([, v]) => typeof v === 'string' && v !== ''),
      );
      return { apiKeys };
    } catch {
      const aside = `${file}.broken-${Date.now()}`;
      try {
        fs.renameSync(file, aside);
      } catch {
        // left in place: it will be overwritten on the next save
      }
      notice = `密钥文件 ${file} 已损坏，已移到 ${aside}。请重新保存 API Key（jixiao config set llm.apiKey）。`;
      return { apiKeys: {} };
    }
  };
  const write = (data: SecretsFile): void => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileAtomic.sync(file, `${JSON.stringify(data, null, 2)}\n`, { mode: 0o600 });
    fs.chmodSync(file, 0o600);
  };
  read();

  return {
    path: file,
    get notice() {
      return notice;
    },
    getApiKey: (provider) => read().apiKeys[provider || 'custom'],
    setApiKey(provider, key) {
      const clean = key.trim();
      if (!clean) throw new SettingsError('API Key 不能为空。');
      if (/\s/.test(clean)) throw new SettingsError('API Key 中不应有空格或换行，请检查是否复制完整。');
      const data = read();
      data.apiKeys[provider || 'custom'] = clean;
      write(data);
    },
    deleteApiKey(provider) {
      const data = read();
      delete data.apiKeys[provider || 'custom'];
      write(data);
    },
    providers: () => Object.keys(read().apiKeys),
  };
}

/** `sk-…3fa9`: the first three and the last four characters of a key; short keys show nothing. */
export function maskKey(key: string | undefined | null): string {
  if (!key) return '（未设置）';
  if (key.length < 12) return '…';
  const head = key.startsWith('sk-') ? 'sk-' : key.slice(0, 3);
  return `${head}…${key.slice(-4)}`;
}

/** Replaces every occurrence of a key (and of its URL-encoded form) in a text with its mask. */
export function redactKey(text: string, key: string | undefined | null): string {
  if (!key || key.length < 6) return text;
  return text.split(key).join(maskKey(key)).split(encodeURIComponent(key)).join(maskKey(key));
}
