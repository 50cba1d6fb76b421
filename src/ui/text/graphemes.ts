import stringWidth from 'string-width';

/**
 * Text is edited by grapheme (what a person sees as one character): 𠮷 is two UTF-16 units, 👍🏽 is
 * four, 👨‍👩‍👧 is eight; each is one step of the cursor and one Backspace.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function previousBoundary(text: string, offset: number): number {
  let previous = 0;
  for (const { index } of segmenter.segment(text)) {
    if (index >= offset) break;
    previous = index;
  }
  return Math.min(previous, offset);
}

export function nextBoundary(text: string, offset: number): number {
  for (const { index, segment } of segmenter.segment(text)) {
    if (index >= offset) return index + segment.length;
  }
  return text.length;
}

/** Display width in terminal columns (CJK and emoji count 2). */
export function widthOf(text: string): number {
  return stringWidth(text);
}

/** Pads with spaces to a display width (never cuts). */
export function padTo(text: string, width: number): string {
  const missing = width - stringWidth(text);
  return missing > 0 ? text + ' '.repeat(missing) : text;
}

/** Cuts to at most `width` columns, ending with … when cut. */
export function truncateTo(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = stringWidth(g);
    if (used + w > width - 1) break;
    out += g;
    used += w;
  }
  return `${out}…`;
}
