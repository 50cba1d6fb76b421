import type { Indicator, Table } from '../../domain/document.js';
import { indicatorLocation, tableLocation } from '../helpers.js';
import type { Report, Rule } from '../types.js';
import { cleanLevelName } from './_levels.js';
import { isLeftoverName } from './_placeholder.js';

/**
 * Template text nobody replaced: "XX街道", "××万元", "○○", "____", "（填写项目名称）", "请输入…",
 * "(≥**%)".
 * `XX` between letters or digits ("2025XX0001", a made-up code) is not flagged.
 */
const PLACEHOLDER_TEXT = [
  /(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])(?:[XxＸｘ]{2,}|×{2,}|[○〇]{2,}|_{3,}|＿{2,})(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])/,
  /[（(【[]\s*(?:请)?(?:在此|此处)?(?:填写|填报|填入|输入|选择|示例)[^）)】\]]{0,30}[）)】\]]/,
  /请(?:在此|此处)?(?:填写|输入|填报)|此处(?:填写|输入)|待填写|待补充/,
  // A comparator with asterisks where its number belongs: "(≥**%)", "≥**个".
  /[≥≤><=＞＜≧≦＝]=?\s*[*＊]{2,}/,
];

/** The first placeholder in a text, quoted as written (the patterns accept full-width forms). */
export function findPlaceholderText(text: string): string | null {
  for (const pattern of PLACEHOLDER_TEXT) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

/** The free-text fields of a table, with the names users know them by. */
function tableFields(table: Table): Array<[string, string]> {
  if (table.kind === 'department') {
    return [
      ['部门（单位）名称', table.unitName],
      ['年度总体目标', table.goals],
      ...table.tasks.flatMap((t): Array<[string, string]> => [
        ['任务名称', t.name],
        ['主要内容', t.content],
      ]),
    ];
  }
  if (table.kind === 'department-self-evaluation') {
    return [
      ['部门（单位）名称', table.unitName],
      ['年度总体目标', table.goalsExpected],
      ['实际完成情况', table.goalsActual],
      ...table.tasks.flatMap((t): Array<[string, string]> => [
        ['任务名称', t.name],
        ['主要内容', t.content],
      ]),
    ];
  }
  if (table.kind === 'project') {
    return [
      ['项目名称', table.projectName],
      ['项目编码', table.code],
      ['资金用途', table.purpose],
      ['绩效目标', table.goals],
    ];
  }
  return [
    ['项目名称', table.projectName],
    ['预期目标', table.goalsExpected],
    ['实际完成情况', table.goalsActual],
  ];
}

function indicatorFields(indicator: Indicator): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['三级指标', indicator.name],
    ['绩效指标描述', indicator.description],
    ['指标值', indicator.value.text],
    ['指标值确定依据', indicator.basis],
  ];
  if ('actual' in indicator)
    fields.push(
      ['实际完成值', String(indicator.actual)],
      ['偏差原因', String((indicator as { reason?: string }).reason ?? '')],
    );
  return fields;
}

/** Where a nameless row is: "经济效益指标第4行" (its 二级 and its place in the table). */
function rowLocation(table: Table, tableIndex: number, indicator: Indicator, index: number) {
  return indicatorLocation(
    table,
    tableIndex,
    { ...indicator, name: '', level2: cleanLevelName(indicator.level2) },
    index,
    '三级指标',
  );
}

function templateRowsReport(
  table: Table,
  tableIndex: number,
  rows: Array<{ indicator: Indicator; index: number }>,
): Report {
  const dots = rows.filter((r) => r.indicator.name.trim()).length;
  const empty = rows.map((r) => r.indicator).filter((i) => !i.name.trim());
  const levels = [...new Set(empty.map((i) => cleanLevelName(i.level2) || cleanLevelName(i.level1)))];
  const first = rows[0];
  return {
    messageId: empty.length === 0 ? 'dotRows' : dots === 0 ? 'emptyRows' : 'dotAndEmptyRows',
    data: { rows: rows.length, dots, empty: empty.length, levels: levels.join('、') },
    location: rowLocation(table, tableIndex, first.indicator, first.index),
    suggestion: '删除这些空行；确需该类指标的，补全三级指标名称和指标值。',
  };
}

export const placeholder: Rule = {
  meta: {
    id: 'structure/placeholder',
    description:
      '模板遗留：“……”行、只有二级指标名称的空行、没有名称的指标、XX/（填写…）等未替换的占位文字、起草时留下的待填数值',
    severity: 'warning',
    tags: ['structure', 'completeness'],
    messages: {
      dotRows: '本表有{{rows}}行模板遗留的空行：“……”行{{dots}}处',
      emptyRows: '本表有{{rows}}行模板遗留的空行：只有二级指标名称的空行{{empty}}处（{{levels}}）',
      dotAndEmptyRows:
        '本表有{{rows}}行模板遗留的空行：“……”行{{dots}}处，只有二级指标名称的空行{{empty}}处（{{levels}}）',
      unitName: '单位名称中有未替换的模板占位“{{text}}”',
      tableField: '{{field}}中有未替换的模板占位“{{text}}”',
      nameless: '{{level2}}下有一个没有三级指标名称的指标（指标值“{{value}}”）',
      draftPlaceholder: '“{{name}}”的指标值是起草时留下的待填项（{{value}}）',
      indicatorField: '“{{name}}”的{{field}}中有未替换的模板占位“{{text}}”',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    const unitText = findPlaceholderText(document.unit.name);
    if (unitText)
      reports.push({
        messageId: 'unitName',
        data: { text: unitText },
        location: { table: '（文档）', field: '单位名称' },
        suggestion: '填写单位全称。',
      });
    for (const [tableIndex, table] of document.tables.entries()) {
      for (const [field, text] of tableFields(table)) {
        const found = findPlaceholderText(text);
        if (found)
          reports.push({
            messageId: 'tableField',
            data: { field, text: found },
            location: tableLocation(table, tableIndex, undefined, field),
            suggestion: '把占位文字换成本项目的实际内容。',
          });
      }
      const templateRows: Array<{ indicator: Indicator; index: number }> = [];
      for (const [index, indicator] of (table.indicators as Indicator[]).entries()) {
        if (indicator.status === 'rejected') continue;
        if (isLeftoverName(indicator.name)) {
          if (indicator.value.kind === 'blank') templateRows.push({ indicator, index });
          else
            reports.push({
              messageId: 'nameless',
              data: {
                level2: cleanLevelName(indicator.level2) || '本行',
                value: indicator.value.text.trim(),
              },
              location: rowLocation(table, tableIndex, indicator, index),
              suggestion: '补写三级指标名称，或删除这一行。',
            });
          continue;
        }
        if (indicator.placeholder) {
          reports.push({
            messageId: 'draftPlaceholder',
            data: { name: indicator.name, value: indicator.value.text.trim() || '空白' },
            location: indicatorLocation(table, tableIndex, indicator, index),
            suggestion: '按本单位的实际计划填写指标值。',
          });
        }
        for (const [field, text] of indicatorFields(indicator)) {
          if (field === '指标值' && indicator.placeholder) continue;
          const found = findPlaceholderText(text);
          if (found)
            reports.push({
              messageId: 'indicatorField',
              data: { name: indicator.name, field, text: found },
              location: indicatorLocation(table, tableIndex, indicator, index, field),
              suggestion: '把占位文字换成实际内容。',
            });
        }
      }
      if (templateRows.length) reports.push(templateRowsReport(table, tableIndex, templateRows));
    }
    return reports;
  },
};
