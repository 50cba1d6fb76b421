import type { Rule } from '../types.js';

/** The plan/* rules, in the order their findings are listed. */
export const planRules: Rule[] = [];
