/**
 * A minimal PDF of one A4 page, written by hand: `objects` are the bodies of objects 4, 5, … (the
 * page's resources refer to them), `content` the page's content stream. For what LibreOffice does
 * not write: fonts that are not embedded (a predefined Chinese CMap), rotated pages.
 */
export function minimalPdf(
  content: string,
  resources: string,
  objects: string[],
  pageExtra = '',
): Uint8Array {
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${pageExtra} /Resources ${resources} /Contents ${objects.length + 4} 0 R >>`,
    ...objects,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/** A Type0 font that is not embedded, with a predefined CMap (as many published Chinese PDFs use). */
export const SONG_UCS2 =
  '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>';
export const SONG_CID =
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>';
export const SONG_DESCRIPTOR =
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>';

/** Text in the UCS-2 CMap's hex form. */
export const ucs2 = (text: string): string =>
  `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
