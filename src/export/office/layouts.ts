import type {
  AnySelfEvalTable,
  DepartmentSelfEvalTable,
  DepartmentTable,
  Indicator,
  JixiaoDocument,
  ProjectTable,
  SelfEvalFundRow,
  SelfEvalTable,
  Table,
} from '../../domain/document.js';
import type { Money } from '../../domain/money.js';
import { KEPT_REASON_LABEL, keptReasonTexts } from '../../domain/kept-reason.js';
import { actualWithUnit } from '../../selfeval/actual-text.js';
import { formatNumber } from '../../value/format-value.js';
import { fromYuan, toYuan } from '../../value/money.js';
import { GridBuilder, type CellOptions, type TableGrid } from './grid.js';

/** The indicator columns of a self-evaluation, in the order of the official form. */
export const SELF_EVAL_INDICATOR_HEADINGS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

/**
 * The layout of each official form, as in the published tables (tests/fixtures/examples): the same
 * labels, in the same places, so our files read like the ones offices hand in and our importers
 * (and the text reader) read them back.
 */
export function tableGrid(table: Table, document: Pick<JixiaoDocument, 'unit'>): TableGrid {
  const notes = table.notes ?? [];
  if (table.kind === 'department') return departmentGrid(table, notes);
  if (table.kind === 'project') return projectGrid(table, notes);
  if (table.kind === 'department-self-evaluation')
    return departmentSelfEvalGrid(table, document.unit.year, notes);
  return selfEvalGrid(table, document.unit.year, notes);
}

/**
 * The rows kept after the indicators (其他需说明的问题, 评价结论, 注…), one row each, as the importers
 * keep them ("评价结论：全年目标基本完成"): the label in its own cell and the text across the rest.
 * A note with no short label before "：" (or " | ") spans the row.
 */
function noteRows(grid: GridBuilder, notes: string[]): void {
  for (const note of notes) {
    const labelled = splitNote(note);
    grid.newRow();
    if (labelled) grid.cell(labelled.label, LABEL).rest(labelled.text);
    else grid.rest(note);
  }
}

/** A kept note's short label and its text ("评价结论：全年目标…", "说明 | …"); null when it has none. */
export function splitNote(note: string): { label: string; text: string } | null {
  const m = /^([^：|\n]{1,12}?)(?:：| \| )([\s\S]*)$/.exec(note);
  return m ? { label: m[1] ?? '', text: m[2] ?? '' } : null;
}

/** Indicators as they go on paper: the reviewer's rejected suggestions are left out. */
export function visibleIndicators<T extends Indicator>(indicators: T[]): T[] {
  return indicators.filter((indicator) => indicator.status !== 'rejected');
}

const HEADER: CellOptions = { role: 'header' };
const LABEL: CellOptions = { role: 'label' };

export function moneyText(money: Money | null): string {
  return money == null ? '' : fromYuan(toYuan(money));
}

function money(value: Money | null, options: CellOptions = {}): [string, CellOptions] {
  const text = moneyText(value);
  if (!text) return ['', { role: 'money', ...options }];
  const decimals = text.split('.')[1]?.length ?? 0;
  return [
    text,
    { role: 'money', numeric: { value: Number(text), format: decimals > 2 ? '0.0000' : '0.00' }, ...options },
  ];
}

function numberCell(value: number | null, options: CellOptions = {}): [string, CellOptions] {
  if (value == null) return ['', { role: 'number', ...options }];
  return [formatNumber(value), { role: 'number', numeric: { value, format: 'General' }, ...options }];
}

function percentCell(value: number | null, options: CellOptions = {}): [string, CellOptions] {
  if (value == null) return ['', { role: 'number', ...options }];
  const text = `${formatNumber(value)}%`;
  const decimals = formatNumber(value).split('.')[1]?.length ?? 0;
  return [
    text,
    {
      role: 'number',
      numeric: { value: value / 100, format: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' },
      ...options,
    },
  ];
}

/** How many rows, from `index` on, share the same key (for merging 一级/二级 cells down). */
function runLength<T>(items: T[], index: number, key: (item: T) => string): number {
  let end = index + 1;
  while (end < items.length && key(items[end]) === key(items[index])) end += 1;
  return end - index;
}

/** Whether `index` starts a run (the first row of a merged 一级/二级 cell). */
function startsRun<T>(items: T[], index: number, key: (item: T) => string): boolean {
  return index === 0 || key(items[index - 1]) !== key(items[index]);
}

/** Places the merged 一级 and 二级 cells of indicator row `i` (later rows of a run are skipped). */
function levelCells(grid: GridBuilder, indicators: Indicator[], i: number): void {
  const l1 = (x: Indicator): string => x.level1;
  const l12 = (x: Indicator): string => `${x.level1}\u0000${x.level2}`;
  if (startsRun(indicators, i, l1))
    grid.cell(indicators[i].level1, { role: 'center', rowSpan: runLength(indicators, i, l1) });
  if (startsRun(indicators, i, l12))
    grid.cell(indicators[i].level2, { role: 'center', rowSpan: runLength(indicators, i, l12) });
}

/** One 说明 row per kept error under the indicators (its reason; read back by the importer). */
function keptReasonRows(grid: GridBuilder, indicators: Indicator[]): void {
  for (const text of keptReasonTexts(indicators)) grid.newRow().cell(KEPT_REASON_LABEL, LABEL).rest(text);
}

/**
 * 部门（单位）整体支出绩效目标表: 6 columns, as the Korla and Bazhou tables; 7 when its indicators
 * are described (a 绩效指标描述 column before 指标值, as the project table has).
 */
function departmentGrid(table: DepartmentTable, notes: string[]): TableGrid {
  const indicators = visibleIndicators(table.indicators);
  const described = indicators.some((i) => i.description.trim() !== '');
  const grid = new GridBuilder(described ? 7 : 6);
  // The task name takes the extra column of the described layout.
  const nameSpan = described ? 2 : 1;
  grid.newRow().cell('部门（单位）名称', LABEL).rest(table.unitName);
  const taskRows = 2 + (table.tasksTotal ? 1 : 0) + table.tasks.length;
  grid
    .newRow()
    .cell('年度主要任务', { ...LABEL, rowSpan: taskRows })
    .cell('任务名称', { ...HEADER, rowSpan: 2, colSpan: nameSpan })
    .cell('主要内容', { ...HEADER, rowSpan: 2 });
  grid.cell('预算金额（万元）', { ...HEADER, colSpan: 3 });
  grid.newRow().cell('总额', HEADER).cell('财政拨款', HEADER).cell('其他资金', HEADER);
  if (table.tasksTotal) {
    grid.newRow().cell('合计', { role: 'center', colSpan: nameSpan }).cell('');
    for (const m of [table.tasksTotal.total, table.tasksTotal.fiscal, table.tasksTotal.other])
      grid.cell(...money(m));
  }
  for (const task of table.tasks) {
    grid.newRow().cell(task.name, { colSpan: nameSpan }).cell(task.content);
    for (const m of [task.funding.total, task.funding.fiscal, task.funding.other]) grid.cell(...money(m));
  }
  grid.newRow().cell('年度总体目标', LABEL).rest(table.goals);
  grid.newRow().cell('年度绩效指标', { ...LABEL, rowSpan: 1 + indicators.length });
  grid.cell('一级指标', HEADER).cell('二级指标', HEADER).cell('三级指标', HEADER);
  if (described) grid.cell('绩效指标描述', { ...HEADER, colSpan: 2 });
  grid.rest('指标值', HEADER);
  indicators.forEach((indicator, i) => {
    grid.newRow();
    levelCells(grid, indicators, i);
    grid.cell(indicator.name);
    if (described) grid.cell(indicator.description, { colSpan: 2 });
    grid.rest(indicator.value.text, { role: 'center' });
  });
  keptReasonRows(grid, indicators);
  noteRows(grid, notes);
  return {
    title: table.title || '部门（单位）整体支出绩效目标表',
    subtitle: table.year ? `（${table.year}年）` : undefined,
    unitLine: '单位：万元',
    columns: described ? [8, 9, 10, 20, 14, 8, 9] : [8, 11, 22, 12, 8, 8],
    landscape: false,
    sheetName: '部门整体',
    ...grid.build(),
  };
}

/** 项目支出绩效目标表: 7 columns, as the street office example. */
function projectGrid(table: ProjectTable, notes: string[]): TableGrid {
  const grid = new GridBuilder(7);
  const indicators = visibleIndicators(table.indicators);
  grid
    .newRow()
    .cell('项目编码', LABEL)
    .cell(table.code, { colSpan: 2 })
    .cell('项目名称', LABEL)
    .rest(table.projectName);
  if (table.department !== undefined || table.implementer !== undefined) {
    grid
      .newRow()
      .cell('主管部门', LABEL)
      .cell(table.department ?? '', { colSpan: 2 })
      .cell('实施单位', LABEL)
      .rest(table.implementer ?? '');
  }
  grid.newRow().cell('预算规模及资金用途', { ...LABEL, rowSpan: 2 });
  grid
    .cell('预算数', LABEL)
    .cell(...money(table.budget.total))
    .cell('其中：财政资金', LABEL)
    .cell(...money(table.budget.fiscal));
  grid.cell('其他资金', LABEL).cell(...money(table.budget.other));
  grid.newRow().rest(table.purpose);
  if (table.plan) {
    const { mar, jun, oct, dec } = table.plan;
    grid.newRow().cell('资金支出计划（%）', { ...LABEL, rowSpan: 2 });
    grid
      .cell('3月底', HEADER)
      .cell('6月底', HEADER)
      .cell('10月底', { ...HEADER, colSpan: 2 })
      .rest('12月底', HEADER);
    grid
      .newRow()
      .cell(...percentCell(mar))
      .cell(...percentCell(jun))
      .cell(...percentCell(oct, { colSpan: 2 }))
      .cell(...percentCell(dec, { colSpan: 2 }));
  }
  grid.newRow().cell('绩效目标', LABEL).rest(table.goals);
  grid
    .newRow()
    .cell('一级指标', HEADER)
    .cell('二级指标', HEADER)
    .cell('三级指标', HEADER)
    .cell('绩效指标描述', { ...HEADER, colSpan: 2 });
  grid.cell('指标值', HEADER).cell('指标值确定依据', HEADER);
  indicators.forEach((indicator, i) => {
    grid.newRow();
    levelCells(grid, indicators, i);
    grid
      .cell(indicator.name)
      .cell(indicator.description, { colSpan: 2 })
      .cell(indicator.value.text, { role: 'center' })
      .cell(indicator.basis, { role: 'center' });
  });
  keptReasonRows(grid, indicators);
  noteRows(grid, notes);
  return {
    title: table.title || '项目支出绩效目标表',
    unitLine: '单位：万元',
    columns: [7, 8, 12, 8, 9, 9, 9],
    landscape: false,
    sheetName: table.projectName || '项目',
    ...grid.build(),
  };
}

/** 项目支出绩效自评表: 9 columns, as the Kaifu table; printed landscape. */
function selfEvalGrid(table: SelfEvalTable, year: number | null, notes: string[]): TableGrid {
  const grid = new GridBuilder(9);
  grid.newRow().cell('项目支出名称', LABEL).rest(table.projectName);
  if (table.department !== undefined || table.implementer !== undefined) {
    grid
      .newRow()
      .cell('主管部门', LABEL)
      .cell(table.department ?? '', { colSpan: 4 })
      .cell('实施单位', LABEL)
      .rest(table.implementer ?? '');
  }
  fundRows(grid, '项目资金（万元）', table.funds);
  selfEvalResults(grid, table);
  noteRows(grid, notes);
  return {
    title: table.title || '项目支出绩效自评表',
    subtitle: year ? `（${year}年度）` : undefined,
    columns: SELF_EVAL_COLUMNS,
    landscape: true,
    sheetName: `${table.projectName || '项目'}自评`,
    ...grid.build(),
  };
}

/** 部门（单位）整体支出绩效自评表: the same 9 columns, with the unit's funds and its 年度主要任务. */
function departmentSelfEvalGrid(
  table: DepartmentSelfEvalTable,
  year: number | null,
  notes: string[],
): TableGrid {
  const grid = new GridBuilder(9);
  grid.newRow().cell('部门（单位）名称', LABEL).rest(table.unitName);
  fundRows(grid, '年度预算执行情况（万元）', table.funds);
  grid
    .newRow()
    .cell('年度主要任务', { ...LABEL, rowSpan: 1 + table.tasks.length })
    .cell('任务名称', { ...HEADER, colSpan: 2 })
    .cell('主要内容', { ...HEADER, colSpan: 4 })
    .cell('预算数', HEADER)
    .cell('执行数', HEADER);
  for (const task of table.tasks)
    grid
      .newRow()
      .cell(task.name, { colSpan: 2 })
      .cell(task.content, { colSpan: 4 })
      .cell(...money(task.budget))
      .cell(...money(task.spent));
  selfEvalResults(grid, table);
  const shownYear = table.year ?? year;
  noteRows(grid, notes);
  return {
    title: table.title || '部门（单位）整体支出绩效自评表',
    subtitle: shownYear ? `（${shownYear}年度）` : undefined,
    columns: SELF_EVAL_COLUMNS,
    landscape: true,
    sheetName: '部门整体自评',
    ...grid.build(),
  };
}

const SELF_EVAL_COLUMNS = [6, 7, 8, 14, 8, 8, 5, 5, 14];

/** The funds block of a self-evaluation: a label cell spanning a header row and one row per fund row. */
function fundRows(grid: GridBuilder, label: string, funds: SelfEvalFundRow[]): void {
  grid
    .newRow()
    .cell(label, { ...LABEL, rowSpan: 1 + funds.length })
    .cell('', { ...HEADER, colSpan: 2 });
  for (const heading of ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'])
    grid.cell(heading, HEADER);
  for (const fund of funds) {
    grid
      .newRow()
      .cell(fund.label, { colSpan: 2 })
      .cell(...money(fund.initial))
      .cell(...money(fund.full))
      .cell(...money(fund.spent));
    grid
      .cell(...numberCell(fund.weight))
      .cell(fund.rate, { role: 'center' })
      .cell(...numberCell(fund.score));
  }
}

/** Goals expected against actual, the scored indicators and the 总分 row (both self-evaluation kinds). */
function selfEvalResults(grid: GridBuilder, table: AnySelfEvalTable): void {
  const indicators = visibleIndicators(table.indicators);
  grid
    .newRow()
    .cell('年度总体目标', { ...LABEL, rowSpan: 2 })
    .cell('预期目标', { ...HEADER, colSpan: 4 })
    .rest('实际完成情况', HEADER);
  grid.newRow().cell(table.goalsExpected, { colSpan: 4 }).rest(table.goalsActual);
  grid.newRow().cell('绩效指标', { ...LABEL, rowSpan: 1 + indicators.length });
  for (const heading of SELF_EVAL_INDICATOR_HEADINGS) grid.cell(heading, HEADER);
  indicators.forEach((indicator, i) => {
    grid.newRow();
    levelCells(grid, indicators, i);
    grid
      .cell(indicator.name)
      .cell(indicator.value.text, { role: 'center' })
      .cell(actualWithUnit(indicator), { role: 'center' });
    grid
      .cell(...numberCell(indicator.weight))
      .cell(...numberCell(indicator.score))
      .cell(indicator.reason);
  });
  grid
    .newRow()
    .cell('总分', { ...LABEL, colSpan: 6 })
    .cell(...numberCell(table.totalWeight))
    .cell(...numberCell(table.totalScore))
    .cell(table.grade ?? '', { role: 'center' });
}
