/** A path as it must be typed in a suggested command: quoted when it holds spaces or shell characters. */
export function shellQuote(path: string): string {
  if (/^[\w./:@%+=,~\u0080-\uffff-]+$/u.test(path) && !/[\s\u3000]/u.test(path)) return path;
  if (process.platform === 'win32') return `"${path.replace(/"/g, '""')}"`;
  return `'${path.replace(/'/g, `'\\''`)}'`;
}
