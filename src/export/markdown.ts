import type {
  AnySelfEvalTable,
  DepartmentSelfEvalTable,
  DepartmentTable,
  Indicator,
  JixiaoDocument,
  ProjectTable,
  SelfEvalFundRow,
  SelfEvalTable,
  SpendingPlan,
  Table,
} from '../domain/document.js';
import { isSelfEvaluation } from '../domain/table-kind.js';
import { KEPT_REASON_LABEL, keptReasonTexts } from '../domain/kept-reason.js';
import { actualWithUnit } from '../selfeval/actual-text.js';
import { formatNumber } from '../value/format-value.js';
import { moneyText, SELF_EVAL_INDICATOR_HEADINGS, splitNote, visibleIndicators } from './office/layouts.js';
import { validateForExport } from './office/validate.js';

/**
 * The document as Markdown (GitHub tables): each table with its title, the 单位：万元 line, the
 * budget and task rows, the goals and the indicator grid; prose where it stood. Used for the
 * preview in the app and by `jixiao export --to md`. Pure: returns a string.
 */

/** Two ideographic spaces between fields on one line, as on paper. */
const GAP = '\u3000\u3000';

/** Text inside a table cell: `|` escaped, line breaks as <br>, Markdown markers neutralised. */
export function escapeCell(text: string): string {
  return escapeInline(text.trim()).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Characters that would start emphasis, code, links or HTML. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`);
}

/** Free text as paragraphs: each line kept (hard breaks), block markers at a line start escaped. */
export function escapeProse(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      escapeInline(line.trim())
        .replace(/^[#>+-]/, '\\$&')
        .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3'),
    )
    .filter((line) => line !== '')
    .join('  \n');
}

export function markdownTable(
  header: string[],
  rows: string[][],
  align?: Array<'left' | 'right' | 'center'>,
): string {
  const rule = header.map((_, i) =>
    align?.[i] === 'right' ? '---:' : align?.[i] === 'center' ? ':---:' : '---',
  );
  const line = (cells: string[]) => `| ${cells.map((c) => escapeCell(c)).join(' | ')} |`;
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** 一级/二级 shown only where they change, as merged cells look on paper. */
function levelColumns(indicators: Indicator[]): Array<[string, string]> {
  return indicators.map((ind, i) => {
    const prev = indicators[i - 1];
    const sameL1 = prev !== undefined && prev.level1 === ind.level1;
    return [sameL1 ? '' : ind.level1, sameL1 && prev.level2 === ind.level2 ? '' : ind.level2];
  });
}

function section(title: string, body: string): string {
  return `### ${title}\n\n${body || '（无）'}`;
}

function heading(table: Table): string {
  if (table.kind === 'department') return table.title || '部门（单位）整体支出绩效目标表';
  if (table.kind === 'department-self-evaluation') return table.title || '部门（单位）整体支出绩效自评表';
  const title = table.title || (table.kind === 'project' ? '项目支出绩效目标表' : '项目支出绩效自评表');
  return table.projectName && !title.includes(table.projectName) ? `${table.projectName} · ${title}` : title;
}

function percent(value: number | null): string {
  return value == null ? '' : `${formatNumber(value)}%`;
}

function number(value: number | null | undefined): string {
  return value == null ? '' : formatNumber(value);
}

function departmentMarkdown(table: DepartmentTable): string {
  const parts = [
    `部门（单位）名称：${escapeInline(table.unitName)}${table.year ? `${GAP}年度：${table.year}` : ''}`,
    '单位：万元',
  ];
  const taskRows = table.tasks.map((t) => [
    t.name,
    t.content,
    moneyText(t.funding.total),
    moneyText(t.funding.fiscal),
    moneyText(t.funding.other),
  ]);
  if (table.tasksTotal)
    taskRows.push([
      '合计',
      '',
      moneyText(table.tasksTotal.total),
      moneyText(table.tasksTotal.fiscal),
      moneyText(table.tasksTotal.other),
    ]);
  parts.push(
    section(
      '年度主要任务',
      taskRows.length
        ? markdownTable(['任务名称', '主要内容', '总额', '财政拨款', '其他资金'], taskRows, [
            'left',
            'left',
            'right',
            'right',
            'right',
          ])
        : '',
    ),
  );
  parts.push(section('年度总体目标', escapeProse(table.goals)));
  const indicators = visibleIndicators(table.indicators);
  const levels = levelColumns(indicators);
  const described = indicators.some((i) => i.description.trim() !== '');
  const headings = ['一级指标', '二级指标', '三级指标', ...(described ? ['绩效指标描述'] : []), '指标值'];
  const rows = [
    ...indicators.map((ind, i) => [
      ...levels[i],
      ind.name,
      ...(described ? [ind.description] : []),
      ind.value.text,
    ]),
    ...keptReasonRows(indicators, headings.length),
  ];
  parts.push(section('年度绩效指标', rows.length ? markdownTable(headings, rows) : ''));
  return parts.join('\n\n');
}

/** A kept error's reason: a 说明 row at the end of the indicators (read back on import). */
function keptReasonRows(indicators: Indicator[], width: number): string[][] {
  return keptReasonTexts(indicators).map((text) => [
    KEPT_REASON_LABEL,
    text,
    ...Array<string>(width - 2).fill(''),
  ]);
}

function planTable(plan: SpendingPlan | null): string {
  if (!plan) return '';
  return markdownTable(
    ['3月底', '6月底', '10月底', '12月底'],
    [[percent(plan.mar), percent(plan.jun), percent(plan.oct), percent(plan.dec)]],
    ['center', 'center', 'center', 'center'],
  );
}

function projectMarkdown(table: ProjectTable): string {
  const info = [
    `项目编码：${escapeInline(table.code) || '（未填写）'}`,
    `项目名称：${escapeInline(table.projectName)}`,
  ];
  if (table.department) info.push(`主管部门：${escapeInline(table.department)}`);
  if (table.implementer) info.push(`实施单位：${escapeInline(table.implementer)}`);
  const parts = [info.join(GAP), '单位：万元'];
  const budget = markdownTable(
    ['预算数', '其中：财政资金', '其他资金'],
    [[moneyText(table.budget.total), moneyText(table.budget.fiscal), moneyText(table.budget.other)]],
    ['right', 'right', 'right'],
  );
  parts.push(
    section('预算规模及资金用途', `${budget}\n\n资金用途：${escapeProse(table.purpose) || '（未填写）'}`),
  );
  parts.push(section('资金支出计划（%）', planTable(table.plan)));
  parts.push(section('绩效目标', escapeProse(table.goals)));
  const indicators = visibleIndicators(table.indicators);
  const levels = levelColumns(indicators);
  const rows = indicators.map((ind, i) => [
    ...levels[i],
    ind.name,
    ind.description,
    ind.value.text,
    ind.basis,
  ]);
  rows.push(...keptReasonRows(indicators, 6));
  parts.push(
    section(
      '绩效指标',
      rows.length
        ? markdownTable(
            ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
            rows,
          )
        : '',
    ),
  );
  return parts.join('\n\n');
}

function selfEvalMarkdown(table: SelfEvalTable): string {
  const parts: string[] = [];
  const info: string[] = [];
  if (table.department) info.push(`主管部门：${escapeInline(table.department)}`);
  if (table.implementer) info.push(`实施单位：${escapeInline(table.implementer)}`);
  if (info.length) parts.push(info.join(GAP));
  parts.push('单位：万元');
  parts.push(fundsSection('项目资金', table.funds));
  parts.push(...selfEvalResults(table));
  return parts.join('\n\n');
}

function departmentSelfEvalMarkdown(table: DepartmentSelfEvalTable): string {
  const parts = [
    `部门（单位）名称：${escapeInline(table.unitName)}${table.year ? `${GAP}年度：${table.year}` : ''}`,
    '单位：万元',
  ];
  parts.push(fundsSection('年度预算执行情况', table.funds));
  const tasks = table.tasks.map((t) => [t.name, t.content, moneyText(t.budget), moneyText(t.spent)]);
  parts.push(
    section(
      '年度主要任务',
      tasks.length
        ? markdownTable(['任务名称', '主要内容', '预算数', '执行数'], tasks, [
            'left',
            'left',
            'right',
            'right',
          ])
        : '',
    ),
  );
  parts.push(...selfEvalResults(table));
  return parts.join('\n\n');
}

/** The funds rows of a self-evaluation under a heading that names the first column. */
function fundsSection(title: string, funds: SelfEvalFundRow[]): string {
  const rows = funds.map((f) => [
    f.label,
    moneyText(f.initial),
    moneyText(f.full),
    moneyText(f.spent),
    number(f.weight),
    f.rate,
    number(f.score),
  ]);
  return section(
    title,
    rows.length
      ? markdownTable([title, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], rows, [
          'left',
          'right',
          'right',
          'right',
          'center',
          'center',
          'center',
        ])
      : '',
  );
}

/** Goals expected against actual, the scored indicators with 总分, and the grade. */
function selfEvalResults(table: AnySelfEvalTable): string[] {
  const parts: string[] = [];
  parts.push(
    section(
      '年度总体目标',
      markdownTable(['预期目标', '实际完成情况'], [[table.goalsExpected, table.goalsActual]]),
    ),
  );
  const indicators = visibleIndicators(table.indicators);
  const levels = levelColumns(indicators);
  const rows = indicators.map((ind, i) => [
    ...levels[i],
    ind.name,
    ind.value.text,
    actualWithUnit(ind),
    number(ind.weight),
    number(ind.score),
    ind.reason,
  ]);
  // The grade stands in the 总分 row's last cell, as on the official form (the importers read it there).
  rows.push(['总分', '', '', '', '', number(table.totalWeight), number(table.totalScore), table.grade ?? '']);
  parts.push(section('绩效指标', markdownTable(SELF_EVAL_INDICATOR_HEADINGS, rows)));
  return parts;
}

/**
 * The rows kept after the indicators, as on paper: rows of the last grid (the indicators), label
 * then text, as the importers keep them ("评价结论：…" → 评价结论 | …); their own table when the body
 * does not end with one.
 */
function withNotes(body: string, notes: string[]): string {
  if (notes.length === 0) return body;
  const cells = notes.map((note) => {
    const labelled = splitNote(note);
    return labelled ? [labelled.label, labelled.text] : ['', note];
  });
  const last = body.slice(body.lastIndexOf('\n') + 1);
  if (!last.startsWith('|')) return `${body}\n\n${markdownTable(['说明', ''], cells)}`;
  const width = last.replace(/\\\|/g, '').split('|').length - 2;
  const rows = cells.map((row) => {
    const padded = [...row, ...new Array<string>(Math.max(0, width - row.length)).fill('')];
    return `| ${padded.map((c) => escapeCell(c)).join(' | ')} |`;
  });
  return `${body}\n${rows.join('\n')}`;
}

/** One table as Markdown, starting with its `##` heading (the app previews tables one at a time). */
export function tableToMarkdown(table: Table): string {
  const body =
    table.kind === 'department'
      ? departmentMarkdown(table)
      : table.kind === 'project'
        ? projectMarkdown(table)
        : table.kind === 'department-self-evaluation'
          ? departmentSelfEvalMarkdown(table)
          : selfEvalMarkdown(table);
  return `## ${escapeInline(heading(table))}\n\n${withNotes(body, table.notes ?? [])}\n`;
}

/** The whole document: a title with unit and year, then the tables and prose in their order. Validated first (ExportError). */
export function exportMarkdown(input: unknown): string {
  const document: JixiaoDocument = validateForExport(input);
  const { unit } = document;
  // A file of self-evaluations only is a 绩效自评表, not a 目标表.
  const what =
    document.tables.length > 0 && document.tables.every(isSelfEvaluation) ? '绩效自评表' : '预算绩效目标表';
  const title = `# ${escapeInline(unit.name || '（未填写单位）')}${unit.year ? `${unit.year}年度` : ''}${what}`;
  const blocks: string[] = [title];
  document.tables.forEach((table, index) => {
    for (const prose of document.prose.filter((p) => p.before === index))
      blocks.push(proseMarkdown(prose.title, prose.text));
    blocks.push(tableToMarkdown(table).trimEnd());
  });
  for (const prose of document.prose.filter((p) => p.before >= document.tables.length))
    blocks.push(proseMarkdown(prose.title, prose.text));
  return `${blocks.join('\n\n')}\n`;
}

function proseMarkdown(title: string, text: string): string {
  return [title ? `## ${escapeInline(title)}` : '', escapeProse(text)].filter(Boolean).join('\n\n');
}
