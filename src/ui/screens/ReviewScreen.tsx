import { Box, Text } from 'ink';
import { tableLabel } from '../../domain/labels.js';
import { HelpLine, helpLineHeight } from '../components/HelpLine.js';
import { IndicatorGrid } from '../components/IndicatorGrid.js';
import { IssueList, issueLines } from '../components/IssueList.js';
import { useGlyphs } from '../components/Look.js';
import { ModelPanel, modelPanelHeight } from '../components/ModelPanel.js';
import { Title } from '../components/Title.js';
import { useFindings } from '../hooks/useChecker.js';
import { useReviewKeys } from '../hooks/useReviewKeys.js';
import { useReviewModel } from '../hooks/useReviewModel.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { helpLineKeys } from '../keys/bindings.js';
import { issuesWithOpinions } from '../state/model.js';
import { tableIssues } from '../state/review.js';
import { tableFacts, wrappedLines as lines } from './review-text.js';
import type { ScreenProps } from './props.js';

/** One table at a time: its indicators, the checker's findings beside them, accept / edit / reject / add. */
export function ReviewScreen({ state, dispatch, isActive }: ScreenProps<'review'>) {
  const { columns, rows } = useTerminalSize();
  const glyphs = useGlyphs();
  const draft = state.draft!;
  const document = draft.document!;
  const { table: t, row, focus, issue, message, folded } = state.screen;
  const table = document.tables[t];
  const check = useFindings(document);
  const issues =
    check.status === 'ready' ? issuesWithOpinions(tableIssues(document, check.findings, t), state.model) : [];
  const blocking = issues.filter((i) => i.blocking);
  const issuesByRow = table.indicators.map((_, i) =>
    issues.filter((x) => x.finding.location.indicatorIndex === i),
  );
  const tableLevel = issues.filter((x) => x.finding.location.indicatorIndex === undefined);
  const selected = table.indicators[row];
  const model = useReviewModel(state, dispatch, issues);
  useReviewKeys(state, dispatch, { issues, check, model, isActive });

  const count = (s: string) => issues.filter((i) => i.finding.severity === s).length;
  const toFill = blocking.filter((i) => i.finding.severity !== 'error').length;
  const counts = `错误 ${count('error')} · 警告 ${count('warning')} · 提示 ${count('info')}${toFill ? ` · 待填写 ${toFill}（填好才能确认本表）` : ''}`;
  const spent = state.model?.tokens ? ` · 模型已用 ${state.model.tokens} tokens` : '';
  const status =
    check.status === 'loading'
      ? '正在检查…'
      : check.status === 'failed'
        ? check.message
        : `${counts}${blocking.length === 0 && !draft.reviewed[t] ? ' · 可以按 d 确认本表' : ''}${spent}`;
  const detail = selected
    ? [
        selected.description ? `描述：${selected.description}` : '',
        selected.basis ? `依据：${selected.basis}` : '',
        selected.keptReason ? `保留理由：${selected.keptReason}` : '',
      ]
        .filter(Boolean)
        .join('  ')
    : '';
  // The model's keys (or the hint that none is configured) when the line has room for them.
  const help = helpLineKeys(
    focus === 'issues' ? 'review-issues' : 'review',
    model.busy || model.prompting ? [] : model.help.filter(([k]) => k.length === 1 || columns >= 100),
  );
  const panel = focus === 'issues' ? issues : [...(issuesByRow[row] ?? []), ...tableLevel];

  // Heights: everything but the grid and the findings is fixed; the findings get room for whole
  // issues (folded: one line), the grid the rest (at least 8 rows at 80×24).
  const facts = lines(tableFacts(table), columns, 2);
  const statusLines = lines(status, columns, 2);
  const detailLines = focus === 'grid' ? lines(detail, columns, 2) : [];
  const messageLines = lines(message ?? '', columns, 4);
  const fixed =
    2 +
    facts.length +
    statusLines.length +
    detailLines.length +
    messageLines.length +
    helpLineHeight(help, columns);
  const modelRows = focus === 'grid' ? modelPanelHeight(model, columns) : 0;
  const room = rows - fixed - modelRows - 1;
  const panelLines = panel.map((i) => issueLines(i, columns, glyphs).length);
  const minGrid = Math.min(table.indicators.length, 8) + 2;
  const wanted = folded
    ? 1
    : Math.max(
        1,
        panelLines.reduce((a, b) => a + b, 0),
      );
  const panelRows = focus === 'issues' ? room : Math.max(1, Math.min(wanted, room - minGrid));
  const gridRows = Math.max(3, room - panelRows);
  const panelHint = folded
    ? `本行及本表共 ${panel.length} 个问题（按 v 展开）`
    : panel.length === 0 && check.status === 'ready'
      ? '所选指标没有发现问题。'
      : '';
  return (
    <Box flexDirection="column">
      <Title
        title={`审阅 ${t + 1}/${document.tables.length}：${tableLabel(table)}${draft.reviewed[t] ? '（已确认）' : ''}`}
        right={`已确认 ${draft.reviewed.filter(Boolean).length}/${document.tables.length}`}
        width={columns}
      />
      {facts.map((l, i) => (
        <Text key={`f${i}`} dimColor>
          {l}
        </Text>
      ))}
      {statusLines.map((l, i) => (
        <Text key={`s${i}`} color={blocking.length > 0 ? 'red' : 'green'}>
          {l}
        </Text>
      ))}
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
      {detailLines.map((l, i) => (
        <Text key={`d${i}`} dimColor>
          {l}
        </Text>
      ))}
      {focus === 'grid' || model.busy ? (
        <ModelPanel model={model} width={columns} isActive={isActive && model.prompting} />
      ) : null}
      {panelHint || (folded && focus === 'grid') ? (
        <Text dimColor>{panelHint}</Text>
      ) : (
        <IssueList
          issues={panel}
          width={columns}
          height={panelRows}
          selected={focus === 'issues' ? issue : undefined}
          moreHint={focus === 'grid' ? '（按 f 查看全部）' : ''}
        />
      )}
      {messageLines.map((l, i) => (
        <Text key={`m${i}`} color="yellow">
          {l}
        </Text>
      ))}
      <HelpLine keys={help} width={columns} />
    </Box>
  );
}
