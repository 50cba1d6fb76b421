import { Box, Text } from 'ink';
import type { Indicator } from '../../domain/document.js';
import type { Glyphs } from '../look.js';
import type { Issue } from '../state/review.js';
import { padTo, truncateTo } from '../text/graphemes.js';
import { layoutTable, type Column } from '../text/table.js';
import { useGlyphs } from './Look.js';

export function statusMark(indicator: Indicator, glyphs: Glyphs): string {
  switch (indicator.status) {
    case 'accepted':
      return glyphs.ok;
    case 'edited':
      return glyphs.edited;
    case 'rejected':
      return glyphs.rejected;
    case 'custom':
      return '+';
    default:
      return glyphs.pending;
  }
}

function issueCounts(issues: Issue[], glyphs: Glyphs): string {
  const errors = issues.filter((i) => i.finding.severity === 'error').length;
  const warnings = issues.filter((i) => i.finding.severity === 'warning').length;
  return [errors ? `${glyphs.error}${errors}` : '', warnings ? `${glyphs.warning}${warnings}` : '']
    .filter(Boolean)
    .join(' ');
}

const COLUMNS: Column[] = [
  { title: '', min: 1, max: 1 },
  { title: '一级指标', min: 4, max: 10 },
  { title: '二级指标', min: 4, max: 18 },
  { title: '三级指标', min: 8, max: 30 },
  { title: '指标值', min: 6, max: 18 },
  { title: '问题', min: 4, max: 7 },
];

/**
 * The indicators of a table in their 一级/二级 grid, one line each, the selected row marked and its
 * issues counted; a window of `height` rows follows the selection. Narrow terminals get one compact line per row.
 */
export function IndicatorGrid({
  indicators,
  issuesByRow,
  selected,
  width,
  height,
}: {
  indicators: Indicator[];
  issuesByRow: Issue[][];
  selected: number;
  width: number;
  height: number;
}) {
  const glyphs = useGlyphs();
  const cells = indicators.map((ind, i) => [
    statusMark(ind, glyphs),
    ind.level1,
    ind.level2,
    ind.name,
    ind.value.text || '（空）',
    issueCounts(issuesByRow[i] ?? [], glyphs),
  ]);
  // Narrow: the 一级 column goes (the 二级 name implies it), so the 三级 name has room.
  const narrow = width < 72;
  const layout = layoutTable(
    narrow
      ? COLUMNS.filter((_, i) => i !== 1).map((c) => (c.title === '二级指标' ? { ...c, max: 12 } : c))
      : COLUMNS,
    narrow ? cells.map((c) => c.filter((_, i) => i !== 1)) : cells,
    width - 2,
    { wrap: false, separator: ` ${glyphs.v} ` },
  );
  const fits = indicators.length <= height - 1;
  const size = Math.max(1, fits ? height - 1 : height - 2);
  const top = Math.max(0, Math.min(selected - Math.floor(size / 2), indicators.length - size));
  const lines = (i: number) =>
    layout.mode === 'grid'
      ? layout.rows[i][0]
      : truncateTo(`${cells[i][0]} ${cells[i][2]}｜${cells[i][3]}｜${cells[i][4]} ${cells[i][5]}`, width - 2);
  if (indicators.length === 0) return <Text dimColor>（这张表还没有指标：按 n 新增）</Text>;
  return (
    <Box flexDirection="column">
      {layout.mode === 'grid' ? <Text bold>{`  ${layout.header[0]}`}</Text> : null}
      {indicators.slice(top, top + size).map((ind, k) => {
        const i = top + k;
        const active = i === selected;
        const hasError = (issuesByRow[i] ?? []).some((x) => x.blocking);
        return (
          <Text
            key={i}
            inverse={active}
            dimColor={ind.status === 'rejected' && !active}
            strikethrough={ind.status === 'rejected'}
            color={hasError && !active ? 'red' : undefined}
          >
            {padTo(`${active ? glyphs.pointer : ' '} ${lines(i)}`, width - 1)}
          </Text>
        );
      })}
      {indicators.length > size ? (
        <Text
          dimColor
        >{`  第 ${top + 1}–${Math.min(indicators.length, top + size)} 行，共 ${indicators.length} 行`}</Text>
      ) : null}
    </Box>
  );
}
