import type { Rule } from '../types.js';
import { countUnit } from './count-unit.js';
import { descriptionMismatch } from './description-mismatch.js';
import { goalMismatch } from './goal-mismatch.js';
import { missingTarget } from './missing-target.js';
import { notQuantified } from './not-quantified.js';
import { quantityUpperBound } from './quantity-upper-bound.js';
import { rateOver100 } from './rate-over-100.js';
import { unitMismatch } from './unit-mismatch.js';

/** The value/* rules, in the order their findings are listed. */
export const valueRules: Rule[] = [
  missingTarget,
  descriptionMismatch,
  goalMismatch,
  rateOver100,
  unitMismatch,
  countUnit,
  quantityUpperBound,
  notQuantified,
];
