/** Self-evaluation (自评表): scoring by docs/domain.md §4 and building from a target document and actuals. Pure, no IO. */
export * from './score.js';
export { buildSelfEvaluation, SelfEvalError } from './build.js';
export { parseActuals } from './parse-actuals.js';
export * from './table.js';
