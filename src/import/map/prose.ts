import type { Prose } from '../../domain/document.js';
import { cellText, isProseHeading } from './labels.js';

/**
 * Text that is not part of a table (a 自评报告's chapters, notes under a table, a table that is not
 * one of ours) kept in order: a heading starts a section, paragraphs are its text.
 */
export class ProseCollector {
  readonly sections: Prose[] = [];
  private current: Prose | null = null;

  /** `before`: how many tables stand before this text (its place among the tables). */
  paragraph(text: string, before: number): void {
    const line = text.trim();
    if (line === '') return;
    if (isProseHeading(line)) {
      this.current = { title: line, text: '', before };
      this.sections.push(this.current);
    } else this.append(line, before);
  }

  /** A table kept as text: one line per row, cells separated by tabs. */
  table(rows: string[][], before: number): void {
    const lines = rows
      .map((row) => row.map((cell) => cellText(cell).replace(/\n/g, ' ')))
      .filter((row) => row.some((cell) => cell !== ''))
      .map((row) => trimTrailingTabs(row.join('\t')));
    if (lines.length > 0) this.append(lines.join('\n'), before);
  }

  /** A heading with nothing under it (a document title, a table title whose table was empty). */
  heading(title: string, before: number): void {
    this.current = { title: title.trim(), text: '', before };
    this.sections.push(this.current);
  }

  private append(text: string, before: number): void {
    if (this.current && this.current.before === before) {
      this.current.text = this.current.text ? `${this.current.text}\n${text}` : text;
      return;
    }
    this.current = { title: '', text, before };
    this.sections.push(this.current);
  }
}

/** The line without its trailing tabs (a loop: /\t+$/ backtracks quadratically on a row of many empty cells). */
function trimTrailingTabs(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 9) end -= 1;
  return line.slice(0, end);
}
