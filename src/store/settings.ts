import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { repairFields } from './repair.js';
import { Settings } from './settings-schema.js';
import { JixiaoError } from '../errors.js';

/**
 * Settings on disk through conf: `settings.json` (mode 0600) in JIXIAO_CONFIG_DIR, else in the
 * user's config folder (~/.config/jixiao on Linux). A broken file is never fatal: it is kept as
 * `settings.json.broken-<time>` and replaced (only the bad entries when the JSON itself is readable),
 * and `notice` says so in Chinese. The settings screen and `jixiao config` both use this.
 */

export const CONFIG_DIR_ENV = 'JIXIAO_CONFIG_DIR';

export class SettingsError extends JixiaoError {}

export interface SettingsStore {
  /** The settings file. */
  readonly path: string;
  /** The folder holding settings.json and secrets.json. */
  readonly dir: string;
  /** Chinese notice when a broken file was replaced on opening (show it once), else null. */
  readonly notice: string | null;
  get(): Settings;
  /** Sets one key (dot path, e.g. `llm.model`) to an already-typed value; throws SettingsError. */
  set(key: string, value: unknown): Settings;
  /** Saves a whole settings object (the settings screen); throws SettingsError when invalid. */
  save(settings: Settings): Settings;
  /** Puts one key (or everything) back to its default. */
  reset(key?: string): Settings;
}

export interface OpenSettingsOptions {
  /** Folder for the files; defaults to $JIXIAO_CONFIG_DIR, then the user's config folder. */
  dir?: string;
  env?: NodeJS.ProcessEnv;
}

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** Chinese labels of the setting keys, in display order. */
export const SETTING_LABELS: Record<string, string> = {
  framework: '指标体系（local 本地通行 / central-2021 财预〔2021〕101号）',
  exportDir: '导出文件夹（空 = 当前文件夹）',
  display: '表格边框（auto / unicode / ascii）',
  fontBody: 'Word 正文字体',
  fontHeading: 'Word 标题字体',
  'gradeThresholds.excellent': '自评等级“优”的最低分',
  'gradeThresholds.good': '自评等级“良”的最低分',
  'gradeThresholds.fair': '自评等级“中”的最低分',
  'llm.provider': '模型服务商',
  'llm.baseURL': '接口地址（空 = 服务商默认）',
  'llm.model': '模型名称（空 = 服务商默认）',
  'llm.timeoutSeconds': '每次请求的超时（秒）',
  'llm.concurrency': '同时起草的项目数',
  'llm.thinking': '深度思考（true / false）',
};

/** Every leaf key of the settings (`llm.model`, `gradeThresholds.good`, …). */
export const SETTING_KEYS: string[] = leafKeys(DEFAULT_SETTINGS);

export function settingsDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env[CONFIG_DIR_ENV]?.trim();
  return dir ? path.resolve(dir) : undefined;
}

export function openSettings(options: OpenSettingsOptions = {}): SettingsStore {
  const cwd = options.dir ?? settingsDir(options.env);
  let unreadable: string | null = null;
  const conf = openConf(
    cwd,
    () =>
      new Conf<Record<string, unknown>>({
        projectName: 'jixiao',
        projectSuffix: '',
        ...(cwd ? { cwd } : {}),
        configName: 'settings',
        configFileMode: 0o600,
        deserialize: (text: string) => {
          try {
            const data: unknown = JSON.parse(text);
            if (data && typeof data === 'object' && !Array.isArray(data))
              return data as Record<string, unknown>;
          } catch {
            // handled below: the file is kept as a backup
          }
          unreadable = text;
          return {};
        },
      }),
  );
  const file = conf.path;
  let notice: string | null = null;

  const raw = conf.store;
  if (unreadable !== null) {
    const backup = keepBackup(file);
    conf.store = { ...DEFAULT_SETTINGS };
    notice = `设置文件 ${file} 已损坏（不是有效的 JSON），已备份为 ${backup}，并恢复为默认设置。请用 jixiao config 重新设置。`;
  } else {
    const { settings, dropped, coerced } = salvage(raw);
    if (dropped.length > 0 || coerced.length > 0) {
      const backup = keepBackup(file);
      conf.store = settings;
      notice = [
        dropped.length > 0
          ? `设置文件中有无效的设置项（${dropped.join('、')}），只有这些已恢复为默认值，其余设置保留。`
          : '',
        coerced.length > 0 ? `已按原意转换：${coerced.join('；')}。` : '',
        `原文件备份为 ${backup}。`,
      ].join('');
    } else if (fs.existsSync(file)) {
      tightenMode(file);
    }
  }

  const current = (): Settings => salvage(conf.store).settings;
  const store: SettingsStore = {
    path: file,
    dir: path.dirname(file),
    notice,
    get: current,
    set(key, value) {
      if (!SETTING_KEYS.includes(key)) throw new SettingsError(unknownKeyMessage(key));
      const next = structuredClone(current()) as Record<string, unknown>;
      setPath(next, key, value);
      return store.save(next as Settings);
    },
    save(settings) {
      const parsed = Settings.safeParse(settings);
      if (!parsed.success) throw new SettingsError(describeIssues(parsed.error.issues));
      conf.store = parsed.data as Record<string, unknown>;
      return parsed.data;
    },
    reset(key) {
      if (key === undefined) return store.save(DEFAULT_SETTINGS);
      if (!SETTING_KEYS.includes(key)) throw new SettingsError(unknownKeyMessage(key));
      return store.set(key, getPath(DEFAULT_SETTINGS, key));
    },
  };
  return store;
}

/** conf, or a SettingsError in Chinese when the file cannot be read at all (a folder, no permission). */
function openConf<T>(dir: string | undefined, open: () => T): T {
  try {
    return open();
  } catch (error) {
    const file = dir ? path.join(dir, 'settings.json') : 'settings.json';
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SettingsError(
      `无法读取设置文件 ${file}（${code}）。请确认它是当前用户可以读写的普通文件；也可以把它改名或删除，再用 jixiao config 重新设置。`,
      { cause: error },
    );
  }
}

/** Turns text typed on the command line into the value a key takes ("30" → 30, "是" → true). */
export function parseSettingValue(key: string, text: string): unknown {
  if (!SETTING_KEYS.includes(key)) throw new SettingsError(unknownKeyMessage(key));
  const sample = getPath(DEFAULT_SETTINGS, key);
  const value = text.trim();
  if (typeof sample === 'number') {
    const n = Number(value.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
    if (value === '' || !Number.isFinite(n))
      throw new SettingsError(`“${text}”不是数字。${SETTING_LABELS[key] ?? key}应填数字，例如 ${sample}。`);
    return n;
  }
  if (typeof sample === 'boolean') {
    if (/^(true|yes|on|1|是|开|开启)$/i.test(value)) return true;
    if (/^(false|no|off|0|否|关|关闭)$/i.test(value)) return false;
    throw new SettingsError(`“${text}”不是开关值。请填 true（开启）或 false（关闭）。`);
  }
  return value;
}

export function getSetting(settings: Settings, key: string): unknown {
  return getPath(settings, key);
}

/**
 * Validates what was read field by field (src/store/repair.ts): an unambiguous value is converted
 * ("90" → 90), an invalid entry is put back to its own default; every valid entry is kept.
 */
function salvage(raw: Record<string, unknown>): { settings: Settings; dropped: string[]; coerced: string[] } {
  const data = structuredClone(raw);
  delete data.__internal__;
  const repaired = repairFields(Settings, data, (at) => getPath(DEFAULT_SETTINGS, at.join('.')));
  if (repaired.value === null)
    return { settings: structuredClone(DEFAULT_SETTINGS), dropped: ['（全部）'], coerced: [] };
  return { settings: repaired.value, dropped: repaired.reset, coerced: repaired.coerced };
}

function keepBackup(file: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backup = `${file}.broken-${stamp}`;
  try {
    fs.copyFileSync(file, backup);
    fs.chmodSync(backup, 0o600);
  } catch {
    return '（备份失败）';
  }
  return backup;
}

/** An older file written with a looser mode is made owner-only. */
function tightenMode(file: string): void {
  try {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  } catch {
    // not fatal: the next save writes 0600 anyway
  }
}

function describeIssues(
  issues: Array<{ path: PropertyKey[]; message: string; code?: string; values?: unknown[] }>,
): string {
  return issues
    .map((issue) => {
      const key = issue.path.map(String).join('.');
      const label = SETTING_LABELS[key] ?? key;
      if (issue.code === 'invalid_value' && issue.values)
        return `${label}只能是：${issue.values.join('、')}。`;
      return `${label}：${issue.message}`;
    })
    .join('\n');
}

function unknownKeyMessage(key: string): string {
  return `没有名为“${key}”的设置项。可用的设置项：${[...SETTING_KEYS, 'llm.apiKey'].join('、')}。`;
}

function leafKeys(object: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(object).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? leafKeys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

function getPath(object: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      object,
    );
}

function setPath(object: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let o = object;
  for (const part of parts.slice(0, -1)) {
    if (!o[part] || typeof o[part] !== 'object') o[part] = {};
    o = o[part] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]] = value;
}
