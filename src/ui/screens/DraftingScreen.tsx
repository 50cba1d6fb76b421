import { Box, Text } from 'ink';
import type { DraftProgress } from '../../draft/types.js';
import { HelpLine } from '../components/HelpLine.js';
import { useGlyphs } from '../components/Look.js';
import { Paragraph } from '../components/Paragraph.js';
import { Title } from '../components/Title.js';
import { useDraftRun } from '../hooks/useDraftRun.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { toAnswers } from '../state/questions.js';
import { truncateTo } from '../text/graphemes.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';

const STATE_LABELS: Record<DraftProgress['state'], string> = {
  waiting: '等待',
  drafting: '起草中…',
  streaming: '接收中…',
  checking: '检查中…',
  repairing: '修正中…',
  done: '完成',
  fallback: '已改用离线草稿',
  failed: '失败',
};

/** Progress of each table while the drafter works; Esc cancels. */
export function DraftingScreen({ state, dispatch, isActive }: ScreenProps<'drafting'>) {
  const { columns, rows } = useTerminalSize();
  const glyphs = useGlyphs();
  const draft = state.draft!;
  useDraftRun(toAnswers(draft.answers, state.settings.framework), dispatch);
  useKeys(
    (_input, key) => {
      if (key.escape) dispatch({ type: 'back' });
    },
    { isActive },
  );
  const { progress, error } = state.screen;
  const done = progress.filter((p) => p.state === 'done' || p.state === 'fallback').length;
  const shown = progress.slice(0, Math.max(3, rows - 8));
  return (
    <Box flexDirection="column">
      <Title title={`${draft.answers.unit.name ?? ''} · 起草`} right={`${done}/${progress.length}`} width={columns} />
      {shown.map((p) => {
        const mark = p.state === 'done' ? glyphs.ok : p.state === 'failed' ? glyphs.error : p.state === 'waiting' ? glyphs.pending : glyphs.pointer;
        const detail = [STATE_LABELS[p.state], p.received ? `已收到 ${p.received} 字` : '', p.note ?? ''].filter(Boolean).join(' · ');
        return (
          <Text key={String(p.target)} color={p.state === 'done' ? 'green' : p.state === 'failed' ? 'red' : undefined}>
            {`${mark} ${truncateTo(p.label, Math.max(10, columns - 30))}  `}
            <Text dimColor>{detail}</Text>
          </Text>
        );
      })}
      {progress.length > shown.length ? <Text dimColor>{`……另有 ${progress.length - shown.length} 张表`}</Text> : null}
      {error ? (
        <Box marginTop={1} flexDirection="column">
          <Paragraph width={columns} color="red">
            {error}
          </Paragraph>
          <Text>按 Esc 返回核对答案后再试；答案已保存。</Text>
        </Box>
      ) : null}
      <Box marginTop={1}>
        <HelpLine keys={[['Esc', error ? '返回' : '取消起草']]} width={columns} />
      </Box>
    </Box>
  );
}
