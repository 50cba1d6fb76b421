/**
 * A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending
 * with an apostrophe, not 'History', and unique in the workbook regardless of case (a number is
 * added: 项目（2）). `used` collects the names given so far.
 */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  const cleaned =
    wanted
      // eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name
      .replace(/[:\\/?*[\]\u0000-\u001f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '') || '表';
  const base = cleaned.toLowerCase() === 'history' ? `${cleaned}表` : cleaned;
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `（${n}）`;
    const name =
      Array.from(base)
        .slice(0, 31 - Array.from(suffix).length)
        .join('')
        .replace(/'+$/, '') + suffix;
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}
