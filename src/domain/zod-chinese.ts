import { z } from 'zod';
// Only the Chinese locale: z.locales would bundle all of zod's fifty (parsed at every start).
import zhCN from 'zod/v4/locales/zh-CN.js';
import { excerpt } from './excerpt.js';

/**
 * zod's messages in Chinese for every schema of jixiao (documents, drafts, settings, answers): the
 * Chinese locale, with the commonest issue (a wrong type) said the way a form would say it. A
 * schema's own message, or a per-parse one (answers, actuals), still comes first.
 */
const TYPE_WORDS: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字',
  boolean: 'true 或 false',
  array: '列表 […]',
  object: '对象 {…}',
  null: 'null',
};

function found(input: unknown): string {
  if (input === undefined) return '缺少此项';
  if (input === null) return '现为 null';
  if (typeof input === 'string') return `现为文字“${excerpt(input, 20)}”`;
  if (Array.isArray(input)) return '现为列表';
  if (typeof input === 'object') return '现为对象';
  return `现为 ${excerpt(input)}`;
}

z.config(zhCN());
z.config({
  customError: (issue) => {
    if (issue.code !== 'invalid_type') return undefined;
    const want = TYPE_WORDS[issue.expected] ?? issue.expected;
    return `应为${want}（${found(issue.input)}）`;
  },
});
