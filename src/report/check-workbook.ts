import type { Worksheet } from 'exceljs';
import { countsByFile, countsByRule, findingRows, type CheckedFile } from './check-rows.js';
import { REPORT_SHEETS } from './report-file.js';

const SEVERITY: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * The summary workbook of `jixiao check 文件夹 --report 汇总.xlsx`: 问题清单 (every finding, one row,
 * with filters on the header and the header frozen) and 统计 (counts per file, then per rule).
 * exceljs is loaded here, on demand. Returns the bytes; the command writes them.
 */
export async function checkReportWorkbook(files: CheckedFile[]): Promise<Uint8Array> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao';

  const list = workbook.addWorksheet(REPORT_SHEETS.findings, { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = [
    { header: '文件', key: 'file', width: 36 },
    { header: '单位', key: 'unit', width: 20 },
    { header: '表格', key: 'table', width: 28 },
    { header: '一级指标', key: 'level1', width: 12 },
    { header: '二级指标', key: 'level2', width: 14 },
    { header: '三级指标', key: 'level3', width: 24 },
    { header: '规则', key: 'rule', width: 28 },
    { header: '级别', key: 'severity', width: 8 },
    { header: '问题', key: 'message', width: 60 },
    { header: '建议', key: 'suggestion', width: 50 },
  ];
  for (const row of findingRows(files)) list.addRow({ ...row, severity: SEVERITY[row.severity] });
  finishTable(list, list.columns.length);

  const stats = workbook.addWorksheet(REPORT_SHEETS.counts, { views: [{ state: 'frozen', ySplit: 1 }] });
  stats.columns = [
    { header: '文件', key: 'file', width: 36 },
    { header: '单位', key: 'unit', width: 20 },
    { header: '表格数', key: 'tables', width: 8 },
    { header: '错误', key: 'errors', width: 8 },
    { header: '警告', key: 'warnings', width: 8 },
    { header: '提示', key: 'infos', width: 8 },
    { header: '无法读取的原因', key: 'unreadable', width: 60 },
  ];
  const perFile = countsByFile(files);
  for (const row of perFile) stats.addRow(row);
  const sum = (key: 'tables' | 'errors' | 'warnings' | 'infos'): number =>
    perFile.reduce((total, row) => total + row[key], 0);
  stats.addRow({
    file: `合计（${files.length} 个文件）`,
    tables: sum('tables'),
    errors: sum('errors'),
    warnings: sum('warnings'),
    infos: sum('infos'),
  }).font = { bold: true };
  finishTable(stats, 7, perFile.length + 1);

  stats.addRow([]);
  const header = stats.addRow(['规则', '错误', '警告', '提示', '涉及文件数']);
  header.font = { bold: true };
  for (const row of countsByRule(files))
    stats.addRow([row.rule, row.errors, row.warnings, row.infos, row.files]);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Bold header with filters over `rows` data rows (all when omitted), text wrapped and top-aligned. */
function finishTable(sheet: Worksheet, columns: number, rows?: number): void {
  sheet.getRow(1).font = { bold: true };
  const last = rows === undefined ? sheet.rowCount : rows + 1;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, last), column: columns } };
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
}
