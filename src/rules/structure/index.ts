import type { Rule } from '../types.js';

/** The structure/* rules, in the order their findings are listed. */
export const structureRules: Rule[] = [];
