import type { Answers, AnswersProject } from '../../domain/answers.js';
import { makeDocument, makeIndicator } from '../../domain/build.js';
import type { DepartmentTable, JixiaoDocument, ProjectTable, Unit } from '../../domain/document.js';
import type { Finding } from '../../domain/finding.js';
import { checkDocument } from '../../rules/engine.js';
import type { Drafter, DraftOptions, DraftProgress, DraftResult } from '../types.js';
import { LlmError } from './errors.js';
import { findingsRepairMessage, projectMessages, unitMessages } from './messages.js';
import { runPool } from './pool.js';
import { projectDraftSchema, unitDraftSchema, type LlmProjectDraft, type LlmUnitDraft } from './schemas.js';
import { addUsage, type LlmService, type TokenUsage } from './service.js';
import { completeStructured } from './structured.js';

/**
 * The model drafter. The offline drafter's document is the starting point: it carries every
 * table's names, money, 资金用途 and plan from the answers (money never comes from the model) and
 * is the fallback. For each table (the unit table and every project, `concurrency` at a time) the
 * model writes the goals and indicators in one structured call; the result goes through the
 * checker, gets one repair round for its errors, and if errors remain the offline table is kept
 * with a note saying why. After a fatal error (wrong key, no balance, …) or two failed calls the
 * remaining tables are not sent to the model.
 */

export interface LlmDrafterOptions {
  service: LlmService;
  /** The offline drafter (src/draft/offline): skeleton and fallback of every table. */
  offline: Drafter;
  /** Tables drafted at the same time (default: settings.llm.concurrency). */
  concurrency?: number;
}

interface Job {
  target: DraftProgress['target'];
  label: string;
  tableIndex: number;
  project?: AnswersProject;
  key: string;
}

interface JobResult {
  job: Job;
  table: ProjectTable | DepartmentTable;
  tokens: TokenUsage;
  byModel: boolean;
  note?: string;
}

const STOP_AFTER_FAILURES = 2;
/** Streaming progress is reported at most this often per table (a redraw per chunk is wasted work). */
const STREAM_PROGRESS_MS = 100;

export function createLlmDrafter({ service, offline, concurrency }: LlmDrafterOptions): Drafter {
  const { preset, model } = service.config;
  const limit = Math.max(1, concurrency ?? service.config.concurrency);

  async function draft(answers: Answers, options: DraftOptions = {}): Promise<DraftResult> {
    const { signal, onProgress } = options;
    const aborted = () => new LlmError('aborted', '已取消起草，尚未完成的表没有保存。');
    if (signal?.aborted) throw aborted();
    // Last year's rows reach the model through the offline table it starts from.
    const base = await offline.draft(answers, { signal, previous: options.previous });
    const document = structuredClone(base.document);
    const jobs = planJobs(answers, document);
    const session = { stop: null as LlmError | null, failures: 0 };
    const emit = (job: Job, progress: Omit<DraftProgress, 'target' | 'label'>) =>
      onProgress?.({ target: job.target, label: job.label, ...progress });
    for (const job of jobs) emit(job, { state: 'waiting' });

    const runJob = async (job: Job): Promise<JobResult> => {
      const skeleton = document.tables[job.tableIndex] as ProjectTable | DepartmentTable;
      const fallback = (reason: string, tokens: TokenUsage = { prompt: 0, completion: 0 }): JobResult => {
        const note = `${job.label}：${reason}已改用离线草稿。`;
        emit(job, { state: 'fallback', note, tokens: tokens.prompt + tokens.completion });
        return { job, table: skeleton, tokens, byModel: false, note };
      };
      if (session.stop) return fallback(`未调用模型（${session.stop.message}）`);
      try {
        const result = await draftTable(job, skeleton);
        if (result.byModel)
          emit(job, { state: 'done', tokens: result.tokens.prompt + result.tokens.completion });
        else
          emit(job, {
            state: 'fallback',
            note: result.note,
            tokens: result.tokens.prompt + result.tokens.completion,
          });
        return result;
      } catch (error) {
        const e =
          error instanceof LlmError
            ? error
            : new LlmError('unknown', error instanceof Error ? error.message : String(error));
        if (e.kind === 'aborted' || signal?.aborted) throw aborted();
        session.failures += 1;
        if (e.fatal || session.failures >= STOP_AFTER_FAILURES) session.stop ??= e;
        return fallback(`调用模型失败（${e.message}）`, e.tokens);
      }
    };

    const draftTable = async (job: Job, skeleton: ProjectTable | DepartmentTable): Promise<JobResult> => {
      const unit = document.unit;
      const framework = answers.unit.framework;
      const isUnit = skeleton.kind === 'department';
      const schema = isUnit ? unitDraftSchema(framework) : projectDraftSchema(framework);
      const messages = isUnit
        ? unitMessages(service, schema, answers, skeleton)
        : projectMessages(service, schema, answers, job.project as AnswersProject, skeleton);
      let tokens: TokenUsage = { prompt: 0, completion: 0 };
      const total = () => tokens.prompt + tokens.completion;
      let lastEmit = 0;
      const onText = (received: number) => {
        const now = Date.now();
        if (now - lastEmit < STREAM_PROGRESS_MS) return;
        lastEmit = now;
        emit(job, { state: 'streaming', received, tokens: total() });
      };
      const call = (conversation: typeof messages) =>
        completeStructured(service, {
          name: isUnit ? 'unit_table' : 'project_table',
          schema,
          messages: conversation,
          signal,
          onText,
          onRepair: () => emit(job, { state: 'repairing', tokens: total() }),
        });

      emit(job, { state: 'drafting' });
      const first = await call(messages);
      tokens = addUsage(tokens, first.tokens);
      emit(job, { state: 'checking', tokens: total() });
      const fromAnswers = answerErrorKeys(unit, skeleton);
      let table = applyDraft(skeleton, first.value, job.key);
      let errors = modelErrors(unit, table, fromAnswers);
      if (errors.length === 0) return { job, table, tokens, byModel: true };

      emit(job, { state: 'repairing', tokens: total() });
      const second = await call([...first.conversation, findingsRepairMessage(errors)]);
      tokens = addUsage(tokens, second.tokens);
      emit(job, { state: 'checking', tokens: total() });
      table = applyDraft(skeleton, second.value, job.key);
      errors = modelErrors(unit, table, fromAnswers);
      if (errors.length === 0) return { job, table, tokens, byModel: true };
      const note = `${job.label}：模型起草的表修正后仍有 ${errors.length} 个错误（${errors[0].message}），已改用离线草稿。`;
      return { job, table: skeleton, tokens, byModel: false, note };
    };

    const settled = await runPool(jobs, limit, runJob, signal);
    if (signal?.aborted) throw aborted();
    const results: JobResult[] = [];
    for (const s of settled) {
      if (s.status === 'rejected') throw s.reason;
      results.push(s.value);
    }

    let tokens: TokenUsage = { prompt: 0, completion: 0 };
    for (const r of results) {
      document.tables[r.job.tableIndex] = r.table;
      tokens = addUsage(tokens, r.tokens);
    }
    const byModel = results.filter((r) => r.byModel);
    const modelLabels = byModel.map((r) => r.job.label);
    // The offline notes are about the answers (category, plan, amounts) and stay; only its notes on
    // placeholders （待填） are moot for tables the model wrote.
    const offlineNotes = base.notes.filter(
      (n) => !(n.includes('（待填）') && modelLabels.some((label) => n.includes(label))),
    );
    const notes = [...offlineNotes, ...results.flatMap((r) => (r.note ? [r.note] : []))];
    if (results.length > 0) {
      const used = tokens.prompt + tokens.completion;
      notes.push(
        `模型 ${preset.label}（${model}）起草了 ${byModel.length} 张表，${results.length - byModel.length} 张用离线草稿${used ? `；共用 ${used} tokens（输入 ${tokens.prompt}，输出 ${tokens.completion}）` : ''}。`,
      );
    }
    return { document, notes, tokens };
  }

  return { name: `${preset.label}（${model}）`, draft };
}

/** One job per table: the unit table when the offline draft has one, then every project in order. */
function planJobs(answers: Answers, document: JixiaoDocument): Job[] {
  const jobs: Job[] = [];
  const unitIndex = document.tables.findIndex((t) => t.kind === 'department');
  if (unitIndex >= 0)
    jobs.push({
      target: 'unit',
      label: `${answers.unit.name.trim()}整体支出`,
      tableIndex: unitIndex,
      key: 'd',
    });
  const projectIndexes = document.tables.flatMap((t, i) => (t.kind === 'project' ? [i] : []));
  const used = new Set<number>();
  answers.projects.forEach((project, i) => {
    const tableIndex =
      projectIndexes.find(
        (ti) => !used.has(ti) && (document.tables[ti] as ProjectTable).projectName === project.name,
      ) ?? projectIndexes.find((ti) => !used.has(ti));
    if (tableIndex === undefined) return;
    used.add(tableIndex);
    jobs.push({ target: i, label: project.name.trim(), tableIndex, project, key: `p${i + 1}` });
  });
  return jobs;
}

/** The skeleton with the model's goals and indicators; ids are ours (d-m1…, p1-m1…), never the model's. */
function applyDraft<T extends ProjectTable | DepartmentTable>(
  skeleton: T,
  draft: LlmProjectDraft | LlmUnitDraft,
  key: string,
): T {
  const indicators = draft.indicators.map((ind, n) =>
    makeIndicator({
      id: `${key}-m${n + 1}`,
      level1: ind.level1,
      level2: ind.level2,
      name: ind.name.trim(),
      description: skeleton.kind === 'project' && 'description' in ind ? ind.description.trim() : '',
      value: ind.value.trim(),
      basis: ind.basis,
      status: 'suggested',
      ...(ind.rationale?.trim() ? { rationale: ind.rationale.trim() } : {}),
    }),
  );
  return { ...skeleton, goals: draft.goals.trim(), indicators };
}

function errorsOf(unit: Unit, table: ProjectTable | DepartmentTable): Finding[] {
  return checkDocument(makeDocument({ unit, tables: [table] })).findings.filter(
    (f) => f.severity === 'error',
  );
}

const keyOf = (f: Finding) => `${f.rule}\u0000${f.message}`;

/**
 * Errors that come from the answers (money that does not add up, a spending plan that does not
 * reach 100%): present both in the bare skeleton and in the offline table. The model cannot fix
 * them, so they never send its table back.
 */
function answerErrorKeys(unit: Unit, skeleton: ProjectTable | DepartmentTable): Set<string> {
  const bare = new Set(errorsOf(unit, { ...skeleton, goals: '', indicators: [] }).map(keyOf));
  return new Set(
    errorsOf(unit, skeleton)
      .map(keyOf)
      .filter((k) => bare.has(k)),
  );
}

function modelErrors(unit: Unit, table: ProjectTable | DepartmentTable, fromAnswers: Set<string>): Finding[] {
  return errorsOf(unit, table).filter((f) => !fromAnswers.has(keyOf(f)));
}
