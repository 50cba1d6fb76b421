import type { z } from 'zod';
import { Answers } from '../domain/answers.js';

/**
 * Reading an answers file (`jixiao draft --answers`, the app's 示例): JSON → validated Answers,
 * or Chinese messages that name the field the way the file spells it ("projects[2].fiscal（财政资金）：应为数字").
 */

/** What each field of the answers is called on the forms. */
const FIELD_LABELS: Record<string, string> = {
  unit: '单位',
  name: '名称',
  year: '年度',
  framework: '指标体系',
  duties: '单位职能',
  staff: '在职人数',
  tasks: '年度主要任务',
  projects: '项目',
  content: '主要内容',
  fiscal: '财政资金',
  other: '其他资金',
  code: '项目编码',
  purpose: '资金用途',
  plan: '资金支出计划',
  goals: '绩效目标',
  category: '项目类别',
};

const TYPE_WORDS: Record<string, string> = {
  number: '数字',
  int: '整数',
  string: '文字（用英文双引号括起来）',
  array: '列表（[ … ]）',
  object: '对象（{ … }）',
  boolean: 'true 或 false',
};

/** "projects[2].fiscal" from a zod path. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
}

/** The Chinese message of one zod issue (the schema's own Chinese messages are kept). */
function describe(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return '缺少此项（必填）';
      const want = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (issue.expected === 'number' && typeof issue.input === 'string')
        return `应为数字，不要加引号或单位，例如 80 或 80.5（现为“${issue.input}”）`;
      if (issue.expected === 'int') return `应为整数（现为 ${String(issue.input)}）`;
      return `应为${want}`;
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `至少应有 ${issue.minimum} 项`
        : issue.origin === 'string'
          ? '不能为空'
          : `不能小于 ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' ? `最多 ${issue.maximum} 项` : `不能大于 ${issue.maximum}`;
    case 'invalid_value':
      return `应为以下之一：${issue.values.map(String).join('、')}`;
    default:
      return undefined;
  }
}

function label(path: ReadonlyArray<PropertyKey>): string {
  const last = [...path].reverse().find((key) => typeof key === 'string');
  const name = typeof last === 'string' ? FIELD_LABELS[last] : undefined;
  return name ? `（${name}）` : '';
}

export type AnswersParse = { ok: true; answers: Answers } | { ok: false; errors: string[] };

/** Above this an amount in 万元 is surely typed in 元 (the same limit as parseMoneyInput). */
const MAX_WAN = 1e9;

/** Amounts no office has: most likely typed in 元 instead of 万元. */
function implausibleAmounts(answers: Answers): string[] {
  const rows = [
    ...answers.tasks.map((t, i) => ['tasks', i, t] as const),
    ...answers.projects.map((p, i) => ['projects', i, p] as const),
  ];
  return rows.flatMap(([list, i, row]) =>
    (['fiscal', 'other'] as const)
      .filter((field) => row[field] > MAX_WAN)
      .map(
        (field) =>
          `${list}[${i}].${field}${label([field])}：金额 ${row[field]} 万元过大，请确认单位是万元（例如 80 表示 80 万元）`,
      ),
  );
}

/** Validates parsed JSON as Answers; every problem becomes one Chinese line. */
export function parseAnswers(raw: unknown): AnswersParse {
  const parsed = Answers.safeParse(raw, { error: describe });
  if (parsed.success) {
    const errors = implausibleAmounts(parsed.data);
    return errors.length ? { ok: false, errors } : { ok: true, answers: parsed.data };
  }
  const errors = parsed.error.issues.map((issue) => {
    const path = formatPath(issue.path);
    return path ? `${path}${label(issue.path)}：${issue.message}` : issue.message;
  });
  return { ok: false, errors };
}

/** JSON text (a BOM is fine) → Answers; a syntax error names the line and column. */
export function parseAnswersText(text: string): AnswersParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return {
      ok: false,
      errors: [
        `不是有效的 JSON：${jsonErrorPlace(text, (error as Error).message)}请检查引号、逗号和括号是否成对（中文引号“”不能代替英文引号 ""）。`,
      ],
    };
  }
  return parseAnswers(raw);
}

/** Where JSON.parse stopped, as "第 N 行第 M 列", from whatever its message gives (position, line/column, or a snippet). */
export function jsonErrorPlace(text: string, message: string): string {
  if (text.trim() === '') return '文件是空的。';
  if (/end of JSON input/.test(message)) return '文件在结尾处不完整（缺少括号或引号）。';
  const line = /line (\d+) column (\d+)/.exec(message);
  if (line) return `第 ${line[1]} 行第 ${line[2]} 列附近有错误。`;
  const position = /position (\d+)/.exec(message);
  let index = position ? Number(position[1]) : -1;
  const token = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(
    message,
  );
  if (index < 0 && token) {
    const at = text.indexOf(token[2]);
    index = at >= 0 ? at + token[2].indexOf(token[1]) : text.indexOf(token[1]);
  }
  if (index < 0) return '';
  const lines = text.slice(0, index).split('\n');
  return `第 ${lines.length} 行第 ${lines[lines.length - 1].length + 1} 列附近有错误。`;
}
