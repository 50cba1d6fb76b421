import { Box, Text, type Key } from 'ink';
import { useState } from 'react';
import { tableLabel } from '../../domain/labels.js';
import { HelpLine } from '../components/HelpLine.js';
import { Paragraph } from '../components/Paragraph.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { useDiscard } from '../hooks/useDiscard.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';
import {
  HEADER_FIELDS,
  HEADER_HINTS,
  HEADER_LABELS,
  headerTexts,
  readHeader,
  type HeaderField,
  type HeaderTexts,
} from '../state/review-edits.js';
import { padTo, truncateTo } from '../text/graphemes.js';
import type { ScreenProps } from './props.js';

/** The project table's header: 项目编码, 主管部门, 实施单位 and 资金支出计划, editable in review. */
export function HeaderScreen({ state, dispatch, isActive }: ScreenProps<'header'>) {
  const { columns } = useTerminalSize();
  const table = state.draft!.document!.tables[state.screen.table];
  const [start] = useState(() => (table.kind === 'project' ? headerTexts(table) : null));
  const [texts, setTexts, textsRef] = useSyncState<HeaderTexts | null>(start);
  const [field, setField] = useState<HeaderField>('code');
  const [error, setError] = useState<string | null>(null);
  const changed = JSON.stringify(texts) !== JSON.stringify(start);
  const discard = useDiscard(changed, () => dispatch({ type: 'back' }), isActive);
  if (!texts) return <Text>只有项目表有表头信息。</Text>;

  const save = (done: HeaderTexts) => {
    const read = readHeader(done);
    if (!read.ok) {
      setField('plan');
      setError(read.error);
    } else dispatch({ type: 'save-header', texts: done });
  };
  const go = (delta: number) => {
    const next = HEADER_FIELDS[HEADER_FIELDS.indexOf(field) + delta];
    if (next) setField(next);
    return Boolean(next);
  };
  const onKey = (input: string, key: Key) => {
    const is = keyMatcher(input, key);
    if (is('back')) discard.escape();
    else if (is('down') || is('nextTab')) go(1);
    else if (is('up') || is('prevTab')) go(-1);
    else if (is('finish') && textsRef.current) save(textsRef.current);
  };
  const labelWidth = 16;
  return (
    <Box flexDirection="column">
      <Title title={`表头：${tableLabel(table)}`} right="项目表" width={columns} />
      {HEADER_FIELDS.map((f) => (
        <Box key={f}>
          <Text color={f === field ? 'cyan' : undefined} bold={f === field}>
            {padTo(`${f === field ? '>' : ' '} ${HEADER_LABELS[f]}`, labelWidth)}
          </Text>
          {f === field ? (
            <TextInput
              key={f}
              initial={texts[f]}
              isActive={isActive && !discard.asking}
              width={columns - labelWidth}
              onChange={(text) => {
                setTexts((t) => (t ? { ...t, [f]: text } : t));
                setError(null);
              }}
              onSubmit={(text) => {
                const done = { ...textsRef.current!, [f]: text };
                setTexts(done);
                if (!go(1)) save(done);
              }}
              onKey={onKey}
            />
          ) : (
            <Text dimColor={!texts[f]}>{truncateTo(texts[f] || '（空）', columns - labelWidth)}</Text>
          )}
        </Box>
      ))}
      <Box marginTop={1} flexDirection="column">
        <Paragraph width={columns} dim>
          {HEADER_HINTS[field]}
        </Paragraph>
        {error ? (
          <Paragraph width={columns} color="red">
            {error}
          </Paragraph>
        ) : null}
        {discard.prompt}
      </Box>
      <HelpLine keys={helpLineKeys('header')} width={columns} />
    </Box>
  );
}
