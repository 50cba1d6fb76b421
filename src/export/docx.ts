import type {
  FileChild,
  ISectionOptions,
  Paragraph as DocxParagraph,
  TableCell as DocxTableCell,
  TableRow as DocxTableRow,
} from 'docx';
import type { JixiaoDocument, Prose } from '../domain/document.js';
import type { GridCell, TableGrid } from './office/grid.js';
import { isHeadingOnly, withDocumentHeading } from './office/heading.js';
import { tableGrid } from './office/layouts.js';
import { proseParts } from './office/prose.js';
import { validateForExport } from './office/validate.js';

export interface DocxExportOptions {
  /** East Asian font of the body and the tables (settings.fontBody). */
  fontBody?: string;
  /** East Asian font of titles and headings (settings.fontHeading). */
  fontHeading?: string;
}

// A4 in twips (1/1440 inch); margins 2 cm top/bottom, 1.8 cm left/right.
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1020, right: 1020 };
const LATIN_FONT = 'Times New Roman';
// Sizes in half-points: 小二 18pt title, 四号 14pt subtitle, 小四 12pt prose, 五号 10.5pt table text.
const SIZE = { title: 36, subtitle: 28, prose: 24, unitLine: 21, cell: 21 };

/**
 * The document as a .docx in the layout of the official forms: each table on its own page(s)
 * with its title, 单位：万元 line and bordered grid with merged 一级/二级 cells; A4, landscape for
 * wide tables; fonts set for East Asian text. Prose (a 部门预算情况说明) stands where it stood.
 * The docx library is loaded here, on demand.
 */
export async function exportDocx(input: unknown, options: DocxExportOptions = {}): Promise<Uint8Array> {
  const document = withDocumentHeading(validateForExport(input));
  const docx = await import('docx');
  const fontBody = options.fontBody || '仿宋';
  const fontHeading = options.fontHeading || '黑体';
  const font = (eastAsia: string) => ({ ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia, hint: 'eastAsia' });

  const lines = (
    text: string,
    run: { size: number; bold?: boolean; heading?: boolean },
    paragraph: Partial<ConstructorParameters<typeof docx.Paragraph>[0] & object> = {},
  ): DocxParagraph[] =>
    (text === '' ? [''] : text.split('\n')).map(
      (line) =>
        new docx.Paragraph({
          ...paragraph,
          // The body font and the table size are the document defaults; runs only say what differs.
          children: [
            new docx.TextRun({
              text: line,
              bold: run.bold || undefined,
              ...(run.size !== SIZE.cell ? { size: run.size } : {}),
              ...(run.heading ? { font: font(fontHeading) } : {}),
            }),
          ],
        }),
    );

  const border = { style: docx.BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = {
    top: border,
    bottom: border,
    left: border,
    right: border,
    insideHorizontal: border,
    insideVertical: border,
  };

  const proseGrid = (rows: string[][]) =>
    new docx.Table({
      rows: rows.map(
        (row) =>
          new docx.TableRow({
            children: row.map((cell) => new docx.TableCell({ children: lines(cell, { size: SIZE.cell }) })),
          }),
      ),
      width: { size: 100, type: docx.WidthType.PERCENTAGE },
      borders,
    });

  const proseParagraphs = (prose: Prose): FileChild[] => [
    ...(isHeadingOnly(prose)
      ? lines(
          prose.title,
          { size: SIZE.title, heading: true },
          { alignment: docx.AlignmentType.CENTER, spacing: { after: 240 } },
        )
      : []),
    ...(prose.title && !isHeadingOnly(prose)
      ? lines(prose.title, { size: SIZE.subtitle, heading: true }, { spacing: { before: 240, after: 120 } })
      : []),
    ...proseParts(prose.text).flatMap((part): FileChild[] =>
      part.kind === 'grid'
        ? [proseGrid(part.rows)]
        : lines(part.text, { size: SIZE.prose }, { indent: { firstLine: 480 }, spacing: { line: 360 } }),
    ),
  ];

  const ALIGN = {
    header: docx.AlignmentType.CENTER,
    label: docx.AlignmentType.CENTER,
    center: docx.AlignmentType.CENTER,
    number: docx.AlignmentType.CENTER,
    money: docx.AlignmentType.RIGHT,
    text: docx.AlignmentType.LEFT,
  } as const;

  const tableChildren = (grid: TableGrid): FileChild[] => {
    const pageWidth = (grid.landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
    const totalUnits = grid.columns.reduce((a, b) => a + b, 0);
    const columnWidths = grid.columns.map((units) => Math.floor((units / totalUnits) * pageWidth));
    const byRow = new Map<number, GridCell[]>();
    for (const cell of grid.cells) byRow.set(cell.row, [...(byRow.get(cell.row) ?? []), cell]);
    const { repeatFrom, keepFrom } = pageBreaks(grid);
    const rows = Array.from({ length: grid.rowCount }, (_, r) => {
      const cells = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col);
      const children: DocxTableCell[] = cells.map(
        (cell) =>
          new docx.TableCell({
            columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
            rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
            verticalAlign: docx.VerticalAlign.CENTER,
            width: {
              size: columnWidths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0),
              type: docx.WidthType.DXA,
            },
            children: lines(
              cell.text,
              { size: SIZE.cell, bold: cell.role === 'header' || cell.role === 'label' },
              // The last rows keep with the next: a table's last row never stands alone on a page.
              {
                alignment: ALIGN[cell.role],
                ...(r >= keepFrom && r < grid.rowCount - 1 ? { keepNext: true } : {}),
              },
            ),
          }),
      );
      // Rows never split across pages; the indicators' header row repeats on every page (表头行重复).
      return new docx.TableRow({
        children,
        cantSplit: true,
        ...(repeatFrom > 0 && r === repeatFrom ? { tableHeader: true } : {}),
      });
    });
    const makeTable = (part: DocxTableRow[]) =>
      new docx.Table({
        rows: part,
        columnWidths,
        width: { size: columnWidths.reduce((a, b) => a + b, 0), type: docx.WidthType.DXA },
        layout: docx.TableLayoutType.FIXED,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        borders,
      });
    // Word repeats only a table's first rows: the indicators are a table of their own, joined to the
    // part above by an empty 1-point paragraph (without it Word merges the two tables again).
    const tables: FileChild[] =
      repeatFrom > 0
        ? [
            makeTable(rows.slice(0, repeatFrom)),
            new docx.Paragraph({
              spacing: { before: 0, after: 0, line: 20, lineRule: docx.LineRuleType.EXACT },
              children: [new docx.TextRun({ text: '', size: 2 })],
            }),
            makeTable(rows.slice(repeatFrom)),
          ]
        : [makeTable(rows)];
    return [
      ...lines(
        grid.title,
        { size: SIZE.title, heading: true },
        { alignment: docx.AlignmentType.CENTER, spacing: { before: 240, after: 120 } },
      ),
      ...(grid.subtitle
        ? lines(
            grid.subtitle,
            { size: SIZE.subtitle },
            { alignment: docx.AlignmentType.CENTER, spacing: { after: 120 } },
          )
        : []),
      ...(grid.unitLine
        ? lines(grid.unitLine, { size: SIZE.unitLine }, { alignment: docx.AlignmentType.RIGHT })
        : []),
      ...tables,
    ];
  };

  const section = (children: FileChild[], landscape: boolean): ISectionOptions => ({
    properties: {
      page: {
        size: {
          ...A4,
          orientation: landscape ? docx.PageOrientation.LANDSCAPE : docx.PageOrientation.PORTRAIT,
        },
        margin: MARGIN,
      },
    },
    footers: { default: pageNumberFooter() },
    children,
  });

  /** 第 1 页，共 3 页, centred at the foot of every page. */
  const pageNumberFooter = () =>
    new docx.Footer({
      children: [
        new docx.Paragraph({
          alignment: docx.AlignmentType.CENTER,
          children: [
            new docx.TextRun({
              children: ['第 ', docx.PageNumber.CURRENT, ' 页，共 ', docx.PageNumber.TOTAL_PAGES, ' 页'],
              size: SIZE.unitLine,
            }),
          ],
        }),
      ],
    });

  const prose = (before: number): FileChild[] =>
    document.prose.filter((p) => p.before === before).flatMap(proseParagraphs);
  const sections: ISectionOptions[] = document.tables.map((table, i) => {
    const grid = tableGrid(table, document);
    return section([...prose(i), ...tableChildren(grid)], grid.landscape);
  });
  const after = prose(document.tables.length);
  if (after.length > 0 || sections.length === 0)
    sections.push(section(after.length > 0 ? after : lines('', { size: SIZE.prose }), false));

  const file = new docx.Document({
    creator: 'jixiao',
    title: documentTitle(document),
    styles: { default: { document: { run: { font: font(fontBody), size: SIZE.cell } } } },
    sections,
  });
  return new Uint8Array(await docx.Packer.toBuffer(file));
}

/**
 * Where a table's pages break well: `repeatFrom`, the row that heads the indicators (the last row
 * with column headings), repeated on every page — 0 when a merged cell crosses it; `keepFrom`, the
 * first of the last three rows, which are kept together.
 */
export function pageBreaks(grid: Pick<TableGrid, 'cells' | 'rowCount'>): {
  repeatFrom: number;
  keepFrom: number;
} {
  const header = Math.max(-1, ...grid.cells.filter((c) => c.role === 'header').map((c) => c.row));
  const crossed = grid.cells.some((c) => c.row < header && c.row + c.rowSpan > header);
  const last = header !== -1 && header < grid.rowCount - 1 && !crossed ? header : 0;
  return { repeatFrom: last, keepFrom: Math.max(last + 1, grid.rowCount - 3) };
}

function documentTitle(document: JixiaoDocument): string {
  return [document.unit.name, document.unit.year ? `${document.unit.year}年` : '', '预算绩效目标表'].join('');
}
