import { readFile } from 'node:fs/promises';
import writeFileAtomic from '../store/write-atomic.js';
import { JixiaoDocument } from '../domain/document.js';
import { loadDocumentFile } from '../import/index.js';
import { checkDocument, countBySeverity } from '../rules/engine.js';
import { buildSelfEvaluation, SelfEvalError, type BuildResult } from '../selfeval/build.js';
import type { GradeThresholds } from '../selfeval/grades.js';
import { formatScore } from '../selfeval/numbers.js';
import { parseActuals } from '../selfeval/parse-actuals.js';
import type { Actuals } from '../domain/actuals.js';
import { UserError } from './fatal.js';

export interface SelfevalCommandOptions {
  target: string;
  actuals: string;
  output?: string;
  /** Grade thresholds; read from the settings (Settings.gradeThresholds) when absent. */
  thresholds?: GradeThresholds;
}

/**
 * `jixiao selfeval --target T --actuals A [-o OUT]`: scores the self-evaluation of every project in
 * the actuals and writes the document (atomically to OUT, or to stdout); the summary goes to stderr.
 * Problems the user must fix are thrown as UserError (exit 2) with every problem listed.
 */
export async function runSelfeval(options: SelfevalCommandOptions): Promise<number> {
  const target = await readTarget(options.target);
  const actuals = await readActuals(options.actuals);
  let result: BuildResult;
  try {
    result = buildSelfEvaluation(target, actuals, {
      thresholds: options.thresholds ?? (await settingsThresholds()),
    });
  } catch (error) {
    if (error instanceof SelfEvalError) throw new UserError(error.message);
    throw error;
  }
  const text = `${JSON.stringify(result.document, null, 2)}\n`;
  if (options.output) {
    try {
      await writeFileAtomic(options.output, text);
    } catch (error) {
      throw new UserError(
        `无法写入 ${options.output}：${(error as Error).message}。请检查文件夹是否存在、是否有写入权限。`,
      );
    }
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
    throw new UserError(
      `目标文档 ${path} 的格式不正确（${first.path.join('.') || '根'}：${first.message}）。请先用 jixiao check ${path} 查看问题，或重新导出目标表。`,
    );
  }
  return parsed.data;
}

async function readActuals(path: string): Promise<Actuals> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\ufeff/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`找不到实际完成情况文件：${path}。请检查路径和文件名。`);
    if (code === 'EISDIR') throw new UserError(`${path} 是文件夹，请指定实际完成情况文件（JSON）。`);
    throw new UserError(`无法读取实际完成情况文件 ${path}：${(error as Error).message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `实际完成情况文件 ${path} 不是有效的 JSON：${(error as Error).message}。` +
        '常见原因：用了中文引号或逗号、最后一项后多了逗号。格式见 schemas/actuals.schema.json。',
    );
  }
  const parsed = parseActuals(input);
  if (!parsed.ok) {
    throw new UserError(
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
    `检查结果：${errors} 个错误，${warnings} 个警告${errors + warnings > 0 ? `（用 jixiao check ${output ?? '输出文件'} 查看详情）` : ''}。`,
    '',
  ].join('\n');
}
