import type { Block } from '../types.js';
import { ImportError } from '../types.js';
import { childElements, childVal, firstChild, parseXml, type XmlElement } from './xml.js';
import { damaged, MAX_CELLS, readZipText, tooManyCells, type OfficePackage } from './zip.js';

/**
 * Reads word/document.xml directly (not through mammoth's HTML) so merged cells land in the right
 * grid columns: a horizontal merge (gridSpan, legacy hMerge) and a vertical merge's continuation
 * (vMerge) become '' in the columns they cover, as in text copied from Word.
 */
export function docxToBlocks(pkg: OfficePackage, path: string): Block[] {
  budget = { cells: MAX_CELLS, path };
  const partName = mainDocumentPart(pkg);
  const xml = readZipText(pkg, partName);
  if (xml === undefined)
    throw new ImportError(
      `${path} 中找不到 Word 正文（${partName}）。请在 WPS/Word 中打开并另存为 .docx 后再导入。`,
    );
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch {
    throw damaged(path);
  }
  const body = firstChild(root, 'body');
  const blocks: Block[] = [];
  if (body) readBlockContainer(body, blocks);
  if (!blocks.some(hasText)) {
    const hasPictures =
      /<(\w+:)?(drawing|pict|object)\b/.test(xml) || pkg.names.some((n) => n.startsWith('word/media/'));
    throw new ImportError(
      hasPictures
        ? `${path} 中只有图片（可能是扫描件或截图），没有可读取的文字。请使用原始的 Word/Excel 文件，或把表格内容录入 Word 表格后再导入。`
        : `${path} 是空白文档，没有表格或文字。请确认选择了正确的文件。`,
    );
  }
  return blocks;
}

/** The main part named in _rels/.rels (usually word/document.xml). */
function mainDocumentPart(pkg: OfficePackage): string {
  const rels = readZipText(pkg, '_rels/.rels');
  if (rels) {
    try {
      for (const rel of childElements(parseXml(rels), 'Relationship')) {
        if (/\/officeDocument$/.test(rel.attrs.Type ?? '') && rel.attrs.Target)
          return rel.attrs.Target.replace(/^\//, '');
      }
    } catch {
      // fall back to the usual name
    }
  }
  return 'word/document.xml';
}

function hasText(block: Block): boolean {
  return block.kind === 'paragraph'
    ? block.text.trim() !== ''
    : block.rows.some((row) => row.some((cell) => cell.trim() !== ''));
}

/** Body-level content: paragraphs and tables, through content controls and other wrappers. */
function readBlockContainer(container: XmlElement, blocks: Block[]): void {
  for (const child of childElements(container)) {
    switch (child.name) {
      case 'p': {
        const text = paragraphText(child);
        if (text.trim() !== '') blocks.push({ kind: 'paragraph', text });
        break;
      }
      case 'tbl':
        blocks.push({ kind: 'table', rows: tableRows(child) });
        break;
      case 'sdt':
        readBlockContainer(firstChild(child, 'sdtContent') ?? child, blocks);
        break;
      case 'customXml':
      case 'ins':
      case 'moveTo':
        readBlockContainer(child, blocks);
        break;
      case 'AlternateContent': {
        const choice = firstChild(child, 'Choice');
        if (choice) readBlockContainer(choice, blocks);
        break;
      }
      default:
        break; // sectPr, bookmarks, deleted content
    }
  }
}

/** Elements whose text is not part of what the reader sees. */
const SKIPPED = new Set([
  'del',
  'moveFrom',
  'delText',
  'instrText',
  'delInstrText',
  'Fallback',
  'pPr',
  'rPr',
  'fldData',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
]);

function paragraphText(paragraph: XmlElement): string {
  const parts: string[] = [];
  collectText(paragraph, parts);
  return parts.join('');
}

function collectText(node: XmlElement, parts: string[]): void {
  for (const child of node.children) {
    if (typeof child === 'string') continue; // whitespace between elements; text lives in <w:t>
    if (SKIPPED.has(child.name)) continue;
    switch (child.name) {
      case 't':
        parts.push(textOf(child));
        break;
      case 'tab':
        parts.push('\t');
        break;
      case 'br':
      case 'cr':
        parts.push('\n');
        break;
      case 'noBreakHyphen':
        parts.push('-');
        break;
      case 'r':
        if (!isHidden(child)) collectText(child, parts);
        break;
      case 'AlternateContent': {
        const choice = firstChild(child, 'Choice');
        if (choice) collectText(choice, parts);
        break;
      }
      case 'p': // paragraphs inside a text box
        if (parts.length > 0 && !parts[parts.length - 1].endsWith('\n')) parts.push('\n');
        collectText(child, parts);
        break;
      default:
        collectText(child, parts);
    }
  }
}

function textOf(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

function isHidden(run: XmlElement): boolean {
  const vanish = firstChild(firstChild(run, 'rPr'), 'vanish');
  return vanish !== undefined && !['0', 'false', 'off'].includes(vanish.attrs.val ?? '');
}

interface GridCell {
  span: number;
  text: string;
  /** A vertical merge's continuation or a legacy hMerge continuation. */
  continuation: boolean;
}

/** Word tables have at most 63 columns: a wider span or indent is damage, or a crafted file. */
const MAX_SPAN = 64;
/** Cells the document may still spread out (reset by docxToBlocks, which runs synchronously). */
let budget = { cells: MAX_CELLS, path: '' };

/** The rows of a table as grids of cell text, every row as wide as the table grid. */
function tableRows(table: XmlElement): string[][] {
  const gridWidth = childElements(firstChild(table, 'tblGrid') ?? table, 'gridCol').length;
  const rows: string[][] = [];
  let used = 0;
  for (const tr of rowsOf(table)) {
    const trPr = firstChild(tr, 'trPr');
    if (firstChild(trPr, 'del')) continue; // a deleted row (tracked changes)
    const row: string[] = Array.from(
      { length: Math.min(MAX_SPAN, intVal(childVal(trPr, 'gridBefore'), 0)) },
      () => '',
    );
    for (const cell of cellsOf(tr)) {
      const { span, text, continuation } = readCell(cell);
      row.push(continuation ? '' : text);
      for (let i = 1; i < Math.min(MAX_SPAN, span); i += 1) row.push('');
    }
    used += row.length;
    if (used > budget.cells) throw tooManyCells(budget.path);
    rows.push(row);
  }
  // A loop, not Math.max(...rows): a table of 150,000 rows would overflow the stack.
  const width = rows.reduce((max, r) => Math.max(max, r.length), gridWidth);
  budget.cells -= rows.length * width;
  if (budget.cells < 0) throw tooManyCells(budget.path);
  for (const row of rows) while (row.length < width) row.push('');
  return rows;
}

function rowsOf(table: XmlElement): XmlElement[] {
  return unwrap(table, 'tr');
}

function cellsOf(row: XmlElement): XmlElement[] {
  return unwrap(row, 'tc');
}

/** Children named `name`, looking through content controls, custom XML and tracked insertions. */
function unwrap(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(parent)) {
    if (child.name === name) found.push(child);
    else if (child.name === 'sdt') found.push(...unwrap(firstChild(child, 'sdtContent') ?? child, name));
    else if (child.name === 'customXml' || child.name === 'ins') found.push(...unwrap(child, name));
  }
  return found;
}

function readCell(tc: XmlElement): GridCell {
  const tcPr = firstChild(tc, 'tcPr');
  const span = Math.max(1, intVal(childVal(tcPr, 'gridSpan'), 1));
  const vMerge = firstChild(tcPr, 'vMerge');
  const hMerge = firstChild(tcPr, 'hMerge');
  const continuation =
    (vMerge !== undefined && vMerge.attrs.val !== 'restart') ||
    (hMerge !== undefined && hMerge.attrs.val !== 'restart');
  return { span, text: continuation ? '' : cellText(tc), continuation };
}

/** A cell's paragraphs joined by line breaks; a nested table's rows by line breaks, its cells by tabs. */
function cellText(tc: XmlElement): string {
  const lines: string[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of childElements(node)) {
      if (child.name === 'p') lines.push(paragraphText(child));
      else if (child.name === 'tbl')
        for (const row of tableRows(child)) lines.push(row.filter((c) => c !== '').join('\t'));
      else if (child.name === 'sdt') visit(firstChild(child, 'sdtContent') ?? child);
      else if (child.name === 'customXml' || child.name === 'ins') visit(child);
    }
  };
  visit(tc);
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  return lines.join('\n');
}

function intVal(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}
