import { Box, Text, type Key } from 'ink';
import { useSyncState } from '../hooks/useSyncState.js';
import { FRAMEWORK_LEVELS } from '../../domain/framework.js';
import { parseValue } from '../../value/parse-value.js';
import { HelpLine } from '../components/HelpLine.js';
import { IssueList } from '../components/IssueList.js';
import { TextInput } from '../components/TextInput.js';
import { Title } from '../components/Title.js';
import { useFindings } from '../hooks/useChecker.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useDiscard } from '../hooks/useDiscard.js';
import { helpLineKeys, keyMatcher } from '../keys/bindings.js';
import {
  FIELD_LABELS,
  INDICATOR_FIELDS,
  indicatorTexts,
  saveIndicator,
  tableIssues,
  type IndicatorField,
  type IndicatorTexts,
} from '../state/review.js';
import { padTo, truncateTo } from '../text/graphemes.js';
import type { ScreenProps } from './props.js';

const KIND_LABELS = {
  number: '数值',
  deadline: '时限',
  composite: '组合数值',
  qualitative: '定性',
  blank: '空白',
} as const;

/** What the value reads as, so a typo shows before saving: "读作：≥ 420 户（数值）". */
function valueReading(text: string): string {
  const v = parseValue(text);
  if (!v.quantitative)
    return `读作：${KIND_LABELS[v.kind]}${v.kind === 'qualitative' ? '（定性指标须可评判，避免“有效”“显著”等模糊词）' : ''}`;
  return `读作：${v.op ?? ''} ${v.numbers.join('/')} ${v.unit || '（无单位）'}（${KIND_LABELS[v.kind]}${v.opExplicit ? '' : '，未写方向按“=”处理'}）`;
}

/** Edits every field of one indicator; the checker runs on the edited version as it is typed. */
export function EditScreen({ state, dispatch, isActive }: ScreenProps<'edit'>) {
  const { columns, rows } = useTerminalSize();
  const draft = state.draft!;
  const document = draft.document!;
  const { table, row, field, texts, isNew } = state.screen;
  // Read through the ref in key handlers: text typed and Ctrl+D sent in one chunk must save the text.
  const [typed, setTyped, typedRef] = useSyncState<{ field: IndicatorField; text: string } | null>(null);
  const withTyped = (t: typeof typed): IndicatorTexts =>
    t && t.field === field ? { ...texts, [field]: t.text } : texts;
  const current = withTyped(typed);
  const trial = saveIndicator(document, table, row, current);
  const check = useFindings(trial);
  const issues =
    check.status === 'ready'
      ? tableIssues(trial, check.findings, table).filter((i) => i.finding.location.indicatorIndex === row)
      : [];

  const go = (delta: number, withTexts: IndicatorTexts = withTyped(typedRef.current)) => {
    const next = INDICATOR_FIELDS[INDICATOR_FIELDS.indexOf(field) + delta];
    if (next) dispatch({ type: 'edit-field', field: next, texts: withTexts });
    return Boolean(next);
  };
  const before = isNew
    ? indicatorTexts(undefined, { level1: texts.level1, level2: texts.level2 })
    : indicatorTexts(document.tables[table].indicators[row]);
  const changed = INDICATOR_FIELDS.some((f) => current[f] !== before[f]);
  const discard = useDiscard(changed, () => dispatch({ type: 'back' }), isActive);
  const onKey = (input: string, key: Key) => {
    const is = keyMatcher(input, key);
    if (is('back')) discard.escape();
    else if (is('down') || is('nextTab')) go(1);
    else if (is('up') || is('prevTab')) go(-1);
    else if (is('finish')) dispatch({ type: 'save-indicator', texts: withTyped(typedRef.current) });
  };

  const framework = document.unit.framework;
  const levels = FRAMEWORK_LEVELS[framework];
  const hint =
    field === 'level1'
      ? `可选：${Object.keys(levels).join('、')}`
      : field === 'level2'
        ? `可选：${(levels[current.level1] ?? Object.values(levels).flat()).join('、')}`
        : field === 'value'
          ? valueReading(current.value)
          : field === 'basis'
            ? '一般为：计划标准、行业标准、历史标准、其他标准'
            : '';
  const labelWidth = 18;
  return (
    <Box flexDirection="column">
      <Title
        title={isNew ? '新增指标' : `编辑指标：${texts.name}`}
        right={`第 ${row + 1} 行`}
        width={columns}
      />
      {INDICATOR_FIELDS.map((f) => (
        <Box key={f}>
          <Text color={f === field ? 'cyan' : undefined} bold={f === field}>
            {padTo(`${f === field ? '>' : ' '} ${FIELD_LABELS[f]}`, labelWidth)}
          </Text>
          {f === field ? (
            <TextInput
              key={`${table}-${row}-${f}`}
              initial={current[f]}
              isActive={isActive && !discard.asking}
              width={columns - labelWidth}
              selected={current[f] !== '' && current[f] === before[f] && isNew}
              onChange={(text) => setTyped({ field: f, text })}
              onSubmit={(text) => {
                const done = { ...withTyped(typedRef.current), [f]: text };
                if (!go(1, done)) dispatch({ type: 'save-indicator', texts: done });
              }}
              onKey={onKey}
            />
          ) : (
            <Text dimColor={!current[f]}>{truncateTo(current[f] || '（空）', columns - labelWidth)}</Text>
          )}
        </Box>
      ))}
      {hint ? <Text dimColor>{truncateTo(hint, columns)}</Text> : null}
      <Box marginTop={1} flexDirection="column">
        <Text bold>
          {check.status === 'ready'
            ? issues.length
              ? '检查结果（随输入更新）：'
              : '检查结果：没有问题。'
            : '正在检查…'}
        </Text>
        <IssueList issues={issues} width={columns} height={Math.max(3, rows - 16)} showPlace={false} />
      </Box>
      {discard.prompt}
      <HelpLine keys={helpLineKeys('edit')} width={columns} />
    </Box>
  );
}
