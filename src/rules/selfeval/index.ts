import type { Rule } from '../types.js';
import { deviationReason } from './deviation-reason.js';
import { executionRate } from './execution-rate.js';
import { score } from './score.js';
import { weights } from './weights.js';

/** The selfeval/* rules, in the order their findings are listed. */
export const selfevalRules: Rule[] = [executionRate, score, weights, deviationReason];
