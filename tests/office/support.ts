import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal but complete .docx around a body of WordprocessingML (as Word or WPS writes it). */
export async function makeDocx(
  body: string,
  extra: Record<string, string | Uint8Array> = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** A paragraph of WordprocessingML. */
export const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A table cell: `span` columns wide, `vMerge` 'restart' | 'continue'. */
export function tc(text: string, options: { span?: number; vMerge?: 'restart' | 'continue' } = {}): string {
  const props = [
    options.span ? `<w:gridSpan w:val="${options.span}"/>` : '',
    options.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : options.vMerge ? '<w:vMerge/>' : '',
  ].join('');
  return `<w:tc><w:tcPr>${props}</w:tcPr>${text.split('\n').map(p).join('') || '<w:p/>'}</w:tc>`;
}

export const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;

export function tbl(columns: number, ...rows: string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(columns)}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/**
 * The start of an OLE compound file (the container of .doc/.xls/.wps and of password-protected
 * .docx/.xlsx) with the given stream names in its directory, as UTF-16LE.
 */
export function fakeOle(streams: string[]): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.concat(
    streams.map((name) => {
      const entry = Buffer.alloc(128);
      Buffer.from(name, 'utf16le').copy(entry);
      entry.writeUInt16LE((name.length + 1) * 2, 64);
      return entry;
    }),
  );
  return new Uint8Array(Buffer.concat([header, Buffer.alloc(512), directory]));
}

/** A fresh temporary folder and its removal. */
export function tempDir(prefix = 'jixiao-office-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
