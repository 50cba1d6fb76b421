import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFindings, rules } from '../../src/rules/index.js';
import { docsPath } from '../../src/rules/types.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('opens with the two set-up commands', () => {
    const firstBlock = readme.split('```')[1];
    expect(firstBlock).toContain('npm install && npm start');
    expect(firstBlock).toContain('npm install && npm test');
  });
  it('lists every rule with a link to its page', () => {
    for (const id of [...rules.map((r) => r.meta.id), ...builtinFindings.map((m) => m.id)]) {
      expect(readme).toContain(`[\`${id}\`](${docsPath(id)})`);
      expect(existsSync(join(root, docsPath(id)))).toBe(true);
    }
  });
});
