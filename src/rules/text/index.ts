import type { Rule } from '../types.js';

/** The text/* rules, in the order their findings are listed. */
export const textRules: Rule[] = [];
