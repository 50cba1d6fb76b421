import { Box, Text, type Key } from 'ink';
import type { AnySelfEvalTable } from '../../domain/document.js';
import { actualWithUnit } from '../../selfeval/actual-text.js';
import { GRADE_BANDS } from '../../selfeval/grades.js';
import { explain } from '../../selfeval/score.js';
import { formatPlain } from '../../selfeval/numbers.js';
import { scoreTableExecution, totalFundRow } from '../../selfeval/table.js';
import { formatNumber } from '../../value/format-value.js';
import { toYuan } from '../../value/money.js';
import { useSyncState } from '../hooks/useSyncState.js';
import { useKeys } from '../hooks/useKeys.js';
import {
  currentScheme,
  FUNDS_ROW,
  fieldText,
  gradeChoices,
  scoreRow,
  tableName,
  viewTable,
  weightGap,
  type Applied,
  type ScoreContext,
} from '../state/selfeval.js';
import type { SelfEvalField } from '../state/selfeval-types.js';
import { HelpLine } from './HelpLine.js';
import { Menu, moveSelection } from './Menu.js';
import { Paragraph } from './Paragraph.js';
import { TextInput } from './TextInput.js';

const wan = (money: string | null | undefined) =>
  money == null ? '（空）' : `${formatNumber(toYuan(money) / 10_000)} 万元`;

/** What the question says above its input: the question, what it is about (the target beside the actual), a hint. */
function describe(
  table: AnySelfEvalTable,
  row: number,
  field: SelfEvalField,
): { title: string; about: string[]; hint: string } {
  const indicator = row > FUNDS_ROW ? table.indicators[row - 1] : undefined;
  const funds = totalFundRow(table)?.row;
  const name = indicator ? indicator.name || indicator.level2 : '';
  const target = indicator
    ? `年度指标值：${indicator.value.text || '（空）'}    分值：${indicator.weight == null ? '未定' : formatPlain(indicator.weight)}`
    : '';
  switch (field) {
    case 'initial':
      return {
        title: '年初预算数（万元）',
        about: [`${table.kind === 'department-self-evaluation' ? '部门' : '项目'}：${tableName(table)}`],
        hint: '年初批复的预算数；已按目标表的预算数填好，没有变化直接回车。可写 38、38.5、38万、380000元。',
      };
    case 'full':
      return {
        title: '全年预算数（万元）',
        about: [`年初预算数：${wan(funds?.initial)}`],
        hint: '年中调整后的全年预算数；没有调整的直接回车留空，执行率按年初预算数计算。',
      };
    case 'spent':
      return {
        title: '全年执行数（万元）',
        about: [`预算数：${wan(funds?.full ?? funds?.initial)}`],
        hint: '全年实际支出的金额；没有支出填 0。执行率 = 全年执行数 / 全年预算数。',
      };
    case 'tasks': {
      const tasks = table.kind === 'department-self-evaluation' ? table.tasks : [];
      return {
        title: '年度主要任务：各任务执行数（万元）',
        about: [
          tasks
            .map(
              (task, i) =>
                `${i + 1}. ${task.name}（预算数 ${task.budget == null ? '未填' : wan(task.budget)}）`,
            )
            .join('；'),
        ],
        hint: `按上面的顺序填 ${tasks.length} 个金额，用空格或 / 分开，例如 ${tasks.map((_, i) => 10 * (i + 1)).join(' / ')}；不知道的填 —，全部留空直接回车。只有年度资金总额计分。`,
      };
    }
    case 'goals':
      return {
        title: '年度总体目标：实际完成情况',
        about: [`预期目标：${table.goalsExpected || '（目标表没有写）'}`],
        hint: '对照预期目标写实际完成了什么（可留空，导出后再补）。',
      };
    case 'actual': {
      const value = indicator?.value;
      const hint =
        !value || value.kind === 'blank'
          ? '这个指标没有年度指标值，无法评分：可先填实际完成值，再按 t 补填指标值。'
          : !value.quantitative
            ? '定性指标：照实写完成情况。与指标值相同的视为“达成年度指标”，否则接着评定等级。'
            : value.kind === 'deadline'
              ? '填实际完成时间，例如 9月底 或 9月30日。'
              : `填实际数字即可${value.unit ? `，单位按“${value.unit}”理解` : ''}；没有完成的照实填写（未开展填 0），稍后说明原因。`;
      return { title: `实际完成值：${name}`, about: [target], hint };
    }
    case 'grade':
      return {
        title: `完成等级：${name}`,
        about: [target, `实际完成值：${indicator ? actualWithUnit(indicator) : ''}`],
        hint: '按实际完成情况选择等级；得分在该等级的分数段内。',
      };
    case 'score': {
      const band = indicator?.grade ? GRADE_BANDS[indicator.grade] : null;
      const w = indicator?.weight ?? 0;
      const range = band
        ? `“${band.label}”的分数段为 ${formatPlain(band.min * w)}–${formatPlain(band.max * w)} 分`
        : '';
      return {
        title: `得分：${name}`,
        about: [target],
        hint: `${range}；直接回车取默认 ${band ? formatPlain(band.preset * w) : ''} 分。`,
      };
    }
    case 'reason':
      return {
        title: `偏差原因分析及改进措施：${name}`,
        about: [
          target,
          `实际完成值：${indicator ? actualWithUnit(indicator) : ''}    得分：${indicator?.score == null ? '—' : formatPlain(indicator.score)}`,
        ],
        hint: '得分低于分值时要写明没有完成的原因和下一步的改进措施。',
      };
    case 'weight':
      return {
        title: `分值：${row === FUNDS_ROW ? '预算执行率' : name}`,
        about: [],
        hint: '预算执行率与各指标的分值合计须为 100。',
      };
    case 'scheme': {
      const now = currentScheme(table);
      return {
        title: '分值方案：预算执行率/产出/效益/满意度',
        about: [
          `现在：预算执行率 ${formatPlain(now.execution)}，产出 ${formatPlain(now.output)}，效益 ${formatPlain(now.effect)}，满意度 ${formatPlain(now.satisfaction)}`,
        ],
        hint: '一级指标的分值平均分给其下的三级指标（默认 10/50/30/10）；会替换逐项改过的分值。',
      };
    }
    case 'target':
      return {
        title: `年度指标值：${name}`,
        about: [],
        hint: '按目标表填写，例如 ≥1434户、≥95%、≤10月底、有效保障。',
      };
  }
}

/** The score the typed answer would give, before Enter (green), or why it cannot be used (yellow). */
function preview(
  trial: Applied | null,
  row: number,
  field: SelfEvalField,
  context: ScoreContext,
): { text: string; color: string } | null {
  if (!trial) return null;
  if (!trial.ok) return { text: trial.error, color: 'yellow' };
  const table = trial.table;
  if (field === 'initial' || field === 'full' || field === 'spent') {
    const execution = scoreTableExecution(table);
    return execution?.ok ? { text: `预算执行率：${execution.explain}`, color: 'green' } : null;
  }
  if (field === 'weight' || field === 'scheme') {
    const gap = weightGap(viewTable(table, context).weightTotal);
    return gap ? { text: gap, color: 'yellow' } : { text: '分值合计 100。', color: 'green' };
  }
  if (row > FUNDS_ROW && (field === 'actual' || field === 'score' || field === 'target')) {
    const score = scoreRow(table, row - 1, context);
    if (!score) return null;
    if (!score.ok) return { text: score.problem, color: 'yellow' };
    return {
      text: `${explain(score)}${score.warnings.length ? `。${score.warnings.join(' ')}` : ''}`,
      color: score.warnings.length ? 'yellow' : 'green',
    };
  }
  return trial.notice ? { text: trial.notice, color: 'yellow' } : null;
}

export interface SelfEvalQuestionProps {
  table: AnySelfEvalTable;
  row: number;
  field: SelfEvalField;
  /** The typed answer applied to the table (null before anything is typed). */
  trial: Applied | null;
  context: ScoreContext;
  error?: string;
  isActive: boolean;
  width: number;
  onChange(text: string): void;
  onSubmit(text: string): void;
  onCancel(): void;
  onUndo(): void;
}

/** One question of the self-evaluation: the target beside the actual, the score the answer would give as it is typed. */
export function SelfEvalQuestion({
  table,
  row,
  field,
  trial,
  context,
  error,
  isActive,
  width,
  onChange,
  onSubmit,
  onCancel,
  onUndo,
}: SelfEvalQuestionProps) {
  const { title, about, hint } = describe(table, row, field);
  const indicator = row > FUNDS_ROW ? table.indicators[row - 1] : undefined;
  const choices = gradeChoices(indicator?.weight ?? null);
  const startAt = Math.max(
    0,
    choices.findIndex((c) => c.grade === (indicator?.grade ?? 'achieved')),
  );
  const [choice, setChoice, choiceRef] = useSyncState(startAt);
  const multiline = field === 'goals';
  const onKey = (input: string, key: Key) => {
    if (key.escape) onCancel();
    else if (key.ctrl && input === 'z') onUndo();
  };
  useKeys(
    (input, key) => {
      if (key.upArrow) setChoice(moveSelection(choiceRef.current, -1, choices.length));
      else if (key.downArrow || key.tab) setChoice(moveSelection(choiceRef.current, 1, choices.length));
      else if (key.return) onSubmit(choices[choiceRef.current].grade);
      else onKey(input, key);
    },
    { isActive: isActive && field === 'grade' },
  );
  const shown = preview(trial, row, field, context);
  const help: Array<[string, string]> =
    field === 'grade'
      ? [
          ['↑↓', '选择'],
          ['回车', '确定'],
          ['Esc', '回到表格'],
        ]
      : multiline
        ? [
            ['回车', '换行'],
            ['Ctrl+D', '完成'],
            ['Ctrl+U', '清空'],
            ['Esc', '回到表格'],
          ]
        : [
            ['回车', '确定'],
            ['Ctrl+U', '清空'],
            ['Ctrl+Z', '撤销'],
            ['Esc', '回到表格'],
          ];
  return (
    <Box flexDirection="column">
      <Text bold color="cyan">
        {title}
      </Text>
      {about.filter(Boolean).map((line, i) => (
        <Paragraph key={i} width={width}>
          {line}
        </Paragraph>
      ))}
      {field === 'grade' ? (
        <Menu
          items={choices.map((c) => ({ label: c.label, note: c.note }))}
          selected={choice}
          width={width}
        />
      ) : (
        <Box>
          <Text color="cyan">{'> '}</Text>
          <TextInput
            key={`${tableName(table)}-${row}-${field}`}
            initial={fieldText(table, row, field)}
            isActive={isActive}
            width={width - 2}
            multiline={multiline}
            maxRows={4}
            onChange={onChange}
            onSubmit={onSubmit}
            onKey={onKey}
          />
        </Box>
      )}
      <Paragraph width={width} dim>
        {hint}
      </Paragraph>
      {shown && !error ? (
        <Paragraph width={width} color={shown.color}>
          {shown.text}
        </Paragraph>
      ) : null}
      {error ? (
        <Paragraph width={width} color="red">
          {error}
        </Paragraph>
      ) : null}
      <HelpLine keys={help} width={width} />
    </Box>
  );
}
