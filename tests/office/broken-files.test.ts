import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { loadDocumentFile } from '../../src/import/index.js';
import { readOfficeFile } from '../../src/import/office/index.js';
import { ImportError } from '../../src/import/types.js';
import { fakeOle, makeDocx, p, tempDir } from './support.js';
import { sampleDocument } from '../support/tables/documents.js';
import { seededRandom } from '../support/random.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

async function load(name: string, bytes: Uint8Array | string): Promise<unknown> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return loadDocumentFile(path);
}

async function refusal(name: string, bytes: Uint8Array | string): Promise<string> {
  try {
    await load(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error(`${name} was read although it should be refused`);
}

describe('files that are not what they claim get a Chinese ImportError that says what to do', () => {
  it('a text file renamed .docx', async () => {
    expect(await refusal('renamed.docx', '部门（单位）整体支出绩效目标表\n一级指标\t二级指标\n')).toMatch(
      /不是有效的 Word\/Excel 文件.*另存为 \.docx.*扩展名改为 \.txt/,
    );
  });

  it('a truncated .docx and a truncated .xlsx', async () => {
    const docx = await exportDocx(sampleDocument());
    const xlsx = await exportXlsx(sampleDocument());
    expect(await refusal('cut.docx', docx.subarray(0, Math.floor(docx.length / 2)))).toMatch(
      /已损坏或不完整.*重新获取原文件/,
    );
    expect(await refusal('cut.xlsx', xlsx.subarray(0, xlsx.length - 30))).toMatch(/已损坏或不完整/);
  });

  it('random bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    expect(await refusal('random.xlsx', bytes)).toMatch(/不是有效的 Word\/Excel 文件/);
  });

  it('a password-protected (encrypted) .docx and .xlsx', async () => {
    const encrypted = fakeOle(['Root Entry', 'EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    expect(await refusal('secret.docx', encrypted)).toMatch(/设置了打开密码.*取消密码/);
    expect(await refusal('secret.xlsx', encrypted)).toMatch(/设置了打开密码/);
  });

  it('old binary .doc / .xls / .wps', async () => {
    expect(await refusal('old.doc', fakeOle(['Root Entry', 'WordDocument', '1Table']))).toMatch(
      /旧版 Word 文档.*另存为 \.docx/,
    );
    expect(await refusal('old.xls', fakeOle(['Root Entry', 'Workbook']))).toMatch(
      /旧版 Excel 表格.*另存为 \.xlsx/,
    );
    expect(await refusal('old.wps', fakeOle(['Root Entry', 'Other']))).toMatch(/旧版 Office\/WPS/);
  });

  it('an image-only document, an empty document, a zip of other files', async () => {
    const drawing = '<w:p><w:r><w:drawing><wp:inline/></w:drawing></w:r></w:p>';
    const scan = await makeDocx(drawing, {
      'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    expect(await refusal('scan.docx', scan)).toMatch(/只有图片.*扫描件/);
    expect(await refusal('empty.docx', await makeDocx('<w:p/>'))).toMatch(/空白文档/);
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    expect(await refusal('other.docx', await zip.generateAsync({ type: 'uint8array' }))).toMatch(
      /压缩包.*没有 Word 文档或 Excel 工作簿/,
    );
  });

  it('a document whose XML is broken, and a zip whose data fails its checksum', async () => {
    expect(await refusal('badxml.docx', await makeDocx('<w:p><w:r><w:t>未闭合</w:r></w:p>'))).toMatch(
      /已损坏/,
    );
    const good = await makeDocx(p('正文'.repeat(200)));
    const flipped = Uint8Array.from(good);
    const name = Buffer.from(good).indexOf('word/document.xml'); // in its local header, before the data
    for (let i = name + 30; i < name + 60; i += 1) flipped[i] ^= 0x5a; // inside word/document.xml's compressed data
    const message = await refusal('crc.docx', flipped);
    expect(message).toMatch(/已损坏或不完整/);
  });

  it('a PDF or a picture saved with an Office name', async () => {
    expect(await refusal('table.docx', '%PDF-1.7\n%\u00e2\u00e3')).toMatch(/PDF 文件/);
    expect(await refusal('photo.xlsx', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toMatch(/是图片/);
    expect(await refusal('page.doc', '<html><body>表格</body></html>')).toMatch(/网页格式/);
    expect(await refusal('rich.doc', '{\\rtf1\\ansi 表格}')).toMatch(/RTF 格式/);
  });
});

describe('files are read by what they contain, not by their name', () => {
  it('a .docx renamed .txt and an .xlsx renamed .docx are read as what they are', async () => {
    const asText = (await load('table.txt', await exportDocx(sampleDocument()))) as {
      input: { tables: unknown[] };
    };
    expect(asText.input.tables).toHaveLength(4);
    const asWord = (await load('book.docx', await exportXlsx(sampleDocument()))) as {
      input: { tables: unknown[] };
    };
    expect(asWord.input.tables).toHaveLength(4);
  });
});

describe('damaged files never raise anything but ImportError', () => {
  it('300 truncations and byte flips of exported .docx and .xlsx files', async () => {
    const originals = [await exportDocx(sampleDocument()), await exportXlsx(sampleDocument())];
    const next = seededRandom(20250101);
    const outcomes = { read: 0, refused: 0 };
    for (let round = 0; round < 300; round += 1) {
      const original = originals[round % 2];
      let bytes: Uint8Array;
      if (round % 3 === 0) bytes = original.subarray(0, Math.floor(next() * original.length));
      else {
        bytes = Uint8Array.from(original);
        const flips = 1 + Math.floor(next() * 8);
        for (let i = 0; i < flips; i += 1)
          bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
      }
      try {
        await readOfficeFile(bytes, `mutant-${round}`);
        outcomes.read += 1;
      } catch (error) {
        if (!(error instanceof ImportError))
          throw new Error(`round ${round}: ${String(error)}`, { cause: error });
        outcomes.refused += 1;
      }
    }
    expect(outcomes.read + outcomes.refused).toBe(300);
    expect(outcomes.refused).toBeGreaterThan(100);
  }, 120_000);

  it('300 mutations of the XML inside valid packages (cut, repeated or garbled markup)', async () => {
    const next = seededRandom(7);
    const packages = [
      { bytes: await exportDocx(sampleDocument()), part: 'word/document.xml' },
      { bytes: await exportXlsx(sampleDocument()), part: 'xl/worksheets/sheet2.xml' },
    ];
    const outcomes = { read: 0, refused: 0 };
    for (let round = 0; round < 300; round += 1) {
      const { bytes, part } = packages[round % 2];
      const zip = await JSZip.loadAsync(bytes);
      let xml = await zip.file(part)!.async('string');
      const at = Math.floor(next() * xml.length);
      const length = Math.floor(next() * 400);
      const mutation = round % 4;
      if (mutation === 0) xml = xml.slice(0, at) + xml.slice(at + length);
      else if (mutation === 1) xml = xml.slice(0, at) + xml.slice(at, at + length) + xml.slice(at);
      else if (mutation === 2) xml = `${xml.slice(0, at)}<${xml.slice(at)}`;
      else
        xml =
          xml.slice(0, at) +
          xml.slice(at, at + length).replace(/[0-9"=]/g, (c) => ({ '"': "'", '=': ' ' })[c] ?? '9') +
          xml.slice(at + length);
      zip.file(part, xml);
      try {
        const result = await readOfficeFile(
          await zip.generateAsync({ type: 'uint8array' }),
          `xml-mutant-${round}`,
        );
        expect(Array.isArray(result.document.tables)).toBe(true);
        outcomes.read += 1;
      } catch (error) {
        if (!(error instanceof ImportError))
          throw new Error(`round ${round}: ${String(error)}`, { cause: error });
        outcomes.refused += 1;
      }
    }
    expect(outcomes.read).toBeGreaterThan(30);
    expect(outcomes.refused).toBeGreaterThan(30);
  }, 120_000);
});
