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

/** Where a finding points, in words: "三级指标“培训人数” · 指标值". */
export function issuePlace(finding: Finding): string {
  const { indicator, field, section } = finding.location;
  return [indicator ? `“${indicator}”` : (section ?? ''), field ?? ''].filter(Boolean).join(' · ');
}

/**
 * Issues with their messages wrapped to the width, at most `height` rows; with `selected` one is
 * highlighted (the list has the keyboard) and the window follows it.
 */
export function IssueList({
  issues,
  width,
  height,
  selected,
  showPlace = true,
}: {
  issues: Issue[];
  width: number;
  height: number;
  selected?: number;
  showPlace?: boolean;
}) {
  const glyphs = useGlyphs();
  const blocks = issues.map((issue, i) => {
    const f = issue.finding;
    const head = `${mark(f, glyphs)} ${SEVERITY[f.severity].label}${showPlace && issuePlace(f) ? `（${issuePlace(f)}）` : ''}：`;
    const opinion = f.secondOpinion
      ? `  模型认为：${f.secondOpinion.agreed ? '同意' : '不同意'} — ${f.secondOpinion.reason}`
      : '';
    const lines = [
      ...wrapText(
        `${head}${f.message}${f.suggestion ? ` 建议：${f.suggestion}` : ''}`,
        Math.max(10, width - 2),
      ),
      ...(opinion ? wrapText(opinion, Math.max(10, width - 2)) : []),
    ];
    return { i, lines, color: SEVERITY[f.severity].color };
  });
  // Start the window so the selected issue is fully visible.
  let start = 0;
  if (selected !== undefined) {
    let used = 0;
    start = selected;
    while (start > 0 && used + blocks[start - 1].lines.length + blocks[selected].lines.length <= height)
      used += blocks[--start].lines.length;
  }
  const out: Array<{ key: string; text: string; color: string; active: boolean }> = [];
  for (const block of blocks.slice(start)) {
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
