import type { AnySelfEvalTable, JixiaoDocument } from '../../domain/document.js';
import { GRADE_BANDS } from '../../selfeval/grades.js';
import { scoreIndicator } from '../../selfeval/indicator.js';
import { closeTo, formatPlain, formatScore, hundredths, sum2 } from '../../selfeval/numbers.js';
import { scoredIndicators, totalFundRow } from '../../selfeval/table.js';
import { indicatorLocation, tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { selfEvalTables } from './_tables.js';

/**
 * An indicator's 得分 not as docs/domain.md §4 gives it (0.01 tolerance, or rounded or cut to the
 * decimals the table writes its scores with; a qualitative score anywhere in its grade's band), a 得分
 * above its 分值, or a 总分 that is not the sum of the scores.
 */
export const score: Rule = {
  meta: {
    id: 'selfeval/score',
    description: '自评表的指标得分不符合评分规则或超过分值，或总分不等于各项得分之和',
    severity: 'error',
    tags: ['selfeval', 'arithmetic'],
    messages: {
      negative: '{{name}}：得分为 {{written}}，不能为负数',
      overWeight: '{{name}}：得分 {{written}} 超过分值 {{weight}}',
      scoredWithoutActual: '{{name}}：实际完成值为空，却得分 {{written}}',
      notByRule: '{{name}}：得分写为 {{written}}，按评分规则应为 {{expected}}（{{explain}}）',
      outsideBand: '{{name}}：得分 {{written}} 不在“{{grade}}”的分数段 {{min}}–{{max}} 内',
      totalDiffers:
        '总分写为 {{written}}，各项得分合计为 {{sum}}（预算执行率 {{execution}} + 绩效指标 {{indicators}}）',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex } of selfEvalTables(document))
      reports.push(...checkIndicators(document, table, tableIndex), ...checkTotal(table, tableIndex));
    return reports;
  },
};

/** How many decimals the table writes its scores with (0, 1 or 2): the precision it rounds to. */
function scorePlaces(table: AnySelfEvalTable): number {
  const places = scoredIndicators(table).map(({ indicator }) =>
    indicator.score == null ? 0 : (String(indicator.score).split('.')[1] ?? '').length,
  );
  return Math.min(2, Math.max(0, ...places));
}

/** A score the table rounded (or cut) to its own precision: 9 for 9.47 in a table of whole scores. */
function rounded(written: number, exact: number, places: number): boolean {
  const unit = 10 ** places;
  return (
    closeTo(written, Math.round(exact * unit) / unit) || closeTo(written, Math.floor(exact * unit) / unit)
  );
}

function checkIndicators(document: JixiaoDocument, table: AnySelfEvalTable, tableIndex: number): Report[] {
  const reports: Report[] = [];
  const places = scorePlaces(table);
  for (const { indicator, index } of scoredIndicators(table)) {
    const { weight, score: written } = indicator;
    const name = indicator.name || indicator.level2;
    const at = (problem: Pick<Report, 'messageId' | 'data'>, suggestion: string) =>
      reports.push({
        ...problem,
        data: { name, ...problem.data },
        location: indicatorLocation(table, tableIndex, indicator, index, '得分'),
        suggestion,
      });
    if (written != null && written < 0) {
      at({ messageId: 'negative', data: { written: formatPlain(written) } }, '得分在 0 和分值之间');
      continue;
    }
    if (weight == null) continue;
    if (written != null && hundredths(written) > hundredths(weight)) {
      at(
        { messageId: 'overWeight', data: { written: formatPlain(written), weight: formatPlain(weight) } },
        `得分最多为分值 ${formatPlain(weight)}`,
      );
      continue;
    }
    const result = scoreIndicator({
      target: indicator.value,
      actual: indicator.actual,
      weight,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      grade: indicator.grade ?? null,
      year: document.unit.year,
    });
    if (!result.ok) {
      if (result.code === 'blank-actual' && written != null && written > 0) {
        at(
          { messageId: 'scoredWithoutActual', data: { written: formatPlain(written) } },
          '填写实际完成值，或把得分改为 0 并说明原因',
        );
      }
      continue;
    }
    if (written == null) continue; // selfeval/blank-score
    if (
      result.kind === 'quantitative' &&
      !closeTo(written, result.score) &&
      !rounded(written, result.score, places)
    ) {
      at(
        {
          messageId: 'notByRule',
          data: {
            written: formatPlain(written),
            expected: formatScore(result.score),
            explain: result.explain,
          },
        },
        `把得分改为 ${formatScore(result.score)}，并相应修改总分`,
      );
    }
    const band = result.grade ? GRADE_BANDS[result.grade] : null;
    if (
      result.kind === 'qualitative' &&
      band &&
      (hundredths(written) < hundredths(result.min) - 1 || hundredths(written) > hundredths(result.max) + 1)
    ) {
      at(
        {
          messageId: 'outsideBand',
          data: {
            written: formatPlain(written),
            grade: band.label,
            min: formatScore(result.min),
            max: formatScore(result.max),
          },
        },
        `在 ${formatScore(result.min)}–${formatScore(result.max)} 之间给分，或改评等级（并写明理由）`,
      );
    }
  }
  return reports;
}

function checkTotal(table: AnySelfEvalTable, tableIndex: number): Report[] {
  if (table.totalScore == null) return [];
  const execution = totalFundRow(table)?.row.score ?? 0;
  const indicators = sum2(scoredIndicators(table).map(({ indicator }) => indicator.score ?? 0));
  const sum = sum2([execution, indicators]);
  if (closeTo(table.totalScore, sum)) return [];
  return [
    {
      messageId: 'totalDiffers',
      data: {
        written: formatPlain(table.totalScore),
        sum: formatPlain(sum),
        execution: formatPlain(execution),
        indicators: formatPlain(indicators),
      },
      location: tableLocation(table, tableIndex, '总分', '得分'),
      suggestion: `把总分改为 ${formatPlain(sum)}，并按总分重新确定评价等级`,
    },
  ];
}
