import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { makeIndicator } from '../../src/domain/build.js';
import type { JixiaoDocument } from '../../src/domain/document.js';
import { exportDocx } from '../../src/export/docx.js';
import { sampleDocument } from '../support/tables/documents.js';
import { tempDir } from './support.js';

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The sample with a whole-unit table long enough to need a second page (34 indicators). */
function longDocument(): JixiaoDocument {
  const document = sampleDocument();
  const unit = document.tables.find((t) => t.kind === 'department')!;
  const more = Array.from({ length: 30 }, (_, i) =>
    makeIndicator({
      level1: '产出指标',
      level2: i < 15 ? '数量指标' : '质量指标',
      name: `第${i + 1}项重点工作完成数量指标`,
      value: `≥${i + 2}项`,
    }),
  );
  unit.indicators = [...more, ...unit.indicators];
  return { ...document, tables: [unit] };
}

const { dir, cleanup } = tempDir('jixiao-pages-');
afterAll(cleanup);
const run = promisify(execFile);

describe('the Word file as a bureau prints it', () => {
  it('marks the indicators’ header row to repeat, rows not to split, the last rows to stay together, and numbers the pages', async () => {
    const zip = await JSZip.loadAsync(await exportDocx(longDocument()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBeGreaterThan(30);
    expect(xml).toContain('<w:keepNext/>');
    const footers = Object.keys(zip.files).filter((f) => /word\/footer\d*\.xml/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    const footer = await zip.file(footers[0]!)!.async('string');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it.skipIf(!has('soffice'))(
    'rendered by LibreOffice: page 2 starts with the repeated header, the last page has more than one row, pages are numbered',
    async () => {
      const docx = join(dir, '整体.docx');
      writeFileSync(docx, await exportDocx(longDocument()));
      const profile = pathToFileURL(join(dir, 'lo-profile')).href;
      await run(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        {
          timeout: 120_000,
        },
      );
      const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(dir, '整体.pdf'))) }).promise;
      const pages = pdf.numPages;
      expect(pages).toBeGreaterThanOrEqual(2);
      const text = async (page: number) =>
        (await (await pdf.getPage(page)).getTextContent()).items
          .map((item) => ('str' in item ? item.str : ''))
          .join('')
          .replace(/\s+/g, '');
      for (let page = 2; page <= pages; page++) {
        const shown = await text(page);
        // The header row repeated at the top of every further page.
        expect(shown).toMatch(/一级指标二级指标三级指标指标值/);
        expect(shown).toContain(`第${page}页，共${pages}页`);
      }
      // The last page holds more than the table's last row alone.
      const last = await text(pages);
      const names = longDocument().tables[0]!.indicators.map((x) => x.name);
      expect(names.filter((name) => last.includes(name)).length).toBeGreaterThanOrEqual(3);
      expect(await text(1)).toContain(`第1页，共${pages}页`);
    },
    180_000,
  );
});
