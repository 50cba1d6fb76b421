import * as zlib from 'node:zlib';
import { ImportError } from '../types.js';

/**
 * A small reader for the zip container of .docx/.xlsx files, on Node's own zlib (fast, native):
 * the central directory is read once, an entry is inflated only when asked for and its CRC checked.
 * A truncated, damaged or encrypted zip becomes an ImportError that says what to do.
 */
export interface OfficePackage {
  names: string[];
  kind: 'docx' | 'xlsx' | 'unknown';
  /** An entry's bytes, or undefined when the package has no such entry. */
  read(name: string): Uint8Array | undefined;
  /**
   * An entry inflated piece by piece (a worksheet of tens of megabytes is never whole in memory),
   * its size and CRC checked as it goes; undefined when the package has no such entry.
   */
  stream(name: string): AsyncGenerator<Buffer> | undefined;
  /** Sum of the sizes the entries declare (uncompressed). */
  declaredBytes: number;
}

interface Entry {
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/**
 * Largest entry we inflate whole (a zip bomb stops here) and, for a workbook, all parts together.
 * Set from measurement (bench/file-limits.ts) so that checking or importing the largest accepted
 * file stays under 300 MB: a document.xml costs some 20-25 bytes of memory per byte of XML. A
 * workbook's sheets are streamed row by row (src/import/office/xlsx-sheet.ts): what it costs is its
 * rows (checking a ledger of 89,000 rows, 25.7 MB unzipped, takes some 280 MB) and its tables
 * (MAX_TABLES in xlsx-blocks.ts). A 200-page document.xml is about 4 MB; real workbooks of target
 * tables are well under 1 MB unzipped.
 */
export const MAX_ENTRY_BYTES = 8 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 26 * 1024 * 1024;

export function openOfficeZip(bytes: Uint8Array, path: string): OfficePackage {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(data, path);
  const names = [...entries.keys()];
  const has = (pattern: RegExp) => names.some((n) => pattern.test(n));
  const kind = has(/^word\/document\d*\.xml$/) ? 'docx' : has(/^xl\/workbook\d*\.xml$/) ? 'xlsx' : 'unknown';
  let declaredBytes = 0;
  for (const entry of entries.values()) declaredBytes += entry.size;
  return {
    names,
    kind,
    declaredBytes,
    read(name) {
      const entry = entries.get(name);
      return entry ? inflate(data, entry, path) : undefined;
    },
    stream(name) {
      const entry = entries.get(name);
      return entry ? inflateChunks(data, entry, path) : undefined;
    },
  };
}

/** Reads one entry as UTF-8 text (a byte-order mark dropped). */
export function readZipText(pkg: OfficePackage, name: string): string | undefined {
  const bytes = pkg.read(name);
  return bytes === undefined
    ? undefined
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        .toString('utf8')
        .replace(/^\ufeff/, '');
}

function readDirectory(data: Buffer, path: string): Map<string, Entry> {
  const end = findEndOfDirectory(data);
  if (end < 0) throw damaged(path);
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  if (at === 0xffffffff || count === 0xffff)
    throw new ImportError(
      `${path} 太大（ZIP64 格式），无法读取。请把表格另存为一个较小的 .docx/.xlsx 文件。`,
    );
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) throw damaged(path);
    const nameLength = data.readUInt16LE(at + 28);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      crc: data.readUInt32LE(at + 16),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      offset: data.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/** The end-of-central-directory record: in the last 64 KiB (plus its own 22 bytes). */
function findEndOfDirectory(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at -= 1) {
    if (data.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}

/** The compressed bytes of an entry (a view of the file, not a copy), after its local header. */
function compressed(data: Buffer, entry: Entry, path: string): Buffer {
  if (entry.flags & 1)
    throw new ImportError(
      `${path} 中的内容已加密，无法读取。请在 WPS/Word/Excel 中取消密码后另存为新文件再导入。`,
    );
  if (entry.method !== 0 && entry.method !== 8)
    throw new ImportError(
      `${path} 使用了不支持的压缩方式，无法读取。请在 WPS/Word/Excel 中打开并另存为新文件后再导入。`,
    );
  const at = entry.offset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50) throw damaged(path);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  if (start + entry.compressedSize > data.length) throw damaged(path);
  return data.subarray(start, start + entry.compressedSize);
}

const crcOf = (bytes: Buffer, crc = 0): number => zlib.crc32(bytes, crc) >>> 0;

function inflate(data: Buffer, entry: Entry, path: string): Uint8Array {
  if (entry.size > MAX_ENTRY_BYTES) throw tooBig(path, MAX_ENTRY_BYTES);
  const raw = compressed(data, entry, path);
  let out: Buffer;
  try {
    out = entry.method === 0 ? raw : zlib.inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    throw damaged(path);
  }
  if (out.length !== entry.size || crcOf(out) !== entry.crc >>> 0) throw damaged(path);
  return out;
}

/** Pieces of this size are handed on (and at most a few are in memory at once). */
const CHUNK_BYTES = 256 * 1024;

async function* inflateChunks(data: Buffer, entry: Entry, path: string): AsyncGenerator<Buffer> {
  const raw = compressed(data, entry, path);
  let size = 0;
  let crc = 0;
  const take = (chunk: Buffer): Buffer => {
    size += chunk.length;
    // An entry that inflates to more than it declares (a zip bomb that lies) stops here.
    if (size > entry.size) throw damaged(path);
    crc = crcOf(chunk, crc);
    return chunk;
  };
  if (entry.method === 0) {
    for (let at = 0; at < raw.length; at += CHUNK_BYTES) yield take(raw.subarray(at, at + CHUNK_BYTES));
  } else {
    const inflater = zlib.createInflateRaw({ chunkSize: CHUNK_BYTES });
    inflater.end(raw);
    try {
      for await (const chunk of inflater as AsyncIterable<Buffer>) yield take(chunk);
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw damaged(path);
    } finally {
      inflater.destroy();
    }
  }
  if (size !== entry.size || crc !== entry.crc >>> 0) throw damaged(path);
}

/** A workbook's parts together (its sheets are streamed: this bounds the time they take). */
export function checkWorkbookSize(pkg: OfficePackage, path: string): void {
  if (pkg.declaredBytes > MAX_TOTAL_BYTES) throw tooBig(path, MAX_TOTAL_BYTES);
}

/**
 * Inflates the parts not read otherwise (a hidden sheet, the theme, pictures) to check their size
 * and CRC, keeping nothing: a workbook damaged anywhere is refused as damaged, as Excel would.
 */
export async function checkOtherParts(pkg: OfficePackage, read: Set<string>): Promise<void> {
  for (const name of pkg.names) {
    if (read.has(name) || name.endsWith('/')) continue;
    const chunks = pkg.stream(name);
    if (chunks) for await (const chunk of chunks) void chunk;
  }
}

function tooBig(path: string, limit: number): ImportError {
  return new ImportError(
    `${path} 中的内容过大（解压后超过 ${limit / 1024 / 1024} MB），不像是绩效目标表（可能是选错了文件，或文件被恶意构造）。请确认选择了正确的文件；如确需导入，请把其中的绩效目标表复制到一个新的 Word/Excel 文件中再导入。`,
  );
}

/** Most cells a file's tables may hold once merged cells are spread out (a real one has a few thousand). */
export const MAX_CELLS = 1_000_000;

export function tooManyCells(path: string): ImportError {
  return new ImportError(
    `${path} 中的表格过大（超过 100 万个单元格，或有横跨成千上万列的单元格），不像是绩效目标表（可能是选错了文件，或文件被恶意构造）。请确认选择了正确的文件；如确需导入，请把其中的绩效目标表复制到一个新的 Word/Excel 文件中再导入。`,
  );
}

export function damaged(path: string): ImportError {
  return new ImportError(
    `${path} 已损坏或不完整（可能在下载、复制时被截断）。请重新获取原文件；若能在 WPS/Word/Excel 中打开，请另存一份新文件后再导入。`,
  );
}

/** A zip that holds neither a Word document nor an Excel workbook (or not the one expected). */
export function notOffice(path: string, expect?: 'docx' | 'xlsx'): ImportError {
  if (expect === 'docx')
    return new ImportError(
      `${path} 不是 Word 文档（.docx）。如果它是 Excel 表格，请用 .xlsx 扩展名或直接用 jixiao import 导入。`,
    );
  if (expect === 'xlsx')
    return new ImportError(
      `${path} 不是 Excel 工作簿（.xlsx）。如果它是 Word 文档，请用 .docx 扩展名或直接用 jixiao import 导入。`,
    );
  return new ImportError(
    `${path} 是压缩包，但其中没有 Word 文档或 Excel 工作簿。请解压后导入其中的 .docx 或 .xlsx 文件。`,
  );
}
