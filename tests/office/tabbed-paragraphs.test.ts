import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocxDocument } from '../../src/import/docx.js';
import { readTextDocument } from '../../src/import/text/index.js';
import { makeDocx } from './support.js';

/**
 * A table typed in Word as paragraphs with tabs between the cells (no table grid): read as its .txt
 * copy is, row by row.
 */
const TEXT = readFileSync(
  new URL('../fixtures/layouts/funds-labels-over-amounts.txt', import.meta.url),
  'utf8',
);

/** One paragraph per line, a <w:tab/> between the cells, as Word writes a tab. */
const tabbed = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map(
      (line) =>
        `<w:p>${line
          .split('\t')
          .map(
            (cell, i) =>
              `${i > 0 ? '<w:r><w:tab/></w:r>' : ''}<w:r><w:t xml:space="preserve">${cell}</w:t></w:r>`,
          )
          .join('')}</w:p>`,
    )
    .join('');

describe('a table typed as tabbed paragraphs in a .docx', () => {
  it('reads the same tables as the text copy', async () => {
    const fromDocx = await readDocxDocument(await makeDocx(tabbed(TEXT)), 'tabbed.docx');
    const fromText = readTextDocument(Buffer.from(TEXT), 'tabbed.txt');
    expect(fromDocx.document.tables).toEqual(fromText.document.tables);
    expect(fromDocx.document.tables[0]?.indicators).toHaveLength(6);
  });

  it('leaves paragraphs without tabs as prose', async () => {
    const { document } = await readDocxDocument(
      await makeDocx(`${tabbed(TEXT)}<w:p><w:r><w:t>一、项目概况说明</w:t></w:r></w:p>`),
      'tabbed.docx',
    );
    expect(document.tables).toHaveLength(1);
  });
});
