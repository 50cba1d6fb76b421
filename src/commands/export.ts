import { basename, extname, join } from 'node:path';
import type { Settings } from '../store/settings-schema.js';
import { EXPORT_EXTENSION, renderExport, type ExportFormat } from '../export/office/render.js';
import { loadDocumentFile } from '../import/index.js';
import { shellQuote } from '../io/shell-quote.js';
import { checkOutput } from '../io/write-output.js';
import { checkDocument, countBySeverity } from '../rules/engine.js';
import { UsageError } from '../errors.js';
import { writeOrExplain } from './import.js';

export type { ExportFormat } from '../export/office/render.js';

export interface ExportCommandOptions {
  to: ExportFormat;
  /** Output file; for md/json stdout when absent, for docx/xlsx a file named after the input. */
  output?: string;
  /** Replace a read-only output file. */
  force?: boolean;
}

/**
 * `jixiao export DOC --to docx|xlsx|md|json [-o OUT]`: DOC is our JSON document (or any file
 * `jixiao import` reads). Fonts come from the settings (fontBody / fontHeading); docx/xlsx without
 * -o go to the settings' export folder (else the current folder) as <name>.docx / <name>.xlsx.
 */
export async function runExport(file: string, options: ExportCommandOptions): Promise<number> {
  const safety = { inputs: [file], force: options.force };
  if (options.output) await checkOutput(options.output, safety);
  const settings = await readSettings();
  const loaded = await loadDocumentFile(file);
  for (const finding of loaded.findings) process.stderr.write(`提示：${finding.message}\n`);
  if (!(options.to in EXPORT_EXTENSION))
    throw new UsageError(`不支持的导出格式：${String(options.to)}。可选 docx、xlsx、md、json。`);
  const content: Uint8Array | string = await renderExport(loaded.input, options.to, {
    fontBody: settings?.fontBody,
    fontHeading: settings?.fontHeading,
  });
  const binary = options.to === 'docx' || options.to === 'xlsx';
  const output =
    options.output ??
    (binary
      ? join(
          settings?.exportDir || process.cwd(),
          `${basename(file, extname(file))}${EXPORT_EXTENSION[options.to]}`,
        )
      : undefined);
  if (output === undefined) {
    process.stdout.write(content);
  } else {
    await writeOrExplain(output, content, safety);
    process.stderr.write(`已导出：${output}\n`);
  }
  const { errors } = countBySeverity(checkDocument(loaded.input).findings);
  if (errors > 0)
    process.stderr.write(
      `注意：文档中还有 ${errors} 个错误，提交前请用 jixiao check ${shellQuote(file)} 查看并修正。\n`,
    );
  return 0;
}

/** The user's settings, or null (defaults apply) when they cannot be opened. */
async function readSettings(): Promise<Settings | null> {
  try {
    const { openSettings } = await import('../store/settings.js');
    const store = openSettings();
    if (store.notice) process.stderr.write(`${store.notice}\n`);
    return store.get();
  } catch {
    return null;
  }
}
