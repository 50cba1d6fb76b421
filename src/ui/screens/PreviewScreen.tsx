import { Box, Text } from 'ink';
import { useState } from 'react';
import { HelpLine, helpLineHeight } from '../components/HelpLine.js';
import { useGlyphs } from '../components/Look.js';
import { Paragraph } from '../components/Paragraph.js';
import { Title } from '../components/Title.js';
import { usePreview } from '../hooks/usePreview.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';

const KEYS: Array<[string, string]> = [
  ['↑↓', '滚动'],
  ['PgUp/PgDn', '翻页'],
  ['←→', '上/下一张表'],
  ['回车', '导出'],
  ['Esc', '回到审阅'],
];

/** The document as it will be exported (Markdown), scrolled a page at a time. */
export function PreviewScreen({ state, dispatch, isActive }: ScreenProps<'preview'>) {
  const { columns, rows } = useTerminalSize();
  const glyphs = useGlyphs();
  const draft = state.draft!;
  const preview = usePreview(draft.document!, columns, glyphs);
  const [top, setTop] = useState(0);
  const keys = draft.selfEval
    ? KEYS.map(([k, label]): [string, string] => (k === 'Esc' ? [k, '回到自评表'] : [k, label]))
    : KEYS;
  const page = Math.max(3, rows - 4 - helpLineHeight(keys, columns));
  const lines = preview.status === 'ready' ? preview.lines : [];
  const maxTop = Math.max(0, lines.length - page);
  const scroll = (to: number) => setTop(Math.max(0, Math.min(maxTop, to)));
  const headings = lines.flatMap((l, i) => (l.heading ? [i] : []));

  useKeys(
    (_input, key) => {
      if (key.upArrow) scroll(top - 1);
      else if (key.downArrow) scroll(top + 1);
      else if (key.pageUp) scroll(top - page);
      else if (key.pageDown || _input === ' ') scroll(top + page);
      else if (key.home) scroll(0);
      else if (key.end) scroll(maxTop);
      else if (key.rightArrow) scroll(headings.find((h) => h > top) ?? top);
      else if (key.leftArrow) scroll([...headings].reverse().find((h) => h < top) ?? 0);
      else if (key.return) dispatch({ type: 'open-export', dir: state.settings.exportDir });
      else if (key.escape) dispatch({ type: 'back' });
    },
    { isActive },
  );

  const position =
    lines.length > 0 ? `第 ${top + 1}–${Math.min(lines.length, top + page)} 行，共 ${lines.length} 行` : '';
  return (
    <Box flexDirection="column">
      <Title
        title={`预览：${draft.document!.unit.name} ${draft.document!.unit.year ?? ''}`}
        right={position}
        width={columns}
      />
      <Box flexDirection="column" height={page}>
        {preview.status === 'loading' ? <Text>正在生成预览…</Text> : null}
        {preview.status === 'failed' ? (
          <Paragraph width={columns} color="red">
            {preview.message}
          </Paragraph>
        ) : null}
        {lines.slice(top, top + page).map((line, i) => (
          <Text
            key={top + i}
            bold={line.bold}
            dimColor={line.dim}
            color={line.heading ? 'cyan' : undefined}
            wrap="truncate-end"
          >
            {line.text || ' '}
          </Text>
        ))}
      </Box>
      <Text dimColor>{glyphs.h.repeat(columns)}</Text>
      <HelpLine keys={keys} width={columns} />
    </Box>
  );
}
