import type { TextRun } from './pdf-page.js';

/** Text runs on one baseline, left to right. */
export interface TextLine {
  runs: TextRun[];
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
}

/** Groups runs into lines: runs whose vertical middles are within half a font size share a line. */
export function toLines(runs: TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => mid(a) - mid(b) || a.x0 - b.x0);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(mid(run) - mid(last[0])) <= Math.min(run.size, last[0].size) * 0.5) last.push(run);
    else groups.push([run]);
  }
  return groups.map(makeLine).sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

const mid = (r: { top: number; bottom: number }): number => (r.top + r.bottom) / 2;

function makeLine(group: TextRun[]): TextLine {
  const runs = group.sort((a, b) => a.x0 - b.x0);
  let text = '';
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i];
    if (i > 0) {
      const gap = run.x0 - runs[i - 1].x1;
      // Two spaces for a wide gap (fields set apart on one line: "项目编码：…  项目名称：…").
      if (gap > run.size * 1.5) text = text.trimEnd() + '  ';
      // Word and WPS set Chinese apart from Latin and digits by a small gap that is no character.
      else if (gap > run.size * (latinPair(text, run.text) ? 0.2 : 0.6) && !/\s$/.test(text)) text += ' ';
    }
    text += run.text;
  }
  return {
    runs,
    text: text.trim(),
    x0: runs[0].x0,
    x1: Math.max(...runs.map((r) => r.x1)),
    top: Math.min(...runs.map((r) => r.top)),
    bottom: Math.max(...runs.map((r) => r.bottom)),
    size: Math.max(...runs.map((r) => r.size)),
  };
}

const WORDISH = /[A-Za-z0-9]/;

function latinPair(before: string, after: string): boolean {
  return /[A-Za-z0-9.,;:%)]$/.test(before) && /^[A-Za-z0-9(]/.test(after);
}
/** Characters that never start a line (kinsoku) travel with the character before them. */
const NO_LINE_START = /^[，。、；：！？）》」』】〕”’%％,.;:!?)\]]/;
const NO_LINE_END = /[（《「『【〔“‘([]$/;

/**
 * Joins the lines of one paragraph-like area (a cell, a wrapped paragraph) back into text. A line
 * that stopped although the next line's first word would have fitted before `right` ended with a
 * line break the author typed ('\n'); otherwise the text only wrapped (joined directly, or with a
 * space between two Latin words).
 */
export function joinLines(lines: TextLine[], right: number): string {
  let text = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (i === 0) {
      text = line.text;
      continue;
    }
    const previous = lines[i - 1];
    const wrapped = previous.x1 + firstWordWidth(line) > right || NO_LINE_END.test(previous.text);
    if (!wrapped) text += '\n';
    else if (
      WORDISH.test(previous.text.slice(-1)) &&
      /^[A-Za-z]/.test(line.text) &&
      /[A-Za-z]$/.test(previous.text)
    )
      text += ' ';
    text += line.text;
  }
  return text;
}

/** The width the next line's first unbreakable piece would need at the end of the line before. */
function firstWordWidth(line: TextLine): number {
  const chars: Array<{ char: string; width: number }> = [];
  for (const run of line.runs) {
    const own = [...run.text];
    for (const char of own) chars.push({ char, width: (run.x1 - run.x0) / own.length });
    if (chars.length > 24) break;
  }
  if (chars.length === 0) return 0;
  let count = 1;
  if (WORDISH.test(chars[0].char)) {
    while (count < chars.length && /[A-Za-z0-9.%-]/.test(chars[count].char)) count += 1;
  } else if (NO_LINE_END.test(chars[0].char)) count = Math.min(2, chars.length);
  while (count < chars.length && NO_LINE_START.test(chars[count].char)) count += 1;
  return chars.slice(0, count).reduce((sum, c) => sum + c.width, 0);
}
