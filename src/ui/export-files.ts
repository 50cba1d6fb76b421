import { mkdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { JixiaoDocument } from '../domain/document.js';
import type { ExportFonts, ExportFormat } from '../export/office/render.js';
import type { SaveElsewhere } from '../export/office/write-file.js';
import { nonRegularKind } from '../io/file-type.js';

/** The app's export: every format into one folder, each file written atomically. */

/** In the order they are written: the plain files first, so a failing Office file leaves them in place. */
export const APP_EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'md', 'docx', 'xlsx'];

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON',
  md: 'Markdown',
  docx: 'Word',
  xlsx: 'Excel',
};

/** Where the app's user saves instead: another folder (the command's words name `-o`). */
const APP_SAVE_ELSEWHERE: SaveElsewhere = {
  ownFolder: '请换一个自己的文件夹',
  otherName: '或换一个文件夹导出',
  otherPlace: '或换一个文件夹',
};

/**
 * Writes `base`.json/.md/.docx/.xlsx into `folder` (created if missing) and returns the paths. A
 * failure is an Error in Chinese saying which file failed and which were already written.
 */
export async function writeAllFormats(
  folder: string,
  base: string,
  document: JixiaoDocument,
  fonts: ExportFonts = {},
): Promise<string[]> {
  const [{ renderExport, EXPORT_EXTENSION }, { writeOutputFile }] = await Promise.all([
    import('../export/office/render.js'),
    import('../io/write-output.js'),
  ]);
  // The folder typed may be a file, a FIFO or a device: say so (mkdir would say EEXIST in English).
  const existing = await stat(folder).catch(() => null);
  if (existing && !existing.isDirectory())
    throw new Error(
      `${folder} 不是文件夹（是${nonRegularKind(existing) ?? '文件'}），不能导出到这里。请换一个文件夹。`,
    );
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? '没有权限'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? '路径中有一段不是文件夹'
          : (code ?? '未知原因');
    throw new Error(`无法创建文件夹 ${folder}（${why}）。请换一个文件夹。`, { cause: error });
  }
  const written: string[] = [];
  for (const format of APP_EXPORT_FORMATS) {
    const file = join(folder, `${base}${EXPORT_EXTENSION[format]}`);
    try {
      // The checks of the commands' -o: only a regular file is written (a FIFO, a device or a folder
      // under the export's name is refused), a read-only one is kept, a symlink's target is written.
      await writeOutputFile(file, await renderExport(document, format, fonts), {
        inputs: [],
        elsewhere: APP_SAVE_ELSEWHERE,
      });
    } catch (error) {
      const done = written.length ? `已写入：${written.map((f) => basename(f)).join('、')}。` : '';
      throw new Error(`${FORMAT_LABELS[format]} 文件没有写成：${(error as Error).message}${done}`, {
        cause: error,
      });
    }
    written.push(file);
  }
  return written;
}
