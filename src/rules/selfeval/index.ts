import type { Rule } from '../types.js';
import { blankScore } from './blank-score.js';
import { deviationReason } from './deviation-reason.js';
import { executionRate } from './execution-rate.js';
import { overspending } from './overspending.js';
import { score } from './score.js';
import { weights } from './weights.js';
import { zeroFunds } from './zero-funds.js';

/** The selfeval/* rules, in the order their findings are listed. */
export const selfevalRules: Rule[] = [
  zeroFunds,
  executionRate,
  overspending,
  score,
  blankScore,
  weights,
  deviationReason,
];
