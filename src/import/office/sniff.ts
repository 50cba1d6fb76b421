import { ImportError } from '../types.js';

/**
 * What a file really is, from its first bytes (and, for a zip, from the names inside it), so a
 * renamed file is read by the right reader or refused with a message that says what to do.
 */
export type SniffedKind = 'zip' | 'ole' | 'rtf' | 'pdf' | 'image' | 'html' | 'other';

const startsWith = (bytes: Uint8Array, ...magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

export function sniffBytes(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (startsWith(bytes, 0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf'; // {\rtf
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38) ||
    startsWith(bytes, 0x42, 0x4d)
  ) {
    return 'image';
  }
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (
    head.startsWith('<html') ||
    head.startsWith('<!doctype html') ||
    head.startsWith('mime-version:') ||
    (head.startsWith('<?xml') && head.includes('<?mso-application'))
  ) {
    return 'html';
  }
  return 'other';
}

/** Extensions that promise an Office file: a file with one of these must be one. */
export const OFFICE_EXTENSIONS = new Set([
  '.docx',
  '.docm',
  '.xlsx',
  '.xlsm',
  '.doc',
  '.xls',
  '.wps',
  '.et',
  '.dotx',
  '.xltx',
  '.pdf',
]);

/** What an OLE compound file holds, from the stream names in its directory. */
export function oleKind(bytes: Uint8Array): 'encrypted' | 'word' | 'excel' | 'other' {
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) return 'encrypted';
  if (containsUtf16(bytes, 'WordDocument')) return 'word';
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return 'excel';
  return 'other';
}

const SAVE_AS = '请在 WPS 或 Word/Excel 中打开它，另存为 .docx（表格）或 .xlsx（电子表格）后再导入。';

/**
 * The Chinese explanation for a file that is not a readable .docx/.xlsx. An OLE compound file is
 * either an old binary .doc/.xls/.wps or a password-protected (encrypted) new-format file.
 */
export function refuseNonZip(kind: SniffedKind, bytes: Uint8Array, path: string): ImportError {
  switch (kind) {
    case 'ole': {
      if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo')) {
        return new ImportError(
          `${path} 设置了打开密码（已加密），无法读取。请在 WPS/Word/Excel 中输入密码打开，取消密码（文件 → 信息 → 保护文档/加密）后另存为 .docx 或 .xlsx 再导入。`,
        );
      }
      if (containsUtf16(bytes, 'WordDocument'))
        return new ImportError(
          `${path} 是旧版 Word 文档（.doc 格式），暂不能直接读取。请在 WPS/Word 中打开，另存为 .docx 后再导入。`,
        );
      if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book'))
        return new ImportError(
          `${path} 是旧版 Excel 表格（.xls 格式），暂不能直接读取。请在 WPS/Excel 中打开，另存为 .xlsx 后再导入。`,
        );
      return new ImportError(`${path} 是旧版 Office/WPS 格式的文件，暂不能直接读取。${SAVE_AS}`);
    }
    case 'rtf':
      return new ImportError(
        `${path} 实际是 RTF 格式（常见于扩展名被改成 .doc 的文件）。请在 WPS/Word 中打开，另存为 .docx 后再导入。`,
      );
    case 'pdf':
      return new ImportError(
        `${path} 是 PDF 文件，无法从中可靠地读取表格。请使用原始的 Word/Excel 文件，或在 WPS 中把 PDF 转为 Word 后检查表格再导入。`,
      );
    case 'image':
      return new ImportError(
        `${path} 是图片，不含可读取的文字。请使用原始的 Word/Excel 文件，或把表格内容录入后再导入。`,
      );
    case 'html':
      return new ImportError(`${path} 实际是网页格式（另存为“网页”或“单个文件网页”的文档）。${SAVE_AS}`);
    default:
      if (/\.pdf$/i.test(path))
        return new ImportError(
          `${path} 不是有效的 PDF 文件（可能是改了扩展名的其他文件，或文件已损坏）。请重新获取原文件，或使用原始的 Word/Excel 文件。`,
        );
      return new ImportError(
        `${path} 不是有效的 Word/Excel 文件（可能是改了扩展名的其他文件，或文件已损坏）。${SAVE_AS}如果它本来是文本，请把扩展名改为 .txt 再导入。`,
      );
  }
}

/** Whether `text` occurs in the bytes as UTF-16LE (how OLE directory entries store stream names). */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}
