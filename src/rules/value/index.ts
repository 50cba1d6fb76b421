import type { Rule } from '../types.js';

/** The value/* rules, in the order their findings are listed. */
export const valueRules: Rule[] = [];
