import type { Indicator } from '../../domain/document.js';
import { formatNumber, formatValue } from '../../value/format-value.js';
import { indicatorLocation, indicators } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { monthMentions, numberMentions } from '../../facts/mentions.js';
import { indicatorUnit, isChangeName, unitMeasure } from './_units.js';

const FIELDS = [
  {
    field: '绩效指标描述',
    label: '描述',
    messageId: 'descriptionDiffers',
    text: (i: Indicator) => i.description,
  },
  { field: '三级指标', label: '指标名称', messageId: 'nameDiffers', text: (i: Indicator) => i.name },
] as const;

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** What the text says instead of the value, and the value the text implies (in the value's unit). */
interface Mismatch {
  said: string;
  implied: string;
}

/**
 * The amount a text states for the indicator disagrees with its 指标值. Only numbers of the same
 * unit family are compared (人 with 名, 万元 with 元; never 户 with 人 or % with 人), and a text
 * agrees when any of its numbers of that family equals the value ("改造3个小区，其中1个…" with =3个).
 */
function mismatch(indicator: Indicator, text: string): Mismatch | null {
  const value = indicator.value;
  const op = value.opExplicit && value.op ? value.op : '';
  if (value.kind === 'deadline') {
    const months = monthMentions(text);
    // Only a text naming one month is compared: "3月启动，10月底完工" speaks of several things.
    if (months.length !== 1 || months[0].month === value.numbers[0]) return null;
    return { said: months[0].text, implied: `${op}${months[0].month}月底` };
  }
  if (value.kind !== 'number' || value.numbers.length !== 1) return null;
  const unit = indicatorUnit(indicator);
  const measure = unitMeasure(unit);
  if (!measure) return null;
  const target = value.numbers[0] * measure.factor;
  // A change (较上年提高5%) is compared only with an indicator that is itself a change (投诉下降率).
  const isChange = isChangeName(indicator.name);
  const sameFamily = numberMentions(text).filter(
    (m) => m.measure.family === measure.family && (isChange || !m.change),
  );
  if (sameFamily.length === 0 || sameFamily.some((m) => same(m.number * m.measure.factor, target)))
    return null;
  const first = sameFamily[0];
  return {
    said: first.text,
    implied: `${op}${formatNumber((first.number * first.measure.factor) / measure.factor)}${unit}`,
  };
}

export const descriptionMismatch: Rule = {
  meta: {
    id: 'value/description-mismatch',
    description: '绩效指标描述或三级指标名称中的数字与指标值不一致',
    severity: 'error',
    tags: ['value', 'consistency'],
    messages: {
      descriptionDiffers: '{{name}}：描述为{{said}}，指标值为{{value}}，两者不一致',
      nameDiffers: '{{name}}：指标名称写的是{{said}}，指标值为{{value}}，两者不一致',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const { table, tableIndex, indicator, indicatorIndex } of indicators(document)) {
      for (const { field, label, messageId, text } of FIELDS) {
        const found = mismatch(indicator, text(indicator));
        if (!found) continue;
        const shown = formatValue(indicator.value) || indicator.value.text.trim();
        reports.push({
          messageId,
          data: { name: indicator.name || indicator.level2, said: found.said, value: shown },
          location: indicatorLocation(table, tableIndex, indicator, indicatorIndex, field),
          suggestion: `核实实际目标后统一两处：若目标是${found.said}，把指标值改为 ${found.implied}；否则把${label}中的${found.said}改为与指标值一致`,
        });
      }
    }
    return reports;
  },
};
