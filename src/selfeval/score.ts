import type { ExecutionScore } from './execution.js';
import type { IndicatorScore } from './indicator.js';

/**
 * The scoring rules of docs/domain.md §4, one module each: execution.ts (执行率), indicator.ts (positive /
 * equal / negative / composite / deadline / qualitative), grades.ts (bands, 优良中差), weights.ts
 * (default 10/50/30/10), numbers.ts (2-decimal rounding). Pure; money through src/value/money.ts.
 */
export * from './execution.js';
export * from './grades.js';
export * from './indicator.js';
export * from './numbers.js';
export * from './weights.js';

/** A score's arithmetic in Chinese ("实际 27.75 / 预算 38 = 73.03%，得分 7.30"), or why it could not be scored. */
export function explain(result: ExecutionScore | IndicatorScore): string {
  return result.ok ? result.explain : result.problem;
}
