import type { MessageData, Report, Rule } from './types.js';

/** `{{name}}` in a template; any other `{{…}}` or lone brace pair is malformed. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** The placeholder names of a template, in order; throws on a malformed one. */
export function placeholders(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
  const bad = names.find((name) => !NAME.test(name));
  if (bad !== undefined) throw new Error(`消息模板的占位符“{{${bad}}}”不合法：${template}`);
  if (template.replace(PLACEHOLDER, '').includes('{{') || template.replace(PLACEHOLDER, '').includes('}}'))
    throw new Error(`消息模板有未配对的花括号：${template}`);
  return names;
}

/**
 * ESLint's `meta.messages`: the rule's template for `messageId` with `{{name}}` filled from `data`.
 * An unknown id or a placeholder without data is a bug in the rule: it throws (the engine then
 * reports the rule as crashed instead of printing a half-filled sentence).
 */
export function formatMessage(
  messages: Record<string, string>,
  messageId: string,
  data: MessageData = {},
): string {
  const template = Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
  if (template === undefined) throw new Error(`未知的消息 id“${messageId}”`);
  for (const name of placeholders(template))
    if (!Object.hasOwn(data, name)) throw new Error(`消息“${messageId}”缺少数据“${name}”`);
  return template.replace(PLACEHOLDER, (_, name: string) => String(data[name]));
}

/** The sentence a rule's report reads as (for callers that run one rule without the engine). */
export function reportMessage(rule: Rule, report: Report): string {
  return formatMessage(rule.meta.messages, report.messageId, report.data);
}
