import type { Rule } from '../types.js';
import { misplacedIndicator } from './misplaced-indicator.js';
import { missingCategory } from './missing-category.js';
import { nonstandardLevel } from './nonstandard-level.js';
import { placeholder } from './placeholder.js';

/** The structure/* rules, in the order their findings are listed. */
export const structureRules: Rule[] = [nonstandardLevel, misplacedIndicator, missingCategory, placeholder];
