import type { Rule } from '../types.js';
import { offTopicRule } from './off-topic.js';

/** The relevance/* rules, in the order their findings are listed. */
export const relevanceRules: Rule[] = [offTopicRule];
