import { Box, Text } from 'ink';
import { isSelfEvaluation } from '../../domain/table-kind.js';
import { tableLabel } from '../../domain/labels.js';
import { HelpLine } from '../components/HelpLine.js';
import { IssueList } from '../components/IssueList.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { useFindings } from '../hooks/useChecker.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { tableIssues } from '../state/review.js';
import { useDiscard } from '../hooks/useDiscard.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';
import type { ScreenProps } from './props.js';

const LABELS = { goals: '绩效目标', purpose: '资金用途' } as const;

/** Edits a table's goals (年度总体目标 / 绩效目标) or a project's 资金用途, several lines. */
export function TableTextScreen({ state, dispatch, isActive }: ScreenProps<'table-text'>) {
  const { columns, rows } = useTerminalSize();
  const document = state.draft!.document!;
  const { table, field } = state.screen;
  const t = document.tables[table];
  const text =
    field === 'purpose'
      ? t.kind === 'project'
        ? t.purpose
        : ''
      : isSelfEvaluation(t)
        ? t.goalsExpected
        : t.goals;
  const [typed, setTyped] = useSyncState(text);
  const discard = useDiscard(typed !== text, () => dispatch({ type: 'back' }), isActive);
  const check = useFindings(document);
  const issues =
    check.status === 'ready'
      ? tableIssues(document, check.findings, table).filter(
          (i) => i.finding.location.indicatorIndex === undefined,
        )
      : [];
  return (
    <Box flexDirection="column">
      <Title title={`${LABELS[field]}：${tableLabel(t)}`} right="多行" width={columns} />
      <TextInput
        initial={text}
        isActive={isActive && !discard.asking}
        width={columns}
        onChange={setTyped}
        multiline
        maxRows={Math.max(4, rows - 14)}
        onSubmit={(value) => dispatch({ type: 'save-table-text', text: value })}
        onKey={(input, key) => keyMatcher(input, key)('back') && discard.escape()}
      />
      {issues.length > 0 ? (
        <Box marginTop={1} flexDirection="column">
          <Text bold>本表表头部分的问题：</Text>
          <IssueList issues={issues} width={columns} height={5} />
        </Box>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        {discard.prompt}
        <HelpLine keys={helpLineKeys('text-entry')} width={columns} />
      </Box>
    </Box>
  );
}
