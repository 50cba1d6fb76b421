import type { JixiaoDocument } from '../domain/document.js';
import { tableLabel } from '../domain/labels.js';
import type { RowPlacement } from './types.js';

/** Longest excerpt of a row's cells shown per line. */
const EXCERPT = 50;

/**
 * `jixiao import FILE --explain`: every source row, and where it went (表1「名称」：指标第3条…) or why
 * it was set aside, one line each, so a misread table shows at a glance.
 */
export function formatExplain(rows: RowPlacement[], document: JixiaoDocument): string {
  const names = document.tables.map((table, i) => `表${i + 1}「${tableLabel(table)}」`);
  const lines: string[] = [];
  for (const row of rows) {
    const text = row.cells.map((cell) => cell.replace(/\s*\n\s*/g, ' ')).join(' | ');
    const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
    const target = row.table === null ? '' : (names[row.table] ?? `表${row.table + 1}`);
    const went = row.went.filter((w) => w !== '表外文字');
    const parts: string[] = [];
    if (went.length > 0) parts.push(`${target ? `${target}：` : ''}${went.join('、')}`);
    else if (row.went.includes('表外文字')) parts.push('表外文字（保留为文档中的说明文字）');
    for (const reason of row.setAside) parts.push(`未导入：${reason.replace(/[。.]$/, '')}`);
    if (parts.length === 0) parts.push('未读入任何内容');
    lines.push(`${row.where}　${excerpt}\n    → ${parts.join('；')}`);
  }
  return `${lines.join('\n')}\n`;
}
