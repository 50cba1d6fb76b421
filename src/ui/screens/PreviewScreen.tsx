import { Box, Text } from 'ink';
import { HelpLine, helpLineHeight } from '../components/HelpLine.js';
import { useGlyphs } from '../components/Look.js';
import { Paragraph } from '../components/Paragraph.js';
import { Title } from '../components/Title.js';
import { usePreview } from '../hooks/usePreview.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';

/** The document as it will be exported (Markdown), scrolled a page at a time. */
export function PreviewScreen({ state, dispatch, isActive }: ScreenProps<'preview'>) {
  const { columns, rows } = useTerminalSize();
  const glyphs = useGlyphs();
  const draft = state.draft!;
  const preview = usePreview(draft.document!, columns, glyphs);
  // Read through the ref: ↓↓↓↓ arriving in one chunk moves four lines, not one.
  const [top, setTop] = useSyncState(0);
  const keys = helpLineKeys('preview').map(([k, label]): [string, string] =>
    k === 'Esc' && draft.selfEval ? [k, '回到自评表'] : [k, label],
  );
  const page = Math.max(3, rows - 4 - helpLineHeight(keys, columns));
  const lines = preview.status === 'ready' ? preview.lines : [];
  const maxTop = Math.max(0, lines.length - page);
  const scroll = (to: (now: number) => number) => setTop((now) => Math.max(0, Math.min(maxTop, to(now))));
  const headings = lines.flatMap((l, i) => (l.heading ? [i] : []));

  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      if (is('up')) scroll((t) => t - 1);
      else if (is('down')) scroll((t) => t + 1);
      else if (is('pageUp')) scroll((t) => t - page);
      else if (is('pageDown')) scroll((t) => t + page);
      else if (key.home) scroll(() => 0);
      else if (key.end) scroll(() => maxTop);
      else if (is('right')) scroll((t) => headings.find((h) => h > t) ?? t);
      else if (is('left')) scroll((t) => [...headings].reverse().find((h) => h < t) ?? 0);
      else if (is('confirm')) dispatch({ type: 'open-export', dir: state.settings.exportDir });
      else if (is('back')) dispatch({ type: 'back' });
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
