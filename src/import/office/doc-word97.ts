/**
 * The parts of a Word 97–2003 binary document ([MS-DOC]) that hold its text and table structure:
 * the FIB, the piece table (CLX) and the paragraph properties (PAPX in FKP pages). Pure functions
 * over the WordDocument and table streams; every read is bounds-checked, so damage throws
 * RangeError (the caller turns it into a Chinese message), never loops or reads outside a stream.
 */

export interface Word97Text {
  /** The main document's characters (CP 0 … ccpText), with Word's control characters. */
  text: string;
  /** Paragraph properties of the paragraph that the character at `cp` ends. */
  paragraphAt(cp: number): ParagraphProps;
}

export interface ParagraphProps {
  inTable: boolean;
  /** A table row's end mark (TTP). */
  rowEnd: boolean;
  /** Table depth (1 = not nested). */
  depth: number;
  /** A row end's cell boundaries in twips (sprmTDefTable), when stored. */
  cellEdges?: number[];
}

const NONE: ParagraphProps = { inTable: false, rowEnd: false, depth: 0 };

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  /** 8-bit (cp1252-compressed) text: one byte per character. */
  compressed: boolean;
}

interface ParagraphRun {
  fcStart: number;
  fcEnd: number;
  props: ParagraphProps;
}

export class NotWord97Error extends Error {}
export class EncryptedWord97Error extends Error {}

export function readWord97(
  wordDocument: Buffer,
  streams: (name: '0Table' | '1Table' | 'Data') => Buffer | null,
): Word97Text {
  // nFib below 193 is Word 6/95 (another layout of the same header): not read here.
  if (
    wordDocument.length < 0x1aa ||
    wordDocument.readUInt16LE(0) !== 0xa5ec ||
    wordDocument.readUInt16LE(2) < 193
  )
    throw new NotWord97Error();
  const flags = wordDocument.readUInt16LE(0x0a);
  if (flags & 0x0100) throw new EncryptedWord97Error();
  const table = streams(flags & 0x0200 ? '1Table' : '0Table');
  if (!table) throw new NotWord97Error();
  const ccpText = wordDocument.readUInt32LE(0x4c);
  const pieces = readPieces(table, wordDocument.readUInt32LE(0x1a2), wordDocument.readUInt32LE(0x1a6));
  const text = piecesText(wordDocument, pieces, ccpText);
  const runs = readParagraphRuns(
    wordDocument,
    table,
    streams('Data'),
    wordDocument.readUInt32LE(0x102),
    wordDocument.readUInt32LE(0x106),
  );
  return {
    text,
    paragraphAt(cp: number): ParagraphProps {
      const piece = pieces.find((p) => cp >= p.cpStart && cp < p.cpEnd);
      if (!piece) return NONE;
      const fc = piece.fc + (cp - piece.cpStart) * (piece.compressed ? 1 : 2);
      return findRun(runs, fc)?.props ?? NONE;
    },
  };
}

function slice(buffer: Buffer, start: number, length: number): Buffer {
  if (start < 0 || length < 0 || start + length > buffer.length) throw new RangeError('outside the stream');
  return buffer.subarray(start, start + length);
}

/** The CLX: property modifiers (skipped) and then the piece table (PlcPcd). */
function readPieces(table: Buffer, fcClx: number, lcbClx: number): Piece[] {
  const clx = slice(table, fcClx, lcbClx);
  let pos = 0;
  while (pos < clx.length && clx[pos] === 0x01) pos += 3 + clx.readUInt16LE(pos + 1); // Prc
  if (clx[pos] !== 0x02) throw new RangeError('no piece table');
  const size = clx.readUInt32LE(pos + 1);
  const plc = slice(clx, pos + 5, size);
  const count = (size - 4) / 12;
  if (!Number.isInteger(count) || count < 1) throw new RangeError('bad piece table');
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i += 1) {
    const raw = plc.readUInt32LE((count + 1) * 4 + i * 8 + 2);
    const compressed = (raw & 0x40000000) !== 0;
    pieces.push({
      cpStart: plc.readUInt32LE(i * 4),
      cpEnd: plc.readUInt32LE((i + 1) * 4),
      fc: compressed ? (raw & ~0x40000000) / 2 : raw,
      compressed,
    });
  }
  return pieces;
}

/** Bytes 0x80–0x9f of cp1252 (8-bit pieces); the rest of the range is Latin-1. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function piecesText(doc: Buffer, pieces: Piece[], ccpText: number): string {
  const parts: string[] = [];
  for (const piece of pieces) {
    if (piece.cpStart >= ccpText) break;
    const count = Math.min(piece.cpEnd, ccpText) - piece.cpStart;
    if (count <= 0) continue;
    if (piece.compressed) {
      const bytes = slice(doc, piece.fc, count);
      let s = '';
      for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b);
      parts.push(s);
    } else parts.push(slice(doc, piece.fc, count * 2).toString('utf16le'));
  }
  return parts.join('');
}

/** Every paragraph's FC range and table properties, from the PAPX FKP pages (512 bytes each). */
function readParagraphRuns(
  doc: Buffer,
  table: Buffer,
  data: Buffer | null,
  fcPlc: number,
  lcbPlc: number,
): ParagraphRun[] {
  const plc = slice(table, fcPlc, lcbPlc);
  const count = (lcbPlc - 4) / 8;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('bad PAPX table');
  const runs: ParagraphRun[] = [];
  for (let i = 0; i < count; i += 1) {
    const page = slice(doc, plc.readUInt32LE((count + 1) * 4 + i * 4) * 512, 512);
    const crun = page[511];
    for (let j = 0; j < crun; j += 1) {
      const offset = page[(crun + 1) * 4 + j * 13] * 2;
      const props = offset === 0 ? NONE : papxProps(page, offset, data);
      runs.push({ fcStart: page.readUInt32LE(j * 4), fcEnd: page.readUInt32LE((j + 1) * 4), props });
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

function findRun(runs: ParagraphRun[], fc: number): ParagraphRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].fcEnd <= fc) lo = mid + 1;
    else if (runs[mid].fcStart > fc) hi = mid - 1;
    else return runs[mid];
  }
  return undefined;
}

const sprmPFInTable = 0x2416;
const sprmPFTtp = 0x2417;
const sprmPItap = 0x6649;
const sprmPFInnerTtp = 0x244c;
const sprmTDefTable = 0xd608;
const sprmPChgTabs = 0xc615;
const sprmPHugePapx = 0x6646;

/** A PapxInFkp: cb, then istd (2 bytes) and the sprms. */
function papxProps(page: Buffer, offset: number, data: Buffer | null): ParagraphProps {
  let cb = page[offset];
  let start = offset + 1;
  let length = cb * 2 - 1;
  if (cb === 0) {
    cb = page[offset + 1];
    start = offset + 2;
    length = cb * 2;
  }
  const grpprl = slice(page, start, Math.min(length, 511 - start));
  // Properties too large for the page (a wide row's table definition) live in the Data stream.
  if (grpprl.length >= 8 && grpprl.readUInt16LE(2) === sprmPHugePapx && data) {
    const at = grpprl.readUInt32LE(4);
    const huge = slice(data, at + 2, slice(data, at, 2).readUInt16LE(0));
    return sprmProps(Buffer.concat([grpprl.subarray(0, 2), huge]));
  }
  return sprmProps(grpprl);
}

/** istd (2 bytes), then the sprms that matter for tables. */
function sprmProps(grpprl: Buffer): ParagraphProps {
  const props: ParagraphProps = { inTable: false, rowEnd: false, depth: 1 };
  let inner = false;
  for (let pos = 2; pos + 2 <= grpprl.length;) {
    const sprm = grpprl.readUInt16LE(pos);
    pos += 2;
    const size = operandSize(grpprl, pos, sprm);
    if (pos + size > grpprl.length) break;
    if (sprm === sprmPFInTable) props.inTable = grpprl[pos] === 1;
    else if (sprm === sprmPFTtp) props.rowEnd = grpprl[pos] === 1;
    else if (sprm === sprmPFInnerTtp) inner = grpprl[pos] === 1;
    else if (sprm === sprmPItap) props.depth = grpprl.readInt32LE(pos);
    else if (sprm === sprmTDefTable) {
      const itcMac = grpprl[pos + 2];
      if (3 + (itcMac + 1) * 2 <= size)
        props.cellEdges = Array.from({ length: itcMac + 1 }, (_, k) => grpprl.readInt16LE(pos + 3 + k * 2));
    }
    pos += size;
  }
  if (inner) props.rowEnd = false; // a nested table's row end: part of the outer cell's text
  return props;
}

/** The operand's length from the sprm's spra bits; sprmTDefTable and sprmPChgTabs have their own rules. */
function operandSize(grpprl: Buffer, pos: number, sprm: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default: {
      if (pos >= grpprl.length) return grpprl.length;
      if (sprm === sprmTDefTable)
        return pos + 2 <= grpprl.length ? grpprl.readUInt16LE(pos) + 1 : grpprl.length;
      if (sprm === sprmPChgTabs && grpprl[pos] === 255) return grpprl.length; // rare; stop reading here
      return grpprl[pos] + 1;
    }
  }
}
