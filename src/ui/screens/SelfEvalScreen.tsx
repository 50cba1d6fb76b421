import { Box, Text } from 'ink';
import { useState } from 'react';
import type { AnySelfEvalTable } from '../../domain/document.js';
import { isSelfEvaluation } from '../../domain/table-kind.js';
import { GRADE_BANDS } from '../../selfeval/grades.js';
import { formatPlain, formatScore } from '../../selfeval/numbers.js';
import { scoredIndicators, tableTotals, totalFundRow } from '../../selfeval/table.js';
import { formatNumber } from '../../value/format-value.js';
import { toYuan } from '../../value/money.js';
import { HelpLine, helpLineHeight } from '../components/HelpLine.js';
import { IssueList } from '../components/IssueList.js';
import { Paragraph } from '../components/Paragraph.js';
import { SelfEvalGrid } from '../components/SelfEvalGrid.js';
import { SelfEvalQuestion } from '../components/SelfEvalQuestion.js';
import { Title } from '../components/Title.js';
import { useFindings } from '../hooks/useChecker.js';
import { useKeys } from '../hooks/useKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Issue } from '../state/review.js';
import {
  applyField,
  fundsLabel,
  FUNDS_ROW,
  needsReason,
  tableName,
  viewTable,
  type ScoreContext,
} from '../state/selfeval.js';
import { truncateTo, widthOf } from '../text/graphemes.js';
import type { ScreenProps } from './props.js';

const wan = (money: string | null | undefined) =>
  money == null ? '未填' : formatNumber(toYuan(money) / 10_000);

/** The keys of the table, only those that apply to the selected row. */
function browseKeys(table: AnySelfEvalTable, row: number, tables: number): Array<[string, string]> {
  const indicator = row > FUNDS_ROW ? table.indicators[row - 1] : undefined;
  const keys: Array<[string, string]> = [
    ['↑↓', '选择'],
    ['回车', row === FUNDS_ROW ? '填写预算和执行数' : '填写实际完成值'],
    ['w', '改分值'],
    ['s', '分值方案'],
  ];
  if (row === FUNDS_ROW) keys.push(['o', '总体目标完成情况']);
  if (indicator) {
    keys.push(['r', '偏差原因']);
    if (!indicator.value.quantitative && indicator.value.kind !== 'blank') keys.push(['g', '评等级']);
    if (indicator.value.kind === 'blank') keys.push(['t', '补填指标值']);
    keys.push(['x', indicator.status === 'rejected' ? '恢复参与自评' : '不参与自评']);
  }
  keys.push(['a', '算式']);
  if (tables > 1) keys.push(['←→', '换表']);
  keys.push(['p', '预览并导出'], ['Ctrl+Z', '撤销'], ['Esc', '回到开始界面']);
  return keys;
}

/** The selected row in words: where it sits, its score, and its arithmetic when asked for. */
function rowDetail(
  table: AnySelfEvalTable,
  row: number,
  view: ReturnType<typeof viewTable>,
  explain: boolean,
  width: number,
): Array<{ text: string; color?: string }> {
  if (row === FUNDS_ROW) {
    const funds = totalFundRow(table)?.row;
    // The block's name (项目资金 / 年度预算执行情况) when the line has room for it: the amounts come first.
    const bare = `年初预算数 ${wan(funds?.initial)} · 全年预算数 ${wan(funds?.full)} · 全年执行数 ${wan(funds?.spent)} 万元`;
    const named = `${fundsLabel(table)}：${bare}`;
    const amounts = widthOf(named) <= width ? named : bare;
    const lines: Array<{ text: string; color?: string }> = [
      {
        text: amounts,
      },
    ];
    const execution = view.score.execution;
    if (execution)
      lines.push(
        execution.ok
          ? { text: `执行率：${execution.explain}`, color: explain ? 'cyan' : undefined }
          : { text: execution.problem, color: 'yellow' },
      );
    if (table.kind === 'department-self-evaluation' && table.tasks.length > 0) {
      const filled = table.tasks.some((task) => task.spent != null);
      lines.push({
        text: `年度主要任务执行数：${
          filled
            ? table.tasks.map((task) => `${task.name} ${wan(task.spent)}`).join('；')
            : '（未填写，按回车在全年执行数之后填写）'
        }`,
        color: filled ? undefined : 'gray',
      });
    }
    lines.push({
      text: `年度总体目标实际完成情况：${table.goalsActual || '（未填写，按回车在预算之后填写）'}`,
      color: table.goalsActual ? undefined : 'gray',
    });
    return lines;
  }
  const index = row - 1;
  const indicator = table.indicators[index];
  if (!indicator) return [];
  const lines: Array<{ text: string; color?: string }> = [
    {
      text: `${indicator.level1} / ${indicator.level2}${indicator.description ? ` · ${indicator.description}` : ''}`,
    },
  ];
  if (indicator.status === 'rejected')
    return [...lines, { text: '不参与自评：不计分，导出时不列出。按 x 恢复。', color: 'gray' }];
  const score = view.score.indicators[index];
  if (!indicator.actual.trim()) lines.push({ text: '实际完成值未填写：按回车填写。', color: 'yellow' });
  else if (score && !score.ok) lines.push({ text: score.problem, color: 'red' });
  else if (score?.ok) {
    const grade = score.grade ? `等级“${GRADE_BANDS[score.grade].label}”，` : '';
    lines.push(
      explain
        ? { text: `算式：${score.explain}`, color: 'cyan' }
        : {
            text: `${grade}得分 ${formatScore(score.score)} / 分值 ${formatPlain(indicator.weight ?? 0)}（按 a 看算式）`,
          },
    );
    for (const warning of score.warnings) lines.push({ text: warning, color: 'yellow' });
  }
  if (indicator.reason.trim()) lines.push({ text: `偏差原因：${indicator.reason}` });
  else if (needsReason(indicator))
    lines.push({ text: '得分低于分值，还没有写偏差原因：按 r 填写。', color: 'red' });
  return lines;
}

/** "总分 96.56（优）= 7.30 + 3.81 + …": the total first, so a narrow terminal breaks the sum, not the result. */
function totalArithmetic(table: AnySelfEvalTable, context: ScoreContext): string {
  const parts = [
    totalFundRow(table)?.row.score ?? 0,
    ...scoredIndicators(table).map(({ indicator }) => indicator.score ?? 0),
  ];
  const totals = tableTotals(table, context.thresholds);
  return `总分 ${formatScore(totals.totalScore)}（${totals.grade}）= ${parts.map(formatScore).join(' + ')}`;
}

/**
 * One self-evaluation table (a project's or the whole unit's): its funds block and the indicators with target, actual, weight and score,
 * the total and grade always in view; the questions are asked one after another in the lower half,
 * with the score of what is typed shown before Enter. The checker (selfeval/* and the value rules) runs on every change.
 */
export function SelfEvalScreen({ state, dispatch, isActive }: ScreenProps<'selfeval'>) {
  const { columns, rows } = useTerminalSize();
  const draft = state.draft!;
  const document = draft.document!;
  const { table: t, row, field, explain, error, message } = state.screen;
  const stored = document.tables[t] as AnySelfEvalTable;
  const context: ScoreContext = { thresholds: state.settings.gradeThresholds, year: document.unit.year };
  const [typed, setTyped] = useState<{ key: string; text: string } | null>(null);
  const questionKey = `${t}-${row}-${field}`;
  const trial =
    field && typed && typed.key === questionKey ? applyField(stored, row, field, typed.text, context) : null;
  // What is typed counts at once: the grid, the total and the grade show the answer before Enter.
  const table = trial?.ok ? trial.table : stored;
  const view = viewTable(table, context);
  const check = useFindings(document);
  const issues: Issue[] =
    check.status === 'ready'
      ? check.findings
          .filter((f) => f.location.tableIndex === t)
          .map((finding) => ({ finding, blocking: finding.severity === 'error' }))
      : [];
  const rowIssues = issues.filter((i) =>
    row === FUNDS_ROW
      ? i.finding.location.indicatorIndex === undefined
      : i.finding.location.indicatorIndex === row - 1,
  );
  const tables = document.tables.length;

  const tryPreview = () => {
    const open = document.tables.flatMap((tb, i) => {
      if (!isSelfEvaluation(tb)) return [];
      const v = viewTable(tb, context);
      return v.complete ? [] : [{ i, name: tableName(tb), first: v.missing[0], count: v.missing.length }];
    });
    if (open.length > 0) {
      const o = open[0];
      const where = tables > 1 ? `第 ${o.i + 1} 张表“${o.name}”` : '本表';
      return dispatch({
        type: 'selfeval-message',
        message: `还不能导出：${where}还有 ${o.count} 处要补，例如：${o.first}`,
      });
    }
    if (check.status !== 'ready')
      return dispatch({ type: 'selfeval-message', message: '正在检查，请稍候再导出。' });
    const errors = check.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      return dispatch({
        type: 'selfeval-message',
        message: `还不能导出：检查发现 ${errors.length} 个错误，例如：${errors[0].message}${errors[0].suggestion ? `（${errors[0].suggestion}）` : ''}`,
      });
    }
    dispatch({ type: 'open-preview' });
  };

  useKeys(
    (input, key) => {
      if (key.ctrl && input === 'z') return dispatch({ type: 'undo' });
      if (key.escape) return dispatch({ type: 'back' });
      if (key.upArrow) dispatch({ type: 'selfeval-move', rows: -1 });
      else if (key.downArrow) dispatch({ type: 'selfeval-move', rows: 1 });
      else if (key.pageUp) dispatch({ type: 'selfeval-move', rows: -10 });
      else if (key.pageDown) dispatch({ type: 'selfeval-move', rows: 10 });
      else if (key.leftArrow) dispatch({ type: 'selfeval-move', tables: -1 });
      else if (key.rightArrow || key.tab) dispatch({ type: 'selfeval-move', tables: 1 });
      else if (key.return || input === 'e')
        dispatch({ type: 'selfeval-ask', field: row === FUNDS_ROW ? 'initial' : 'actual', walk: true });
      else if (input === 'w') dispatch({ type: 'selfeval-ask', field: 'weight' });
      else if (input === 's') dispatch({ type: 'selfeval-ask', field: 'scheme' });
      else if (input === 'r') dispatch({ type: 'selfeval-ask', field: 'reason' });
      else if (input === 'g') dispatch({ type: 'selfeval-ask', field: 'grade' });
      else if (input === 't') dispatch({ type: 'selfeval-ask', field: 'target' });
      else if (input === 'o') dispatch({ type: 'selfeval-ask', field: 'goals' });
      else if (input === 'x') dispatch({ type: 'selfeval-exclude' });
      else if (input === 'a') dispatch({ type: 'selfeval-explain' });
      else if (input === 'p') tryPreview();
    },
    { isActive: isActive && field === null },
  );

  const total = view.complete
    ? `总分 ${formatScore(table.totalScore ?? 0)} · ${table.grade ?? ''}`
    : `已得 ${formatScore(table.totalScore ?? 0)} 分 · 还有 ${view.missing.length} 处待填`;
  const counts =
    check.status === 'ready'
      ? `错误 ${issues.filter((i) => i.finding.severity === 'error').length} · 警告 ${issues.filter((i) => i.finding.severity === 'warning').length}`
      : check.status === 'loading'
        ? '正在检查…'
        : check.message;
  const gap = view.missing.find((m) => m.startsWith('分值合计'));
  const help = browseKeys(table, row, tables);
  const helpRows = field ? 1 : helpLineHeight(help, columns);
  const lowerRows = field
    ? field === 'grade' || field === 'tasks'
      ? 11
      : field === 'goals'
        ? 13
        : 9
    : 6 + helpRows;
  const gridRows = Math.max(4, rows - 5 - lowerRows - (message ? 2 : 0));
  const detail = field ? [] : rowDetail(table, row, view, explain, columns);
  const totalLine = explain ? totalArithmetic(table, context) : undefined;

  return (
    <Box flexDirection="column">
      <Title
        title={`自评${tables > 1 ? ` ${t + 1}/${tables}` : ''}：${tableName(table)}`}
        right={total}
        width={columns}
      />
      <Text color={gap ? 'red' : view.complete ? 'green' : undefined}>
        {truncateTo(
          `${gap ? `${gap}：按 w 逐项修改，或按 s 按方案重新分配` : `分值合计 ${formatPlain(view.weightTotal)}`} · 检查：${counts}`,
          columns,
        )}
      </Text>
      <SelfEvalGrid
        table={table}
        scores={view.score.indicators}
        selected={row}
        width={columns}
        height={gridRows}
      />
      {message ? (
        <Paragraph width={columns} color="yellow">
          {message}
        </Paragraph>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        {field ? (
          <SelfEvalQuestion
            key={questionKey}
            table={stored}
            row={row}
            field={field}
            trial={trial}
            context={context}
            error={typed?.key === questionKey ? undefined : error}
            isActive={isActive}
            width={columns}
            onChange={(text) => {
              setTyped({ key: questionKey, text });
              dispatch({ type: 'typing', text });
            }}
            onSubmit={(text) => {
              setTyped(null);
              dispatch({ type: 'selfeval-answer', text });
            }}
            onCancel={() => {
              setTyped(null);
              dispatch({ type: 'selfeval-cancel' });
            }}
            onUndo={() => dispatch({ type: 'undo' })}
          />
        ) : (
          <>
            {detail.map((line, i) => (
              <Text key={i} color={line.color} dimColor={line.color === 'gray'}>
                {truncateTo(line.text, columns)}
              </Text>
            ))}
            {totalLine ? (
              <Paragraph width={columns} color="cyan">
                {totalLine}
              </Paragraph>
            ) : null}
            {rowIssues.length > 0 ? (
              <IssueList issues={rowIssues} width={columns} height={3} showPlace={false} />
            ) : null}
          </>
        )}
      </Box>
      {field ? null : <HelpLine keys={help} width={columns} />}
    </Box>
  );
}
