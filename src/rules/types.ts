import type { Framework, JixiaoDocument } from '../domain/document.js';
import type { Location, Severity } from '../domain/finding.js';

export interface RuleMeta {
  /** `family/name`; a contract: never renamed, never reused once retired. */
  id: string;
  /** One Chinese sentence: what the rule flags. */
  description: string;
  severity: Severity;
  tags: string[];
}

export interface RuleContext {
  document: JixiaoDocument;
  framework: Framework;
}

/** What a rule returns; the engine adds the rule id and the default severity. */
export interface Report {
  message: string;
  location: Location;
  suggestion?: string;
  /** Overrides the rule's default severity for this one report. */
  severity?: Severity;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): Report[];
}

export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId.replace('/', '-')}.md`;
}
