import { JixiaoDocument } from '../domain/document.js';
import { jsonErrorPlace } from '../draft/answers-input.js';
import { loadDocumentFile } from '../import/index.js';
import { readInputFile } from '../io/read-input.js';
import { shellQuote } from '../io/shell-quote.js';
import { checkOutput, writeOutputFile } from '../io/write-output.js';
import { checkDocument, countBySeverity } from '../rules/engine.js';
import { buildSelfEvaluation, type BuildResult } from '../selfeval/build.js';
import type { GradeThresholds } from '../selfeval/grades.js';
import { formatScore } from '../selfeval/numbers.js';
import { parseActuals } from '../selfeval/parse-actuals.js';
import type { Actuals } from '../domain/actuals.js';
import { InputError } from '../errors.js';

export interface SelfevalCommandOptions {
  target: string;
  actuals: string;
  output?: string;
  /** Replace a read-only output file. */
  force?: boolean;
  /** Grade thresholds; read from the settings (Settings.gradeThresholds) when absent. */
  thresholds?: GradeThresholds;
}

/**
 * `jixiao selfeval --target T --actuals A [-o OUT]`: scores the self-evaluation of every project in
 * the actuals and writes the document (atomically to OUT, or to stdout); the summary goes to stderr.
 * Problems the user must fix are thrown as InputError/SelfEvalError (exit 2) with every problem listed.
 */
export async function runSelfeval(options: SelfevalCommandOptions): Promise<number> {
  const safety = { inputs: [options.target, options.actuals], force: options.force };
  if (options.output) await checkOutput(options.output, safety);
  const target = await readTarget(options.target);
  const actuals = await readActuals(options.actuals);
  const result: BuildResult = buildSelfEvaluation(target, actuals, {
    thresholds: options.thresholds ?? (await settingsThresholds()),
  });
  const text = `${JSON.stringify(result.document, null, 2)}\n`;
  if (options.output) {
    const { note } = await writeOutputFile(options.output, text, safety);
    if (note) process.stderr.write(`提示：${note}\n`);
  } else {
    process.stdout.write(text);
  }
  process.stderr.write(summary(result, options.output));
  return 0;
}

/** Settings.gradeThresholds; the defaults when the settings cannot be read (never fatal here). */
async function settingsThresholds(): Promise<GradeThresholds | undefined> {
  try {
    const { openSettings } = await import('../store/settings.js');
    return openSettings().get().gradeThresholds;
  } catch {
    return undefined;
  }
}

async function readTarget(path: string): Promise<JixiaoDocument> {
  const loaded = await loadDocumentFile(path);
  const parsed = JixiaoDocument.safeParse(loaded.input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InputError(
      `目标文档 ${path} 的格式不正确（${first.path.join('.') || '根'}：${first.message}）。请先用 jixiao check ${shellQuote(path)} 查看问题，或重新导出目标表。`,
    );
  }
  return parsed.data;
}

async function readActuals(path: string): Promise<Actuals> {
  const { bytes } = await readInputFile(path, { role: '实际完成情况文件', kind: 'json' });
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `实际完成情况文件 ${path} 不是有效的 JSON：${jsonErrorPlace(text, (error as Error).message)}` +
        '常见原因：用了中文引号或逗号、最后一项后多了逗号。格式见 schemas/actuals.schema.json。',
    );
  }
  const parsed = parseActuals(input);
  if (!parsed.ok) {
    throw new InputError(
      `实际完成情况文件 ${path} 有以下问题：\n${parsed.problems.map((p, i) => `  ${i + 1}. ${p}`).join('\n')}`,
    );
  }
  return parsed.actuals;
}

function summary(result: BuildResult, output: string | undefined): string {
  const lines = result.summaries.map(
    (s) => `  ${s.name}：预算执行率 ${s.executionRate}，总分 ${formatScore(s.totalScore)}，等级 ${s.grade}`,
  );
  const { errors, warnings } = countBySeverity(checkDocument(result.document).findings);
  const notes = result.notes.map((n) => `  · ${n}`);
  return [
    `已生成 ${result.summaries.length} 张自评表${output ? `，写入 ${output}` : ''}：`,
    ...lines,
    ...(notes.length ? ['请注意：', ...notes] : []),
    `检查结果：${errors} 个错误，${warnings} 个警告${errors + warnings > 0 ? `（用 jixiao check ${output ? shellQuote(output) : '输出文件'} 查看详情）` : ''}。`,
    '',
  ].join('\n');
}
