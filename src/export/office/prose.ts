/**
 * Prose as it goes on paper: lines of text, and runs of tab-separated lines (a table that was kept
 * as text on import, such as a 项目支出资金概况) drawn as a table again.
 */
export type ProsePart = { kind: 'line'; text: string } | { kind: 'grid'; rows: string[][] };

export function proseParts(text: string): ProsePart[] {
  const parts: ProsePart[] = [];
  for (const line of text.split('\n')) {
    if (!line.includes('\t')) {
      if (line.trim() !== '') parts.push({ kind: 'line', text: line });
      continue;
    }
    const last = parts[parts.length - 1];
    const cells = line.split('\t');
    if (last?.kind === 'grid') last.rows.push(cells);
    else parts.push({ kind: 'grid', rows: [cells] });
  }
  for (const part of parts) {
    if (part.kind !== 'grid') continue;
    const width = Math.max(...part.rows.map((r) => r.length));
    for (const row of part.rows) while (row.length < width) row.push('');
  }
  return parts;
}
