import type { Dispatch } from 'react';
import { tableLabel } from '../../domain/labels.js';
import { keyMatcher, type AppKey } from '../keys/bindings.js';
import { fieldOfLabel, type Issue } from '../state/review.js';
import type { Action, AppState, Screen } from '../state/types.js';
import type { CheckState } from './useChecker.js';
import { useKeys } from './useKeys.js';
import type { ReviewModel } from './useReviewModel.js';

type ReviewState = AppState & { screen: Extract<Screen, { kind: 'review' }> };

/** Where Enter on an issue goes: the field of the indicator it is about, or the table text it names. */
function jump(issue: Issue): Action {
  const { indicatorIndex, field, section } = issue.finding.location;
  if (indicatorIndex !== undefined)
    return { type: 'open-edit', row: indicatorIndex, field: fieldOfLabel(field) };
  const place = `${section ?? ''}${field ?? ''}`;
  if (/目标/.test(place)) return { type: 'open-table-text', field: 'goals' };
  if (/资金用途/.test(place)) return { type: 'open-table-text', field: 'purpose' };
  if (/编码|主管|实施单位|支出计划/.test(place)) return { type: 'open-header' };
  return {
    type: 'review-message',
    message: '这个问题在金额部分（来自访谈的答案）：按 Esc 回到核对答案，选“修改项目”改好后选“继续审阅”。',
  };
}

/** The review screen's keys, as listed in the key table (keys/bindings.ts, context "review"). */
export function useReviewKeys(
  state: ReviewState,
  dispatch: Dispatch<Action>,
  {
    issues,
    check,
    model,
    isActive,
  }: { issues: Issue[]; check: CheckState; model: ReviewModel; isActive: boolean },
) {
  const draft = state.draft!;
  const document = draft.document!;
  const { table: t, row, focus, issue } = state.screen;
  const selected = document.tables[t].indicators[row];
  const blocking = issues.filter((i) => i.blocking);
  const say = (message: string) => dispatch({ type: 'review-message', message });

  const onGrid = (is: (c: Parameters<ReturnType<typeof keyMatcher>>[0]) => boolean) => {
    if (is('up')) dispatch({ type: 'review-move', rows: -1 });
    else if (is('down')) dispatch({ type: 'review-move', rows: 1 });
    else if (is('pageUp')) dispatch({ type: 'review-move', rows: -10 });
    else if (is('pageDown')) dispatch({ type: 'review-move', rows: 10 });
    else if (is('left')) dispatch({ type: 'review-move', tables: -1 });
    else if (is('right') || is('nextTab')) dispatch({ type: 'review-move', tables: 1 });
    else if (is('edit')) dispatch({ type: 'open-edit' });
    else if (is('accept')) dispatch({ type: 'accept-row' });
    else if (is('reject')) dispatch({ type: 'reject-row' });
    else if (is('add')) dispatch({ type: 'add-row' });
    else if (is('rowUp')) dispatch({ type: 'move-row', delta: -1 });
    else if (is('rowDown')) dispatch({ type: 'move-row', delta: 1 });
    else if (is('fold')) dispatch({ type: 'toggle-findings' });
    else if (is('goals')) dispatch({ type: 'open-table-text', field: 'goals' });
    else if (is('purpose')) dispatch({ type: 'open-table-text', field: 'purpose' });
    else if (is('header')) dispatch({ type: 'open-header' });
    else if (is('category')) dispatch({ type: 'open-category' });
    else if (is('keep')) {
      // Only an error can be kept (a warning never blocks the table); a kept one can be un-kept.
      const rowIssues = issues.filter((i) => i.finding.location.indicatorIndex === row);
      if (rowIssues.some((i) => i.finding.severity === 'error') || selected?.keptReason)
        dispatch({ type: 'open-keep' });
      else say('这一行没有错误，不需要说明保留理由。警告不影响确认本表。');
    } else if (is('issues')) {
      if (issues.length > 0) dispatch({ type: 'review-focus', focus: 'issues', issue: 0 });
      else say('这张表没有发现问题。');
    } else if (is('tableDone')) {
      if (check.status !== 'ready') say('正在检查，请稍候再确认。');
      else if (blocking.length > 0)
        say(
          `还不能确认：有 ${blocking.length} 个错误或待填写项。按 f 逐条查看并修改；确需保留的错误，选中该行按 k 写明理由。`,
        );
      else dispatch({ type: 'accept-table' });
    } else if (is('preview')) {
      const open = document.tables.map((tb, i) => (draft.reviewed[i] ? '' : tableLabel(tb))).filter(Boolean);
      if (open.length === 0) dispatch({ type: 'open-preview' });
      else
        say(
          `还有 ${open.length} 张表没有确认：${open.slice(0, 3).join('、')}${open.length > 3 ? '等' : ''}。每张表检查无误后按 d 确认。`,
        );
    }
  };

  useKeys(
    (input: string, key: AppKey) => {
      if (model.handleKey(input, key)) return;
      const is = keyMatcher(input, key);
      if (is('undo')) return dispatch({ type: 'undo' });
      if (is('back')) return dispatch({ type: 'back' });
      if (focus === 'grid') return onGrid(is);
      if (is('up')) dispatch({ type: 'review-focus', focus: 'issues', issue: Math.max(0, issue - 1) });
      else if (is('down'))
        dispatch({ type: 'review-focus', focus: 'issues', issue: Math.min(issues.length - 1, issue + 1) });
      else if (is('confirm') && issues[issue]) dispatch(jump(issues[issue]));
    },
    { isActive: isActive && !model.prompting },
  );
}
