import { JixiaoDocument } from '../../domain/document.js';
import { InputError } from '../../errors.js';

/** A document that cannot be exported: the message is Chinese and says what to fix. */
export class ExportError extends InputError {}

/** Validates with the zod schema before anything is written; lists the first problems found. */
export function validateForExport(input: unknown): JixiaoDocument {
  const parsed = JixiaoDocument.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '（文档）'}：${issue.message}`);
  const more = parsed.error.issues.length > 5 ? `等 ${parsed.error.issues.length} 处` : '';
  throw new ExportError(
    `文档不符合 jixiao 格式，无法导出（${problems.join('；')}${more}）。请先用 jixiao check 检查并修正，或重新导入原表格。`,
  );
}
