import type { Block } from '../types.js';
import { ImportError } from '../types.js';
import { UnreadableByUs } from './soffice.js';
import { xlsxToBlocks } from './xlsx-blocks.js';
import { openOfficeZip } from './zip.js';

/**
 * An Excel 97–2003 workbook (.xls, BIFF8; WPS's .et is the same format) → blocks. SheetJS
 * (@e965/xlsx, a maintained republish of SheetJS 0.20.3: the `xlsx` package on the npm registry
 * stopped at 0.18.5 and has known advisories) reads it with its merges, number formats and hidden
 * sheets and writes it as .xlsx, which the one .xlsx reader turns into blocks, so both formats
 * go through the same sheet logic. SheetJS is loaded only when such a file is opened.
 */
export async function xlsToBlocks(bytes: Uint8Array, path: string): Promise<Block[]> {
  const XLSX = await import('@e965/xlsx');
  let xlsx: Uint8Array;
  try {
    const workbook = XLSX.read(bytes, {
      type: 'array',
      cellNF: true, // keep number formats (0.00, 0%) so numbers read as the sheet shows them
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      WTF: false,
    });
    if (workbook.SheetNames.length === 0) throw new Error('no sheets');
    xlsx = new Uint8Array(
      XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: false }) as ArrayBuffer,
    );
  } catch (error) {
    if (
      /password-protected|password is incorrect|unsupported password/i.test(String((error as Error).message))
    )
      throw new ImportError(
        `${path} 设置了打开密码（已加密），无法读取。请在 WPS/Excel 中输入密码打开，取消密码后另存为 .xlsx 再导入。`,
      );
    throw new UnreadableByUs(
      `${path} 是旧版 Excel 表格（.xls 格式），但内容无法读取（可能已损坏）。请在 WPS/Excel 中打开，另存为 .xlsx 后再导入。`,
    );
  }
  return xlsxToBlocks(openOfficeZip(xlsx, path), path);
}
