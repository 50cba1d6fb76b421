import { Marked, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Glyphs } from '../look.js';
import { widthOf } from '../text/graphemes.js';
import { layoutTable, type Column } from '../text/table.js';
import { wrapStyled } from '../text/wrap.js';

/**
 * The Markdown export shown in the terminal. Prose goes through marked-terminal with its reflow
 * off (it breaks Chinese lines badly) and is wrapped here by display width; tables are laid out
 * here by display width, one field per line when the terminal is too narrow. Loaded on demand.
 */

export interface PreviewLine {
  text: string;
  /** A `##` heading line: the start of a table (←→ jump between them). */
  heading?: boolean;
  bold?: boolean;
  dim?: boolean;
}

let prose: Marked | null = null;
function proseRenderer(): Marked {
  prose ??= new Marked().use(
    markedTerminal({ reflowText: false, width: 10_000, showSectionPrefix: false, tab: 2 }) as never,
  );
  return prose;
}

/** Cell text from the export's escaping back to plain text: `<br>` → line break, `\|` → `|`. */
function cellText(cell: Tokens.TableCell): string {
  return cell.text.replace(/<br\s*\/?>/gi, '\n').replace(/\\([\\`*_[\]<|#>+-])/g, '$1');
}

function tableLines(token: Tokens.Table, width: number, glyphs: Glyphs): PreviewLine[] {
  const rows = token.rows.map((r) => r.map(cellText));
  // A column narrower than 10 makes Chinese text unreadable: below that the table goes one field per line.
  const columns: Column[] = token.header.map((h, i) => {
    const widest = Math.max(widthOf(cellText(h)), ...rows.map((r) => widthOf(r[i] ?? '')));
    return { title: cellText(h), min: Math.min(widest, 10) };
  });
  const layout = layoutTable(columns, rows, width, { wrap: true, separator: ` ${glyphs.v} ` });
  if (layout.mode === 'stacked') {
    return layout.rows.flatMap((lines, i) => [
      ...(i > 0 ? [{ text: glyphs.h.repeat(Math.min(width, 20)), dim: true }] : []),
      ...lines.map((text) => ({ text })),
    ]);
  }
  const rule = layout.widths.map((w) => glyphs.h.repeat(w)).join(`${glyphs.h}${glyphs.cross}${glyphs.h}`);
  const multi = layout.rows.some((r) => r.length > 1);
  return [
    ...layout.header.map((text) => ({ text, bold: true })),
    { text: rule, dim: true },
    ...layout.rows.flatMap((lines, i) => [
      ...(multi && i > 0 ? [{ text: rule, dim: true }] : []),
      ...lines.map((text) => ({ text })),
    ]),
  ];
}

export function renderPreview(markdown: string, width: number, glyphs: Glyphs): PreviewLine[] {
  const tokens = new Marked().lexer(markdown);
  const out: PreviewLine[] = [];
  for (const token of tokens as Token[]) {
    if (token.type === 'space') continue;
    if (token.type === 'table') {
      out.push(...tableLines(token as Tokens.Table, width, glyphs), { text: '' });
      continue;
    }
    const heading = token.type === 'heading' && (token as Tokens.Heading).depth <= 2;
    const rendered = (proseRenderer().parser([token]) as string).replace(/\n+$/, '');
    for (const line of rendered.split('\n')) {
      for (const text of wrapStyled(line, width))
        out.push({ text, ...(heading ? { heading: true, bold: true } : {}) });
    }
    out.push({ text: '' });
  }
  while (out.length > 0 && out[out.length - 1].text === '') out.pop();
  return out;
}
