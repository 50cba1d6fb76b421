import { sniffBytes } from '../import/office/sniff.js';

/**
 * What a file given where answers (or actuals) are expected really is, in Chinese, with the command
 * that takes it; null when it may well be what was asked for. Decided by content: magic bytes, then
 * the top-level fields of the JSON (a document has `tables`, a draft `stage` and `answers`).
 */
export function recogniseFile(bytes: Uint8Array, json: unknown): string | null {
  switch (sniffBytes(bytes)) {
    case 'zip':
      return '一个 Word/Excel 文件（.docx/.xlsx）：要检查它请用 jixiao check，要转成 jixiao 文档请用 jixiao import';
    case 'ole':
      return '一个旧版 Word/Excel 文件（.doc/.xls）：请在 WPS/Word/Excel 中另存为 .docx/.xlsx，再用 jixiao check 检查';
    case 'pdf':
      return '一个 PDF 文件';
    case 'image':
      return '一张图片';
    case 'rtf':
    case 'html':
      return '一个文档（RTF/网页格式）：请在 WPS/Word 中另存为 .docx，再用 jixiao check 检查';
    default:
      break;
  }
  if (json === undefined) {
    // Broken JSON is left to the JSON reader (it names the line); text that never was JSON is named here.
    const first = Buffer.from(bytes.subarray(0, 64))
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trimStart()[0];
    return first === '{' || first === '[' || first === undefined
      ? null
      : '一个文本文件，不是 JSON：要检查从 Word 复制出来的表格，请用 jixiao check';
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  if (Array.isArray(record.tables))
    return '一份 jixiao 文档（已有的绩效目标表）：要检查它请用 jixiao check，要导出请用 jixiao export';
  if ('answers' in record && 'stage' in record) return '一份 jixiao 草稿文件：请在交互界面（jixiao）中打开它';
  const projects = record.projects;
  if (
    Array.isArray(projects) &&
    projects.some((p) => p && typeof p === 'object' && ('indicators' in p || 'budget' in p))
  )
    return '实际完成情况文件（自评用）：请用 jixiao selfeval --target 目标表.json --actuals 它';
  return null;
}
