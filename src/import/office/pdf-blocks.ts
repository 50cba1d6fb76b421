import type { Block } from '../types.js';
import { ImportError } from '../types.js';
import { readPdfPages } from './pdf-load.js';
import type { PdfPage } from './pdf-page.js';
import { findTables, type PdfTable } from './pdf-table.js';
import { joinLines, toLines, type TextLine } from './pdf-text.js';

/**
 * A text PDF (as Word, WPS or LibreOffice export it, or as published) → paragraphs and tables of
 * cell text for the one mapper. Ruled tables are rebuilt from their lines; a table that runs on
 * over the next page is joined to its start and the header rows repeated there are dropped; page
 * headers, footers and page numbers are left out. A PDF without a text layer is refused.
 */
export async function pdfToBlocks(bytes: Uint8Array, path: string): Promise<Block[]> {
  const pages = await readPdfPages(bytes, path);
  if (!pages.some((page) => page.runs.length > 0)) {
    throw new ImportError(
      pages.some((page) => page.hasImages)
        ? `${path} 是扫描件或图片生成的 PDF，只有图片，没有文字层，无法读取（本工具不做文字识别）。请使用原始的 Word/Excel 文件，或把表格内容录入 Word 表格后再导入。`
        : `${path} 是空白的 PDF，没有可读取的文字。请确认选择了正确的文件。`,
    );
  }
  const marginal = marginalLines(pages);
  return joinPages(pages.map((page, i) => pageElements(page, marginal[i])));
}

type Element = { kind: 'table'; table: PdfTable } | { kind: 'paragraph'; text: string };

/** A page's tables and paragraphs, top to bottom, without its header/footer lines. */
function pageElements(page: PdfPage, marginal: Set<string>): Element[] {
  const { tables, rest } = findTables(page.segments, page.runs);
  const lines = toLines(rest).filter((line) => !marginal.has(key(line)) && !isPageNumber(line, page));
  const items: Array<{ top: number; element: Element } | { top: number; line: TextLine }> = [
    ...tables.map((table) => ({ top: table.top, element: { kind: 'table', table } as Element })),
    ...lines.map((line) => ({ top: line.top, line })),
  ].sort((a, b) => a.top - b.top);
  const right = Math.max(...lines.map((l) => l.x1), 0);
  const elements: Element[] = [];
  let paragraph: TextLine[] = [];
  const flush = (): void => {
    // Lines grouped into one paragraph only wrapped: none of them ends with a typed break.
    if (paragraph.length > 0) elements.push({ kind: 'paragraph', text: joinLines(paragraph, -Infinity) });
    paragraph = [];
  };
  for (const item of items) {
    if ('element' in item) {
      flush();
      elements.push(item.element);
      continue;
    }
    const previous = paragraph[paragraph.length - 1];
    // A line continues the paragraph above when that one ran to the right margin, close above it,
    // in the same type size; a title, a short line or a gap starts a new paragraph.
    const continues =
      previous !== undefined &&
      previous.x1 >= right - previous.size * 2 &&
      item.line.top - previous.bottom < previous.size &&
      Math.abs(item.line.size - previous.size) < 0.5;
    if (!continues) flush();
    paragraph.push(item.line);
  }
  flush();
  return elements;
}

/** A line's text with its numbers blanked, and its height: the same on every page for a header. */
const key = (line: TextLine): string => `${line.text.replace(/\d+/g, '#')}@${Math.round(line.top / 4)}`;

/** Outer band of the page where headers and footers sit (a fraction of its height). */
const BAND = 0.09;

function inBand(line: { top: number; bottom: number }, page: PdfPage): boolean {
  return line.bottom < page.height * BAND || line.top > page.height * (1 - BAND);
}

const PAGE_NUMBER = [
  /^[-—–~\s]*\d+[-—–~\s]*$/,
  /^第\s*\d+\s*页(\s*[,，、/]?\s*共\s*\d+\s*页)?$/,
  /^\d+\s*\/\s*\d+$/,
  /^(page\s*)?\d+(\s*of\s*\d+)?$/i,
];

function isPageNumber(line: TextLine, page: PdfPage): boolean {
  return inBand(line, page) && PAGE_NUMBER.some((re) => re.test(line.text.trim()));
}

/**
 * Header/footer lines: in the page's outer band, no larger than the body text, and the same text
 * (numbers aside) at the same height on at least two pages and half of them.
 */
function marginalLines(pages: PdfPage[]): Array<Set<string>> {
  const sizes = pages.flatMap((p) => p.runs.map((r) => r.size)).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const candidates = pages.map((page) =>
    // Only the runs in the band: the body of the page is grouped once, in pageElements.
    toLines(page.runs.filter((run) => inBand(run, page))).filter(
      (line) => inBand(line, page) && line.size <= body + 0.5,
    ),
  );
  const count = new Map<string, number>();
  for (const lines of candidates)
    for (const k of new Set(lines.map(key))) count.set(k, (count.get(k) ?? 0) + 1);
  const repeated = (line: TextLine): boolean => {
    const n = count.get(key(line)) ?? 0;
    return n >= 2 && n >= pages.length / 2;
  };
  return candidates.map((lines) => new Set(lines.filter(repeated).map(key)));
}

/**
 * Pages → blocks. A page that begins with a table whose column edges are among those of the table
 * that ended the page before continues it: its cells are put on that table's grid (a column the
 * continuation does not divide is ''), and the rows repeated at its top (a header row set to
 * repeat on each page) are dropped.
 */
function joinPages(pages: Element[][]): Block[] {
  const blocks: Block[] = [];
  let open: PdfTable | null = null; // the last table, while nothing has followed it
  for (const elements of pages) {
    elements.forEach((element, i) => {
      if (element.kind === 'paragraph') {
        open = null;
        blocks.push({ kind: 'paragraph', text: element.text });
        return;
      }
      const table = element.table;
      const last = blocks[blocks.length - 1];
      const onGrid = i === 0 && open && last?.kind === 'table' ? regrid(table, open) : null;
      if (onGrid && last?.kind === 'table') {
        last.rows.push(...withoutRepeatedHeader(last.rows, onGrid));
        return; // `open` keeps the grid of the table's first part
      }
      blocks.push({ kind: 'table', rows: table.rows.map((row) => [...row]) });
      open = table;
    });
  }
  return blocks;
}

/** The continuation's rows on the open table's grid, or null when its edges are not among the grid's. */
function regrid(next: PdfTable, open: PdfTable): string[][] | null {
  const index = next.columns.map((x) => open.columns.findIndex((edge) => Math.abs(edge - x) <= 3));
  if (index.some((i) => i < 0)) return null;
  const width = open.columns.length - 1;
  return next.rows.map((row) => {
    const out = Array.from({ length: width }, () => '');
    row.forEach((text, c) => {
      if (text !== '') out[index[c]] = text;
    });
    return out;
  });
}

function withoutRepeatedHeader(rows: string[][], next: string[][]): string[][] {
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((c, i) => c === b[i]);
  let k = 0;
  while (k < next.length && k < rows.length && same(rows[k], next[k]) && next[k].some((c) => c.trim() !== ''))
    k += 1;
  return next.slice(k);
}
