import type { JixiaoDocument } from '../domain/document.js';
import { InputError } from '../errors.js';

/**
 * Last year's tables of the unit, read from any file the importer reads (.docx, .xlsx, .pdf, .doc,
 * .xls, text, our JSON), for `DraftOptions.previous`: the drafter offers the indicators of a project
 * of the same name or kind first. Shared by `jixiao draft --previous` and the app (whose first screen
 * loads this module for `lastYearLine`: the schema and the importer load when a file is read).
 */
export interface LastYearFile {
  document: JixiaoDocument;
  /** Its project (and project self-evaluation) tables: the ones whose indicators can be offered. */
  projects: number;
}

/** Reads one file of last year's tables; a file that cannot be read fails with the importer's Chinese message. */
export async function readLastYearFile(path: string): Promise<LastYearFile> {
  const [{ loadDocumentFile }, { JixiaoDocument }] = await Promise.all([
    import('../import/index.js'),
    import('../domain/document.js'),
  ]);
  const loaded = await loadDocumentFile(path);
  const parsed = JixiaoDocument.safeParse(loaded.input);
  if (!parsed.success)
    throw new InputError(
      `${path} 读出的内容不是完整的绩效目标表（${parsed.error.issues[0]?.message ?? '格式不符'}），不能作去年的参考。可先用 jixiao check 查看这个文件的问题。`,
      { cause: parsed.error },
    );
  const document = parsed.data;
  const projects = document.tables.filter((t) => t.kind === 'project' || t.kind === 'self-evaluation').length;
  if (projects === 0)
    throw new InputError(
      `${path} 里没有读到项目支出绩效目标表（或项目自评表），没有可参考的指标。请选去年的项目表文件。`,
    );
  return { document, projects };
}

/** What a draft took from last year's tables, in one sentence (the CLI's stderr and the app say the same). */
export function lastYearLine(count: number): string {
  return count > 0
    ? `共 ${count} 个指标取自去年的表，请逐条核对。`
    : '去年的表中没有同名或同类的项目，这次起草没有用到其中的指标。';
}
