/**
 * Drafting and review with a model through the openai SDK: what the app's services and `jixiao
 * doctor` load. Import dynamically (it loads openai):
 *   const llm = await import('../draft/llm/index.js');
 * Configuration without the SDK: ./config.js, ./setup.js (which imports this layer's modules, not
 * this one), ../providers.js.
 */
export { createLlmService } from './service.js';
export { createLlmDrafter } from './drafter.js';
export { createReviewAssistant, addSecondOpinions, isJudgementCall } from './review.js';
export { pingModel } from './ping.js';
