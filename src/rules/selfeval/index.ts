import type { Rule } from '../types.js';

/** The selfeval/* rules, in the order their findings are listed. */
export const selfevalRules: Rule[] = [];
