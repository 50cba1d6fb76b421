import type { z } from 'zod';
import { Actuals } from '../domain/actuals.js';

export type ParsedActuals = { ok: true; actuals: Actuals } | { ok: false; problems: string[] };

/** Validates an actuals object; every problem comes back in Chinese with where it is ("项目“…” › 指标“…” › actual"). */
export function parseActuals(input: unknown): ParsedActuals {
  const parsed = Actuals.safeParse(input);
  if (parsed.success) return { ok: true, actuals: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues
      .slice(0, 30)
      .map((issue) => `${describePath(input, issue.path)}：${describeIssue(issue)}`),
  };
}

const FIELD_LABEL: Record<string, string> = {
  projects: '项目列表',
  department: '部门整体',
  tasks: '任务列表',
  indicators: '指标列表',
  budget: '项目资金',
  weights: '分值方案',
};

function describePath(input: unknown, path: PropertyKey[]): string {
  if (path.length === 0) return '实际完成情况文件';
  const parts: string[] = [];
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const list = path[i - 1];
      const kind = list === 'projects' ? '项目' : list === 'tasks' ? '任务' : '指标';
      const name = next && typeof next === 'object' ? (next as { name?: unknown }).name : undefined;
      parts.pop();
      parts.push(
        typeof name === 'string' && name ? `${kind}“${name}”（第${key + 1}个）` : `第${key + 1}个${kind}`,
      );
    } else {
      const label = key === 'budget' && path[i - 1] === 'department' ? '年度资金' : FIELD_LABEL[String(key)];
      parts.push(label ?? String(key));
    }
    node = next;
  }
  return parts.join(' › ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // A misspelt field is named with a hint, whatever language zod's own message is in.
  if (issue.code === 'unrecognized_keys')
    return `不认识的字段 ${issue.keys.join('、')}（是否拼错？）；请删去或改正。`;
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'object'
        ? '应为对象 {…}。'
        : issue.expected === 'array'
          ? '应为列表 […]。'
          : `类型不对，应为${issue.expected === 'number' ? '数字' : issue.expected === 'string' ? '文字' : issue.expected}。`;
    case 'too_small':
      return `不能小于 ${String(issue.minimum)}。`;
    case 'too_big':
      return `不能大于 ${String(issue.maximum)}。`;
    default:
      return `格式不正确（${issue.message}）。`;
  }
}
