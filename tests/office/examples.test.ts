import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { readDocxDocument } from '../../src/import/docx.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { readXlsxDocument } from '../../src/import/xlsx.js';
import { checkDocument } from '../../src/rules/engine.js';
import { EXAMPLES_DIR } from '../support/examples.js';

const EXAMPLES = EXAMPLES_DIR + '/';
const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.txt'));

describe('every example, turned into Word/Excel by our exporter and read back', () => {
  it('finds the examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(files)('%s', (name) => {
    const text = readTextDocument(readFileSync(join(EXAMPLES, name)), name);
    const expected = checkDocument(text.document);

    it('has findings to compare', () => {
      expect(expected.findings.length).toBeGreaterThan(0);
    });

    it.each([
      ['docx', exportDocx, readDocxDocument],
      ['xlsx', exportXlsx, readXlsxDocument],
    ] as const)(
      'as .%s gives the same document and the same findings as the text',
      async (ext, write, read) => {
        const back = await read(await write(text.document), name.replace(/\.txt$/, `.${ext}`));
        expect(back.findings).toEqual([]);
        expect(back.document).toEqual(text.document);
        expect(checkDocument(back.document).findings).toEqual(expected.findings);
      },
    );
  });
});
