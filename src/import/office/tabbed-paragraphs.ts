import { readTextBlocks } from '../text/layout.js';
import type { Block } from '../types.js';

/**
 * A table typed as paragraphs with tabs between the cells (a Word or WPS document with no table
 * grid): each run of paragraphs among which two or more have tabs is read as text lines are, so its
 * rows become a table as in a .txt copy (one tabbed line alone is a line spaced out, not a table).
 * Line numbers are left out: the rows are paragraphs, not lines.
 */
export function withTabbedRows(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.filter((text) => text.includes('\t')).length >= 2)
      for (const block of readTextBlocks(run.join('\n')))
        out.push(block.kind === 'table' ? { kind: 'table', rows: block.rows } : block);
    else for (const text of run) out.push({ kind: 'paragraph', text });
    run = [];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') run.push(block.text);
    else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}
