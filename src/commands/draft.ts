import type { JixiaoDocument } from '../domain/document.js';
import { parseAnswersText } from '../draft/answers-input.js';
import { lastYearLine, readLastYearFile } from '../draft/last-year.js';
import { chooseDrafter } from '../draft/choose.js';
import type { DraftProgress } from '../draft/types.js';
import { exportJson } from '../export/json.js';
import { readInputFile } from '../io/read-input.js';
import { shellQuote } from '../io/shell-quote.js';
import { checkOutput, writeOutputFile } from '../io/write-output.js';
import { checkDocument, countBySeverity } from '../rules/engine.js';
import { CancelledError, InputError, JixiaoError } from '../errors.js';
import { expandInputs } from './check-files.js';
import { announceLargeInput } from './large-input.js';
import { recogniseFile } from './recognise-file.js';

export interface DraftCommandOptions {
  answers: string;
  offline?: boolean;
  output?: string;
  /** Replace a read-only output file. */
  force?: boolean;
  model?: string;
  provider?: string;
  /** Last year's tables (any importable file): indicators of a project of the same name or kind are offered first. */
  previous?: string[];
}

async function readAnswers(file: string) {
  const { bytes } = await readInputFile(file, { role: '答卷文件', kind: 'json' });
  const text = bytes.toString('utf8');
  const what = recogniseFile(bytes, parseOrUndefined(text));
  if (what)
    throw new InputError(
      `${file} 不是答卷，而是${what}。答卷格式见 schemas/answers.schema.json，示例见 examples/street-office-answers.json。`,
    );
  const parsed = parseAnswersText(text);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 10).map((e) => `  ${e}`);
    const more = parsed.errors.length > 10 ? [`  …等共 ${parsed.errors.length} 处`] : [];
    throw new InputError(
      `答卷文件 ${file} 有误：\n${[...shown, ...more].join('\n')}\n格式见 schemas/answers.schema.json，示例见 examples/street-office-answers.json。`,
    );
  }
  return parsed.answers;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** Each `--previous` file read, said on stderr; an unreadable one stops the command with the importer's message. */
/**
 * Each `--previous` file read, said on stderr; an unreadable file stops the command with the
 * importer's message. A folder gives every table file in it: those that cannot serve are skipped, said.
 */
async function readLastYear(args: string[]): Promise<JixiaoDocument[]> {
  const documents: JixiaoDocument[] = [];
  for (const arg of args) {
    const { files, folders } = await expandInputs([arg]);
    for (const file of files) {
      announceLargeInput(file, '读取');
      try {
        const { document, projects } = await readLastYearFile(file);
        process.stderr.write(`参考去年的表：${file}（${projects} 张项目表）\n`);
        documents.push(document);
      } catch (error) {
        if (!folders || !(error instanceof JixiaoError)) throw error;
        process.stderr.write(`提示：已跳过——${error.message}\n`);
      }
    }
    if (folders && files.length === 0)
      throw new InputError(
        `文件夹 ${arg} 里没有表格文件（.docx、.xlsx、.pdf、.txt 等）。请给出去年的表所在的文件或文件夹。`,
      );
  }
  return documents;
}

function progressLine(p: DraftProgress, count: number): string | null {
  const which = p.target === 'unit' ? '整体表' : `项目 ${p.target + 1}/${count}`;
  if (p.state === 'drafting') return `起草中：${which} ${p.label}…`;
  if (p.state === 'fallback') return `${which} ${p.label}：已改用内置指标库${p.note ? `（${p.note}）` : ''}`;
  if (p.state === 'failed') return `${which} ${p.label}：起草失败${p.note ? `（${p.note}）` : ''}`;
  return null;
}

/**
 * `jixiao draft --answers FILE [--offline] [--previous LAST.docx…] [-o OUT.json]`: answers → a drafted document (JSON) on
 * stdout or written atomically to OUT; progress, notes and a check summary go to stderr. Exit 0.
 */
export async function runDraft(options: DraftCommandOptions): Promise<number> {
  const safety = { inputs: [options.answers, ...(options.previous ?? [])], force: options.force };
  if (options.output) await checkOutput(options.output, safety);
  const answers = await readAnswers(options.answers);
  const previous = await readLastYear(options.previous ?? []);
  const drafter = await chooseDrafter({
    offline: options.offline,
    model: options.model,
    provider: options.provider,
  });
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  const started = performance.now();
  let result;
  try {
    result = await drafter.draft(answers, {
      signal: controller.signal,
      ...(previous.length ? { previous } : {}),
      onProgress: (p) => {
        const line = progressLine(p, answers.projects.length);
        if (line) process.stderr.write(`${line}\n`);
      },
    });
  } catch (error) {
    if (controller.signal.aborted) throw new CancelledError('已取消起草，没有写入任何文件。');
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  const json = exportJson(result.document);
  for (const note of result.notes) process.stderr.write(`提示：${note}\n`);
  if (previous.length && result.fromLastYear !== undefined)
    process.stderr.write(`${lastYearLine(result.fromLastYear)}\n`);
  const findings = checkDocument(result.document).findings;
  const { errors, warnings } = countBySeverity(findings);
  // The offline draft itself makes no errors: any error comes from the answers (amounts, plan, years).
  for (const f of findings.filter((x) => x.severity === 'error'))
    process.stderr.write(`错误：【${f.location.table}】${f.message}（${f.rule}）\n`);
  const tables = result.document.tables.length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (options.output) {
    const { note } = await writeOutputFile(options.output, json, safety);
    if (note) process.stderr.write(`提示：${note}\n`);
    process.stderr.write(`已写入 ${options.output}（${tables} 张表，${seconds} 秒）。\n`);
  } else {
    process.stdout.write(json);
  }
  process.stderr.write(
    `检查结果：${errors} 个错误，${warnings} 个警告。${warnings || errors ? `用 jixiao check ${options.output ? shellQuote(options.output) : '文件'} 查看详情；标有“（待填）”的指标值请填写。` : ''}\n`,
  );
  return 0;
}
