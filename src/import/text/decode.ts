import type { Finding } from '../../domain/finding.js';
import { refuseTooLarge } from '../../io/read-input.js';
import { ImportError } from '../types.js';

/**
 * Bytes of a text file → string: UTF-8 (BOM stripped), UTF-16 with or without BOM (Notepad's
 * "Unicode"), else GB18030 (old Windows files). Files that are not text at all (a .docx, PDF or
 * picture renamed .txt) are refused with a message that says what the file seems to be.
 */

const SIGNATURES: Array<[number[], string]> = [
  [
    [0x50, 0x4b, 0x03, 0x04],
    '这是一个 Word/Excel 文件（.docx/.xlsx）或压缩包，不是纯文本。若是 Word/Excel 文件，请改回 .docx/.xlsx 扩展名后再读取',
  ],
  [
    [0xd0, 0xcf, 0x11, 0xe0],
    '这是旧版 Word/Excel 文件（.doc/.xls），不是纯文本。请在 Word/WPS 中另存为 .docx，或把表格复制到记事本另存为 .txt',
  ],
  [
    [0x25, 0x50, 0x44, 0x46],
    '这是 PDF 文件，不是纯文本。请在 Word/WPS 中打开原表，把表格复制到记事本另存为 .txt',
  ],
  [[0x89, 0x50, 0x4e, 0x47], '这是图片（PNG），无法读取其中的表格。请使用原始的 Word/Excel 表格'],
  [[0xff, 0xd8, 0xff], '这是图片（JPEG），无法读取其中的表格。请使用原始的 Word/Excel 表格'],
  [[0x47, 0x49, 0x46, 0x38], '这是图片（GIF），无法读取其中的表格。请使用原始的 Word/Excel 表格'],
  [[0x52, 0x61, 0x72, 0x21], '这是 RAR 压缩包，请先解压'],
  [[0x1f, 0x8b], '这是 gzip 压缩包，请先解压'],
  [
    [0x7b, 0x5c, 0x72, 0x74, 0x66],
    '这是 RTF 文件，请在 Word/WPS 中另存为 .docx，或把表格复制到记事本另存为 .txt',
  ],
];

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((b, i) => bytes[i] === b);

function decode(bytes: Buffer, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Share of characters that never occur in a text table: control characters, and replacement marks
 * beyond a broken one or two. The first few of either are forgiven, so one stray byte in a short
 * file is a broken character (warned about), not a "binary" file.
 */
function junkShare(text: string, forgiven = 3): number {
  if (text.length === 0) return 0;
  let controls = 0;
  let broken = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c) || c === 0x7f)
      controls++;
    else if (c === 0xfffd) broken++;
  }
  return Math.max(0, controls + Math.max(0, broken - 2) - forgiven) / text.length;
}

/** UTF-8 with a stray broken byte or two (a file cut off mid-character) is still UTF-8, not GB18030. */
function nearlyUtf8(bytes: Buffer): string | null {
  const text = decode(bytes, 'utf-8', false);
  if (text === null) return null;
  let broken = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) broken++;
  return broken <= Math.max(2, text.length / 2000) ? text : null;
}

export function decodeText(bytes: Buffer, name: string): string {
  // Files are refused by size before they are read (src/io); this holds for bytes from elsewhere too.
  refuseTooLarge(bytes.length, 'text', name);
  for (const [signature, what] of SIGNATURES) {
    if (startsWith(bytes, signature)) throw new ImportError(`无法读取 ${name}：${what}。`);
  }
  let text: string | null = null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = decode(bytes.subarray(3), 'utf-8', false);
  else if (startsWith(bytes, [0xff, 0xfe])) text = decode(bytes.subarray(2), 'utf-16le', false);
  else if (startsWith(bytes, [0xfe, 0xff])) text = decode(bytes.subarray(2), 'utf-16be', false);
  else if (bytes.includes(0) && bytes.length % 2 === 0) {
    // UTF-16 without a BOM has a zero byte beside every ASCII character (tabs, digits, line ends).
    const le = decode(bytes, 'utf-16le', true);
    const be = decode(bytes, 'utf-16be', true);
    text = [le, be].find((t) => t !== null && junkShare(t, 0) < 0.001) ?? null;
  }
  // A stray zero byte in a UTF-8 file is one broken character, not UTF-16.
  text ??= decode(bytes, 'utf-8', true) ?? nearlyUtf8(bytes) ?? decode(bytes, 'gb18030', false);
  if (text === null || junkShare(text) > 0.01) {
    throw new ImportError(
      `无法读取 ${name}：它不是文本文件（含有二进制数据），或编码无法识别。请把表格从 Word/WPS 复制到记事本，另存为 UTF-8 编码的 .txt 后再试。`,
    );
  }
  return text.replace(/^\ufeff/, '').replaceAll('\u0000', '');
}

/**
 * A warning when decoding replaced bytes that are not valid in the file's encoding (shown as "�"):
 * the user should know the text was changed. Replacement marks the file itself holds are not counted.
 */
export function brokenCharactersFinding(text: string, bytes: Uint8Array, name: string): Finding | null {
  let marks = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) marks++;
  if (marks === 0) return null;
  const written = countUtf8Replacement(bytes);
  const broken = marks - written;
  if (broken <= 0) return null;
  const first = text.indexOf('\ufffd');
  const line = text.slice(0, first).split('\n').length;
  return {
    rule: 'import/unrecognised',
    severity: 'warning',
    message: `${name} 中有 ${broken} 处无法识别的字符（编码错误，显示为“�”，第一处在第 ${line} 行），其余内容照常读取。请核对这些位置，或用记事本把文件另存为 UTF-8 编码后再试。`,
    location: { table: name },
  };
}

function countUtf8Replacement(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i + 2 < bytes.length; i++)
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  return count;
}
