import { describe, expect, it } from 'vitest';
import { cleanChunk, createEditor, editorReducer, type EditorAction } from '../../src/ui/text/editor.js';
import { graphemes, padTo, truncateTo, widthOf } from '../../src/ui/text/graphemes.js';
import { cursorCell, layoutRows, wrapText } from '../../src/ui/text/wrap.js';

function run(actions: EditorAction[], text = '') {
  return actions.reduce(editorReducer, createEditor(text));
}
const type = (chunk: string, multiline = false): EditorAction => ({ type: 'insert', chunk, multiline });

describe('graphemes and widths', () => {
  it('counts 𠮷, emoji with skin tone and family as one character each, two columns wide', () => {
    expect(graphemes('a𠮷👍🏽👨‍👩‍👧中')).toEqual(['a', '𠮷', '👍🏽', '👨‍👩‍👧', '中']);
    expect(widthOf('中文')).toBe(4);
    expect(widthOf('𠮷')).toBe(2);
    expect(padTo('中', 4)).toBe('中  ');
    expect(truncateTo('社区服务中心', 7)).toBe('社区服…');
    expect(widthOf(truncateTo('社区服务中心', 7))).toBeLessThanOrEqual(7);
  });
});

describe('editor', () => {
  it('types Chinese character by character and deletes it again', () => {
    const typed = run([...'某街道办事处'].map((c) => type(c)));
    expect(typed.present).toEqual({ text: '某街道办事处', cursor: 6 });
    const deleted = [1, 2, 3].reduce((e) => editorReducer(e, { type: 'backspace' }), typed);
    expect(deleted.present.text).toBe('某街道');
  });

  it('deletes 𠮷 and emoji whole, never half a surrogate pair', () => {
    const e = run([type('吉𠮷👍🏽👨‍👩‍👧')]);
    const steps: string[] = [];
    let cur = e;
    while (cur.present.text) {
      cur = editorReducer(cur, { type: 'backspace' });
      steps.push(cur.present.text);
      expect(cur.present.text).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    expect(steps).toEqual(['吉𠮷👍🏽', '吉𠮷', '吉', '']);
  });

  it('moves the cursor by grapheme and inserts in the middle', () => {
    const e = run([type('𠮷野家'), { type: 'left' }, { type: 'left' }, type('の')]);
    expect(e.present).toEqual({ text: '𠮷の野家', cursor: 3 });
    const r = run([type('👍🏽a'), { type: 'home' }, { type: 'right' }]);
    expect(r.present.cursor).toBe('👍🏽'.length);
    expect(run([type('a𠮷'), { type: 'left' }, { type: 'delete' }]).present.text).toBe('a');
  });

  it('takes a pasted chunk as one edit, one undo step', () => {
    const pasted = '负责辖区内社区建设\r\n负责综合治理\r组织公共服务';
    const e = run([type('职能：'), type(pasted, true)]);
    expect(e.present.text).toBe('职能：负责辖区内社区建设\n负责综合治理\n组织公共服务');
    expect(editorReducer(e, { type: 'undo' }).present.text).toBe('职能：');
    expect(run([type('第一行\n第二行', false)]).present.text).toBe('第一行 第二行');
  });

  it('drops escape sequences and control characters, keeps tabs as spaces', () => {
    expect(cleanChunk('\u001b[200~单位\t名称\u001b[201~\u0007', false)).toBe('单位 名称');
  });

  it('undoes edits one by one and stops at the start', () => {
    const e = run([type('甲'), type('乙'), { type: 'backspace' }]);
    const u1 = editorReducer(e, { type: 'undo' });
    expect(u1.present.text).toBe('甲乙');
    const u3 = editorReducer(editorReducer(u1, { type: 'undo' }), { type: 'undo' });
    expect(u3.present.text).toBe('');
    expect(editorReducer(u3, { type: 'undo' })).toBe(u3);
  });

  it('moves up and down by wrapped row keeping the column', () => {
    const e = run([type('一二三四五六七八九十', true), { type: 'up', width: 8 }]);
    // rows of 4 characters (8 columns): cursor at end of row 3 (col 4) → row 2 col 4
    expect(e.present.cursor).toBe(6);
    const down = editorReducer(editorReducer(e, { type: 'home' }), { type: 'down', width: 8 });
    expect(down.present.cursor).toBe(4);
  });
});

describe('wrap', () => {
  it('wraps Chinese by display width', () => {
    expect(wrapText('一二三四五六七', 6)).toEqual(['一二三', '四五六', '七']);
    expect(wrapText('ab一二三', 5)).toEqual(['ab一', '二三']);
    for (const row of wrapText('2025年老旧小区改造提升工程，惠及居民420户。', 9))
      expect(widthOf(row)).toBeLessThanOrEqual(9);
  });

  it('never starts a row with closing punctuation', () => {
    const rows = wrapText('一二三，四五', 6);
    expect(rows[1].startsWith('，')).toBe(false);
    expect(rows.join('')).toBe('一二三，四五');
  });

  it('keeps a number with its sign and unit together', () => {
    expect(wrapText('指标值为≥100%，比率', 12)).toEqual(['指标值为', '≥100%，比率']);
    expect(wrapText('面积=3374.98平方米', 10)).toEqual(['面积', '=3374.98平', '方米']);
  });

  it('drops the space a row would start with after a wrap', () => {
    expect(wrapText('写了两遍 建议：删去', 8)).toEqual(['写了两遍', '建议：', '删去']);
  });

  it('moves a Latin word whole to the next row', () => {
    expect(wrapText('use jixiao now', 8)).toEqual(['use ', 'jixiao ', 'now']);
  });

  it('keeps each source line and places the cursor on rows', () => {
    const rows = layoutRows('甲乙\n\n丙', 10);
    expect(rows.map((r) => r.text)).toEqual(['甲乙', '', '丙']);
    expect(cursorCell(rows, 2)).toEqual({ row: 0, col: 4 });
    expect(cursorCell(rows, 3)).toEqual({ row: 1, col: 0 });
    expect(cursorCell(rows, 5)).toEqual({ row: 2, col: 2 });
    const soft = layoutRows('一二三四', 4);
    expect(cursorCell(soft, 2)).toEqual({ row: 1, col: 0 });
  });
});
