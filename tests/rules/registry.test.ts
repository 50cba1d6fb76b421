import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFindings, RETIRED_RULE_IDS, rules } from '../../src/rules/index.js';
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
