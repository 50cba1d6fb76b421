import type { Rule } from '../types.js';

/** The relevance/* rules, in the order their findings are listed. */
export const relevanceRules: Rule[] = [];
