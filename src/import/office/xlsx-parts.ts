import { posix } from 'node:path';
import { parseXml, childElements, firstChild, type XmlElement } from './xml.js';
import { scanXml } from './xml-stream.js';
import { damaged, readZipText, type OfficePackage } from './zip.js';

/**
 * The parts of an .xlsx around its sheets: the sheets in workbook order (name, hidden or not, the
 * part that holds them), the shared strings and the number format of each cell style. Small parts
 * are parsed whole; the shared strings, which grow with the sheet, are streamed.
 */
export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  /** The sheet's part in the package (xl/worksheets/sheet1.xml). */
  part: string;
}

export interface Workbook {
  sheets: WorkbookSheet[];
  /** Serial dates count from 1904 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
  /** The number format code of each cell style (`s` of a cell), undefined for General. */
  formats: Array<string | undefined>;
  strings: string[];
}

export async function readWorkbook(pkg: OfficePackage, path: string): Promise<Workbook> {
  const book = workbookPart(pkg);
  const root = parsePart(pkg, book, path);
  const rels = relationships(pkg, book, path);
  const sheets: WorkbookSheet[] = [];
  for (const sheet of childElements(firstChild(root, 'sheets') ?? root, 'sheet')) {
    const target = rels.find((r) => r.id === sheet.attrs.id)?.part;
    if (!target) throw damaged(path);
    const state = sheet.attrs.state;
    sheets.push({
      name: sheet.attrs.name ?? '',
      hidden: state === 'hidden' || state === 'veryHidden',
      part: target,
    });
  }
  const pr = firstChild(root, 'workbookPr')?.attrs.date1904;
  const byType = (type: string): string | undefined => rels.find((r) => r.type.endsWith(`/${type}`))?.part;
  const stylesPart = byType('styles') ?? 'xl/styles.xml';
  return {
    sheets,
    date1904: pr === '1' || pr === 'true',
    formats: pkg.names.includes(stylesPart) ? styleFormats(parsePart(pkg, stylesPart, path)) : [],
    strings: await sharedStrings(pkg, byType('sharedStrings') ?? 'xl/sharedStrings.xml'),
  };
}

/** The workbook part named by the package's relationships (xl/workbook.xml as a rule). */
function workbookPart(pkg: OfficePackage): string {
  const rels = readZipText(pkg, '_rels/.rels');
  if (rels) {
    for (const rel of childElements(parseXml(rels), 'Relationship'))
      if (rel.attrs.Type?.endsWith('/officeDocument')) {
        const target = (rel.attrs.Target ?? '').replace(/^\//, '');
        if (pkg.names.includes(target)) return target;
      }
  }
  return pkg.names.find((n) => /^xl\/workbook\d*\.xml$/.test(n)) ?? 'xl/workbook.xml';
}

function parsePart(pkg: OfficePackage, part: string, path: string): XmlElement {
  const text = readZipText(pkg, part);
  if (text === undefined) throw damaged(path);
  return parseXml(text);
}

/** The workbook's relationships: each one's id, type and the part it names (resolved against the workbook's folder). */
function relationships(
  pkg: OfficePackage,
  book: string,
  path: string,
): Array<{ id: string; type: string; part: string }> {
  const relsPart = posix.join(posix.dirname(book), '_rels', `${posix.basename(book)}.rels`);
  return childElements(parsePart(pkg, relsPart, path), 'Relationship').map((rel) => ({
    id: rel.attrs.Id ?? '',
    type: rel.attrs.Type ?? '',
    part: resolvePart(book, rel.attrs.Target ?? ''),
  }));
}

function resolvePart(book: string, target: string): string {
  return target.startsWith('/')
    ? target.slice(1)
    : posix.normalize(posix.join(posix.dirname(book), target)).replace(/^\.\//, '');
}

/** `_x000D_` and the like: characters XML cannot hold, as Excel escapes them in text. */
export function unescapeExcel(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** Every `<si>` as its text: plain or the runs of rich text joined; phonetic guides (`rPh`) left out. */
async function sharedStrings(pkg: OfficePackage, part: string): Promise<string[]> {
  const chunks = pkg.stream(part);
  const strings: string[] = [];
  if (!chunks) return strings;
  let parts: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  await scanXml(chunks, {
    open(name, _attrs, selfClosing) {
      if (name === 'si') parts = [];
      else if (name === 'rPh' && !selfClosing) phonetic += 1;
      else if (name === 't' && parts && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si' && parts) {
        strings.push(unescapeExcel(parts.join('')));
        parts = null;
      }
    },
    text(text) {
      if (inText) parts?.push(text);
    },
  });
  return strings;
}

/**
 * The format code of each cell style (cellXfs, in order). Built-in formats by id as Excel numbers
 * them; the locale ones (27–36, 50–58) as a Chinese Excel shows them (dates and times).
 */
function styleFormats(styles: XmlElement): Array<string | undefined> {
  const custom = new Map<string, string>();
  for (const f of childElements(firstChild(styles, 'numFmts') ?? styles, 'numFmt'))
    if (f.attrs.numFmtId !== undefined && f.attrs.formatCode !== undefined)
      custom.set(f.attrs.numFmtId, f.attrs.formatCode);
  return childElements(firstChild(styles, 'cellXfs') ?? styles, 'xf').map((xf) => {
    const id = xf.attrs.numFmtId;
    if (id === undefined || id === '0') return undefined;
    return custom.get(id) ?? BUILT_IN_FORMATS[Number(id)];
  });
}

const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy-mm-dd',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy-mm-dd h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};
