import { describe, expect, it } from 'vitest';
import type { Framework, JixiaoDocument } from '../../src/domain/document.js';
import type { Finding } from '../../src/domain/finding.js';
import { checkDocument } from '../../src/rules/engine.js';
import type { Rule } from '../../src/rules/types.js';

export interface RuleCase {
  name: string;
  document: JixiaoDocument;
  framework?: Framework;
}

export interface InvalidRuleCase extends RuleCase {
  /**
   * The exact findings of this rule, in order. Each listed field must match exactly (`data` may list
   * some of its values only); assert `messageId` and `data`, and `message` only where the wording is
   * the point (it may also be a list of substrings that must all appear).
   */
  findings: Array<Partial<Omit<Finding, 'message'>> & { message?: string | string[] }>;
}

/** ESLint-style RuleTester: no findings for valid cases, exactly the listed findings for invalid ones. */
export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(rule, c)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const actual = run(rule, c);
        expect(actual, JSON.stringify(actual, null, 2)).toHaveLength(c.findings.length);
        c.findings.forEach((expected, i) => {
          const { message, ...fields } = expected;
          expect(actual[i]).toMatchObject(fields);
          for (const part of typeof message === 'string' ? [message] : (message ?? []))
            expect(actual[i].message).toContain(part);
        });
      });
    }
  });
}

function run(rule: Rule, c: RuleCase): Finding[] {
  const { document, findings } = checkDocument(c.document, { rules: [rule], framework: c.framework });
  expect(document, JSON.stringify(findings)).not.toBeNull();
  return findings.filter((f) => f.rule === rule.meta.id);
}
