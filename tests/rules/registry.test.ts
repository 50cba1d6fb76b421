import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFindings, RETIRED_RULE_IDS, rules } from '../../src/rules/index.js';
import { placeholders } from '../../src/rules/messages.js';
import { docsPath } from '../../src/rules/types.js';

const root = join(import.meta.dirname, '..', '..');
const REQUIRED_IDS = [
  'schema/invalid',
  'sum/tasks-total',
  'sum/funding-split',
  'sum/purpose-breakdown',
  'sum/prose-total',
  'value/description-mismatch',
  'value/goal-mismatch',
  'value/count-unit',
  'value/quantity-upper-bound',
  'value/rate-over-100',
  'value/unit-mismatch',
  'value/not-quantified',
  'value/missing-target',
  'cost/not-money',
  'cost/exceeds-budget',
  'cost/quantity-times-rate',
  'structure/nonstandard-level',
  'structure/misplaced-indicator',
  'structure/missing-category',
  'structure/placeholder',
  'dup/indicator',
  'dup/copied-across-projects',
  'relevance/off-topic',
  'text/duplicated-passage',
  'text/year-mismatch',
  'plan/spending-schedule',
  'selfeval/execution-rate',
  'selfeval/score',
  'selfeval/weights',
  'selfeval/deviation-reason',
];

/**
 * The message ids a rule's source names after `messageId:` (ESLint's rule-tester check). An id must be
 * written out, alone or as the branches of a conditional, so that this scan sees every one.
 */
function usedMessageIds(source: string): string[] {
  const ids = new Set<string>();
  for (const [, expression] of source.matchAll(/messageId:\s*([^,};]*)/g)) {
    // Branch values only: `severity === 'warning' ? 'a' : 'b'` names a and b, not warning.
    const branches = [...expression.trim().matchAll(/(?:^|[?:]\s*)'([^']+)'/g)].map((m) => m[1]);
    if (branches.length === 0) throw new Error(`messageId is computed: ${expression}`);
    for (const id of branches) ids.add(id);
  }
  return [...ids];
}

describe('rule registry', () => {
  const ids = [...rules.map((r) => r.meta.id), ...builtinFindings.map((m) => m.id)];

  it('has every contracted rule id', () => {
    for (const id of REQUIRED_IDS) expect(ids, id).toContain(id);
  });
  it('has unique ids, none retired', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(RETIRED_RULE_IDS).not.toContain(id);
  });
  it('registers every rule file', () => {
    const files = readdirSync(join(root, 'src', 'rules'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(root, 'src', 'rules', d.name))
          .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
          .map((f) => `${d.name}/${f.replace(/\.ts$/, '')}`),
      );
    for (const file of files) expect(ids, `src/rules/${file}.ts is not registered`).toContain(file);
  });
  for (const rule of rules) {
    const { id, messages } = rule.meta;
    it(`${id} declares its messages: camelCase ids, well-formed {{placeholders}}`, () => {
      expect(Object.keys(messages).length).toBeGreaterThan(0);
      for (const [messageId, template] of Object.entries(messages)) {
        expect(messageId).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(template.trim(), messageId).not.toBe('');
        expect(() => placeholders(template), `${messageId}: ${template}`).not.toThrow();
      }
    });
    it(`${id} uses exactly the message ids it declares`, () => {
      const used = usedMessageIds(readFileSync(join(root, 'src', 'rules', `${id}.ts`), 'utf8'));
      for (const messageId of used)
        expect(Object.keys(messages), `${messageId} is not declared`).toContain(messageId);
      for (const messageId of Object.keys(messages))
        expect(used, `${messageId} is never used`).toContain(messageId);
    });
  }
  it('reads message ids from source: literals and conditionals, never a computed id', () => {
    expect(usedMessageIds("x.push({ messageId: 'a', data });")).toEqual(['a']);
    expect(usedMessageIds("messageId:\n  n === 'warning' ? 'b' : big ? 'c' : 'd',\n")).toEqual([
      'b',
      'c',
      'd',
    ]);
    expect(() => usedMessageIds('{ messageId: chosen, location }')).toThrow();
  });
  it('placeholders() rejects malformed templates', () => {
    expect(placeholders('{{name}}：{{value}}')).toEqual(['name', 'value']);
    expect(() => placeholders('{{ name }}')).toThrow();
    expect(() => placeholders('{{name}')).toThrow();
    expect(() => placeholders('name}}')).toThrow();
  });
  for (const id of ids) {
    it(`${id} is documented and tested`, () => {
      const doc = join(root, docsPath(id));
      expect(existsSync(doc), `${doc} missing`).toBe(true);
      const text = readFileSync(doc, 'utf8');
      expect(text).toContain(id);
      if (rules.some((r) => r.meta.id === id)) {
        expect(
          existsSync(join(root, 'tests', 'rules', `${id.replace('/', '-')}.test.ts`)),
          `tests/rules/${id.replace('/', '-')}.test.ts missing`,
        ).toBe(true);
      }
    });
  }
});
