import { relative } from 'node:path';
import { checkOutput, isSameFile, writeOutputFile } from '../io/write-output.js';
import { findingRows, countsByRule } from '../report/check-rows.js';
import { isCheckReport } from '../report/report-file.js';
import { countBySeverity } from '../rules/engine.js';
import { checkFiles, expandInputs } from './check-files.js';
import { runCheck, type CheckCommandOptions, type FileReport } from './check.js';
import { colorsEnabled, paint } from './colors.js';

export interface CheckManyOptions extends CheckCommandOptions {
  /** Write a summary workbook (.xlsx) here. */
  report?: string;
  force?: boolean;
}

/** Above this many files, progress goes to stderr. */
const PROGRESS_FROM = 4;

/**
 * `jixiao check 文件…|文件夹… [--report 汇总.xlsx]`. Plain files without --report: the detailed
 * report of runCheck. A folder (or --report): every checkable file inside, checked in parallel,
 * one summary line per file and the totals (or JSON), and the workbook when asked for.
 * Exit 0 without errors, 1 with errors, 2 when a file cannot be read (or nothing was found).
 */
export async function runCheckCommand(args: string[], options: CheckManyOptions = {}): Promise<number> {
  const expanded = await expandInputs(args);
  const { folders } = expanded;
  if (!folders && !options.report) return runCheck(expanded.files, options);
  const reportFile = options.report && /\.xlsx$/i.test(options.report) ? options.report : undefined;
  if (options.report && !reportFile) {
    process.stderr.write(`错误：汇总表 ${options.report} 须是 .xlsx 文件，例如 --report 汇总.xlsx。\n`);
    return 2;
  }
  if (reportFile) {
    // Refused (exit 2) before anything is checked: a report that is a file named on the command
    // line, a folder, a FIFO, a read-only file.
    await checkOutput(reportFile, { inputs: args, force: options.force });
  }
  // The report a previous run wrote into a folder being checked is not one of its tables; any other
  // file found there under the report's name is an input, and is not overwritten (exit 2).
  const files = reportFile ? await withoutPreviousReport(expanded.files, reportFile) : expanded.files;
  if (files.length === 0) {
    process.stderr.write(
      `错误：${args.join('、')} 中没有可检查的文件（.docx .doc .wps .xlsx .xls .et .pdf .txt .md .json）。\n`,
    );
    return 2;
  }
  const progress = files.length >= PROGRESS_FROM ? progressWriter(files.length) : undefined;
  const reports = await checkFiles(files, options.framework, (report, done) => progress?.(report, done));
  progress?.(undefined, files.length);
  const summary = countBySeverity(reports.flatMap((r) => r.findings));
  if (options.format === 'json')
    process.stdout.write(`${JSON.stringify(jsonSummary(reports, summary), null, 2)}\n`);
  else process.stdout.write(summaryText(reports, summary, colorsEnabled(process.stdout)));
  if (reportFile) {
    const { checkReportWorkbook } = await import('../report/check-workbook.js');
    const { note } = await writeOutputFile(reportFile, await checkReportWorkbook(reports), {
      inputs: files,
      force: options.force,
    });
    process.stderr.write(`已写出汇总表：${reportFile}${note ? `（${note}）` : ''}\n`);
  }
  if (reports.some((r) => r.error)) return 2;
  return summary.errors > 0 ? 1 : 0;
}

async function withoutPreviousReport(files: string[], report: string): Promise<string[]> {
  const keep: string[] = [];
  for (const file of files) {
    if (!(await isSameFile(file, report))) keep.push(file);
    else if (!(await isCheckReport(file))) await checkOutput(report, { inputs: [file] });
  }
  return keep;
}

/** "[12/40] 某单位/项目表.pdf" as each file finishes; on a terminal one line that is rewritten. */
function progressWriter(total: number): (report: FileReport | undefined, done: number) => void {
  const tty = Boolean(process.stderr.isTTY);
  return (report, done) => {
    if (!report) {
      if (tty) process.stderr.write('\r\u001b[K');
      return;
    }
    const line = `[${done}/${total}] ${shortPath(report.file)}`;
    process.stderr.write(
      tty ? `\r\u001b[K${line.slice(0, (process.stderr.columns || 80) - 1)}` : `${line}\n`,
    );
  };
}

function shortPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** One line per file and the totals. */
export function summaryText(
  reports: FileReport[],
  summary: ReturnType<typeof countBySeverity>,
  color: boolean,
): string {
  const c = paint(color);
  const lines = reports.map((report) => {
    const name = shortPath(report.file);
    if (report.error) return `${c.red('无法读取')}  ${name}：${report.error}`;
    const counts = countBySeverity(report.findings);
    const status =
      counts.errors > 0 ? c.red('有错误') : counts.warnings > 0 ? c.yellow('有警告') : c.green('无问题');
    const unit = report.unit ? `，${report.unit}` : '';
    return `${status}  ${name}（${report.tables.length} 张表${unit}）：${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示`;
  });
  const unreadable = reports.filter((r) => r.error).length;
  lines.push(
    '',
    `共 ${reports.length} 个文件${unreadable ? `（${unreadable} 个无法读取）` : ''}：${summary.errors} 个错误，${summary.warnings} 个警告，${summary.infos} 个提示。`,
  );
  return `${lines.join('\n')}\n`;
}

/** The same as the workbook, as JSON: every file with its findings (一级/二级/三级 added), counts per rule. */
function jsonSummary(reports: FileReport[], summary: ReturnType<typeof countBySeverity>): unknown {
  return {
    files: reports.map((report) => ({
      file: report.file,
      ...(report.unit !== undefined ? { unit: report.unit } : {}),
      tables: report.tables,
      ...countBySeverity(report.findings),
      findings: findingRows([report]).map(({ file: _file, unit: _unit, ...row }) => row),
      ...(report.error ? { error: report.error } : {}),
    })),
    rules: countsByRule(reports),
    summary: { files: reports.length, unreadable: reports.filter((r) => r.error).length, ...summary },
  };
}
