import { Box, Text } from 'ink';
import type { Finding } from '../../domain/finding.js';
import type { Glyphs } from '../look.js';
import type { Issue } from '../state/review.js';
import { wrapText } from '../text/wrap.js';
import { useGlyphs } from './Look.js';

const SEVERITY: Record<Finding['severity'], { label: string; color: string }> = {
  error: { label: '错误', color: 'red' },
  warning: { label: '警告', color: 'yellow' },
  info: { label: '提示', color: 'blue' },
};

function mark(finding: Finding, glyphs: Glyphs): string {
  return finding.severity === 'error'
    ? glyphs.error
    : finding.severity === 'warning'
      ? glyphs.warning
      : glyphs.info;
}

/** Where a finding points, in words: "三级指标“培训人数” · 指标值"; with the tables' names, which table first. */
export function issuePlace(finding: Finding, tableNames?: string[]): string {
  const { indicator, field, section, tableIndex } = finding.location;
  const table = tableNames && tableIndex !== undefined ? tableNames[tableIndex] : undefined;
  return [table ? `【${table}】` : '', indicator ? `“${indicator}”` : (section ?? ''), field ?? '']
    .filter(Boolean)
    .join(' · ');
}

function issueHead(f: Finding, glyphs: Glyphs, showPlace: boolean, tableNames?: string[]): string {
  const place = showPlace ? issuePlace(f, tableNames) : '';
  return `${mark(f, glyphs)} ${SEVERITY[f.severity].label}${place ? `（${place}）` : ''}：`;
}

/** The lines one issue takes at this width (so a screen can give the list room for whole issues). */
export function issueLines(
  issue: Issue,
  width: number,
  glyphs: Glyphs,
  showPlace = true,
  tableNames?: string[],
): string[] {
  const f = issue.finding;
  const opinion = f.secondOpinion
    ? `  模型认为：${f.secondOpinion.agreed ? '同意' : '不同意'} — ${f.secondOpinion.reason}`
    : '';
  return [
    ...wrapText(
      `${issueHead(f, glyphs, showPlace, tableNames)}${f.message}${f.suggestion ? ` 建议：${f.suggestion}` : ''}`,
      Math.max(10, width - 2),
    ),
    ...(opinion ? wrapText(opinion, Math.max(10, width - 2)) : []),
  ];
}

/**
 * Issues with their messages wrapped to the width, at most `height` rows; with `selected` one is
 * highlighted (the list has the keyboard) and the window follows it. An issue is never cut: one that
 * does not fit is counted in a last line instead (only a single issue taller than the list is cut).
 */
export function IssueList({
  issues,
  width,
  height,
  selected,
  showPlace = true,
  moreHint = '',
  tableNames,
}: {
  issues: Issue[];
  width: number;
  height: number;
  selected?: number;
  showPlace?: boolean;
  /** After "还有 n 条": where to see them. */
  moreHint?: string;
  /** The document's table names: each issue says which table it is in (a file's report). */
  tableNames?: string[];
}) {
  const glyphs = useGlyphs();
  const blocks = issues.map((issue, i) => ({
    i,
    lines: issueLines(issue, width, glyphs, showPlace, tableNames),
    color: SEVERITY[issue.finding.severity].color,
  }));
  // Start the window so the selected issue is fully visible.
  let start = 0;
  if (selected !== undefined) {
    let used = 0;
    start = selected;
    while (start > 0 && used + blocks[start - 1].lines.length + blocks[selected].lines.length <= height)
      used += blocks[--start].lines.length;
  }
  const out: Array<{ key: string; text: string; color: string; active: boolean }> = [];
  const rest = blocks.slice(start);
  for (const [n, block] of rest.entries()) {
    const left = rest.length - n;
    const room = height - out.length - (left > 1 ? 1 : 0);
    if (out.length >= height) break;
    if (out.length > 0 && block.lines.length > room) {
      out.push({ key: 'more', text: `  …… 还有 ${left} 条${moreHint}`, color: 'gray', active: false });
      break;
    }
    for (const [k, line] of block.lines.entries()) {
      if (out.length >= height) break;
      out.push({
        key: `${block.i}-${k}`,
        text: `${k === 0 && block.i === selected ? glyphs.pointer : ' '} ${line}`,
        color: block.color,
        active: block.i === selected,
      });
    }
  }
  return (
    <Box flexDirection="column">
      {out.map((l) => (
        <Text key={l.key} color={l.color} inverse={l.active}>
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
