import type { z } from 'zod';

/**
 * Reads a model's JSON answer: strips Markdown code fences and any words around the object,
 * parses, validates with zod. Problems come back as short lines for the repair prompt.
 */

export type JsonAnswer<T> = { ok: true; value: T } | { ok: false; problems: string[]; empty: boolean };

export function readJsonAnswer<T>(text: string, schema: z.ZodType<T>): JsonAnswer<T> {
  const body = extractJson(text);
  if (body === '') return { ok: false, problems: ['回答是空的，没有任何 JSON 内容。'], empty: true };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [`回答不是有效的 JSON（${detail}）。可能被截断或夹杂了说明文字。`],
      empty: false,
    };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: formatIssues(parsed.error.issues), empty: false };
}

/** The JSON object inside a reply: fenced (```json … ```) or surrounded by prose. */
export function extractJson(text: string): string {
  let s = text.trim().replace(/^\uFEFF/, '');
  const fence = /```(?:json|JSON)?\s*\n?([\s\S]*?)```/.exec(s);
  if (fence) s = fence[1].trim();
  else if (s.startsWith('```')) s = s.replace(/^```(?:json|JSON)?\s*/, '').trim();
  const start = s.search(/[{[]/);
  if (start > 0) s = s.slice(start);
  const end = Math.max(s.lastIndexOf('}'), s.lastIndexOf(']'));
  if (end >= 0 && end < s.length - 1) s = s.slice(0, end + 1);
  return s.trim();
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], limit = 20): string[] {
  const lines = issues.slice(0, limit).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '（整个对象）';
    const allowed =
      'values' in issue && Array.isArray(issue.values) ? `（可选值：${issue.values.join('、')}）` : '';
    return `${where}：${issue.message}${allowed}`;
  });
  if (issues.length > limit) lines.push(`……另有 ${issues.length - limit} 处问题`);
  return lines;
}
