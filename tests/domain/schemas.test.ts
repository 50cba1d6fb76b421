import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/domain/json-schemas.js';

describe('schemas/', () => {
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    it(`${name} is up to date (run npm run schemas when this fails)`, () => {
      const onDisk = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', name), 'utf8'));
      expect(onDisk).toEqual(JSON.parse(JSON.stringify(schema)));
    });
  }
});
