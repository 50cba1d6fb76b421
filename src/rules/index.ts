import { costRules } from './cost/index.js';
import { dupRules } from './dup/index.js';
import { planRules } from './plan/index.js';
import { relevanceRules } from './relevance/index.js';
import { selfevalRules } from './selfeval/index.js';
import { structureRules } from './structure/index.js';
import { sumRules } from './sum/index.js';
import { textRules } from './text/index.js';
import type { Rule, RuleMeta } from './types.js';
import { valueRules } from './value/index.js';

/**
 * The explicit registry. A rule is src/rules/<family>/<name>.ts (id `family/name`), listed in its
 * family's index.ts, documented in docs/rules/<family>-<name>.md and tested in
 * tests/rules/<family>-<name>.test.ts. Retired ids go into RETIRED_RULE_IDS and are never reused.
 */
export const rules: Rule[] = [
  ...sumRules,
  ...valueRules,
  ...costRules,
  ...structureRules,
  ...dupRules,
  ...relevanceRules,
  ...textRules,
  ...planRules,
  ...selfevalRules,
];

export const schemaInvalid: RuleMeta = {
  id: 'schema/invalid',
  description: '文档不符合 zod 结构定义',
  severity: 'error',
  tags: ['schema'],
  messages: { invalid: '文档格式不符合要求：{{path}}：{{issue}}' },
};

export const ruleCrashed: RuleMeta = {
  id: 'internal/rule-crashed',
  description: '某条检查规则运行出错（其余检查照常）',
  severity: 'warning',
  tags: ['internal'],
  messages: { crashed: '检查规则 {{rule}} 运行出错，已跳过：{{error}}' },
};

/**
 * Findings the engine and the importers emit themselves (documented like rules). The importers'
 * messages describe the source row in many ways and carry no message id.
 */
export const builtinFindings: Array<Omit<RuleMeta, 'messages'> & Partial<Pick<RuleMeta, 'messages'>>> = [
  schemaInvalid,
  ruleCrashed,
  {
    id: 'import/unrecognised',
    description: '导入时无法归入任何表格的内容',
    severity: 'warning',
    tags: ['import'],
  },
];

export const RETIRED_RULE_IDS: string[] = [];
