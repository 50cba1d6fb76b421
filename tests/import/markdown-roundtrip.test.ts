import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../src/export/markdown.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { EXAMPLES_DIR } from '../support/examples.js';

/** `jixiao check` reads .md too: our own Markdown export of a document reads back as the same tables. */
const examplesDir = EXAMPLES_DIR;

describe('reading our own Markdown export', () => {
  for (const file of readdirSync(examplesDir).filter((f) => f.endsWith('.txt'))) {
    it(`${file}: same tables, indicators and figures, nothing unplaced`, () => {
      const original = readTextDocument(readFileSync(join(examplesDir, file)), file).document;
      const markdown = exportMarkdown(original);
      const { document, findings } = readTextDocument(Buffer.from(markdown), file.replace(/\.txt$/, '.md'));
      expect(findings).toEqual([]);
      expect(document.unit).toEqual(original.unit);
      const withoutTitles = (tables: typeof original.tables) =>
        tables.map(({ title: _title, ...rest }) => rest);
      expect(withoutTitles(document.tables)).toEqual(withoutTitles(original.tables));
    });
  }
});
