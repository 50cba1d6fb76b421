/**
 * Drafting and review with a model through the openai SDK. Import dynamically (it loads openai):
 *   const llm = await import('../draft/llm/index.js');
 * Configuration without the SDK: ./config.js, ./setup.js (which imports this layer's modules, not this one), ../providers.js.
 */
import type { JixiaoDocument, Indicator } from '../../domain/document.js';
import type { Finding } from '../../domain/finding.js';
import { createReviewAssistant, type CallOptions, type ReviewAssistant, type ReviewTable } from './review.js';
import type { LlmService } from './service.js';

export { createLlmService, addUsage } from './service.js';
export type {
  LlmService,
  ChatMessage,
  TokenUsage,
  Completion,
  CompleteRequest,
  ServiceOptions,
} from './service.js';
export { createLlmDrafter } from './drafter.js';
export type { LlmDrafterOptions } from './drafter.js';
export { createReviewAssistant, addSecondOpinions, isJudgementCall } from './review.js';
export type { ReviewAssistant, ReviewTable, CallOptions } from './review.js';
export { LlmError, toLlmError } from './errors.js';
export type { LlmErrorKind } from './errors.js';
export { resolveLlmConfig, OFFLINE_HINT } from './config.js';
export type { LlmConfig, LlmConfigResult, LlmOverrides } from './config.js';
export { completeStructured } from './structured.js';
export { pingModel } from './ping.js';
export type { PingResult } from './ping.js';

/** The review helpers as plain functions over a service (the same as createReviewAssistant(service).…). */
export function suggestMore(
  service: LlmService,
  table: ReviewTable,
  level2: string,
  options?: CallOptions & { level1?: string },
) {
  return createReviewAssistant(service).suggestMore(table, level2, options);
}
export function rewriteIndicator(
  service: LlmService,
  table: ReviewTable,
  indicator: Indicator | number,
  options?: Parameters<ReviewAssistant['rewriteIndicator']>[2],
) {
  return createReviewAssistant(service).rewriteIndicator(table, indicator, options);
}
export function explainIndicator(
  service: LlmService,
  table: ReviewTable,
  indicator: Indicator | number,
  options?: CallOptions,
) {
  return createReviewAssistant(service).explainIndicator(table, indicator, options);
}
export function secondOpinion(
  service: LlmService,
  finding: Finding,
  document: JixiaoDocument,
  options?: CallOptions,
) {
  return createReviewAssistant(service).secondOpinion(finding, document, options);
}
