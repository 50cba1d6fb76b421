import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Answers } from '../src/domain/answers.js';
import { createOfflineDrafter } from '../src/draft/offline/index.js';
import { exportDocx } from '../src/export/docx.js';
import { exportXlsx } from '../src/export/xlsx.js';
import { MAX_ENTRY_BYTES, MAX_TOTAL_BYTES } from '../src/import/office/zip.js';
import { readZipEntries, rebuildZip } from '../tests/fault/support/zip.js';

/**
 * The largest .docx / .xlsx jixiao accepts, made from its own export of the worked example: the
 * body of document.xml (the tables) or the rows of the first sheet repeated until the unzipped
 * part (all parts, for a workbook) is just under the limit of what is inflated.
 */
export async function generateLargeOffice(kind: 'docx' | 'xlsx', dir: string): Promise<string> {
  const root = join(import.meta.dirname, '..');
  const answers = Answers.parse(
    JSON.parse(readFileSync(join(root, 'examples', 'street-office-answers.json'), 'utf8')),
  );
  const document = (await createOfflineDrafter().draft(answers)).document;
  // Renumbered rows grow (more digits): the workbook aims lower to stay under its limit.
  const target = Math.floor(kind === 'docx' ? MAX_ENTRY_BYTES * 0.95 : MAX_TOTAL_BYTES * 0.85);
  const path = join(dir, `largest.${kind}`);
  if (kind === 'docx') {
    const bytes = await exportDocx(document);
    writeFileSync(
      path,
      rebuildZip(bytes, (name, data) => {
        if (name !== 'word/document.xml') return data;
        const xml = data.toString('utf8');
        const start = xml.indexOf('<w:body>') + 8;
        const end = xml.lastIndexOf('<w:sectPr');
        return repeatMiddle(xml, start, end, target);
      }),
    );
  } else {
    const bytes = await exportXlsx(document);
    const parts = readZipEntries(bytes);
    const others = [...parts.entries()].reduce(
      (n, [name, d]) => (name.endsWith('sheet1.xml') ? n : n + d.length),
      0,
    );
    writeFileSync(
      path,
      rebuildZip(bytes, (name, data) => {
        if (name !== 'xl/worksheets/sheet1.xml') return data;
        const xml = data.toString('utf8');
        // The rows repeated below each other, renumbered; the merges dropped (they name the first rows).
        const plain = xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '').replace(/<dimension [^>]*\/>/, '');
        const start = plain.indexOf('<sheetData>') + 11;
        const end = plain.indexOf('</sheetData>');
        const rows = plain.slice(start, end);
        const height = Math.max(...[...rows.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
        const times = Math.max(
          1,
          Math.floor((target - others - (plain.length - rows.length)) / Buffer.byteLength(rows)),
        );
        const copies: string[] = [];
        for (let k = 0; k < times; k += 1)
          copies.push(
            rows
              .replace(/<row r="(\d+)"/g, (_, r: string) => `<row r="${Number(r) + k * height}"`)
              .replace(
                / r="([A-Z]+)(\d+)"/g,
                (_, c: string, r: string) => ` r="${c}${Number(r) + k * height}"`,
              ),
          );
        return plain.slice(0, start) + copies.join('') + plain.slice(end);
      }),
    );
  }
  return path;
}

function repeatMiddle(xml: string, start: number, end: number, target: number): string {
  const middle = xml.slice(start, end);
  const outside = Buffer.byteLength(xml) - Buffer.byteLength(middle);
  const times = Math.max(1, Math.floor((target - outside) / Buffer.byteLength(middle)));
  return xml.slice(0, start) + middle.repeat(times) + xml.slice(end);
}
