/**
 * What the PDF reader keeps of a page: text runs and ruling lines, in page coordinates with the
 * origin at the top left and y growing downwards (rotation already applied), in points.
 */
export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /** Font size (the height of the em box). */
  size: number;
}

/** A horizontal (`pos` = y, `from`..`to` along x) or vertical (`pos` = x, along y) line. */
export interface Segment {
  horizontal: boolean;
  pos: number;
  from: number;
  to: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
  /** Whether the page paints pictures (a scan has pictures and no text). */
  hasImages: boolean;
}

export type Matrix = [number, number, number, number, number, number];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
