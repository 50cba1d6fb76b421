import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx.js';
import { exportJson } from '../../src/export/json.js';
import { exportXlsx } from '../../src/export/xlsx.js';
import { readDocxBlocks, readDocxDocument } from '../../src/import/docx.js';
import { loadDocumentFile } from '../../src/import/index.js';
import { ImportError } from '../../src/import/types.js';
import { readXlsxBlocks, readXlsxDocument } from '../../src/import/xlsx.js';
import { sampleDocument } from '../support/tables/documents.js';
import { below, randomBytes, seededRandom } from '../support/random.js';
import { makeZip, readZipEntries, rebuildZip } from './support/zip.js';

/**
 * The .docx/.xlsx readers on hostile input, beyond tests/office/broken-files.test.ts (which flips
 * bytes and garbles XML): random bytes behind real magic numbers, damaged zip headers field by
 * field, packages with parts missing, zip bombs, and files under the wrong extension. Whatever
 * comes in, the only exception is an ImportError (Chinese, says what to do) and each input is
 * handled in bounded time.
 */

/** Longest any single input may take (generous: a 2-core machine running other test files). */
const PER_INPUT_MS = 4000;

let dir: string;
let docx: Uint8Array;
let xlsx: Uint8Array;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-fault-readers-'));
  docx = await exportDocx(sampleDocument());
  xlsx = await exportXlsx(sampleDocument());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

/** Runs one reader call: it must end in a result or an ImportError, within PER_INPUT_MS. */
async function attempt(
  label: string,
  call: () => Promise<unknown>,
  limitMs = PER_INPUT_MS,
): Promise<Outcome> {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { ok: true, value: await call() };
  } catch (error) {
    if (!(error instanceof ImportError))
      throw new Error(
        `${label}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        { cause: error },
      );
    expect(error.message, label).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message, label).not.toMatch(/\n\s+at /);
    outcome = { ok: false, message: error.message };
  }
  const ms = performance.now() - started;
  if (ms > limitMs) throw new Error(`${label}: took ${Math.round(ms)} ms (limit ${limitMs} ms)`);
  return outcome;
}

/**
 * Every way the app reads an Office file: by path (dispatch by content and extension) and each
 * reader directly. The first three are the ones for the kind the name promises (path, blocks,
 * document); the other reader is asked too and must refuse or read just as calmly.
 */
async function everyReader(label: string, bytes: Uint8Array, name = 'input.docx'): Promise<Outcome[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const docxFirst = !/\.xlsx$/.test(name);
  const readers: Array<[string, () => Promise<unknown>]> = [
    ['readDocxBlocks', () => readDocxBlocks(bytes, name)],
    ['readDocxDocument', () => readDocxDocument(bytes, name)],
    ['readXlsxBlocks', () => readXlsxBlocks(bytes, name)],
    ['readXlsxDocument', () => readXlsxDocument(bytes, name)],
  ];
  const ordered = docxFirst ? readers : [...readers.slice(2), ...readers.slice(0, 2)];
  const outcomes = [await attempt(`${label} loadDocumentFile(${name})`, () => loadDocumentFile(path))];
  for (const [reader, call] of ordered) outcomes.push(await attempt(`${label} ${reader}`, call));
  return outcomes;
}

/** The outcomes of the readers for the kind the file name promises. */
const promised = (outcomes: Outcome[]): Outcome[] => outcomes.slice(0, 3);

const MAGIC: Record<string, number[]> = {
  none: [],
  zip: [0x50, 0x4b, 0x03, 0x04],
  'empty zip': [0x50, 0x4b, 0x05, 0x06],
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  pdf: [0x25, 0x50, 0x44, 0x46],
  png: [0x89, 0x50, 0x4e, 0x47],
};

describe('random bytes behind each magic number', () => {
  it('sizes 0 B to 64 KiB, as .docx and .xlsx: refused with an ImportError', async () => {
    const next = seededRandom(0x5eed01);
    const sizes = [0, 1, 3, 4, 21, 22, 23, 100, 4096, 65_536];
    let refused = 0;
    for (const [kind, magic] of Object.entries(MAGIC)) {
      for (const size of sizes) {
        const bytes = Uint8Array.from([...magic, ...randomBytes(next, size)]);
        const name = size % 2 === 0 ? 'random.docx' : 'random.xlsx';
        for (const outcome of await everyReader(`${kind}+${size}`, bytes, name))
          if (!outcome.ok) refused += 1;
      }
    }
    // Random bytes are never a readable document.
    expect(refused).toBe(Object.keys(MAGIC).length * sizes.length * 5);
  });

  it('an end-of-directory record at the end of random bytes (the zip reader looks there first)', async () => {
    const next = seededRandom(0x5eed02);
    for (let round = 0; round < 40; round += 1) {
      const body = randomBytes(next, 64 + below(next, 2000));
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(below(next, 0x10000), 8);
      end.writeUInt16LE(below(next, 0x10000), 10);
      end.writeUInt32LE(below(next, 0x100000000), 12);
      end.writeUInt32LE(round % 2 ? below(next, body.length) : below(next, 0x100000000), 16);
      const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), body, end]);
      for (const outcome of await everyReader(`eocd-${round}`, bytes)) expect(outcome.ok).toBe(false);
    }
  });
});

describe('real files cut short or with one bit flipped, by path', () => {
  // tests/office/broken-files.test.ts replaces random bytes and garbles the XML, through readOfficeFile;
  // here: loadDocumentFile (what check, import and the app call), evenly spaced cuts, single bits.
  it('30 cuts and 40 single-bit flips of an exported .docx and .xlsx, each within the time limit', async () => {
    const next = seededRandom(0x5eed04);
    let slowest = 0;
    for (const [kind, original] of [
      ['docx', docx],
      ['xlsx', xlsx],
    ] as const) {
      const path = join(dir, `damaged.${kind}`);
      const inputs: Array<[string, Uint8Array]> = [];
      for (let i = 1; i <= 15; i += 1)
        inputs.push([`cut at ${i}/16`, original.subarray(0, Math.floor((original.length * i) / 16))]);
      for (let i = 0; i < 20; i += 1) {
        const bytes = Uint8Array.from(original);
        const at = below(next, bytes.length);
        bytes[at] ^= 1 << below(next, 8);
        inputs.push([`bit flipped at ${at}`, bytes]);
      }
      for (const [label, bytes] of inputs) {
        writeFileSync(path, bytes);
        const started = performance.now();
        const outcome = await attempt(`${kind} ${label}`, () => loadDocumentFile(path));
        slowest = Math.max(slowest, performance.now() - started);
        if (label.startsWith('cut'))
          expect(outcome, label).toMatchObject({
            ok: false,
            message: expect.stringMatching(/已损坏或不完整|不是有效的 Word\/Excel/),
          });
      }
    }
    expect(slowest).toBeLessThan(PER_INPUT_MS);
  }, 60_000);
});

/** Byte offsets of the header fields of a zip: end record, central directory entries, local headers. */
function headerFields(zip: Buffer): Array<{ at: number; width: 2 | 4; what: string }> {
  const fields: Array<{ at: number; width: 2 | 4; what: string }> = [];
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  for (const [offset, width, what] of [
    [8, 2, 'entries on disk'],
    [10, 2, 'entries'],
    [12, 4, 'directory size'],
    [16, 4, 'directory offset'],
  ] as const) {
    fields.push({ at: end + offset, width, what: `end record: ${what}` });
  }
  let at = zip.readUInt32LE(end + 16);
  const count = zip.readUInt16LE(end + 10);
  for (let i = 0; i < count; i += 1) {
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + zip.readUInt16LE(at + 28));
    for (const [offset, width, what] of [
      [8, 2, 'flags'],
      [10, 2, 'method'],
      [16, 4, 'crc'],
      [20, 4, 'compressed size'],
      [24, 4, 'size'],
      [28, 2, 'name length'],
      [30, 2, 'extra length'],
      [42, 4, 'local offset'],
    ] as const) {
      fields.push({ at: at + offset, width, what: `${name}: central ${what}` });
    }
    for (const [offset, width, what] of [
      [0, 4, 'signature'],
      [26, 2, 'name length'],
      [28, 2, 'extra length'],
    ] as const) {
      fields.push({ at: local + offset, width, what: `${name}: local ${what}` });
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return fields;
}

describe('zip headers damaged field by field', () => {
  it('every header field of an exported .docx and .xlsx set to 0, to its maximum (and, for the .docx, to a random value)', async () => {
    const next = seededRandom(0x5eed03);
    let refused = 0;
    let read = 0;
    for (const [kind, original] of [
      ['docx', docx],
      ['xlsx', xlsx],
    ] as const) {
      const zip = Buffer.from(original);
      const fields = headerFields(zip);
      expect(fields.length).toBeGreaterThan(40);
      for (const field of fields) {
        const max = field.width === 2 ? 0xffff : 0xffffffff;
        for (const value of kind === 'docx' ? [0, max, below(next, max + 1)] : [0, max]) {
          const bytes = Buffer.from(zip);
          if (field.width === 2) bytes.writeUInt16LE(value, field.at);
          else bytes.writeUInt32LE(value, field.at);
          const outcome = await attempt(`${kind} ${field.what} = ${value}`, () =>
            kind === 'docx' ? readDocxDocument(bytes, 'h.docx') : readXlsxDocument(bytes, 'h.xlsx'),
          );
          if (outcome.ok) read += 1;
          else refused += 1;
        }
      }
    }
    // Some changes do not matter to the reader (a field already 0, a CRC of a part it never opens); many do.
    expect(refused).toBeGreaterThan((read + refused) / 3);
  }, 60_000);

  it('an unsupported compression method and an encrypted entry get their own message', async () => {
    const parts = readZipEntries(docx);
    const zip = makeZip([...parts].map(([name, data]) => ({ name, data })));
    const fields = headerFields(zip).filter((f) => f.what.startsWith('word/document.xml: central'));
    const method = Buffer.from(zip);
    method.writeUInt16LE(14, fields.find((f) => f.what.endsWith('method'))!.at); // LZMA
    const methodOutcome = await attempt('method 14', () => readDocxBlocks(method, 'lzma.docx'));
    expect(methodOutcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/不支持的压缩方式.*另存为/),
    });
    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(0x0801, fields.find((f) => f.what.endsWith('flags'))!.at);
    const encryptedOutcome = await attempt('encrypted flag', () => readDocxBlocks(encrypted, 'locked.docx'));
    expect(encryptedOutcome).toMatchObject({ ok: false, message: expect.stringMatching(/已加密.*取消密码/) });
  });
});

describe('packages with parts missing', () => {
  it('each part of an exported .docx and .xlsx left out in turn', async () => {
    for (const [kind, original] of [
      ['docx', docx],
      ['xlsx', xlsx],
    ] as const) {
      const names = [...readZipEntries(original).keys()];
      for (const missing of names) {
        const bytes = rebuildZip(original, (name, data) => (name === missing ? undefined : data));
        const outcomes = promised(await everyReader(`${kind} without ${missing}`, bytes, `missing.${kind}`));
        if (missing === 'word/document.xml' || missing === 'xl/workbook.xml') {
          for (const outcome of outcomes)
            expect(outcome).toMatchObject({
              ok: false,
              message: expect.stringMatching(/不是 (Word 文档|Excel 工作簿)|没有 Word 文档或 Excel 工作簿/),
            });
        }
      }
    }
  }, 60_000);

  it('the main parts alone, each part alone, and an empty zip', async () => {
    const docxParts = readZipEntries(docx);
    const xlsxParts = readZipEntries(xlsx);
    const only = (parts: Map<string, Buffer>, keep: string[]) =>
      makeZip(keep.map((name) => ({ name, data: parts.get(name)! })));
    // [label, bytes, name, readable]: the text is all in document.xml, so it alone is enough.
    const cases: Array<[string, Uint8Array, string, boolean]> = [
      ['document.xml alone', only(docxParts, ['word/document.xml']), 'a.docx', true],
      ['workbook.xml alone', only(xlsxParts, ['xl/workbook.xml']), 'a.xlsx', false],
      [
        'workbook without sheets',
        only(xlsxParts, [
          '[Content_Types].xml',
          '_rels/.rels',
          'xl/workbook.xml',
          'xl/_rels/workbook.xml.rels',
        ]),
        'b.xlsx',
        false,
      ],
      ['a sheet without its workbook', only(xlsxParts, ['xl/worksheets/sheet1.xml']), 'c.xlsx', false],
      ['empty zip', makeZip([]), 'empty.docx', false],
      ['empty document.xml', makeZip([{ name: 'word/document.xml', data: '' }]), 'd.docx', false],
      [
        'empty workbook.xml',
        makeZip([
          { name: 'xl/workbook.xml', data: '' },
          { name: 'xl/worksheets/sheet1.xml', data: '' },
        ]),
        'd.xlsx',
        false,
      ],
    ];
    for (const [label, bytes, name, readable] of cases) {
      for (const outcome of promised(await everyReader(label, bytes, name)))
        expect(outcome.ok, label).toBe(readable);
    }
  });
});

describe('zip bombs', () => {
  /** A part of `megabytes` MB of repeated markup: compresses about 300:1. */
  function bigPart(megabytes: number, unit: string): Buffer {
    return Buffer.from(unit.repeat(Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(unit))), 'utf8');
  }

  function withPart(
    original: Uint8Array,
    part: string,
    make: (xml: string) => string | Buffer,
    claimedSize?: number,
  ): Buffer {
    const entries = [...readZipEntries(original)].map(([name, data]) => ({
      name,
      data: name === part ? make(data.toString('utf8')) : data,
      claimedSize: name === part ? claimedSize : undefined,
    }));
    return makeZip(entries);
  }

  it('a .docx whose document.xml inflates to 40 MB is refused at once, by its declared size', async () => {
    const body = bigPart(40, '<w:p><w:r><w:t>重复的正文内容重复的正文内容</w:t></w:r></w:p>');
    const bytes = withPart(docx, 'word/document.xml', (xml) =>
      Buffer.concat([
        Buffer.from(xml.slice(0, xml.indexOf('<w:body>') + 8)),
        body,
        Buffer.from(xml.slice(xml.indexOf('<w:body>') + 8)),
      ]),
    );
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const outcomes = await everyReader('docx bomb', bytes, 'bomb.docx');
    for (const outcome of promised(outcomes))
      expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/过大.*MB/) });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('an .xlsx whose sheet inflates to 40 MB is refused before the workbook is parsed', async () => {
    const rows = bigPart(40, '<row><c t="inlineStr"><is><t>重复</t></is></c></row>');
    const bytes = withPart(xlsx, 'xl/worksheets/sheet1.xml', (xml) =>
      Buffer.concat([
        Buffer.from(xml.slice(0, xml.indexOf('<sheetData>') + 11)),
        rows,
        Buffer.from(xml.slice(xml.indexOf('</sheetData>'))),
      ]),
    );
    const started = performance.now();
    const outcomes = await everyReader('xlsx bomb', bytes, 'bomb.xlsx');
    for (const outcome of promised(outcomes))
      expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/过大.*MB/) });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a part that lies about its size (declares 2 KB, inflates to 64 MB) is refused without inflating it all', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024, 0x20);
    for (const [kind, original, part] of [
      ['docx', docx, 'word/document.xml'],
      ['xlsx', xlsx, 'xl/worksheets/sheet1.xml'],
    ] as const) {
      const bytes = withPart(original, part, () => zeros, 2048);
      const started = performance.now();
      for (const outcome of promised(await everyReader(`${kind} liar`, bytes, `liar.${kind}`)))
        expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/损坏|过大/) });
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });

  it('a part that declares 3 GB is refused without reading it', async () => {
    const bytes = withPart(docx, 'word/document.xml', (xml) => xml, 3_000_000_000);
    for (const outcome of promised(await everyReader('declared 3 GB', bytes, 'huge.docx')))
      expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/过大|损坏/) });
  });

  it('many big parts in one workbook: the total is limited too', async () => {
    const sheet = readZipEntries(xlsx).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    const rows = bigPart(12, '<row><c t="inlineStr"><is><t>重复</t></is></c></row>');
    const big = Buffer.concat([
      Buffer.from(sheet.slice(0, sheet.indexOf('<sheetData>') + 11)),
      rows,
      Buffer.from(sheet.slice(sheet.indexOf('</sheetData>'))),
    ]);
    const parts = [...readZipEntries(xlsx)].map(([name, data]) => ({
      name,
      data: /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? big : data,
    }));
    const sheets = parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p.name)).length;
    expect(sheets * 12).toBeGreaterThan(32);
    const started = performance.now();
    const outcome = await attempt('12 MB × sheets', () => readXlsxBlocks(makeZip(parts), 'sheets.xlsx'));
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/过大.*MB/) });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('nested: a zip inside the package is never opened', async () => {
    const inner = makeZip([{ name: 'word/document.xml', data: bigPart(8, 'x') }]);
    const bytes = makeZip([
      ...[...readZipEntries(docx)].map(([name, data]) => ({ name, data })),
      { name: 'word/embeddings/inner.zip', data: inner, store: true },
    ]);
    const [outcome] = await everyReader('nested zip', bytes, 'nested.docx');
    expect(outcome.ok).toBe(true);
  });
});

describe('tables that spread out: tiny files with huge grids', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const wordFile = (body: string) =>
    makeZip([
      { name: '_rels/.rels', data: readZipEntries(docx).get('_rels/.rels')! },
      {
        name: 'word/document.xml',
        data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
      },
    ]);
  const wp = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${wp(text)}</w:tc>`;

  function workbookWithRows(rows: (r: number) => string, count: number): Buffer {
    return rebuildZip(xlsx, (name, data) => {
      if (name !== 'xl/worksheets/sheet1.xml') return data;
      const xml = data.toString('utf8');
      const parts: string[] = [];
      for (let r = 1; r <= count; r += 1) parts.push(rows(r));
      return (
        xml.slice(0, xml.indexOf('<sheetData>') + 11) +
        parts.join('') +
        xml.slice(xml.indexOf('</sheetData>'))
      );
    });
  }

  it('a cell spanning a billion columns, a row indented by a billion (a 1 KB .docx hung the reader)', async () => {
    for (const props of [
      '<w:gridSpan w:val="1000000000"/>',
      '<w:gridSpan w:val="99999999999999999999"/>',
      '<w:gridSpan w:val="-5"/>',
    ]) {
      const bytes = wordFile(
        `<w:tbl><w:tr>${cell('项目名称', props)}${cell('社区服务')}</w:tr><w:tr>${cell('a')}${cell('b')}</w:tr></w:tbl>`,
      );
      await attempt(props, () => readDocxDocument(bytes, 'span.docx'));
    }
    const indented = wordFile(
      `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1000000000"/></w:trPr>${cell('x')}</w:tr></w:tbl>`,
    );
    await attempt('gridBefore', () => readDocxDocument(indented, 'indent.docx'));
  });

  it('a table grid of 300,000 columns: refused as too large', async () => {
    const bytes = wordFile(
      `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(300_000)}</w:tblGrid>${`<w:tr>${cell('x')}</w:tr>`.repeat(10)}</w:tbl>`,
    );
    expect(await attempt('wide grid', () => readDocxDocument(bytes, 'grid.docx'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/表格过大/),
    });
  });

  it('two rows of 100,000 real cells: read in bounded time (trailing tabs were trimmed by a backtracking regex)', async () => {
    const row = (last: string) =>
      `<w:tr>${cell('说明')}${'<w:tc><w:p/></w:tc>'.repeat(100_000)}${cell(last)}</w:tr>`;
    const bytes = wordFile(`<w:tbl>${row('甲')}${row('乙')}</w:tbl>`);
    await attempt('100k cells wide', () => readDocxDocument(bytes, 'wide.docx'));
  });

  it('an .xlsx whose rows each have a cell in the last column (XFD): refused, not 16,384 columns spread out', async () => {
    const bytes = workbookWithRows(
      (r) => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="XFD${r}"><v>${r}</v></c></row>`,
      5000,
    );
    expect(bytes.length).toBeLessThan(200_000);
    expect(await attempt('XFD', () => readXlsxDocument(bytes, 'far.xlsx'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/表格过大/),
    });
  });

  // Minimal markup per row, so the ledger stays under the unzipped limits of src/import/office/zip.ts
  // (larger ones are refused as too large: tested above).
  describe('80,000–100,000 rows (a ledger chosen by mistake): read, not "Maximum call stack size exceeded"', () => {
    // Big but legitimate: about 3 s each on this machine; the limit leaves room for a loaded one.
    const LEDGER_MS = 15_000;
    it('.xlsx', async () => {
      const bytes = workbookWithRows(
        (r) => `<row r="${r}"><c r="A${r}"><v>${r % 10}</v></c><c r="B${r}"><v>1</v></c></row>`,
        80_000,
      );
      expect(await attempt('80k rows', () => readXlsxBlocks(bytes, 'ledger.xlsx'), LEDGER_MS)).toMatchObject({
        ok: true,
      });
    }, 60_000);

    it('.docx', async () => {
      const rows = Array.from(
        { length: 100_000 },
        (_, r) => `<w:tr><w:tc>${wp(String(r % 10))}</w:tc><w:tc><w:p/></w:tc></w:tr>`,
      ).join('');
      const bytes = wordFile(`<w:tbl>${rows}</w:tbl>`);
      expect(await attempt('100k rows', () => readDocxBlocks(bytes, 'ledger.docx'), LEDGER_MS)).toMatchObject(
        { ok: true },
      );
    }, 60_000);
  });
});

describe('files under the wrong extension', () => {
  it('Word, Excel, JSON and text under each other’s names: read by content or refused clearly', async () => {
    const json = Buffer.from(exportJson(sampleDocument()));
    const text = Buffer.from('项目支出绩效目标表\n项目名称\t社区服务\n', 'utf8');
    const deflated = zlib.deflateRawSync(json);
    const contents: Array<[string, Uint8Array]> = [
      ['docx', docx],
      ['xlsx', xlsx],
      ['json', json],
      ['text', text],
      ['raw deflate', deflated],
    ];
    const names = [
      'x.docx',
      'x.xlsx',
      'x.doc',
      'x.xls',
      'x.wps',
      'x.json',
      'x.txt',
      'x.md',
      'x',
      'x.pdf',
      'x.DOCX',
    ];
    for (const [what, bytes] of contents) {
      for (const name of names) {
        const path = join(dir, `${what.replace(/\s/g, '-')}-${name}`);
        writeFileSync(path, bytes);
        const outcome = await attempt(`${what} as ${name}`, () => loadDocumentFile(path));
        if ((what === 'docx' || what === 'xlsx') && outcome.ok)
          expect((outcome.value as { input: { tables: unknown[] } }).input.tables).toHaveLength(4);
        if (what === 'json' && /\.(docx|xlsx|doc|xls|wps|DOCX)$/.test(name))
          expect(outcome).toMatchObject({
            ok: false,
            message: expect.stringMatching(/不是有效的 Word\/Excel 文件/),
          });
      }
    }
    // A Word file named .xlsx is read when asked by path, refused when the Excel reader is asked for it.
    expect(await attempt('docx to the xlsx reader', () => readXlsxBlocks(docx, 'x.xlsx'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/不是 Excel 工作簿/),
    });
    expect(await attempt('xlsx to the docx reader', () => readDocxBlocks(xlsx, 'x.docx'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/不是 Word 文档/),
    });
  });

  it('a folder named .docx, a missing file, an empty device', async () => {
    const folder = join(dir, 'folder.docx');
    rmSync(folder, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(folder);
    expect(await attempt('folder', () => loadDocumentFile(folder))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/是文件夹/),
    });
    expect(await attempt('missing', () => loadDocumentFile(join(dir, 'nope.docx')))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/找不到文件/),
    });
    await attempt('/dev/null', () => loadDocumentFile('/dev/null')); // empty: a message or an empty document, calmly
  });
});
