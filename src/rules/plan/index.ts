import type { Rule } from '../types.js';
import { spendingSchedule } from './spending-schedule.js';

/** The plan/* rules, in the order their findings are listed. */
export const planRules: Rule[] = [spendingSchedule];
