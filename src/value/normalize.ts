/**
 * Text normalisation shared by the value and money parsers: full-width forms to ASCII (NFKC),
 * the operator spellings seen in real tables to one symbol each, and whitespace removed.
 */
export function normalizeText(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/≧|>=|≥=|=>/g, '≥')
    .replace(/≦|<=|≤=|=</g, '≤')
    .replace(/[＜]/g, '<')
    .replace(/[＞]/g, '>');
}

/** `1,434` → `1434`; only true thousands groups are joined, so `1,2` stays as it is. */
export function stripThousands(text: string): string {
  return text.replace(/\d{1,3}(?:,\d{3})+(?!\d)/g, (m) => m.replace(/,/g, ''));
}

/** A decimal number at the start of `text`: its value and the rest of the text, or null. */
export function leadingNumber(text: string): { value: number; rest: string; digits: string } | null {
  const m = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))/.exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  if (!Number.isFinite(value)) return null;
  return { value, rest: text.slice(m[1].length), digits: m[1] };
}
