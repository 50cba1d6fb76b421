import { z } from 'zod';
import { Actuals } from './actuals.js';
import { Answers } from './answers.js';
import { JixiaoDocument } from './document.js';

/** Every JSON Schema published in schemas/, by file name. `npm run schemas` writes them; a test fails when stale. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'document.schema.json': z.toJSONSchema(JixiaoDocument, { io: 'input' }),
    'answers.schema.json': z.toJSONSchema(Answers, { io: 'input' }),
    'actuals.schema.json': z.toJSONSchema(Actuals, { io: 'input' }),
  };
}
