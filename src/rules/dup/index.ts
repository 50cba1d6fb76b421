import type { Rule } from '../types.js';

/** The dup/* rules, in the order their findings are listed. */
export const dupRules: Rule[] = [];
