import { Box, Text } from 'ink';
import { useState } from 'react';
import { useGlyphs } from '../components/Look.js';
import { Title } from '../components/Title.js';
import { useKeys } from '../hooks/useKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import {
  COMMANDS,
  GLOBAL_KEYS,
  SCREEN_KEYS,
  entryLabel,
  keyMatcher,
  type KeyContext,
  type KeyEntry,
} from '../keys/bindings.js';
import { CONTEXT_TITLES } from '../keys/context.js';
import type { Glyphs } from '../look.js';
import { padTo, widthOf } from '../text/graphemes.js';
import { wrapText } from '../text/wrap.js';

/** What the marks before and after an indicator row mean (the review grid). */
export function markerLegend(glyphs: Glyphs): Array<[string, string]> {
  return [
    [glyphs.pending, '起草的建议，还没有处理'],
    [glyphs.ok, '已接受'],
    [glyphs.edited, '已修改'],
    [glyphs.rejected, '已拒绝（导出时不含这一行）'],
    ['+', '自己新增的指标'],
    [`${glyphs.error}2`, '这一行有 2 个错误（确认本表前要改好，或按 k 说明保留理由）'],
    [`${glyphs.warning}1`, '这一行有 1 个警告（不影响确认本表）'],
  ];
}

function entryLines(entries: KeyEntry[], width: number): string[] {
  const labelWidth = Math.min(14, Math.max(...entries.map((e) => widthOf(entryLabel(e)))) + 2);
  return entries.flatMap((e) =>
    wrapText(e.text, Math.max(10, width - labelWidth - 2)).map(
      (line, i) => `  ${padTo(i === 0 ? entryLabel(e) : '', labelWidth)}${line}`,
    ),
  );
}

/** The help screen (? or F1): every key of the screen below it, the keys that work everywhere, and the row marks. */
export function HelpScreen({ context, onClose }: { context: KeyContext; onClose: () => void }) {
  const { columns, rows } = useTerminalSize();
  const glyphs = useGlyphs();
  const [top, setTop] = useState(0);
  const lines = [
    '本屏按键：',
    ...entryLines(SCREEN_KEYS[context], columns),
    '',
    '任何界面：',
    ...entryLines(GLOBAL_KEYS, columns),
    ...(context === 'review'
      ? [
          '',
          '指标行前后的标记：',
          ...markerLegend(glyphs).map(([mark, text]) => `  ${padTo(mark, 6)}${text}`),
        ]
      : []),
  ];
  const room = Math.max(3, rows - 4);
  const last = Math.max(0, lines.length - room);
  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      if (is('down')) setTop((t) => Math.min(last, t + 1));
      else if (is('up')) setTop((t) => Math.max(0, t - 1));
      else if (is('pageDown')) setTop((t) => Math.min(last, t + room));
      else if (is('pageUp')) setTop((t) => Math.max(0, t - room));
      else if (is('back') || is('help') || is('confirm') || is('leave')) onClose();
    },
    { isActive: true },
  );
  const shown = lines.slice(Math.min(top, last), Math.min(top, last) + room);
  return (
    <Box flexDirection="column">
      <Title
        title={`按键说明：${CONTEXT_TITLES[context]}`}
        right={lines.length > room ? '↑↓ 滚动' : ''}
        width={columns}
      />
      {shown.map((line, i) => (
        <Text key={i} bold={line.endsWith('：') && !line.startsWith(' ')}>
          {line || ' '}
        </Text>
      ))}
      <Text dimColor>{`Esc、回车或 ${COMMANDS.help.label} 关闭帮助，回到原来的界面`}</Text>
    </Box>
  );
}
