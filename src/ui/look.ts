/**
 * How frames and marks are drawn: box-drawing characters where the terminal can draw them, plain
 * ASCII where it cannot (the Linux console, TERM=dumb, a non-UTF-8 locale, or settings.display = ascii).
 */
export interface Glyphs {
  ascii: boolean;
  h: string;
  v: string;
  cross: string;
  pointer: string;
  ok: string;
  error: string;
  warning: string;
  info: string;
  rejected: string;
  edited: string;
  pending: string;
  dot: string;
  border:
    | 'round'
    | {
        topLeft: string;
        top: string;
        topRight: string;
        right: string;
        bottomRight: string;
        bottom: string;
        bottomLeft: string;
        left: string;
      };
}

export const UNICODE_GLYPHS: Glyphs = {
  ascii: false,
  h: '─',
  v: '│',
  cross: '┼',
  pointer: '›',
  ok: '✓',
  error: '✗',
  warning: '!',
  info: 'i',
  rejected: '×',
  edited: '✎',
  pending: '·',
  dot: '·',
  border: 'round',
};

export const ASCII_GLYPHS: Glyphs = {
  ascii: true,
  h: '-',
  v: '|',
  cross: '+',
  pointer: '>',
  ok: 'v',
  error: 'x',
  warning: '!',
  info: 'i',
  rejected: '-',
  edited: '*',
  pending: '.',
  dot: '.',
  border: {
    topLeft: '+',
    top: '-',
    topRight: '+',
    right: '|',
    bottomRight: '+',
    bottom: '-',
    bottomLeft: '+',
    left: '|',
  },
};

/** Whether the terminal is likely to draw box characters well. */
export function canDrawBoxes(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  if (env.TERM === 'linux' || env.TERM === 'dumb') return false;
  if (platform === 'win32') return Boolean(env.WT_SESSION || env.TERM_PROGRAM || env.ConEmuANSI === 'ON');
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return locale === '' || /utf-?8/i.test(locale);
}

export function glyphsFor(
  display: 'auto' | 'unicode' | 'ascii',
  env: NodeJS.ProcessEnv = process.env,
): Glyphs {
  if (display === 'ascii') return ASCII_GLYPHS;
  if (display === 'unicode') return UNICODE_GLYPHS;
  return canDrawBoxes(env) ? UNICODE_GLYPHS : ASCII_GLYPHS;
}
