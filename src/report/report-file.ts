import { readWorkbook } from '../import/office/xlsx-parts.js';
import { openOfficeZip } from '../import/office/zip.js';
import { readInputFile } from '../io/read-input.js';

/** The sheets of the summary workbook `check --report` writes, in order (check-workbook.ts names them from here). */
export const REPORT_SHEETS = { findings: '问题清单', counts: '统计' } as const;

/**
 * Whether the file is a summary workbook an earlier `check --report` wrote (its sheets are exactly
 * ours), not a table to check: decided by its structure, never by its name. Unreadable: not one.
 */
export async function isCheckReport(path: string): Promise<boolean> {
  try {
    const { bytes, kind } = await readInputFile(path);
    if (kind !== 'xlsx') return false;
    const pkg = openOfficeZip(bytes, path);
    if (pkg.kind !== 'xlsx') return false;
    const names = (await readWorkbook(pkg, path)).sheets.map((s) => s.name);
    return names.join('\n') === Object.values(REPORT_SHEETS).join('\n');
  } catch {
    return false;
  }
}
