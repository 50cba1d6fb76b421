import type { Rule, RuleMeta } from './types.js';

/**
 * The explicit registry: every rule, in the order their findings are listed. Add a rule by writing
 * src/rules/<family>/<name>.ts, docs/rules/<family>-<name>.md and tests/rules/<family>-<name>.test.ts,
 * then importing it here. Retired ids go into RETIRED_RULE_IDS and are never reused.
 */
export const rules: Rule[] = [];

/** Findings the engine and the importers emit themselves (documented like rules). */
export const builtinFindings: RuleMeta[] = [
  { id: 'schema/invalid', description: '文档不符合 zod 结构定义', severity: 'error', tags: ['schema'] },
  { id: 'internal/rule-crashed', description: '某条检查规则运行出错（其余检查照常）', severity: 'warning', tags: ['internal'] },
  { id: 'import/unrecognised', description: '导入时无法归入任何表格的内容', severity: 'warning', tags: ['import'] },
];

export const RETIRED_RULE_IDS: string[] = [];
