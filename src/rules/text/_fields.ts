import type { Indicator, Table } from '../../domain/document.js';
import type { Location } from '../../domain/finding.js';
import { indicatorLocation, tableLocation } from '../helpers.js';

export interface TextField {
  /** How the message names the field: 资金用途, 任务“…”的主要内容, “培训人数”的绩效指标描述. */
  label: string;
  text: string;
  /** Built only for a field that is reported (most fields are not). */
  locate: () => Location;
  /** Set for an indicator's fields. */
  indicator?: Indicator;
  part?: IndicatorPart;
}

export type IndicatorPart = 'name' | 'description' | 'value';
const PART_LABEL: Record<IndicatorPart, string> = {
  name: '三级指标',
  description: '绩效指标描述',
  value: '指标值',
};

/**
 * The free-text fields of a table (goals, 资金用途, task contents) and the chosen parts of its
 * indicators; `keep` skips texts that cannot matter before anything is built for them.
 */
export function textFields(
  table: Table,
  tableIndex: number,
  parts: IndicatorPart[],
  keep: (text: string) => boolean = () => true,
): TextField[] {
  const out: TextField[] = [];
  const add = (label: string, text: string, section: string, field: string) => {
    if (keep(text)) out.push({ label, text, locate: () => tableLocation(table, tableIndex, section, field) });
  };
  if (table.kind === 'department') {
    for (const task of table.tasks)
      add(`任务“${task.name}”的主要内容`, task.content, '年度主要任务', '主要内容');
    add('年度总体目标', table.goals, '年度总体目标', '年度总体目标');
  } else if (table.kind === 'project') {
    add('资金用途', table.purpose, '预算规模及资金用途', '资金用途');
    add('绩效目标', table.goals, '绩效目标', '绩效目标');
  } else {
    add('预期目标', table.goalsExpected, '年度总体目标', '预期目标');
    add('实际完成情况', table.goalsActual, '年度总体目标', '实际完成情况');
  }
  for (const [index, indicator] of (table.indicators as Indicator[]).entries()) {
    if (indicator.status === 'rejected') continue;
    for (const part of parts) {
      const text = part === 'value' ? indicator.value.text : indicator[part];
      if (!keep(text)) continue;
      const label =
        part === 'name' ? `三级指标“${indicator.name}”` : `“${indicator.name}”的${PART_LABEL[part]}`;
      out.push({
        label,
        text,
        indicator,
        part,
        locate: () => indicatorLocation(table, tableIndex, indicator, index, PART_LABEL[part]),
      });
    }
  }
  return out;
}
