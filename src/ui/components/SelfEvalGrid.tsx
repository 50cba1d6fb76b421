import { Box, Text } from 'ink';
import type { AnySelfEvalTable } from '../../domain/document.js';
import { actualWithUnit } from '../../selfeval/actual-text.js';
import type { IndicatorScore } from '../../selfeval/indicator.js';
import { formatPlain, formatScore } from '../../selfeval/numbers.js';
import { totalFundRow } from '../../selfeval/table.js';
import { formatNumber } from '../../value/format-value.js';
import { toYuan } from '../../value/money.js';
import { needsReason } from '../state/selfeval.js';
import { padTo, truncateTo } from '../text/graphemes.js';
import { layoutTable, type Column } from '../text/table.js';
import { useGlyphs } from './Look.js';

const COLUMNS: Column[] = [
  { title: '三级指标', min: 8, max: 40 },
  { title: '年度指标值', min: 6, max: 16 },
  { title: '实际完成值', min: 6, max: 16 },
  { title: '分值', min: 4, max: 6 },
  { title: '得分', min: 5, max: 6 },
  { title: '', min: 4, max: 8 },
];

const wan = (money: string | null | undefined) => (money == null ? '' : formatNumber(toYuan(money) / 10_000));

type Mark = { text: string; color?: string };

/** What a row still needs, in a word: 未填, 无法评分, 缺原因, 目标偏低, 不计. */
export function rowMark(table: AnySelfEvalTable, index: number, score: IndicatorScore | null): Mark {
  const indicator = table.indicators[index];
  if (indicator.status === 'rejected') return { text: '不计' };
  if (!indicator.actual.trim()) return { text: '未填', color: 'yellow' };
  if (score && !score.ok)
    return score.code === 'needs-grade'
      ? { text: '待评等级', color: 'yellow' }
      : { text: '无法评分', color: 'red' };
  if (needsReason(indicator)) return { text: '缺原因', color: 'red' };
  if (score?.ok && score.warnings.length > 0) return { text: '目标偏低', color: 'yellow' };
  return { text: '' };
}

/**
 * The self-evaluation as a grid: first the 预算执行率 row (budget, spending, rate), then each
 * indicator with its target, actual, weight and score; the selected row is marked and a window of
 * `height` rows follows it. Narrow terminals get one compact line per row.
 */
export function SelfEvalGrid({
  table,
  scores,
  selected,
  width,
  height,
}: {
  table: AnySelfEvalTable;
  scores: Array<IndicatorScore | null>;
  selected: number;
  width: number;
  height: number;
}) {
  const glyphs = useGlyphs();
  const funds = totalFundRow(table)?.row;
  const budget = funds?.full ?? funds?.initial;
  const fundsCells = [
    '预算执行率',
    budget != null ? `预算 ${wan(budget)}` : '预算 未填',
    funds?.spent != null ? `执行 ${wan(funds.spent)}` : '',
    funds?.weight != null ? formatPlain(funds.weight) : '—',
    funds?.score != null ? formatScore(funds.score) : '—',
  ];
  const marks: Mark[] = [
    { text: funds?.spent == null ? '未填' : funds.rate, color: funds?.spent == null ? 'yellow' : undefined },
  ];
  fundsCells.push(marks[0].text);
  const cells = [fundsCells];
  table.indicators.forEach((indicator, i) => {
    const mark = rowMark(table, i, scores[i] ?? null);
    marks.push(mark);
    cells.push([
      indicator.name || indicator.level2,
      indicator.value.text || '（空）',
      // As the exports show it: a bare number with its target's unit.
      actualWithUnit(indicator),
      indicator.weight != null ? formatPlain(indicator.weight) : '—',
      indicator.score != null ? formatScore(indicator.score) : '—',
      mark.text,
    ]);
  });
  const layout = layoutTable(COLUMNS, cells, width - 2, { wrap: false, separator: ` ${glyphs.v} ` });
  const count = cells.length;
  const fits = count <= height - 1;
  const size = Math.max(1, fits ? height - 1 : height - 2);
  const top = Math.max(0, Math.min(selected - Math.floor(size / 2), count - size));
  const line = (i: number) =>
    layout.mode === 'grid'
      ? layout.rows[i][0]
      : truncateTo(
          `${cells[i][0]}｜${cells[i][1]}｜${cells[i][2] || '—'}｜${cells[i][4]}/${cells[i][3]} ${cells[i][5]}`,
          width - 2,
        );
  return (
    <Box flexDirection="column">
      {layout.mode === 'grid' ? <Text bold>{`  ${layout.header[0]}`}</Text> : null}
      {cells.slice(top, top + size).map((_, k) => {
        const i = top + k;
        const active = i === selected;
        const excluded = i > 0 && table.indicators[i - 1].status === 'rejected';
        return (
          <Text
            key={i}
            inverse={active}
            dimColor={excluded && !active}
            strikethrough={excluded}
            color={!active && marks[i].color === 'red' ? 'red' : undefined}
          >
            {padTo(`${active ? glyphs.pointer : ' '} ${line(i)}`, width - 1)}
          </Text>
        );
      })}
      {count > size ? (
        <Text dimColor>{`  第 ${top + 1}–${Math.min(count, top + size)} 行，共 ${count} 行`}</Text>
      ) : null}
    </Box>
  );
}
