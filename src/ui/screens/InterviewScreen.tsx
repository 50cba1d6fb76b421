import { Box, Text } from 'ink';
import { useSyncState } from '../hooks/useSyncState.js';
import { HelpLine } from '../components/HelpLine.js';
import { Menu, moveSelection } from '../components/Menu.js';
import { Paragraph } from '../components/Paragraph.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { projectKindShown, projectTotal, purposeCheck, questionAt, taskTotal } from '../state/questions.js';
import { wrapText } from '../text/wrap.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';
import { COMMANDS, helpLineKeys, keyMatcher, type AppKey } from '../keys/bindings.js';
import { stepPosition } from '../state/position.js';

/** One question at a time, with a hint, an example, and running sums of the amounts. */
export function InterviewScreen({ state, dispatch, isActive }: ScreenProps<'interview'>) {
  const { columns, rows } = useTerminalSize();
  const draft = state.draft!;
  const step = draft.step;
  const question = questionAt(draft.answers, step);
  const key = JSON.stringify(step);
  const initial = state.pendingText ?? question.current;
  const choiceIndex = Math.max(
    0,
    question.choices?.findIndex((c) => c.value === (question.current || state.settings.framework)) ?? 0,
  );
  const [choice, setChoice, choiceRef] = useSyncState({ key, index: choiceIndex });
  const selected = choice.key === key ? choice.index : choiceIndex;
  const current = () => (choiceRef.current.key === key ? choiceRef.current.index : choiceIndex);

  const onKey = (input: string, k: AppKey) => {
    const is = keyMatcher(input, k);
    if (is('back')) dispatch({ type: 'back' });
    else if (is('undo')) dispatch({ type: 'undo' });
    else if (is('kind') && step.section === 'project') dispatch({ type: 'open-category' });
  };

  useKeys(
    (input, k) => {
      const count = question.choices?.length ?? 0;
      const is = keyMatcher(input, k);
      if (is('up')) setChoice({ key, index: moveSelection(current(), -1, count) });
      else if (is('down')) setChoice({ key, index: moveSelection(current(), 1, count) });
      else if (is('confirm')) dispatch({ type: 'submit-answer', text: question.choices![current()].value });
      else onKey(input, k);
    },
    { isActive: isActive && question.kind === 'choice' },
  );

  const sums =
    step.section === 'task'
      ? taskTotal(draft.answers)
      : step.section === 'project'
        ? projectTotal(draft.answers)
        : '';
  const mismatch = purposeCheck(draft.answers, step, state.pendingText ?? question.current);
  const multiline = question.kind === 'multiline';
  // The kind the project will be drafted as, live while its name is typed; Ctrl+K changes it.
  const kind = projectKindShown(draft.answers, step, state.pendingText ?? question.current);
  const help = helpLineKeys(
    multiline ? 'interview-multiline' : question.kind === 'choice' ? 'interview-choice' : 'interview-text',
    step.section === 'project' ? [[COMMANDS.kind.label, '改类别']] : [],
  );
  const only = state.screen.only;
  const fixedRows = 12 + (kind ? 1 : 0) + (state.screen.error ? 2 : 0);
  return (
    <Box flexDirection="column">
      <Title
        title={`${draft.answers.unit.name || '新草稿'} · 访谈`}
        right={stepPosition(draft.answers, step)}
        width={columns}
      />
      <Text
        bold
      >{`${question.title}${question.optional && !multiline && question.kind !== 'choice' ? '（可留空）' : ''}`}</Text>
      {kind ? (
        <Text>
          {`项目类别：${kind.label}`}
          <Text dimColor>
            {kind.chosen ? '（已选定）' : `（按名称判断，不对请按 ${COMMANDS.kind.label} 改）`}
          </Text>
        </Text>
      ) : null}
      {only ? <Text dimColor>只改这一部分：答完回到核对答案。</Text> : null}
      {wrapText(question.hint, columns).map((line, i) => (
        <Text key={i} dimColor>
          {line}
        </Text>
      ))}
      {question.example ? <Text dimColor>{`例如：${question.example}`}</Text> : null}
      <Box marginTop={1} flexDirection="column">
        {question.kind === 'choice' ? (
          <Menu
            items={question.choices!.map((c) => ({ label: c.label }))}
            selected={selected}
            width={columns}
          />
        ) : (
          <Box>
            <Text color="cyan">{'> '}</Text>
            <TextInput
              key={key}
              initial={initial}
              isActive={isActive}
              width={columns - 2}
              multiline={multiline}
              maxRows={Math.max(3, Math.min(12, rows - fixedRows))}
              onChange={(text) => dispatch({ type: 'typing', text })}
              onSubmit={(text) => dispatch({ type: 'submit-answer', text })}
              onKey={onKey}
            />
          </Box>
        )}
      </Box>
      {state.screen.error ? <Text color="red">{state.screen.error}</Text> : null}
      {state.screen.notice ? <Text color="green">{state.screen.notice}</Text> : null}
      {mismatch ? (
        <Paragraph
          width={columns}
          color="yellow"
        >{`注意：${mismatch}。可以先改好再继续，也可以在审阅时改。`}</Paragraph>
      ) : null}
      {sums ? <Text color="yellow">{sums}</Text> : null}
      <Box marginTop={1}>
        <HelpLine keys={help} width={columns} />
      </Box>
    </Box>
  );
}
