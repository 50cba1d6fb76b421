import type { Rule } from '../types.js';

/** The cost/* rules, in the order their findings are listed. */
export const costRules: Rule[] = [];
