import type { Severity } from '../domain/finding.js';

/** ANSI colours when writing to a terminal (and NO_COLOR unset); plain text otherwise. */
export function paint(enabled: boolean) {
  const wrap = (code: string) => (text: string) => (enabled ? `\u001b[${code}m${text}\u001b[0m` : text);
  return {
    red: wrap('31'),
    yellow: wrap('33'),
    cyan: wrap('36'),
    green: wrap('32'),
    bold: wrap('1'),
    dim: wrap('2'),
  };
}

export function colorsEnabled(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
