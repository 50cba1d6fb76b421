import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readTextDocument } from '../../src/import/text/index.js';
import { ImportError } from '../../src/import/types.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'text');
const TABLE =
  '项目支出绩效目标表\n项目名称\t图书购置\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t购置图书数量\t≥2000册\n';

function refusal(bytes: Buffer): string {
  try {
    readTextDocument(bytes, '/tmp/表格.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
}

describe('decoding text files', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(`\ufeff${TABLE}`), 'a.txt')).toBe(TABLE);
    expect(decodeText(Buffer.from(TABLE), 'a.txt')).toBe(TABLE);
  });

  it('reads GB18030 files from old Windows (a real GB18030 fixture)', () => {
    const result = readTextDocument(
      readFileSync(join(fixtures, 'gb18030-project.txt')),
      'gb18030-project.txt',
    );
    expect(result.findings).toEqual([]);
    expect(result.document.tables[0]).toMatchObject({
      kind: 'project',
      projectName: '图书购置',
      budget: { total: '12.50' },
    });
    expect(result.document.tables[0].indicators[0]).toMatchObject({
      name: '购置图书数量',
      value: { text: '≥2000册' },
    });
  });

  it('reads UTF-16 (Notepad "Unicode"), with or without a BOM', () => {
    const le = Buffer.from(TABLE, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'a.txt')).toBe(TABLE);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a.txt')).toBe(TABLE);
    expect(decodeText(le, 'a.txt')).toBe(TABLE);
  });

  it('keeps UTF-8 cut off in the middle of a character as UTF-8', () => {
    const bytes = Buffer.from(TABLE);
    const text = decodeText(bytes.subarray(0, bytes.length - 3), 'a.txt'); // "册\n" cut in the middle
    expect(text.startsWith('项目支出绩效目标表')).toBe(true);
  });

  it('refuses Word/Excel, PDF, pictures and other binary data with a Chinese message saying what to do', () => {
    expect(refusal(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(
      /表格\.txt.*Word\/Excel.*\.docx\/\.xlsx/,
    );
    expect(refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n'))).toContain('PDF');
    expect(refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toContain('图片');
    expect(refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toContain('.doc/.xls');
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    expect(refusal(noise)).toContain('不是文本文件');
    expect(refusal(Buffer.from('abc\u0000\u0001\u0002def\u0000\u0003', 'latin1'))).toContain('不是文本文件');
    expect(refusal(Buffer.from('abc\u0000\u0000\u0000\u0001\u0002', 'latin1'))).toContain('不是文本文件');
  });

  it('reads an empty file as a document without tables, with a finding', () => {
    const result = readTextDocument(Buffer.alloc(0), 'empty.txt');
    expect(result.document.tables).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toEqual(['import/unrecognised']);
    expect(result.findings[0].message).toBe('empty.txt 是空的，没有任何内容。');
  });
});
