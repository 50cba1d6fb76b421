import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JixiaoError } from '../../errors.js';

/**
 * Prompt templates live in `prompts/<name>.md` at the package root (shipped with the package).
 * `{{name}}` placeholders are filled from `vars`; a placeholder without a value is an error, so a
 * template and its caller can never drift apart silently.
 */

export class PromptError extends JixiaoError {}

let cachedDir: string | undefined;
const cache = new Map<string, string>();

/** The prompts folder: found by walking up from this module (src/draft/llm in development, dist/ when built). */
export function promptsDir(): string {
  if (cachedDir) return cachedDir;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'prompts');
    if (fs.existsSync(path.join(candidate, 'system.md'))) return (cachedDir = candidate);
    dir = path.dirname(dir);
  }
  throw new PromptError('找不到提示词文件夹 prompts/（安装不完整？请重新安装 jixiao）。');
}

export function loadTemplate(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(promptsDir(), `${name}.md`);
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new PromptError(`找不到提示词文件 ${file}（安装不完整？请重新安装 jixiao）。`);
    }
    cache.set(name, text);
  }
  return text;
}

/** Fills `{{var}}` placeholders; throws PromptError naming every placeholder without a value. */
export function fillTemplate(
  template: string,
  vars: Record<string, string | number>,
  name = '（模板）',
): string {
  const missing = new Set<string>();
  const filled = template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined || value === null) {
      missing.add(key);
      return '';
    }
    return String(value);
  });
  if (missing.size > 0) throw new PromptError(`提示词 ${name} 缺少变量：${[...missing].join('、')}`);
  return filled.trim();
}

export function renderPrompt(name: string, vars: Record<string, string | number> = {}): string {
  return fillTemplate(loadTemplate(name), vars, name);
}
