import type { Rule } from '../types.js';
import { fundingSplit } from './funding-split.js';
import { proseTotal } from './prose-total.js';
import { purposeBreakdown } from './purpose-breakdown.js';
import { tasksTotal } from './tasks-total.js';

/** The sum/* rules, in the order their findings are listed. */
export const sumRules: Rule[] = [tasksTotal, fundingSplit, purposeBreakdown, proseTotal];
