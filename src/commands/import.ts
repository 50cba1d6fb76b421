import { extname } from 'node:path';
import type { JixiaoDocument } from '../domain/document.js';
import type { Finding } from '../domain/finding.js';
import { validateForExport } from '../export/office/validate.js';
import { loadDocumentFile } from '../import/index.js';
import { shellQuote } from '../io/shell-quote.js';
import { checkOutput, writeOutputFile, type OutputOptions } from '../io/write-output.js';
import { countBySeverity } from '../rules/engine.js';
import { tableLabel } from '../domain/labels.js';
import { formatText } from './check.js';
import { colorsEnabled } from './colors.js';
import { announceLargeInput } from './large-input.js';

export interface ImportCommandOptions {
  /** Where to write the document (JSON); stdout when absent. */
  output?: string;
  /** Replace a read-only output file. */
  force?: boolean;
  /** Print every source row and where it went (instead of the JSON on stdout). */
  explain?: boolean;
}

/**
 * `jixiao import FILE [-o OUT.json]`: any file we read (.docx, .xlsx, .txt, .md, .json) → our JSON
 * document, written atomically to OUT or to stdout. What could not be placed is reported on
 * stderr; a file that cannot be read at all exits 2 with a Chinese message (ImportError).
 */
export async function runImport(file: string, options: ImportCommandOptions = {}): Promise<number> {
  const safety = { inputs: [file], force: options.force };
  if (options.output) await checkOutput(options.output, safety);
  announceLargeInput(file, '读取');
  const loaded = await loadDocumentFile(file, { explain: options.explain });
  const { exportJson } = await import('../export/json.js');
  const document: JixiaoDocument = validateForExport(loaded.input);
  const json = exportJson(document);
  if (options.output) {
    if (extname(options.output).toLowerCase() !== '.json')
      process.stderr.write(
        `提示：导入结果是 JSON 文档，建议用 .json 作为扩展名（现为 ${options.output}）。\n`,
      );
    await writeOrExplain(options.output, json, safety);
  } else if (!options.explain) {
    process.stdout.write(json);
  }
  if (options.explain) {
    const { formatExplain } = await import('../import/explain.js');
    process.stdout.write(
      loaded.rows
        ? formatExplain(loaded.rows, document)
        : '这个文件是 jixiao 文档（JSON），按原样读入，没有逐行对应关系。\n',
    );
  }
  reportImport(file, document, loaded.findings, options.output);
  return 0;
}

/** Writes `-o` through the shared output check (never an input, only a regular file); says where a symlink led. */
export async function writeOrExplain(
  path: string,
  data: Uint8Array | string,
  safety: OutputOptions,
): Promise<void> {
  const { note } = await writeOutputFile(path, data, safety);
  if (note) process.stderr.write(`提示：${note}\n`);
}

/** What was imported, and what could not be placed, on stderr (stdout may carry the JSON). */
function reportImport(
  file: string,
  document: JixiaoDocument,
  findings: Finding[],
  output: string | undefined,
): void {
  const color = colorsEnabled(process.stderr);
  if (findings.length > 0) {
    const tables = document.tables.map((t) => ({ kind: t.kind, name: tableLabel(t) }));
    process.stderr.write(formatText([{ file, tables, findings }], countBySeverity(findings), color));
  }
  const counts = { department: 0, project: 0, 'self-evaluation': 0, 'department-self-evaluation': 0 };
  for (const table of document.tables) counts[table.kind] += 1;
  const parts = [
    counts.department && `部门整体表 ${counts.department} 张`,
    counts.project && `项目表 ${counts.project} 张`,
    counts['self-evaluation'] && `自评表 ${counts['self-evaluation']} 张`,
    counts['department-self-evaluation'] && `部门整体自评表 ${counts['department-self-evaluation']} 张`,
  ].filter(Boolean);
  const what = parts.length > 0 ? parts.join('，') : '没有识别出绩效目标表';
  const where = output ? `，已保存到 ${output}` : '';
  const next = output
    ? `可用 jixiao check ${shellQuote(output)} 检查，或 jixiao export ${shellQuote(output)} --to docx 导出。`
    : '';
  process.stderr.write(
    `已导入 ${file}：${what}${where}。${findings.length > 0 ? `有 ${findings.length} 处内容未能识别，请核对（见上）。` : ''}${next}\n`,
  );
}
