import { Box, Text } from 'ink';
import { CATEGORY_LABELS } from '../../domain/categories.js';
import type { Table } from '../../domain/document.js';
import { tableLabel } from '../../domain/labels.js';
import { sumMoney } from '../../value/money.js';
import { HelpLine, helpLineHeight } from '../components/HelpLine.js';
import { IndicatorGrid } from '../components/IndicatorGrid.js';
import { IssueList } from '../components/IssueList.js';
import { ModelPanel, modelPanelHeight } from '../components/ModelPanel.js';
import { Paragraph } from '../components/Paragraph.js';
import { Title } from '../components/Title.js';
import { useFindings } from '../hooks/useChecker.js';
import { useReviewModel } from '../hooks/useReviewModel.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { issuesWithOpinions } from '../state/model.js';
import { fieldOfLabel, tableIssues, type Issue } from '../state/review.js';
import type { Action } from '../state/types.js';
import { truncateTo } from '../text/graphemes.js';
import type { ScreenProps } from './props.js';
import { useKeys } from '../hooks/useKeys.js';

const GRID_KEYS: Array<[string, string]> = [
  ['↑↓', '选择'],
  ['回车', '编辑'],
  ['y', '接受'],
  ['x', '拒绝/恢复'],
  ['n', '新增'],
  ['k', '保留并说明'],
  ['f', '问题列表'],
  ['g', '绩效目标'],
  ['u', '资金用途'],
  ['c', '类别'],
  ['←→', '换表'],
  ['d', '本表完成'],
  ['p', '预览'],
  ['Ctrl+Z', '撤销'],
  ['Esc', '返回'],
];
const ISSUE_KEYS: Array<[string, string]> = [
  ['↑↓', '选择问题'],
  ['回车', '跳到该处修改'],
  ['Esc', '回到指标'],
];

function tableFacts(table: Table): string {
  if (table.kind === 'project') {
    const category = table.category ? CATEGORY_LABELS[table.category] : '未分类';
    return `预算 ${table.budget.total ?? sumMoney([table.budget.fiscal, table.budget.other])} 万元 · 类别：${category}${table.code ? ` · 编码 ${table.code}` : ''}`;
  }
  if (table.kind === 'department')
    return `年度主要任务 ${table.tasks.length} 项，合计 ${sumMoney(table.tasks.map((t) => t.funding.total ?? sumMoney([t.funding.fiscal, t.funding.other])))} 万元`;
  return '';
}

/** Where Enter on an issue goes: the field of the indicator it is about, or the table text it names. */
function jump(issue: Issue): Action | { message: string } {
  const { indicatorIndex, field, section } = issue.finding.location;
  if (indicatorIndex !== undefined)
    return { type: 'open-edit', row: indicatorIndex, field: fieldOfLabel(field) };
  const place = `${section ?? ''}${field ?? ''}`;
  if (/目标/.test(place)) return { type: 'open-table-text', field: 'goals' };
  if (/资金用途/.test(place)) return { type: 'open-table-text', field: 'purpose' };
  return {
    message:
      '这个问题在金额或表头部分（来自访谈的答案）：按 Esc 回到核对答案修改后重新起草，或在导出的表格中修改。',
  };
}

/** One table at a time: its indicators, the checker's findings beside them, accept / edit / reject / add. */
export function ReviewScreen({ state, dispatch, isActive }: ScreenProps<'review'>) {
  const { columns, rows } = useTerminalSize();
  const draft = state.draft!;
  const document = draft.document!;
  const { table: t, row, focus, issue, message } = state.screen;
  const table = document.tables[t];
  const check = useFindings(document);
  const issues =
    check.status === 'ready' ? issuesWithOpinions(tableIssues(document, check.findings, t), state.model) : [];
  const blocking = issues.filter((i) => i.blocking);
  const issuesByRow = table.indicators.map((_, i) =>
    issues.filter((x) => x.finding.location.indicatorIndex === i),
  );
  const rowIssues = issuesByRow[row] ?? [];
  const tableLevel = issues.filter((x) => x.finding.location.indicatorIndex === undefined);
  const selectedIndicator = table.indicators[row];
  const doneCount = draft.reviewed.filter(Boolean).length;
  const model = useReviewModel(state, dispatch, issues);

  useKeys(
    (input, key) => {
      if (model.handleKey(input, key)) return;
      if (key.ctrl && input === 'z') return dispatch({ type: 'undo' });
      if (key.escape) return dispatch({ type: 'back' });
      if (focus === 'issues') {
        if (key.upArrow) dispatch({ type: 'review-focus', focus: 'issues', issue: Math.max(0, issue - 1) });
        else if (key.downArrow)
          dispatch({ type: 'review-focus', focus: 'issues', issue: Math.min(issues.length - 1, issue + 1) });
        else if (key.return && issues[issue]) {
          const target = jump(issues[issue]);
          dispatch('message' in target ? { type: 'review-message', message: target.message } : target);
        }
        return;
      }
      if (key.upArrow) dispatch({ type: 'review-move', rows: -1 });
      else if (key.downArrow) dispatch({ type: 'review-move', rows: 1 });
      else if (key.pageUp) dispatch({ type: 'review-move', rows: -10 });
      else if (key.pageDown) dispatch({ type: 'review-move', rows: 10 });
      else if (key.leftArrow) dispatch({ type: 'review-move', tables: -1 });
      else if (key.rightArrow || key.tab) dispatch({ type: 'review-move', tables: 1 });
      else if (key.return || input === 'e') dispatch({ type: 'open-edit' });
      else if (input === 'y') dispatch({ type: 'accept-row' });
      else if (input === 'x') dispatch({ type: 'reject-row' });
      else if (input === 'n') dispatch({ type: 'add-row' });
      else if (input === 'k') {
        // Only an error can be kept (a warning never blocks the table); a kept one can be un-kept.
        if (
          rowIssues.some((i) => i.finding.severity === 'error' || /已保留/.test(i.finding.message)) ||
          selectedIndicator?.keptReason
        )
          dispatch({ type: 'open-keep' });
        else
          dispatch({
            type: 'review-message',
            message: '这一行没有错误，不需要说明保留理由。警告不影响确认本表。',
          });
      } else if (input === 'g') dispatch({ type: 'open-table-text', field: 'goals' });
      else if (input === 'u') dispatch({ type: 'open-table-text', field: 'purpose' });
      else if (input === 'c') dispatch({ type: 'open-category' });
      else if (input === 'f') {
        if (issues.length > 0) dispatch({ type: 'review-focus', focus: 'issues', issue: 0 });
        else dispatch({ type: 'review-message', message: '这张表没有发现问题。' });
      } else if (input === 'd') {
        if (check.status !== 'ready')
          dispatch({ type: 'review-message', message: '正在检查，请稍候再确认。' });
        else if (blocking.length > 0) {
          dispatch({
            type: 'review-message',
            message: `还不能确认：有 ${blocking.length} 个错误或待填写项。按 f 逐条查看并修改；确需保留的错误，选中该行按 k 写明理由。`,
          });
        } else dispatch({ type: 'accept-table' });
      } else if (input === 'p') {
        const open = document.tables
          .map((tb, i) => (draft.reviewed[i] ? '' : tableLabel(tb)))
          .filter(Boolean);
        if (open.length === 0) dispatch({ type: 'open-preview' });
        else
          dispatch({
            type: 'review-message',
            message: `还有 ${open.length} 张表没有确认：${open.slice(0, 3).join('、')}${open.length > 3 ? '等' : ''}。每张表检查无误后按 d 确认。`,
          });
      }
    },
    { isActive: isActive && !model.prompting },
  );

  const help =
    focus === 'issues'
      ? [...ISSUE_KEYS, ...model.help.filter(([k]) => k.startsWith('o'))]
      : [...GRID_KEYS, ...model.help];
  const helpRows = helpLineHeight(help, columns);
  const panelRows = Math.max(3, Math.min(8, Math.floor((rows - 10) / 3)));
  const gridRows = Math.max(
    3,
    rows -
      9 -
      panelRows -
      helpRows -
      (message ? 2 : 0) -
      (focus === 'grid' ? modelPanelHeight(model, columns) : 0),
  );
  const toFill = blocking.filter((i) => i.finding.severity !== 'error').length;
  const counts = `错误 ${issues.filter((i) => i.finding.severity === 'error').length} · 警告 ${issues.filter((i) => i.finding.severity === 'warning').length} · 提示 ${issues.filter((i) => i.finding.severity === 'info').length}${toFill ? ` · 待填写 ${toFill}（填好才能确认本表）` : ''}`;
  const spent = state.model?.tokens ? ` · 模型已用 ${state.model.tokens} tokens` : '';
  const status =
    check.status === 'loading'
      ? '正在检查…'
      : check.status === 'failed'
        ? check.message
        : blocking.length === 0
          ? `${counts} · 可以按 d 确认本表${spent}`
          : `${counts}${spent}`;
  const detail = selectedIndicator
    ? [
        selectedIndicator.description ? `描述：${selectedIndicator.description}` : '',
        selectedIndicator.basis ? `依据：${selectedIndicator.basis}` : '',
        selectedIndicator.keptReason ? `保留理由：${selectedIndicator.keptReason}` : '',
      ]
        .filter(Boolean)
        .join('  ')
    : '';
  const panel = focus === 'issues' ? issues : [...rowIssues, ...tableLevel];
  return (
    <Box flexDirection="column">
      <Title
        title={`审阅 ${t + 1}/${document.tables.length}：${tableLabel(table)}${draft.reviewed[t] ? '（已确认）' : ''}`}
        right={`已确认 ${doneCount}/${document.tables.length}`}
        width={columns}
      />
      <Text dimColor>{truncateTo(tableFacts(table), columns)}</Text>
      <Text color={blocking.length > 0 ? 'red' : 'green'}>{truncateTo(status, columns)}</Text>
      {focus === 'grid' ? (
        <IndicatorGrid
          indicators={table.indicators}
          issuesByRow={issuesByRow}
          selected={row}
          width={columns}
          height={gridRows}
        />
      ) : (
        <Text bold>{`本表全部问题（${issues.length} 条），回车跳到该处修改：`}</Text>
      )}
      {focus === 'grid' && detail ? <Text dimColor>{truncateTo(detail, columns)}</Text> : null}
      {focus === 'grid' || model.busy ? (
        <ModelPanel model={model} width={columns} isActive={isActive && model.prompting} />
      ) : null}
      <Box marginTop={focus === 'grid' ? 1 : 0}>
        {panel.length > 0 ? (
          <IssueList
            issues={panel}
            width={columns}
            height={focus === 'issues' ? gridRows + panelRows : panelRows}
            selected={focus === 'issues' ? issue : undefined}
          />
        ) : (
          <Text dimColor>{check.status === 'ready' ? '所选指标没有发现问题。' : ''}</Text>
        )}
      </Box>
      {message ? (
        <Paragraph width={columns} color="yellow">
          {message}
        </Paragraph>
      ) : null}
      <HelpLine keys={help} width={columns} />
    </Box>
  );
}
