import type { Block } from '../types.js';

/**
 * Text copied out of Word/WPS → paragraphs and tables of cells. Two layouts, mixed freely:
 * - row per line: cells separated by tabs ("合计\t\t366.86\t366.86\t0.00");
 * - cell per line: each cell on its own line starting with a tab, rows separated by blank lines.
 *   A cell's own line breaks come out as lines without a tab ("\t项目支", "", "出名称"): such a
 *   line continues the cell above when it directly follows it, or, after one blank line, when it
 *   is short and the table goes on after it. Longer text after a blank line is a paragraph.
 * Markdown tables (`| a | b |`) are read as rows too, so our own Markdown export can be checked.
 */

type Line =
  | { kind: 'blank' }
  | { kind: 'cell'; text: string }
  | { kind: 'row'; cells: string[] }
  | { kind: 'separator' }
  | { kind: 'text'; text: string };

/** Inside a cell, Word's manual line break (vertical tab) is a line break. */
// eslint-disable-next-line no-control-regex -- the vertical tab is the character Word writes
const cell = (text: string) => text.replace(/\u000b/g, '\n');

/** Markdown's escapes and `<br>` line breaks (as our Markdown export writes them) back to plain text. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/<br\s*\/?>/gi, '\n').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** A gap between cells when a table was copied with spaces (from a PDF viewer): 2+ spaces or a full-width one. */
const GAP = /(?: {2,}|[ ]*\u3000[ \u3000]*)/;
/** "label：value" parts spaced apart on one line are labels for the mapper, not a table row. */
const LABELLED = /^[^：:]{2,16}[：:]/;

/**
 * In a file with no tabs, a line whose text has cells spaced apart ("养护里程   ≥650公里") is a row, its
 * leading spaces an empty first cell. An indented paragraph (one run of text) stays a paragraph.
 */
function spacedRow(line: string): string {
  const cells = line.trim().split(GAP);
  // "label：value" parts and "label:  value" lines are the mapper's to read as labels (a cover page).
  const coverLine = cells.length === 2 && /[：:]$/.test(cells[0]);
  if (cells.length < 2 || coverLine || cells.every((c) => LABELLED.test(c))) return line;
  return `${/^[ \u3000]{2,}|^\u3000/.test(line) ? '\t' : ''}${cells.join('\t')}`;
}

function classify(line: string, markdown: boolean): Line {
  if (/^[ \u3000\f\u00a0]*$/.test(line)) return { kind: 'blank' };
  if (line.includes('\t')) {
    if (line.startsWith('\t') && line.indexOf('\t', 1) < 0)
      return { kind: 'cell', text: cell(line.slice(1)) };
    return { kind: 'row', cells: line.split('\t').map(cell) };
  }
  const trimmed = line.trim();
  if (/^\|.*\|$/.test(trimmed) && trimmed.length > 2) {
    if (/^\|[\s:|-]+\|$/.test(trimmed) && trimmed.includes('-')) return { kind: 'separator' };
    return {
      kind: 'row',
      cells: trimmed
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => unescapeMarkdown(c.trim())),
    };
  }
  return { kind: 'text', text: markdown ? unescapeMarkdown(line) : line };
}

/** A title or a note under a table is never the tail of a cell, nor (after a blank line) is a numbered heading. */
const TITLE_OR_NOTE = /(绩效目标表|自评表|自评报告)|^\s*(注|说明|备注|填表人|联系人|联系电话|审核人)[：:]/;
const HEADING = new RegExp(
  `${TITLE_OR_NOTE.source}|^\\s*([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[、.．]\\S)`,
);
const SHORT_TAIL = 12;

/** `markdown`: the file is Markdown (.md), so escapes in its paragraphs are undone too. */
export function readTextBlocks(text: string, options: { markdown?: boolean } = {}): Block[] {
  const markdown = options.markdown ?? false;
  const raw = text.split(/\r\n|\r|\n/);
  const spaced = !text.includes('\t') && !raw.some((line) => /^\s*\|.*\|\s*$/.test(line));
  const lines = raw.map((line) => classify(spaced ? spacedRow(line) : line, markdown));
  const blocks: Block[] = [];
  let table: { rows: string[][]; lines: number[] } | null = null;
  let row: string[] | null = null;
  let blanks = 0;
  let lastWasRow = false;

  const closeRow = () => {
    row = null;
  };
  const closeTable = () => {
    closeRow();
    if (table) blocks.push({ kind: 'table', rows: table.rows, lines: table.lines });
    table = null;
  };
  const addRow = (cells: string[], lineNo: number) => {
    table ??= { rows: [], lines: [] };
    table.rows.push(cells);
    table.lines.push(lineNo);
    return cells;
  };
  /** The lines from `i` on that continue the last cell after one blank line, or 0 when they do not. */
  const tailAfterBlank = (i: number): number => {
    let end = i;
    let gap = 0;
    for (let j = i; j < lines.length; j++) {
      const line = lines[j];
      if (line.kind === 'blank') {
        if (++gap > 1) return 0;
      } else if (line.kind === 'text') {
        if (line.text.trim().length > SHORT_TAIL || HEADING.test(line.text)) return 0;
        gap = 0;
        end = j + 1;
      } else return line.kind === 'cell' ? end - i : 0;
    }
    return 0;
  };

  /** Short lines before a row that begin its first cell (a vertical label "年度/预算/安排" over "(万元)"). */
  let prefix: string | null = null;
  /**
   * Text lines between two rows of a row-per-line table are the wrapped lines of a cell: the tail of
   * the last cell above, and, for the short lines just before the next row, the head of its first cell.
   * Returns how many lines were taken (0 when the lines are not between two rows).
   */
  const betweenRows = (i: number): number => {
    if (!table || !lastWasRow || blanks > 0) return 0;
    let j = i;
    while (j < lines.length && lines[j].kind === 'text' && !HEADING.test((lines[j] as { text: string }).text))
      j++;
    const next = lines[j];
    if (j === i || next?.kind !== 'row') return 0;
    const run = lines.slice(i, j).map((l) => (l as { text: string }).text);
    let split = run.length;
    const head = next.cells[0]?.trim() ?? '';
    if (head !== '' && head.length <= 8) while (split > 0 && run[split - 1].trim().length <= 6) split--;
    const last = table.rows.at(-1)!;
    if (split > 0) last[last.length - 1] += `\n${run.slice(0, split).join('\n')}`;
    if (split < run.length) prefix = run.slice(split).join('\n');
    return run.length;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    switch (line.kind) {
      case 'blank':
        blanks++;
        continue;
      case 'separator':
        break;
      case 'row':
        // Row-per-line tables separated by blank lines are separate tables (as they were in Word).
        if (blanks > 0 && lastWasRow) closeTable();
        closeRow();
        if (prefix !== null) line.cells[0] = `${prefix}\n${line.cells[0]}`;
        prefix = null;
        addRow(line.cells, lineNo);
        lastWasRow = true;
        break;
      case 'cell':
        if (row && blanks === 0) row.push(line.text);
        else row = addRow([line.text], lineNo);
        lastWasRow = false;
        break;
      case 'text': {
        const taken = betweenRows(i);
        if (taken > 0) {
          i += taken - 1;
          continue;
        }
        const current: string[] | null = row;
        if (current && blanks === 0 && !TITLE_OR_NOTE.test(line.text)) {
          current[current.length - 1] += `\n${line.text}`;
          break;
        }
        const tail = current && blanks === 1 ? tailAfterBlank(i) : 0;
        if (current && tail > 0) {
          for (let k = i; k < i + tail; k++) {
            const l = lines[k];
            if (l.kind === 'text') current[current.length - 1] += `\n${l.text}`;
          }
          i += tail - 1;
          break;
        }
        closeTable();
        blocks.push({ kind: 'paragraph', text: line.text, line: lineNo });
        lastWasRow = false;
        break;
      }
    }
    blanks = 0;
  }
  closeTable();
  return blocks;
}
