import type { Indicator } from '../../domain/document.js';
import { countedBy } from '../../facts/heads.js';
import { tableFacts, type Fact } from '../../facts/table-facts.js';
import { formatValue } from '../../value/format-value.js';
import { unitClass, type UnitClass } from '../../value/measure.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { indicatorUnit, isRateName } from './_units.js';

const CLASS_WORDS: Record<UnitClass, string> = {
  people: '人',
  household: '户',
  item: '件数',
  event: '次数',
  length: '长度',
  area: '面积',
  volume: '体积',
  weight: '重量',
  money: '金额',
  time: '时间',
  share: '比例',
};

type Problem = Omit<Report, 'location'>;

function problem(indicator: Indicator, described: Fact[]): Problem | null {
  const value = indicator.value;
  if (value.kind !== 'number' || value.numbers.length !== 1 || isRateName(indicator.name)) return null;
  const unit = indicatorUnit(indicator);
  const valueClass = unitClass(unit);
  // Shares are value/unit-mismatch's (人数 in %); money in a cost row is cost/not-money's business.
  if (!valueClass || valueClass === 'share') return null;
  const name = indicator.name || indicator.level2;
  const shown = formatValue(value);
  // The description counts the same number in a unit of another kind: 200人次 against ≥200个.
  const said = described.find((m) => {
    const saidClass = unitClass(m.unit);
    return !m.per && !m.change && saidClass && saidClass !== valueClass && m.number === value.numbers[0];
  });
  if (said) {
    const saidClass = unitClass(said.unit) as UnitClass;
    return {
      messageId: 'descriptionUnitDiffers',
      data: {
        name,
        described: said.text,
        value: shown,
        describedClass: CLASS_WORDS[saidClass],
        valueClass: CLASS_WORDS[valueClass],
      },
      suggestion: `统一单位：若数的是${CLASS_WORDS[saidClass]}，把指标值改为 ${value.opExplicit && value.op ? value.op : ''}${value.numbers[0]}${said.unit}`,
    };
  }
  const counted = countedBy(indicator.name);
  if (!counted || counted.allowed.includes(valueClass)) return null;
  return {
    messageId: 'unitNotCounted',
    data: { name, counted: counted.what, unit, value: shown },
    suggestion: `用与所数对象相符的单位（${counted.what}）；如果数的是别的东西，修改指标名称`,
  };
}

/**
 * A count in a unit that does not fit what is counted: people in 个, households in 人, a length in 条,
 * or a description that counts the same number in another kind of unit (200人次 against ≥200个).
 * The thing counted comes from the head noun of the name; units are compared by their class.
 */
export const countUnit: Rule = {
  meta: {
    id: 'value/count-unit',
    description: '计数单位与所数对象不符（人数用“个”、户数用“人”、描述200人次而指标值≥200个）',
    severity: 'warning',
    tags: ['value', 'consistency'],
    messages: {
      descriptionUnitDiffers:
        '{{name}}：描述为{{described}}，指标值为{{value}}，同一数量的单位不一致（{{describedClass}}与{{valueClass}}）',
      unitNotCounted: '{{name}}：按名称数的是{{counted}}，指标值却以“{{unit}}”为单位（{{value}}）',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      const described =
        indicator.value.kind === 'number' && /\d/.test(indicator.description)
          ? tableFacts(table).facts.filter(
              (f) => f.source.field === '绩效指标描述' && f.source.indicatorIndex === indicatorIndex,
            )
          : [];
      const found = problem(indicator, described);
      if (found)
        reports.push({ ...found, location: indicatorLocation(table, tableIndex, indicator, indicatorIndex) });
    }
    return reports;
  },
};
