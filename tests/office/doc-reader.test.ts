import { describe, expect, it } from 'vitest';
import { word97Blocks } from '../../src/import/office/doc-blocks.js';
import type { ParagraphProps, Word97Text } from '../../src/import/office/doc-word97.js';

/**
 * The walk over a Word 97 document's characters, on text written here with the marks Word uses:
 * \r paragraph, \x07 cell end (a row end when its paragraph is a TTP), \x13…\x14…\x15 fields.
 */
function word(parts: Array<string | { rowEnd: number[] }>, inTable: (i: number) => boolean): Word97Text {
  let text = '';
  const props = new Map<number, ParagraphProps>();
  let table = false;
  parts.forEach((part, i) => {
    table = inTable(i);
    if (typeof part === 'string') {
      for (const ch of part) {
        if (ch === '\r' || ch === '\x07') props.set(text.length, { inTable: table, rowEnd: false, depth: 1 });
        text += ch;
      }
    } else {
      props.set(text.length, { inTable: true, rowEnd: true, depth: 1, cellEdges: part.rowEnd });
      text += '\x07';
    }
  });
  return { text, paragraphAt: (cp) => props.get(cp) ?? { inTable: false, rowEnd: false, depth: 1 } };
}

describe('Word 97 text → blocks', () => {
  it('paragraphs, a table with a cell of two paragraphs, a merged cell spread over the grid, fields', () => {
    const doc = word(
      [
        '\x13 TC "x" \x14项目支出绩效目标表\x15\r',
        '项目名称\x07社区服务\x07',
        { rowEnd: [0, 2000, 6000] }, // the second cell covers two grid columns
        '一级指标\x07二级指标\x07指标值\x07',
        { rowEnd: [0, 2000, 4000, 6000] },
        '产出指标\x07数量指标\x07≥135人\r（全年）\x07',
        { rowEnd: [0, 2000, 4000, 6000] },
        '说明：无\r',
      ],
      (i) => i >= 1 && i <= 6,
    );
    expect(word97Blocks(doc)).toEqual([
      { kind: 'paragraph', text: '项目支出绩效目标表' },
      {
        kind: 'table',
        rows: [
          ['项目名称', '社区服务', ''],
          ['一级指标', '二级指标', '指标值'],
          ['产出指标', '数量指标', '≥135人\n（全年）'],
        ],
      },
      { kind: 'paragraph', text: '说明：无' },
    ]);
  });

  it('an empty cell before a row end stays a cell (a cell mark and a row mark are told apart)', () => {
    const doc = word(
      ['A\x07\x07', { rowEnd: [0, 1000, 2000] }, 'B\x07C\x07', { rowEnd: [0, 1000, 2000] }],
      () => true,
    );
    expect(word97Blocks(doc)).toEqual([
      {
        kind: 'table',
        rows: [
          ['A', ''],
          ['B', 'C'],
        ],
      },
    ]);
  });
});
