import type { Rule } from '../types.js';
import { copiedAcrossProjects } from './copied-across-projects.js';
import { duplicateIndicator } from './indicator.js';

/** The dup/* rules, in the order their findings are listed. */
export const dupRules: Rule[] = [duplicateIndicator, copiedAcrossProjects];
