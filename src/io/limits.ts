import { extname } from 'node:path';

/**
 * The largest file of each kind we read, decided from `stat` before a byte is read. Each is set so
 * that reading the largest accepted file keeps the process under 300 MB (bench/file-limits.ts
 * measures it); real tables are far smaller (a 200-page .docx is under 1 MB, its text some 300 KB).
 * An Office file is small on disk: what bounds its memory is the unzipped size, limited in
 * src/import/office/zip.ts.
 */
export type InputKind = 'text' | 'json' | 'docx' | 'xlsx' | 'pdf' | 'doc' | 'xls';

const MB = 1024 * 1024;

export const INPUT_LIMITS: Record<InputKind, number> = {
  text: 5 * MB,
  json: 10 * MB,
  docx: 20 * MB,
  xlsx: 20 * MB,
  pdf: 50 * MB,
  doc: 20 * MB,
  xls: 20 * MB,
};

export const KIND_LABEL: Record<InputKind, string> = {
  text: '文本文件',
  json: 'JSON 文件',
  docx: 'Word 文档（.docx）',
  xlsx: 'Excel 表格（.xlsx）',
  pdf: 'PDF 文件',
  doc: '旧版 Word 文档（.doc）',
  xls: '旧版 Excel 表格（.xls）',
};

const BY_EXTENSION: Record<string, InputKind> = {
  '.json': 'json',
  '.docx': 'docx',
  '.docm': 'docx',
  '.dotx': 'docx',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.xltx': 'xlsx',
  '.et': 'xls',
  '.pdf': 'pdf',
  '.doc': 'doc',
  '.wps': 'doc',
  '.xls': 'xls',
};

/** The kind a file is read as: by its first bytes when they say (a renamed file), else by its name. */
export function inputKind(path: string, head: Uint8Array): InputKind {
  const starts = (...magic: number[]) => magic.every((b, i) => head[i] === b);
  const byName = BY_EXTENSION[extname(path).toLowerCase()];
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06))
    return byName === 'xlsx' || byName === 'docx' ? byName : 'docx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return byName === 'xls' || byName === 'doc' ? byName : 'doc';
  return byName ?? 'text';
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / 1024 / MB).toFixed(1)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
