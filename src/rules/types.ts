import type { Framework, JixiaoDocument } from '../domain/document.js';
import type { Location, Severity } from '../domain/finding.js';

export interface RuleMeta {
  /** `family/name`; a contract: never renamed, never reused once retired. */
  id: string;
  /** One Chinese sentence: what the rule flags. */
  description: string;
  severity: Severity;
  tags: string[];
  /**
   * Chinese message templates by id (camelCase), one per shape of finding; `{{name}}` is filled from
   * a report's `data`. Tests and programs decide by the id and data, never by the sentence.
   */
  messages: Record<string, string>;
}

export interface RuleContext {
  document: JixiaoDocument;
  framework: Framework;
}

/** The values a report fills into its message template. */
export type MessageData = Record<string, string | number>;

/** What a rule returns; the engine adds the rule id and the default severity and fills the message. */
export interface Report {
  /** A key of the rule's `meta.messages`. */
  messageId: string;
  /** The values of the template's placeholders (and any others worth deciding by). */
  data?: MessageData;
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
