import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapBlocks } from '../../src/import/map-blocks.js';
import { inlineFund } from '../../src/import/map/funds.js';
import { isVocabulary } from '../../src/import/map/vocabulary.js';
import { decodeText } from '../../src/import/text/decode.js';
import { readTextBlocks } from '../../src/import/text/layout.js';
import { parseMoneyInput } from '../../src/value/index.js';
import { EXAMPLES_DIR, REAL_EXAMPLES_DIR } from '../support/examples.js';

/**
 * No silent loss: every non-empty cell of every fixture ends in the document (a field, a note, the
 * prose) or in an `import/unrecognised` finding, unless it is one of the words the table is read by
 * (a label, a header, a 一级/二级 name) or an amount (read into a money field).
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const dirs = [EXAMPLES_DIR, REAL_EXAMPLES_DIR, join(FIXTURES, 'layouts'), join(FIXTURES, 'text')];
const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(txt|tsv)$/.test(name))
    .map((name) => join(dir, name)),
);

/** Every string in a value, whitespace removed. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(squash(value));
  else if (typeof value === 'number') out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
/** An amount, alone or after its money label ("总额10606.7522万元"): read into a money field. */
const isAmount = (cell: string): boolean => {
  const inline = inlineFund(cell);
  if (inline) return isAmount(inline.amount);
  return parseMoneyInput(cell.replace(/[（(]?(万元|元)[）)]?$/, '')).ok;
};

describe('no silent loss', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThan(25));

  it.each(files)('%s: every cell is in the document or in a finding', (path) => {
    const bytes = readFileSync(path);
    const blocks = readTextBlocks(decodeText(bytes, path));
    const result = mapBlocks(blocks, { sourceName: path });
    const haystack = strings([result.document, result.findings]).join('\u0001');
    const numbers = new Set(strings([result.document]).filter((s) => /^\d+(\.\d+)?$/.test(s)));
    const lost: string[] = [];
    for (const block of blocks) {
      // A markdown heading's "#" marks are not content.
      // A paragraph of label：value parts spaced apart is read part by part.
      const cells =
        block.kind === 'paragraph'
          ? block.text.replace(/^#{1,6}\s+/, '').split(/[ \u3000]{2,}/)
          : block.rows.flat();
      for (const cell of cells) {
        const key = squash(cell);
        if (key === '' || haystack.includes(key) || isVocabulary(cell) || isAmount(cell)) continue;
        // A percentage or score read as a number (a spending plan's "20%").
        const number = /^(\d+(?:\.\d+)?)(%|分)?$/.exec(key);
        if (number && numbers.has(number[1]!)) continue;
        // A labelled cell ("填报单位：某局"): the label is vocabulary, the value is in the document.
        const labelled = /^([^：:]{2,16})[：:]([\s\S]+)$/.exec(cell.trim());
        if (labelled && isVocabulary(labelled[1]!) && haystack.includes(squash(labelled[2]!))) continue;
        // A cell whose lines went to different places (a label line over its value).
        if (
          cell
            .split('\n')
            .every((line) => squash(line) === '' || haystack.includes(squash(line)) || isVocabulary(line))
        )
          continue;
        lost.push(cell);
      }
    }
    if (lost.length > 0) console.log(path, lost);
    expect(lost).toEqual([]);
  });
});
