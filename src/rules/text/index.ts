import type { Rule } from '../types.js';
import { duplicatedPassage } from './duplicated-passage.js';
import { yearMismatch } from './year-mismatch.js';

/** The text/* rules, in the order their findings are listed. */
export const textRules: Rule[] = [duplicatedPassage, yearMismatch];
