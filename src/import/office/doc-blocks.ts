import type { Block } from '../types.js';
import { ImportError } from '../types.js';
import { EncryptedWord97Error, NotWord97Error, readWord97, type Word97Text } from './doc-word97.js';
import { UnreadableByUs } from './soffice.js';

/**
 * A Word 97–2003 document (.doc; WPS's .wps is the same format) → paragraphs and tables of cell
 * text. word-extractor's text was not enough: it turns cell ends and tabs both into "\t" and misses
 * row ends after a table definition, so the piece table and paragraph properties are read here
 * (doc-word97.ts). The OLE container is opened with SheetJS's CFB reader, loaded on demand.
 * Cells merged across columns are spread over the table's grid as '' (as the .docx reader does);
 * a vertical merge's continuation is an empty cell already.
 */
export async function docToBlocks(bytes: Uint8Array, path: string): Promise<Block[]> {
  const { CFB } = (await import('@e965/xlsx')) as unknown as { CFB: CfbApi };
  let word: Word97Text;
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
    });
    const stream = (name: string): Buffer | null => {
      const entry = CFB.find(container, name);
      return entry?.content ? Buffer.from(entry.content) : null;
    };
    const main = stream('WordDocument');
    if (!main) throw new NotWord97Error();
    word = readWord97(main, stream);
  } catch (error) {
    if (error instanceof EncryptedWord97Error)
      throw new ImportError(
        `${path} 设置了打开密码（已加密），无法读取。请在 WPS/Word 中输入密码打开，取消密码后另存为 .docx 再导入。`,
      );
    if (error instanceof NotWord97Error)
      throw new UnreadableByUs(
        `${path} 不是能读取的旧版 Word 文档（可能是更早的 WPS 格式或其他程序的文件）。请在 WPS/Word 中打开，另存为 .docx 后再导入。`,
      );
    throw new UnreadableByUs(
      `${path} 是旧版 Word 文档（.doc 格式），但内容无法读取（可能已损坏）。请在 WPS/Word 中打开，另存为 .docx 后再导入。`,
    );
  }
  const blocks = word97Blocks(word);
  if (!blocks.some((b) => (b.kind === 'paragraph' ? b.text.trim() : b.rows.flat().join('').trim()) !== ''))
    throw new ImportError(`${path} 是空白文档，没有表格或文字。请确认选择了正确的文件。`);
  return blocks;
}

interface CfbApi {
  read(data: Buffer, options: { type: 'buffer' }): unknown;
  find(container: unknown, path: string): { content?: Uint8Array | number[] } | null;
}

interface Row {
  cells: string[];
  edges?: number[];
}

/** Walks the text: paragraph marks (\r), cell marks (\x07, a row end when its paragraph says so), fields. */
export function word97Blocks(word: Word97Text): Block[] {
  const blocks: Block[] = [];
  let rows: Row[] = [];
  let cells: string[] = [];
  let paragraphs: string[] = []; // of the current cell
  let line = '';
  const fields: Array<'code' | 'result'> = [];
  const endTable = (): void => {
    if (rows.length > 0) blocks.push({ kind: 'table', rows: gridRows(rows) });
    rows = [];
  };
  const text = word.text;
  for (let cp = 0; cp < text.length; cp += 1) {
    const ch = text[cp];
    if (ch === '\x13') {
      fields.push('code');
      continue;
    }
    if (ch === '\x14') {
      if (fields.length > 0) fields[fields.length - 1] = 'result';
      continue;
    }
    if (ch === '\x15') {
      fields.pop();
      continue;
    }
    if (fields.includes('code')) continue; // a field's instructions (TOC \o, PAGE, HYPERLINK "…")
    if (ch === '\r' || ch === '\x07' || ch === '\x0c') {
      const props = word.paragraphAt(cp);
      if (ch === '\x07' && props.rowEnd) {
        rows.push({ cells, edges: props.cellEdges });
        cells = [];
        paragraphs = [];
      } else if (ch === '\x07' || (ch === '\r' && props.inTable)) {
        // A cell's end, or a paragraph inside a cell (a nested table's cells and rows end with \r too).
        paragraphs.push(line);
        line = '';
        if (ch === '\x07') {
          cells.push(trimLines(paragraphs).join('\n'));
          paragraphs = [];
        }
        continue;
      } else {
        endTable();
        if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim() });
      }
      line = '';
      continue;
    }
    if (ch === '\x0b') line += '\n';
    else if (ch === '\x1e') line += '-';
    else if (ch === '\t' || ch >= ' ') line += ch;
    // other control characters: pictures (\x01, \x08), note and comment marks, optional hyphens
  }
  endTable();
  if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line.trim() });
  return blocks;
}

function trimLines(lines: string[]): string[] {
  const out = lines.map((l) => l.replace(/\s+$/, ''));
  while (out.length > 0 && out[out.length - 1].trim() === '') out.pop();
  while (out.length > 0 && out[0].trim() === '') out.shift();
  return out.map((l) => l.trim());
}

/** Twips within which two cell edges are one grid line. */
const EDGE_SNAP = 30;

/**
 * Rows on one grid: the table's columns are all the distinct cell edges of its rows (as Word's
 * tblGrid), and a cell wider than one column is followed by '' for each column it covers.
 */
function gridRows(rows: Row[]): string[][] {
  const all = rows.flatMap((r) => (r.edges && r.edges.length === r.cells.length + 1 ? r.edges : []));
  const grid: number[] = [];
  for (const x of [...all].sort((a, b) => a - b))
    if (grid.length === 0 || x - grid[grid.length - 1] > EDGE_SNAP) grid.push(x);
  const column = (x: number): number => {
    let best = 0;
    for (let i = 1; i < grid.length; i += 1) if (Math.abs(grid[i] - x) < Math.abs(grid[best] - x)) best = i;
    return best;
  };
  const out = rows.map((row) => {
    if (!row.edges || row.edges.length !== row.cells.length + 1 || grid.length < 2) return [...row.cells];
    const edges = row.edges;
    const cells: string[] = Array.from({ length: column(edges[0]) }, () => '');
    row.cells.forEach((text, i) => {
      cells.push(text);
      const span = column(edges[i + 1]) - column(edges[i]);
      for (let k = 1; k < span; k += 1) cells.push('');
    });
    return cells;
  });
  const width = out.reduce((max, r) => Math.max(max, r.length), 0);
  for (const row of out) while (row.length < width) row.push('');
  return out;
}
