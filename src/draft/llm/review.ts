import { randomUUID } from 'node:crypto';
import type { ZodType } from 'zod';
import { makeIndicator } from '../../domain/build.js';
import {
  type DepartmentTable,
  type Framework,
  type Indicator,
  type JixiaoDocument,
  type ProjectTable,
} from '../../domain/document.js';
import { isTargetTable } from '../../domain/table-kind.js';
import type { Finding } from '../../domain/finding.js';
import { FRAMEWORK_LEVELS } from '../../domain/framework.js';
import { rules } from '../../rules/index.js';
import { describeIndicator, describeTable, outputFormat, systemMessage } from './messages.js';
import { runPool } from './pool.js';
import { renderPrompt } from './prompts.js';
import {
  ExplainSchema,
  rewriteSchema,
  SecondOpinionSchema,
  suggestionsSchema,
  type LlmProjectIndicator,
} from './schemas.js';
import type { ChatMessage, LlmService, TokenUsage } from './service.js';
import { completeStructured } from './structured.js';

/**
 * What the review screen asks of a model: more suggestions for a 二级 category, a rewrite of one
 * indicator, the reason for one, and a second opinion on the checker's judgement calls. Each is
 * one structured call (with its repair round); failures are LlmErrors with Chinese messages.
 */

export type ReviewTable = ProjectTable | DepartmentTable;

export interface CallOptions {
  signal?: AbortSignal;
  /** Streaming progress: characters received so far. */
  onText?: (received: number) => void;
}

export interface ReviewAssistant {
  /** 3–5 new candidate indicators under `level2` (status 'suggested', fresh ids, not yet in the table). */
  suggestMore(
    table: ReviewTable,
    level2: string,
    options?: CallOptions & { level1?: string },
  ): Promise<{ indicators: Indicator[]; tokens: TokenUsage }>;
  /** A rewrite of one indicator (same id and levels); `instruction` is what the user asked for. */
  rewriteIndicator(
    table: ReviewTable,
    indicator: Indicator | number,
    options?: CallOptions & { instruction?: string; findings?: Finding[] },
  ): Promise<{ indicator: Indicator; reason: string; tokens: TokenUsage }>;
  /** Why an indicator fits, and what a reviewer might question. */
  explainIndicator(
    table: ReviewTable,
    indicator: Indicator | number,
    options?: CallOptions,
  ): Promise<{ reason: string; caution: string | null; tokens: TokenUsage }>;
  /** The model's view of a judgement-call finding: agreed = the checker is right. */
  secondOpinion(
    finding: Finding,
    document: JixiaoDocument,
    options?: CallOptions,
  ): Promise<{ agreed: boolean; reason: string; tokens: TokenUsage }>;
}

export function createReviewAssistant(
  service: LlmService,
  defaults: { framework?: Framework } = {},
): ReviewAssistant {
  const frameworkOf = (table: ReviewTable): Framework =>
    defaults.framework ?? (table.indicators.some((i) => i.level1 === '成本指标') ? 'central-2021' : 'local');

  const ask = <T>(
    name: string,
    schema: ZodType<T>,
    framework: Framework,
    user: string,
    options: CallOptions = {},
  ) => {
    const messages: ChatMessage[] = [systemMessage(framework), { role: 'user', content: user }];
    return completeStructured(service, {
      name,
      schema,
      messages,
      signal: options.signal,
      onText: options.onText,
    });
  };

  return {
    async suggestMore(table, level2, options = {}) {
      const framework = frameworkOf(table);
      const level1 = options.level1 ?? level1Of(framework, level2);
      const schema = suggestionsSchema(framework);
      const user = renderPrompt('suggest-more', {
        level1,
        level2,
        table: describeTable(table),
        output_format: outputFormat(service, schema),
      });
      const { value, tokens } = await ask('more_indicators', schema, framework, user, options);
      const existing = new Set(table.indicators.map((i) => i.name.trim()));
      const indicators = value.indicators
        .filter((ind) => !existing.has(ind.name.trim()))
        .map((ind) =>
          toIndicator(ind, table, { id: `${table.id ?? 't'}-s${randomUUID().slice(0, 8)}`, level1, level2 }),
        );
      return { indicators, tokens };
    },

    async rewriteIndicator(table, which, options = {}) {
      const framework = frameworkOf(table);
      const original = pick(table, which);
      const schema = rewriteSchema(framework);
      const findings =
        (options.findings ?? [])
          .map((f) => `- ${f.message}${f.suggestion ? ` 建议：${f.suggestion}` : ''}`)
          .join('\n') || '（无）';
      const user = renderPrompt('rewrite-indicator', {
        table: describeTable(table),
        indicator: describeIndicator(original),
        findings,
        instruction: options.instruction?.trim() || '使它更具体、可衡量，并与项目内容一致。',
        output_format: outputFormat(service, schema),
      });
      const { value, tokens } = await ask('rewritten_indicator', schema, framework, user, options);
      const indicator = toIndicator(value.indicator, table, { id: original.id, rationale: value.reason });
      return { indicator, reason: value.reason, tokens };
    },

    async explainIndicator(table, which, options = {}) {
      const framework = frameworkOf(table);
      const user = renderPrompt('explain-indicator', {
        table: describeTable(table),
        indicator: describeIndicator(pick(table, which)),
        output_format: outputFormat(service, ExplainSchema),
      });
      const { value, tokens } = await ask('indicator_reason', ExplainSchema, framework, user, options);
      return { reason: value.reason, caution: value.caution, tokens };
    },

    async secondOpinion(finding, document, options = {}) {
      const table = tableOf(finding, document);
      const user = renderPrompt('second-opinion', {
        rule: finding.rule,
        message: finding.message,
        suggestion: finding.suggestion ?? '（无）',
        table: table ? describeTable(table) : '（找不到对应的表）',
        output_format: outputFormat(service, SecondOpinionSchema),
      });
      const { value, tokens } = await ask(
        'second_opinion',
        SecondOpinionSchema,
        document.unit.framework,
        user,
        options,
      );
      return { agreed: value.agreed, reason: value.reason, tokens };
    },
  };
}

const JUDGEMENT_RULES = new Set(['structure/misplaced-indicator']);
const JUDGEMENT_TAGS = new Set(['relevance', 'judgement']);

/** Findings worth a second opinion: rules tagged `relevance` or `judgement` (e.g. relevance/off-topic). */
export function isJudgementCall(finding: Finding): boolean {
  if (JUDGEMENT_RULES.has(finding.rule)) return true;
  const rule = rules.find((r) => r.meta.id === finding.rule);
  return Boolean(rule?.meta.tags.some((t) => JUDGEMENT_TAGS.has(t)));
}

/**
 * Asks for second opinions on the judgement calls among `findings` (a few at a time) and returns
 * the findings with `secondOpinion` filled where the model answered; a failed call leaves the
 * finding as it was. Cancelling stops the remaining calls.
 */
export async function addSecondOpinions(
  assistant: ReviewAssistant,
  findings: Finding[],
  document: JixiaoDocument,
  options: { signal?: AbortSignal; concurrency?: number } = {},
): Promise<{ findings: Finding[]; tokens: TokenUsage }> {
  const targets = findings
    .map((f, i) => [f, i] as const)
    .filter(([f]) => isJudgementCall(f) && !f.secondOpinion);
  const settled = await runPool(
    targets,
    options.concurrency ?? 3,
    ([f]) => assistant.secondOpinion(f, document, { signal: options.signal }),
    options.signal,
  );
  const out = [...findings];
  const tokens: TokenUsage = { prompt: 0, completion: 0 };
  settled.forEach((s, k) => {
    if (s.status !== 'fulfilled') return;
    const [finding, index] = targets[k];
    out[index] = { ...finding, secondOpinion: { agreed: s.value.agreed, reason: s.value.reason } };
    tokens.prompt += s.value.tokens.prompt;
    tokens.completion += s.value.tokens.completion;
  });
  return { findings: out, tokens };
}

function level1Of(framework: Framework, level2: string): string {
  const found = Object.entries(FRAMEWORK_LEVELS[framework]).find(([, level2s]) => level2s.includes(level2));
  return found ? found[0] : '产出指标';
}

function pick(table: ReviewTable, which: Indicator | number): Indicator {
  const indicator = typeof which === 'number' ? table.indicators[which] : which;
  if (!indicator) throw new RangeError(`表中没有第 ${Number(which) + 1} 条指标。`);
  return indicator;
}

function tableOf(finding: Finding, document: JixiaoDocument): ReviewTable | undefined {
  const { tableIndex } = finding.location;
  const table = tableIndex !== undefined ? document.tables[tableIndex] : undefined;
  return table && isTargetTable(table) ? table : undefined;
}

function toIndicator(
  ind: LlmProjectIndicator,
  table: ReviewTable,
  fields: { id?: string; level1?: string; level2?: string; rationale?: string },
): Indicator {
  const rationale = fields.rationale ?? ind.rationale ?? undefined;
  return makeIndicator({
    ...(fields.id ? { id: fields.id } : {}),
    level1: fields.level1 ?? ind.level1,
    level2: fields.level2 ?? ind.level2,
    name: ind.name.trim(),
    description: table.kind === 'project' ? ind.description.trim() : '',
    value: ind.value.trim(),
    basis: ind.basis,
    status: 'suggested',
    ...(rationale?.trim() ? { rationale: rationale.trim() } : {}),
  });
}
