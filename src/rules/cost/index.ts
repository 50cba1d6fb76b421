import type { Rule } from '../types.js';
import { exceedsBudget } from './exceeds-budget.js';
import { notMoney } from './not-money.js';
import { quantityTimesRate } from './quantity-times-rate.js';
import { standardWithoutBasis } from './standard-without-basis.js';

/** The cost/* rules, in the order their findings are listed. */
export const costRules: Rule[] = [exceedsBudget, quantityTimesRate, notMoney, standardWithoutBasis];
