import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../types.js';
import { apply, multiply, type Matrix, type PdfPage, type Segment, type TextRun } from './pdf-page.js';

type PdfJs = typeof PdfJsModule;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;

let loading: Promise<PdfJs> | undefined;

const KEEP: Array<[object, string]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [globalThis, 'self'],
];

/**
 * pdfjs (legacy build, for Node) is loaded only when a PDF is opened, so nothing else pays for it.
 * Its worker runs in this thread (no worker file, no network): pdfjs looks for the worker's message
 * handler on globalThis.pdfjsWorker before it would start a worker.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // The legacy build carries core-js, which replaces some built-ins for the whole process: a
    // slower Array.prototype.push (Node 20 fails one of its edge-case tests) and JSON.parse/stringify,
    // and defines globalThis.self (which makes libraries take Node for a browser). pdfjs works with
    // the built-ins, so they are put back; the additions it needs (Promise.withResolvers…) stay.
    const saved = KEEP.map(([owner, key]) => Object.getOwnPropertyDescriptor(owner, key));
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      // The worker module has no type declarations; only its presence matters here.
      import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string) as Promise<unknown>,
    ]);
    KEEP.forEach(([owner, key], i) => {
      const descriptor = saved[i];
      if (descriptor) Object.defineProperty(owner, key, descriptor);
      else delete (owner as Record<string, unknown>)[key];
    });
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return pdfjs;
  })();
  return loading;
}

/** Local folders of pdfjs's CJK character maps and standard fonts (read from disk, never fetched). */
function dataUrls(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const folder = (name: string): string => `${pathToFileURL(join(root, name)).pathname}/`;
  return { cMapUrl: folder('cmaps'), standardFontDataUrl: folder('standard_fonts') };
}

/** Opens a PDF and reads every page's text runs and ruling lines. Throws ImportError only. */
export async function readPdfPages(bytes: Uint8Array, path: string): Promise<PdfPage[]> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: Uint8Array.from(bytes), // pdfjs takes ownership of (detaches) the buffer it is given
    ...dataUrls(),
    cMapPacked: true,
    useWorkerFetch: false,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document: PdfDocument;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException')
      throw new ImportError(
        `${path} 设置了打开密码，无法读取。请用 PDF 阅读器输入密码打开，另存为不加密的 PDF 后再导入，或使用原始的 Word/Excel 文件。`,
      );
    throw new ImportError(
      `${path} 是 PDF 文件，但内容已损坏或不完整，无法读取。请重新获取原文件，或使用原始的 Word/Excel 文件。`,
    );
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= document.numPages; n += 1) {
      try {
        pages.push(await readPage(pdfjs, await document.getPage(n)));
      } catch {
        throw new ImportError(
          `${path} 是 PDF 文件，但第 ${n} 页已损坏，无法读取。请重新获取原文件，或使用原始的 Word/Excel 文件。`,
        );
      }
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

async function readPage(pdfjs: PdfJs, page: PdfPageProxy): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const run = textRun(item.str, item.transform as Matrix, item.width, view);
    if (run) runs.push(run);
  }
  // Ruling lines only matter where there is text to put in cells; a page of pictures only is a scan.
  const { segments, hasImages } = await pageGraphics(pdfjs, page, view, runs.length > 0);
  return { width: viewport.width, height: viewport.height, runs, segments, hasImages };
}

/** A text item's box on the page: its start, its advance along the baseline and its height. */
function textRun(text: string, transform: Matrix, width: number, view: Matrix): TextRun | null {
  const [a, b, c, d, e, f] = transform;
  const along = Math.hypot(a, b);
  const size = Math.hypot(c, d);
  if (along === 0 || size === 0) return null;
  const dx = (a / along) * width;
  const dy = (b / along) * width;
  // Descent ~0.15 em below the baseline, ascent ~0.85 em above it.
  const [ux, uy] = [c, d];
  const corners = [
    apply(view, e - ux * 0.15, f - uy * 0.15),
    apply(view, e + dx - ux * 0.15, f + dy - uy * 0.15),
    apply(view, e + ux * 0.85, f + uy * 0.85),
    apply(view, e + dx + ux * 0.85, f + dy + uy * 0.85),
  ];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return {
    text,
    x0: Math.min(...xs),
    x1: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
    size,
  };
}

/** Path drawing codes inside pdfjs's constructPath buffers (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;
/** Shorter than this is a dot, not a ruling line; thinner than this a filled rectangle is a line. */
const MIN_LENGTH = 2;
const MAX_THICKNESS = 3;

async function pageGraphics(
  pdfjs: PdfJs,
  page: PdfPageProxy,
  view: Matrix,
  wantLines: boolean,
): Promise<{ segments: Segment[]; hasImages: boolean }> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList({ intent: 'display' });
  const painted = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fill,
    OPS.eoFill,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const stroked = new Set<number>([
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ]);
  const images = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
  ]);
  const segments: Segment[] = [];
  let hasImages = false;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < list.fnArray.length; i += 1) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args[0]) && args[0].length === 6) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (images.has(fn)) hasImages = true;
    else if (wantLines && fn === OPS.constructPath) {
      const [op, [buffer]] = args as [number, [ArrayLike<number> | null]];
      if (!buffer || !painted.has(op)) continue;
      pathSegments(buffer, multiply(view, ctm), stroked.has(op), segments);
    }
  }
  return { segments, hasImages };
}

/** The straight horizontal and vertical pieces of a painted path, in page coordinates. */
function pathSegments(buffer: ArrayLike<number>, m: Matrix, stroked: boolean, out: Segment[]): void {
  const subpaths: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  for (let k = 0; k < buffer.length;) {
    const code = buffer[k++];
    if (code === MOVE) {
      if (current.length > 0) subpaths.push(current);
      current = [apply(m, buffer[k], buffer[k + 1])];
      k += 2;
    } else if (code === LINE) {
      current.push(apply(m, buffer[k], buffer[k + 1]));
      k += 2;
    } else if (code === CURVE) {
      current.push(apply(m, buffer[k + 4], buffer[k + 5]));
      k += 6;
    } else if (code === QUAD) {
      current.push(apply(m, buffer[k + 2], buffer[k + 3]));
      k += 4;
    } else if (code === CLOSE) {
      if (current.length > 1) current.push(current[0]);
    } else break; // unknown code: stop rather than misread the rest
  }
  if (current.length > 0) subpaths.push(current);
  for (const points of subpaths) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // A thin filled (or stroked) rectangle is a ruling line, as Word's PDF export draws borders.
    if (maxY - minY <= MAX_THICKNESS && maxX - minX >= MIN_LENGTH) {
      out.push({ horizontal: true, pos: (minY + maxY) / 2, from: minX, to: maxX });
      continue;
    }
    if (maxX - minX <= MAX_THICKNESS && maxY - minY >= MIN_LENGTH) {
      out.push({ horizontal: false, pos: (minX + maxX) / 2, from: minY, to: maxY });
      continue;
    }
    if (!stroked) continue; // a filled area (cell shading, a page background) draws no lines
    for (let j = 1; j < points.length; j += 1) {
      const [x0, y0] = points[j - 1];
      const [x1, y1] = points[j];
      if (Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) >= MIN_LENGTH)
        out.push({ horizontal: true, pos: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
      else if (Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) >= MIN_LENGTH)
        out.push({ horizontal: false, pos: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
    }
  }
}
