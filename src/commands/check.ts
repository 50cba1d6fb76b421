import type { Framework, JixiaoDocument } from '../domain/document.js';
import { excerpt } from '../domain/excerpt.js';
import type { Finding } from '../domain/finding.js';
import { loadDocumentFile } from '../import/index.js';
import { ImportError } from '../import/types.js';
import { checkDocument, countBySeverity, sortFindings } from '../rules/engine.js';
import { tableLabel } from '../domain/labels.js';
import { announceLargeInput } from './large-input.js';
import { colorsEnabled, paint, SEVERITY_LABEL } from './colors.js';

export interface CheckCommandOptions {
  format?: 'text' | 'json';
  framework?: Framework;
}

export interface FileReport {
  file: string;
  tables: Array<{ kind: string; name: string }>;
  findings: Finding[];
  /** Set when the file could not be read at all. */
  error?: string;
  /** The unit the document is for (folder summaries and reports). */
  unit?: string;
  /** 一级/二级/三级 of the indicators findings point at, by "tableIndex:indicatorIndex". */
  levels?: Record<string, [string, string, string]>;
}

/** Reads and checks one file; a file that cannot be read becomes a report with `error`. */
export async function checkFile(file: string, framework?: Framework): Promise<FileReport> {
  try {
    announceLargeInput(file);
    const loaded = await loadDocumentFile(file);
    const { document, findings } = checkDocument(loaded.input, { framework });
    const all = sortFindings([...loaded.findings, ...findings]);
    return {
      file,
      tables: describeTables(document),
      findings: all,
      ...(document ? { unit: document.unit.name, levels: indicatorLevels(document, all) } : {}),
    };
  } catch (error) {
    if (error instanceof ImportError) return { file, tables: [], findings: [], error: error.message };
    throw error;
  }
}

function indicatorLevels(document: JixiaoDocument, findings: Finding[]): FileReport['levels'] {
  const levels: NonNullable<FileReport['levels']> = {};
  for (const { location } of findings) {
    const { tableIndex, indicatorIndex } = location;
    if (tableIndex === undefined || indicatorIndex === undefined) continue;
    const indicator = document.tables[tableIndex]?.indicators[indicatorIndex];
    if (indicator)
      levels[`${tableIndex}:${indicatorIndex}`] = [indicator.level1, indicator.level2, indicator.name];
  }
  return levels;
}

function describeTables(document: JixiaoDocument | null): FileReport['tables'] {
  return (document?.tables ?? []).map((table) => ({ kind: table.kind, name: tableLabel(table) }));
}

/** `jixiao check`: exit 0 without errors, 1 with errors, 2 when a file cannot be read. */
export async function runCheck(files: string[], options: CheckCommandOptions = {}): Promise<number> {
  const reports: FileReport[] = [];
  for (const file of files) reports.push(await checkFile(file, options.framework));
  const summary = countBySeverity(reports.flatMap((r) => r.findings));
  if (options.format === 'json') {
    const files = reports.map(({ file, tables, findings, error }) => ({
      file,
      tables,
      findings,
      ...(error ? { error } : {}),
    }));
    process.stdout.write(`${JSON.stringify({ files, summary }, null, 2)}\n`);
  } else {
    process.stdout.write(formatText(reports, summary, colorsEnabled(process.stdout)));
  }
  for (const report of reports) if (report.error) process.stderr.write(`错误：${report.error}\n`);
  if (reports.some((r) => r.error)) return 2;
  return summary.errors > 0 ? 1 : 0;
}

export function formatText(
  reports: FileReport[],
  summary: ReturnType<typeof countBySeverity>,
  color: boolean,
): string {
  const c = paint(color);
  const tint = { error: c.red, warning: c.yellow, info: c.cyan };
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(c.bold(report.file) + c.dim(`（${report.tables.length} 张表）`));
    if (report.error) {
      lines.push(`  ${c.red('无法读取：')}${report.error}`, '');
      continue;
    }
    if (report.findings.length === 0) lines.push(`  ${c.green('未发现问题。')}`);
    let currentTable: string | undefined;
    for (const finding of report.findings) {
      if (finding.location.table !== currentTable) {
        currentTable = finding.location.table;
        lines.push(`  ${c.bold(`【${excerpt(currentTable)}】`)}`);
      }
      const where = [finding.location.section, finding.location.indicator]
        .filter((part): part is string => Boolean(part))
        .map((part) => excerpt(part))
        .join(' › ');
      lines.push(
        `    ${tint[finding.severity](SEVERITY_LABEL[finding.severity])} ${finding.message}${where ? c.dim(`  〔${where}〕`) : ''} ${c.dim(finding.rule)}`,
      );
      if (finding.suggestion) lines.push(`      ${c.dim('建议：')}${finding.suggestion}`);
    }
    lines.push('');
  }
  lines.push(`共 ${summary.errors} 个错误，${summary.warnings} 个警告，${summary.infos} 个提示。`);
  return `${lines.join('\n')}\n`;
}
