import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/import/text/layout.js';
import type { Block } from '../../src/import/types.js';

const tables = (blocks: Block[]) =>
  blocks.filter((b) => b.kind === 'table').map((b) => (b as Extract<Block, { kind: 'table' }>).rows);
const paragraphs = (blocks: Block[]) =>
  blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as Extract<Block, { kind: 'paragraph' }>).text);

describe('text layout: row per line', () => {
  it('splits rows at tabs, keeps empty cells, and numbers the lines', () => {
    const blocks = readTextBlocks('标题\n\n合计\t\t366.86\t366.86\t0.00\t\n\t保障\t内容\t16.23\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '标题', line: 1 },
      {
        kind: 'table',
        rows: [
          ['合计', '', '366.86', '366.86', '0.00', ''],
          ['', '保障', '内容', '16.23'],
        ],
        lines: [3, 4],
      },
    ]);
  });

  it('starts a new table after a blank line between rows (separate Word tables)', () => {
    expect(tables(readTextBlocks('a\tb\n\nc\td\n'))).toEqual([[['a', 'b']], [['c', 'd']]]);
  });

  it('reads Windows line ends and Word manual line breaks inside cells', () => {
    expect(tables(readTextBlocks('a\tb\u000bc\r\nd\te\r\n'))).toEqual([
      [
        ['a', 'b\nc'],
        ['d', 'e'],
      ],
    ]);
  });

  it('reads Markdown tables, skipping the separator line', () => {
    expect(tables(readTextBlocks('| 一级指标 | 三级指标 |\n|---|:--:|\n| 产出指标 | a\\|b |\n'))).toEqual([
      [
        ['一级指标', '三级指标'],
        ['产出指标', 'a|b'],
      ],
    ]);
    expect(tables(readTextBlocks('| \\<=10% | 第一行<br>第二行 |\n'))).toEqual([
      [['<=10%', '第一行\n第二行']],
    ]);
    expect(paragraphs(readTextBlocks('1\\. 目标\\*一\n', { markdown: true }))).toEqual(['1. 目标*一']);
    expect(paragraphs(readTextBlocks('1\\. 目标\n'))).toEqual(['1\\. 目标']);
  });
});

describe('text layout: cell per line', () => {
  it('gathers cells into rows separated by blank lines', () => {
    const blocks = readTextBlocks('\t项目编码\n\t001\n\t项目名称\n\t图书购置\n\n\t预算数\n\t80.00\n');
    expect(tables(blocks)).toEqual([
      [
        ['项目编码', '001', '项目名称', '图书购置'],
        ['预算数', '80.00'],
      ],
    ]);
    expect((blocks[0] as Extract<Block, { kind: 'table' }>).lines).toEqual([1, 6]);
  });

  it('joins a cell broken over lines, directly or after one blank line', () => {
    const text = [
      '\t年初',
      '预算数',
      '\t项目支',
      '',
      '出名称',
      '\t绩',
      '',
      '效',
      '',
      '指',
      '',
      '标',
      '\t一级指标',
      '',
    ].join('\n');
    expect(tables(readTextBlocks(text))).toEqual([
      [['年初\n预算数', '项目支\n出名称', '绩\n效\n指\n标', '一级指标']],
    ]);
  });

  it('keeps a score note with its 一级 cell and the row going on after it', () => {
    const text = '\t\n\t产出指标\n\n(50分)\n\t数量指标\n\t户数\n';
    expect(tables(readTextBlocks(text))).toEqual([[['', '产出指标\n(50分)', '数量指标', '户数']]]);
  });

  it('reads a blank cell line ("\\t") and full-width padding as cells', () => {
    expect(tables(readTextBlocks('\t\n\t\u3000\n\t38\u3000\n'))).toEqual([[['', '\u3000', '38\u3000']]]);
  });

  it('ends the table at two blank lines followed by text, a long line, or a heading', () => {
    const twoBlanks = readTextBlocks('\t总分\n\t100\n\n\n说明：绩效指标可根据要求设定。\n');
    expect(paragraphs(twoBlanks)).toEqual(['说明：绩效指标可根据要求设定。']);
    const longLine = readTextBlocks('\t指标值\n\n这是一段很长的说明文字，不是单元格的一部分。\n\t下一表\n');
    expect(paragraphs(longLine)).toEqual(['这是一段很长的说明文字，不是单元格的一部分。']);
    expect(tables(longLine)).toHaveLength(2);
    const heading = readTextBlocks('\t≥90%\n\n2、培训项目绩效目标表\n\t项目编码\n');
    expect(paragraphs(heading)).toEqual(['2、培训项目绩效目标表']);
    const directHeading = readTextBlocks('\t≥90%\n2、培训项目绩效目标表\n');
    expect(paragraphs(directHeading)).toEqual(['2、培训项目绩效目标表']);
  });

  it('continues a cell with numbered lines, but not with a note under the table', () => {
    const blocks = readTextBlocks(
      '\t主要用于：\n1.外墙45万元；\n2.管网30万元。\n\t≥90%\n注：金额单位为万元\n',
    );
    expect(tables(blocks)).toEqual([[['主要用于：\n1.外墙45万元；\n2.管网30万元。', '≥90%']]]);
    expect(paragraphs(blocks)).toEqual(['注：金额单位为万元']);
  });

  it('does not join text after a blank line when no table follows it', () => {
    expect(paragraphs(readTextBlocks('\t合计\n\n附件\n'))).toEqual(['附件']);
  });

  it('switches layout in mid-table (row lines and cell lines in one table)', () => {
    const text =
      '\t一级指标\t二级指标\t三级指标\t指标值\n\t\t数量指标\t场次\t=1场\n\t\n\t时效指标\n\t及时率\n\t≥95%\n';
    expect(tables(readTextBlocks(text))).toEqual([
      [
        ['', '一级指标', '二级指标', '三级指标', '指标值'],
        ['', '', '数量指标', '场次', '=1场'],
        ['', '时效指标', '及时率', '≥95%'],
      ],
    ]);
  });
});
