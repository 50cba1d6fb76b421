import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocumentFile } from '../../src/import/index.js';
import { ImportError } from '../../src/import/types.js';
import { checkDocument } from '../../src/rules/engine.js';
import { tempDir } from './support.js';

/**
 * PDF, Word 97 (.doc) and Excel 97 (.xls) made by LibreOffice from the .docx/.xlsx our exporter
 * wrote for the repository's examples (tests/fixtures/office/make-fixtures.ts): each must give the
 * same findings as the .docx it was made from.
 */
const OFFICE = join(import.meta.dirname, '..', 'fixtures', 'office');
const fixture = (name: string): string => join(OFFICE, name);
const { dir, cleanup } = tempDir();
afterAll(cleanup);

async function findings(file: string): Promise<unknown[]> {
  const loaded = await loadDocumentFile(file);
  const { findings } = checkDocument(loaded.input);
  return [...loaded.findings, ...findings].map(({ rule, severity, message, location }) => ({
    rule,
    severity,
    message,
    location,
  }));
}

const EXAMPLES = [
  'bazhou-department-2022',
  'example-street-office-projects-2025',
  'kaifu-self-evaluation-2022', // the self-evaluation table is printed on landscape pages
  'korla-department-2021',
];

describe.each(EXAMPLES)('%s', (name) => {
  it.each(['pdf', 'doc', 'xls'])('as .%s gives the findings of the .docx', async (ext) => {
    const expected = await findings(fixture(`${name}.docx`));
    expect(expected.length).toBeGreaterThan(0);
    expect(await findings(fixture(`${name}.${ext}`))).toEqual(expected);
  });
});

describe('WPS names', () => {
  it('a .doc saved as .wps and an .xls saved as .et are read the same', async () => {
    const name = 'example-street-office-projects-2025';
    const wps = join(dir, `${name}.wps`);
    const et = join(dir, `${name}.et`);
    writeFileSync(wps, readFileSync(fixture(`${name}.doc`)));
    writeFileSync(et, readFileSync(fixture(`${name}.xls`)));
    const expected = await findings(fixture(`${name}.docx`));
    expect(await findings(wps)).toEqual(expected);
    expect(await findings(et)).toEqual(expected);
  });
});

describe('a project table whose indicator grid runs over two pages', () => {
  it('is one table in the PDF (the part on the second page joined, no repeated header) and in the .doc', async () => {
    const docx = await loadDocumentFile(fixture('long-project.docx'));
    for (const ext of ['pdf', 'doc']) {
      const other = await loadDocumentFile(fixture(`long-project.${ext}`));
      expect(other.input).toEqual(docx.input);
    }
    const tables = (docx.input as { tables: Array<{ indicators: unknown[] }> }).tables;
    expect(tables).toHaveLength(1);
    expect(tables[0].indicators.length).toBeGreaterThan(50);
  });
});

describe('page headers, footers and page numbers', () => {
  it('are not content, nor a header row repeated on the next page: the PDF reads as its .docx', async () => {
    const docx = await loadDocumentFile(fixture('header-footer.docx'));
    const pdf = await loadDocumentFile(fixture('header-footer.pdf'));
    expect(pdf.input).toEqual(docx.input);
    expect(JSON.stringify(pdf.input)).not.toMatch(/部门预算公开|共 ?\d+ ?页/);
  });
});

describe('files that cannot be read', () => {
  it('a file named .pdf that is not one', async () => {
    const path = join(dir, 'table.pdf');
    writeFileSync(path, '项目支出绩效目标表\n项目名称\t社区服务\n');
    await expect(loadDocumentFile(path)).rejects.toThrow(/不是有效的 PDF 文件/);
  });

  it('a scanned PDF (a picture, no text layer) is refused with a message that says so', async () => {
    await expect(loadDocumentFile(fixture('scanned.pdf'))).rejects.toThrow(
      /扫描件.*没有文字层.*不做文字识别/,
    );
    await expect(loadDocumentFile(fixture('scanned.pdf'))).rejects.toBeInstanceOf(ImportError);
  });

  it('a cut PDF, .doc and .xls are refused with a Chinese message, never another error', async () => {
    for (const name of [
      'example-street-office-projects-2025.pdf',
      'korla-department-2021.doc',
      'korla-department-2021.xls',
    ]) {
      const bytes = readFileSync(fixture(name));
      for (const cut of [0.3, 0.6, 0.9]) {
        const path = join(dir, `cut-${cut}-${name}`);
        writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * cut)));
        const outcome = await loadDocumentFile(path).then(
          () => null,
          (error: unknown) => error,
        );
        if (outcome !== null) {
          expect(outcome).toBeInstanceOf(ImportError);
          expect((outcome as Error).message).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
  });
});

describe('speed', () => {
  it('a 50-page PDF (50 project tables) imports within a generous bound', async () => {
    await loadDocumentFile(fixture('example-street-office-projects-2025.pdf')); // pdfjs loaded once
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const loaded = await loadDocumentFile(fixture('fifty-projects.pdf'));
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    expect((loaded.input as { tables: unknown[] }).tables).toHaveLength(50);
    // CPU time says more than wall time on a machine shared with other work.
    console.info(
      `50-page PDF imported in ${ms.toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`,
    );
    expect(ms).toBeLessThan(10_000); // measured figure in the report; the bound only catches a collapse
  });
});
