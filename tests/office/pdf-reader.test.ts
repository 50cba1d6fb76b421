import { describe, expect, it } from 'vitest';
import { pdfToBlocks } from '../../src/import/office/pdf-blocks.js';
import { minimalPdf, SONG_CID, SONG_DESCRIPTOR, SONG_UCS2, ucs2 } from './pdf-support.js';

const FONT = '<< /Font << /F1 4 0 R >> >>';
const FONT_OBJECTS = [SONG_UCS2, SONG_CID, SONG_DESCRIPTOR];

/** A ruled 2×2 table at (72, 600)–(372, 660), cells 150 wide and 30 high, drawn as stroked lines. */
const GRID = [
  '0.5 w',
  ...[600, 630, 660].map((y) => `72 ${y} m 372 ${y} l S`),
  ...[72, 222, 372].map((x) => `${x} 600 m ${x} 660 l S`),
].join('\n');

const text = (x: number, y: number, s: string): string => `BT /F1 12 Tf ${x} ${y} Td ${ucs2(s)} Tj ET`;

describe('PDF reader', () => {
  it('reads a font that is not embedded, through a predefined Chinese CMap (read from disk)', async () => {
    const pdf = minimalPdf(text(72, 700, '项目支出绩效目标表'), FONT, FONT_OBJECTS);
    expect(await pdfToBlocks(pdf, 'cmap.pdf')).toEqual([{ kind: 'paragraph', text: '项目支出绩效目标表' }]);
  });

  it('rebuilds a ruled table cell by cell, text above it as a paragraph', async () => {
    const content = [
      text(72, 700, '单位：万元'),
      GRID,
      text(80, 640, '项目名称'),
      text(230, 640, '社区服务'),
      text(80, 610, '预算数'),
      text(230, 610, '12.00'),
    ].join('\n');
    expect(await pdfToBlocks(minimalPdf(content, FONT, FONT_OBJECTS), 'grid.pdf')).toEqual([
      { kind: 'paragraph', text: '单位：万元' },
      {
        kind: 'table',
        rows: [
          ['项目名称', '社区服务'],
          ['预算数', '12.00'],
        ],
      },
    ]);
  });

  it('borders drawn as thin filled rectangles (as Word and WPS export them) are ruling lines too', async () => {
    const content = [
      ...[600, 630, 660].map((y) => `72 ${y - 0.25} 300 0.5 re f`),
      ...[72, 222, 372].map((x) => `${x - 0.25} 600 0.5 60 re f`),
      '240 605 100 20 re f', // a shaded area inside a cell is no line
      text(80, 640, '项目名称'),
      text(230, 640, '社区服务'),
      text(80, 610, '预算数'),
      text(230, 610, '12.00'),
    ].join('\n');
    expect(await pdfToBlocks(minimalPdf(content, FONT, FONT_OBJECTS), 'filled.pdf')).toEqual([
      {
        kind: 'table',
        rows: [
          ['项目名称', '社区服务'],
          ['预算数', '12.00'],
        ],
      },
    ]);
  });

  it('a cell without the line between two columns is one merged cell: its text first, then ""', async () => {
    const content = [
      '0.5 w',
      ...[600, 630, 660].map((y) => `72 ${y} m 372 ${y} l S`),
      '72 600 m 72 660 l S',
      '372 600 m 372 660 l S',
      '222 600 m 222 630 l S', // the middle line only in the lower row
      text(80, 640, '绩效目标'),
      text(80, 610, '数量'),
      text(230, 610, '3个'),
    ].join('\n');
    expect(await pdfToBlocks(minimalPdf(content, FONT, FONT_OBJECTS), 'merged.pdf')).toEqual([
      {
        kind: 'table',
        rows: [
          ['绩效目标', ''],
          ['数量', '3个'],
        ],
      },
    ]);
  });

  it('reads a page turned by /Rotate 90 in reading order', async () => {
    // Text laid out along the page's long side, shown turned: the viewport turns it back.
    const content = 'BT /F1 12 Tf 0 1 -1 0 300 100 Tm ' + ucs2('横向页面的标题') + ' Tj ET';
    const blocks = await pdfToBlocks(minimalPdf(content, FONT, FONT_OBJECTS, '/Rotate 90'), 'rotated.pdf');
    expect(blocks).toEqual([{ kind: 'paragraph', text: '横向页面的标题' }]);
  });

  it('a PDF with a password is refused with a Chinese message', async () => {
    // An /Encrypt entry pdfjs cannot open without the password.
    const pdf = Buffer.from(minimalPdf(text(72, 700, '表'), FONT, FONT_OBJECTS)).toString('latin1');
    const locked = pdf.replace(
      '/Root 1 0 R',
      '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O <00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff> /U <00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff> /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]',
    );
    await expect(pdfToBlocks(new Uint8Array(Buffer.from(locked, 'latin1')), 'locked.pdf')).rejects.toThrow(
      /设置了打开密码/,
    );
  });
});
