import { Box, Text } from 'ink';
import { HelpLine } from '../components/HelpLine.js';
import { IssueList } from '../components/IssueList.js';
import { Paragraph } from '../components/Paragraph.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { useFindings } from '../hooks/useChecker.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { tableIssues } from '../state/review.js';
import { useDiscard } from '../hooks/useDiscard.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';
import type { ScreenProps } from './props.js';

/** Keeps an indicator the checker calls an error, with the reason written down (it then counts as a note). */
export function KeepScreen({ state, dispatch, isActive }: ScreenProps<'keep'>) {
  const { columns, rows } = useTerminalSize();
  const document = state.draft!.document!;
  const { table, row } = state.screen;
  const indicator = document.tables[table].indicators[row];
  const [typed, setTyped] = useSyncState(indicator.keptReason ?? '');
  const discard = useDiscard(
    typed !== (indicator.keptReason ?? ''),
    () => dispatch({ type: 'back' }),
    isActive,
  );
  const check = useFindings(document);
  const issues =
    check.status === 'ready'
      ? tableIssues(document, check.findings, table).filter((i) => i.finding.location.indicatorIndex === row)
      : [];
  return (
    <Box flexDirection="column">
      <Title
        title={`保留指标并说明理由：${indicator.name}`}
        right={`${indicator.value.text}`}
        width={columns}
      />
      <Paragraph width={columns} dim>
        检查认为下面的问题是错误。如果确有依据（例如上级文件的规定），可以保留原样并写明理由：导出的文档会带上理由，检查时这些错误改为“提示”。理由留空则取消保留。
      </Paragraph>
      <Box marginY={1} flexDirection="column">
        <IssueList issues={issues} width={columns} height={Math.max(3, rows - 14)} showPlace={false} />
        {check.status === 'ready' && issues.length === 0 ? (
          <Text dimColor>这一行目前没有检查出问题。</Text>
        ) : null}
      </Box>
      <Box>
        <Text color="cyan">理由：</Text>
        <TextInput
          initial={indicator.keptReason ?? ''}
          isActive={isActive && !discard.asking}
          width={columns - 6}
          onChange={setTyped}
          placeholder="例如：按《某某项目实施方案》规定的标准"
          onSubmit={(reason) => dispatch({ type: 'save-keep', reason })}
          onKey={(input, key) => keyMatcher(input, key)('back') && discard.escape()}
        />
      </Box>
      <Box marginTop={1} flexDirection="column">
        {discard.prompt}
        <HelpLine keys={helpLineKeys('line-entry')} width={columns} />
      </Box>
    </Box>
  );
}
