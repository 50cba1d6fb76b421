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
import { APP_SETTINGS_HINT } from '../model-access.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { keyMatcher } from '../keys/bindings.js';

const STATE_LABELS: Record<DraftProgress['state'], string> = {
  waiting: '等待',
  drafting: '起草中…',
  streaming: '接收中…',
  checking: '检查中…',
  repairing: '修正中…',
  done: '完成',
  fallback: '改用离线草稿',
  failed: '失败',
};

/** Why a table fell back, without the table's name and the closing words the drafter wraps it in. */
function fallbackReason(p: DraftProgress): string {
  const note = (p.note ?? '').replace(/^.*?：/, '').replace(/，?已改用离线草稿。?$/, '');
  return note ? `${STATE_LABELS.fallback}：${note}` : STATE_LABELS.fallback;
}

function detailOf(p: DraftProgress): string {
  const state =
    p.state === 'fallback'
      ? fallbackReason(p)
      : p.state === 'streaming' && p.received
        ? `接收中… ${p.received} 字`
        : STATE_LABELS[p.state];
  return [state, p.tokens ? `${p.tokens} tokens` : ''].filter(Boolean).join(' · ');
}

/** Progress of each table while the drafter (the model or the library) works; Esc cancels. */
export function DraftingScreen({ state, dispatch, isActive }: ScreenProps<'drafting'>) {
  const { columns, rows } = useTerminalSize();
  const glyphs = useGlyphs();
  const draft = state.draft!;
  const { progress, error, offline, attempt, drafter, finished } = state.screen;
  useDraftRun(toAnswers(draft.answers, state.settings.framework), dispatch, {
    offline,
    attempt,
    settings: state.settings,
    previous: draft.previous,
  });
  useKeys(
    (input, key) => {
      const is = keyMatcher(input, key);
      if (is('back')) dispatch({ type: 'back' });
      else if (finished && is('confirm')) dispatch({ type: 'open-review' });
      else if ((error || finished) && is('retry')) dispatch({ type: 'redraft', offline: Boolean(offline) });
      else if (error && !offline && is('offline')) dispatch({ type: 'redraft', offline: true });
    },
    { isActive },
  );
  const done = progress.filter((p) => p.state === 'done' || p.state === 'fallback').length;
  const tokens = progress.reduce((sum, p) => sum + (p.tokens ?? 0), 0);
  // The first table's full reason (the lines above are cut to the width) and the drafter's summary.
  const all = finished?.notes ?? [];
  const notes = [
    ...new Set(
      [all.find((n) => n.includes('已改用离线草稿')), all.at(-1)].filter((n): n is string => Boolean(n)),
    ),
  ];
  const shown = progress.slice(
    0,
    Math.max(3, rows - 8 - (notes.length > 0 ? Math.min(6, notes.length * 2) : 0)),
  );
  const by = drafter === undefined ? '' : drafter === 'offline' ? ' · 内置指标库' : ` · 模型 ${drafter}`;
  const keys: Array<[string, string]> = finished
    ? [
        ['回车', '进入审阅'],
        ['r', '重新起草'],
        ['Esc', '返回核对答案'],
      ]
    : error
      ? [
          ['r', '重试'],
          ...(offline ? [] : ([['o', '用内置指标库离线起草']] as Array<[string, string]>)),
          ['Esc', '返回核对答案'],
        ]
      : [['Esc', '取消起草']];
  return (
    <Box flexDirection="column">
      <Title
        title={`${draft.answers.unit.name ?? ''} · 起草${by}`}
        right={`${done}/${progress.length}${tokens ? ` · 共 ${tokens} tokens` : ''}`}
        width={columns}
      />
      {shown.map((p) => {
        const mark =
          p.state === 'done'
            ? glyphs.ok
            : p.state === 'failed'
              ? glyphs.error
              : p.state === 'fallback'
                ? glyphs.warning
                : p.state === 'waiting'
                  ? glyphs.pending
                  : glyphs.pointer;
        const color =
          p.state === 'done'
            ? 'green'
            : p.state === 'failed'
              ? 'red'
              : p.state === 'fallback'
                ? 'yellow'
                : undefined;
        const label = truncateTo(p.label, Math.max(10, Math.min(30, columns - 30)));
        return (
          <Text key={String(p.target)} color={color} wrap="truncate-end">
            {`${mark} ${label}  `}
            <Text dimColor={p.state !== 'fallback'}>{detailOf(p)}</Text>
          </Text>
        );
      })}
      {progress.length > shown.length ? (
        <Text dimColor>{`……另有 ${progress.length - shown.length} 张表`}</Text>
      ) : null}
      {finished ? (
        <Box marginTop={1} flexDirection="column">
          <Text color="yellow">{`草稿已保存。${progress.every((p) => p.state === 'fallback') ? '所有表都' : `有 ${progress.filter((p) => p.state === 'fallback').length} 张表`}没有用上模型的结果，用的是内置指标库的草稿：`}</Text>
          {notes.map((n, i) => (
            <Paragraph key={i} width={columns} prefix="· ">
              {n}
            </Paragraph>
          ))}
          {notes.some((n) => n.includes('jixiao config')) ? (
            <Paragraph width={columns} dim>
              {APP_SETTINGS_HINT}
            </Paragraph>
          ) : null}
        </Box>
      ) : null}
      {error ? (
        <Box marginTop={1} flexDirection="column">
          <Paragraph width={columns} color="red">
            {error}
          </Paragraph>
          <Text>答案已保存，没有丢失。</Text>
        </Box>
      ) : null}
      <Box marginTop={1}>
        <HelpLine keys={keys} width={columns} />
      </Box>
    </Box>
  );
}
