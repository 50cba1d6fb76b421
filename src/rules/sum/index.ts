import type { Rule } from '../types.js';

/** The sum/* rules, in the order their findings are listed. */
export const sumRules: Rule[] = [];
