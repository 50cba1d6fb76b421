import type { JixiaoDocument, Table } from '../domain/document.js';
import type { Finding } from '../domain/finding.js';
import { tableLocation } from '../rules/helpers.js';
import type { Complain } from './map/cells.js';
import { draftKind, newTableDraft, type TableDraft, type Note } from './map/draft.js';
import { finishDraft } from './map/finish.js';
import { withKeptReasons } from '../domain/kept-reason.js';
import {
  continuesGrid,
  gridColumns,
  isGridHeader,
  isSplitRow,
  isSubHeader,
  projectCells,
  readIndicatorRow,
  readLevelLine,
} from './map/indicators.js';
import { goalHeader, isGoalWord, isRemnant } from './map/goals.js';
import {
  cellText,
  cleanHeading,
  fieldLabel,
  findYear,
  isBlank,
  isProseHeading,
  isSignatureCell,
  isUnitNote,
  labelKey,
  noteLabel,
  organisationName,
  shortText,
  titleKind,
  unitFromTitle,
  yearLine,
  type FieldLabel,
} from './map/labels.js';
import { draftShape, shapeChanges } from './map/trace.js';
import { leadingMoney } from './map/cells.js';
import { ProseCollector } from './map/prose.js';
import { frameworkOf } from './map/levels.js';
import { fundKind, hasFundRowLabel, isFundsHeader, readFundRow, readFundsHeader } from './map/funds.js';
import { costHeader, readCostRow } from './map/costs.js';
import { readContinuation, readLabelledRow } from './map/rows.js';
import { isAmountHeader, isTaskHeader, readTaskHeader } from './map/tasks.js';
import type { Block, ImportResult, RowPlacement } from './types.js';

export interface MapOptions {
  /** The file name, for messages. */
  sourceName: string;
  /** Record where every row went (`import --explain`); off, only the set-aside rows are described. */
  explain?: boolean;
}

/**
 * Paragraphs and tables of cell text (from any reader) → our document. Tables are found by their
 * titles and header rows, each table's kind is settled from what it holds, and anything that
 * cannot be placed becomes an `import/unrecognised` finding; text between tables is kept as prose.
 * Never throws.
 */
export function mapBlocks(blocks: Block[], options: MapOptions): ImportResult {
  return new BlockMapper(options.sourceName, options.explain ?? false).run(blocks);
}

/** Labels that only a table of ours has: a table block with one of them is a table, not prose. */
const TABLE_LABELS = new Set<FieldLabel>([
  'code',
  'unitName',
  'tasks',
  'plan',
  'budgetSection',
  'overallGoals',
  'indicatorsSection',
  'scoreTotal',
]);

function isTableLike(rows: string[][]): boolean {
  return rows.some((row) => {
    const filled = row.filter((cell) => !isBlank(cell));
    if (filled.length === 1 && titleKind(filled[0])) return true;
    if (isGridHeader(row) || isTaskHeader(row) || isFundsHeader(row)) return true;
    return row.some((cell) => TABLE_LABELS.has(fieldLabel(cell)!));
  });
}

/** A row that begins another table although no title came: a second 项目编码, 部门名称, task header… */
function startsAnotherTable(draft: TableDraft, cells: string[]): boolean {
  if (!draft.content) return false;
  const done = draft.indicators.length > 0;
  if (done && (isTaskHeader(cells) || isFundsHeader(cells))) return true;
  return cells.some((cell) => {
    const label = fieldLabel(cell);
    if (label === 'code') return done || draft.code !== '';
    if (label === 'projectName') return done || draft.projectName !== '';
    if (label === 'unitName') return done || draft.unitName !== '';
    return false;
  });
}

/** At most this many unplaced-content findings per table: a file that is not a table at all says so once. */
const MAX_NOTES = 30;

function capped(notes: Note[]): Note[] {
  if (notes.length <= MAX_NOTES) return notes;
  return [
    ...notes.slice(0, MAX_NOTES),
    { message: `另有 ${notes.length - MAX_NOTES} 处内容无法识别，未导入（不再逐条列出）。` },
  ];
}

/**
 * A paragraph that is a label, "label：value", or several of them spaced apart
 * ("项目编码：2025XX0001　　项目名称：老旧小区改造", "资金总额：350　　其中财政资金：350") → the row
 * they stand for; null otherwise.
 */
function splitLabel(text: string): string[] | null {
  if (fieldLabel(text)) return [text];
  const row: string[] = [];
  for (const part of text.split(/[ \u3000]{2,}/)) {
    const m = /^([^：:]{2,16})[：:]\s*([\s\S]*)$/.exec(part.trim());
    if (!m || !(fieldLabel(m[1]) || fundKind(m[1]))) return null;
    row.push(m[1], ...(m[2].trim() ? [m[2].trim()] : []));
  }
  return row.length > 0 ? row : null;
}

/** The money unit a "单位：元" / "金额单位：万元" marker sets, or null when the cell is not one. */
function moneyUnitOf(cell: string): '万元' | '元' | null {
  if (!isUnitNote(cell)) return null;
  return /：元/.test(labelKey(cell)) ? '元' : '万元';
}

/** A signature or review row: dropped with an informational note. After the indicators a row that starts with a signature label is one. */
function isSignatureRow(draft: TableDraft, cells: string[]): boolean {
  const filled = cells.filter((cell) => !isBlank(cell));
  if (filled.length === 0) return false;
  if (draft.indicators.length > 0 || draft.section === 'notes')
    return isSignatureCell(filled[0]) && fieldLabel(filled[0]) !== 'total';
  return (
    filled.every((cell) => isSignatureCell(cell)) &&
    filled.some((cell) => /盖章|公章|签章|签字|意见/.test(labelKey(cell)))
  );
}

/** A row after the indicators kept as the table's note (评价结论 | …, 说明 | 无, 注：…): its label. */
function noteRow(draft: TableDraft, cells: string[]): string | null {
  if (draft.indicators.length === 0 && draft.section !== 'notes') return null;
  const at = cells.findIndex((cell) => !isBlank(cell));
  if (at < 0) return null;
  // A note label, or a header field / goal word no indicator is named (项目属性, 中期目标: notes written back
  // after the grid by our own exports).
  const label =
    noteLabel(cells[at]) ??
    (fieldLabel(cells[at]) === 'headerNote' || isGoalWord(cells[at]) || labelKey(cells[at]) === '长期指标'
      ? labelKey(cells[at])
      : null);
  if (!label) return null;
  // In a grid a note label stands in the first column; "注：…" may stand anywhere.
  return at === 0 || /：/.test(labelKey(cells[at])) ? label : null;
}

const EMPTY_SHAPE = draftShape(newTableDraft());

interface Trace extends RowPlacement {
  draft: TableDraft | null;
}

class BlockMapper {
  private readonly tables: Table[] = [];
  private readonly findings: Finding[] = [];
  private readonly prose = new ProseCollector();
  private draft: TableDraft | null = null;
  private readonly traces: Trace[] = [];
  private readonly tableOf = new Map<TableDraft, number>();
  private current: Trace | null = null;
  private moneyUnit: '万元' | '元' = '万元';
  private readonly tableYears: number[] = [];
  private readonly headingYears: number[] = [];
  private readonly headingUnits: string[] = [];
  private tableBlocks = 0;
  private paragraphs = 0;

  constructor(
    private readonly sourceName: string,
    private readonly explain: boolean,
  ) {}

  run(blocks: Block[]): ImportResult {
    for (const block of blocks) {
      if (block.kind === 'paragraph') {
        this.paragraphs++;
        const where = block.line ? `第${block.line}行` : `第${this.paragraphs}段`;
        this.traced(where, block.line, [block.text], () => this.onParagraph(block.text, where));
      } else this.guard(`第${this.tableBlocks + 1}个表格`, () => this.onTable(block));
    }
    this.guard('文件末尾', () => this.finish());
    const document = this.document();
    if (!this.explain) return { document, findings: this.findings };
    const rows = this.traces.map(({ draft, ...row }) => ({
      ...row,
      table: draft ? (this.tableOf.get(draft) ?? null) : null,
    }));
    return { document, findings: this.findings, rows };
  }

  /** Runs one row and records where it went: what it changed in the draft, or what was said about it. */
  private traced(where: string, line: number | undefined, cells: string[], step: () => void): void {
    const filled = cells.filter((cell) => !isBlank(cell)).map((cell) => cell.trim());
    const trace: Trace = {
      where,
      ...(line ? { line } : {}),
      cells: filled,
      table: null,
      went: [],
      setAside: [],
      draft: null,
    };
    if (!this.explain) {
      // Only the set-aside rows are described (their findings name the row): no shapes to compare.
      this.current = trace;
      this.guard(where, step);
      this.current = null;
      return;
    }
    const before = this.draft;
    const shape = before ? draftShape(before) : EMPTY_SHAPE;
    const prose = this.prose.sections.length + (this.prose.sections.at(-1)?.text.length ?? 0);
    this.current = trace;
    this.guard(where, step);
    this.current = null;
    if (filled.length === 0) return;
    const after = this.draft;
    trace.draft = after ?? before;
    if (after) trace.went = shapeChanges(after === before ? shape : EMPTY_SHAPE, draftShape(after), after);
    if (trace.went.length === 0 && trace.setAside.length === 0) {
      const proseNow = this.prose.sections.length + (this.prose.sections.at(-1)?.text.length ?? 0);
      if (proseNow !== prose) {
        trace.went.push('表外文字');
        trace.draft = null;
      } else if (after !== before && after) trace.went.push('表名');
      else if (!after) trace.went.push('文档的年度或标题');
      else trace.went.push('栏目名称');
    }
    this.traces.push(trace);
  }

  private onTable(block: Extract<Block, { kind: 'table' }>): void {
    const number = ++this.tableBlocks;
    const rows = block.rows;
    const first = rows.find((row) => row.some((cell) => !isBlank(cell)));
    if (!first) return;
    const draft = this.draft;
    if (!draft || (draft.indicators.length > 0 && !continuesGrid(first))) {
      if (!isTableLike(rows)) {
        this.prose.table(rows, this.before()); // not one of our tables (kaifu's 项目支出资金概况): kept as text
        return;
      }
      this.finish();
      this.draft = newTableDraft();
    }
    for (let r = 0; r < rows.length; r++) {
      let row = rows[r];
      const line = block.lines?.[r];
      const where = line ? `第${line}行` : `第${number}个表格第${r + 1}行`;
      if (this.draft?.section === 'indicators' && isSplitRow(this.draft.grid, row, rows[r + 1]))
        row = [...row, ...rows[++r]];
      this.traced(where, line, row, () => this.onRow(row, where));
    }
  }

  private onRow(row: string[], where: string): void {
    for (const cell of row) this.setMoneyUnit(moneyUnitOf(cell));
    const cells = row.map((cell) => (isUnitNote(cell) ? '' : cell)); // "单位：万元" beside a title
    const filled = cells.filter((cell) => !isBlank(cell));
    if (filled.length === 0) return;
    if (filled.length === 1) {
      if (titleKind(filled[0])) return this.startTitled(filled[0]);
      const year = yearLine(filled[0]);
      if (year) return this.setYear(year);
      // "填报单位：某局" alone in a row (beside a "单位：万元" marker) reads as a labelled row.
      const labelled = cells.length > 1 ? splitLabel(filled[0]) : null;
      if (labelled && labelled.length > 1) return this.onRow(labelled, where);
    }
    let draft = (this.draft ??= newTableDraft());
    if (startsAnotherTable(draft, cells)) {
      this.finish();
      draft = this.draft = newTableDraft();
    }
    draft.content = true;
    const kind = draftKind(draft);
    const complain = this.complainer(where);
    if (isSignatureRow(draft, cells)) return this.signature(where, filled);
    const note = noteRow(draft, cells);
    if (note) {
      const texts = filled.map((cell) => cellText(cell));
      draft.tableNotes.push(
        note === labelKey(texts[0]) && texts.length > 1
          ? `${texts[0]}：${texts.slice(1).join(' | ')}`
          : texts.join(' | '),
      );
      draft.section = 'notes';
      return;
    }
    const top = draft.gridTop;
    draft.gridTop = null;
    if (top && draft.section === 'indicators' && isSubHeader(cells)) {
      draft.grid = gridColumns(top, cells);
      return;
    }
    if (isGridHeader(cells)) {
      draft.grid = gridColumns(cells);
      draft.gridTop = cells;
      draft.section = 'indicators';
      draft.pending = null;
      return;
    }
    const breaksGrid = cells.some((cell) => ['total', 'scoreTotal'].includes(fieldLabel(cell) ?? ''));
    if (draft.section === 'indicators' && !breaksGrid) {
      draft = this.projectRow(draft, cells, complain);
      return readIndicatorRow(draft, cells, draftKind(draft), complain);
    }
    const goals = goalHeader(cells);
    if (goals) {
      draft.goalGrid = goals;
      draft.section = 'goalsGrid';
      draft.pending = null;
      return;
    }
    if (
      isTaskHeader(cells) ||
      (isAmountHeader(cells) && (draft.section === 'tasks' || draft.taskCols.name !== undefined))
    ) {
      return readTaskHeader(draft, cells);
    }
    if (isFundsHeader(cells)) return readFundsHeader(draft, cells);
    if (draft.section === 'funds' && hasFundRowLabel(cells))
      return readContinuation(draft, cells, kind, complain);
    const cost = costHeader(cells);
    if (cost) {
      draft.costCols = cost;
      draft.section = 'costs';
      return;
    }
    const firstLabel = fieldLabel(filled[0]);
    if (draft.section === 'costs' && (firstLabel === null || firstLabel === 'total'))
      return readCostRow(draft, cells, complain);
    if (draft.indicators.length === 0 && firstLabel !== 'total' && fundKind(filled[0])) {
      // A money row outside a money block ("项目金额 | 164万元 | 其中:当年市级财政资金 | 132万元").
      draft.section = 'funds';
      return readFundRow(draft, cells, complain, kind);
    }
    const labelled = isRemnant(cells[0] ?? '') ? ['', ...cells.slice(1)] : cells; // "总", "绩": cut vertical labels
    if (!readLabelledRow(draft, labelled, kind, complain)) readContinuation(draft, labelled, kind, complain);
  }

  /**
   * A row of a flat sheet that lists several projects (项目名称 and 金额 in merged cells on the left of
   * one grid): a new project name finishes the table and starts the next one under the same header.
   */
  private projectRow(draft: TableDraft, cells: string[], complain: Complain): TableDraft {
    const project = projectCells(draft.grid, cells);
    if (Object.keys(project).length === 0) return draft;
    const name = project.project ? shortText(project.project) : '';
    const code = project.code ? shortText(project.code) : '';
    const other =
      (name && draft.projectName && name !== draft.projectName) ||
      (code && draft.code && code !== draft.code);
    if (other && (draft.indicators.length > 0 || draft.longIndicators.length > 0)) {
      // A merged unit cell on the left goes on for the next project too.
      const { title, titleKind: kind, year, grid, moneyUnit, unitName, department, implementer } = draft;
      this.finish();
      draft = this.draft = newTableDraft(title, kind);
      Object.assign(draft, {
        year,
        grid,
        moneyUnit,
        unitName,
        department,
        implementer,
        section: 'indicators',
        content: true,
      });
    }
    if (name) draft.projectName = name;
    if (code) draft.code = code;
    if (project.implementer) draft.implementer = organisationName(project.implementer);
    if (project.goal && !draft.goals.includes(cellText(project.goal)))
      draft.goals.push(cellText(project.goal));
    if (project.amount && draft.budget.total === null) {
      const at = draft.grid!.roles.indexOf('amount');
      const unit = /（元）|\(元\)/.test(draft.grid!.headers[at] ?? '') ? '元' : draft.moneyUnit;
      const read = leadingMoney(project.amount, unit);
      if (read) draft.budget.total = read.money;
      else complain(`金额“${cellText(project.amount)}”不是金额，未导入`);
    }
    return draft;
  }

  private setMoneyUnit(unit: '万元' | '元' | null): void {
    if (!unit) return;
    this.moneyUnit = unit;
    if (this.draft) this.draft.moneyUnit = unit;
  }

  /** A signature or review row (填报人, 审核人, 日期, 盖章, 审核意见): not table content, said so once. */
  private signature(where: string, filled: string[]): void {
    const text = filled.map((cell) => cellText(cell).replace(/\n/g, ' ')).join(' | ');
    const reason = `签字、盖章或审核栏“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”不是表格内容，未导入`;
    const note: Note = {
      message: `${where}：${reason}。`,
      field: where,
      severity: 'info',
      source: { row: where, cells: filled.map((cell) => cellText(cell)), reason },
    };
    if (this.current) this.current.setAside.push(reason);
    if (this.draft) this.draft.notes.push(note);
    else this.findings.push(this.fileFinding(note));
  }

  private onParagraph(text: string, where: string): void {
    const markdownHeading = /^#{1,6}\s/.test(text.trim());
    const line = text.trim().replace(/^#{1,6}\s+/, '');
    if (line === '') return;
    if (titleKind(line)) return this.startTitled(line);
    const year = yearLine(line);
    if (year) return this.setYear(year);
    const draft = this.draft;
    if (isUnitNote(line)) this.setMoneyUnit(moneyUnitOf(line));
    // "单位：某县教育局" above the first table names the unit of the tables that follow.
    const unitLabel = !draft && !isUnitNote(line) ? splitLabel(line) : null;
    if (unitLabel?.length === 2 && fieldLabel(unitLabel[0]) === 'unitName') {
      this.headingUnits.push(organisationName(unitLabel[1]));
      return;
    }
    if (draft) {
      if (isUnitNote(line)) return;
      const labelled = splitLabel(line);
      if (labelled) return this.onRow(labelled, where);
      if (draft.section === 'indicators' && readLevelLine(draft, line)) return;
      if (
        draft.pending ||
        draft.section === 'goals' ||
        draft.section === 'purpose' ||
        (draft.section === 'unit' && !draft.unitName)
      ) {
        draft.content = true;
        return readContinuation(draft, [line], draftKind(draft), this.complainer(where));
      }
      // A chapter heading or a sentence right under a title: the title was the document's own.
      if (!draft.content && (markdownHeading || isProseHeading(line) || line.length > 40)) this.finish();
    }
    this.prose.paragraph(line, this.before());
  }

  private startTitled(text: string): void {
    this.finish();
    const heading = cleanHeading(text);
    this.draft = newTableDraft(heading, titleKind(heading));
    this.draft.moneyUnit = this.moneyUnit;
    this.draft.year = findYear(heading);
    this.draft.titleUnit = unitFromTitle(heading) ?? '';
  }

  private setYear(year: number): void {
    if (this.draft && this.draft.year === null && this.draft.indicators.length === 0) this.draft.year = year;
    else this.headingYears.push(year);
  }

  /** Where the next prose stands: after the table being read if it has content. */
  private before(): number {
    return this.tables.length + (this.draft?.content ? 1 : 0);
  }

  private finish(): void {
    const draft = this.draft;
    if (!draft) return;
    this.draft = null;
    if (draft.titleUnit) this.headingUnits.push(draft.titleUnit);
    if (!draft.content) {
      // A title with nothing under it: the document's own heading ("某街道办事处2025年项目支出绩效目标表").
      if (draft.year) this.headingYears.push(draft.year);
      if (draft.title) this.prose.heading(draft.title, this.tables.length);
      for (const note of capped(draft.notes)) this.findings.push(this.fileFinding(note));
      return;
    }
    if (draft.year) this.tableYears.push(draft.year);
    const { table: finished, notes } = finishDraft(draft);
    // A kept error's 说明 row (written by our exporters) goes back onto its indicator.
    const table =
      finished.kind === 'department' || finished.kind === 'project' ? withKeptReasons(finished) : finished;
    const tableIndex = this.tables.length;
    this.tables.push(table);
    this.tableOf.set(draft, tableIndex);
    for (const note of capped(notes)) {
      this.findings.push({
        ...this.fileFinding(note),
        location: tableLocation(table, tableIndex, note.section, note.field),
      });
    }
  }

  private complainer(where: string): Complain {
    return (reason) => {
      const text = reason.replace(/[。.]$/, '');
      const trace = this.current;
      const note: Note = {
        message: `${where}：${text}。`,
        field: where,
        ...(trace
          ? {
              source: {
                row: where,
                ...(trace.line ? { line: trace.line } : {}),
                cells: trace.cells,
                reason: text,
              },
            }
          : {}),
      };
      if (trace) trace.setAside.push(text);
      if (this.draft) this.draft.notes.push(note);
      else this.findings.push(this.fileFinding(note));
    };
  }

  /** Runs one step; an unexpected error becomes a finding about that place, never a crash. */
  private guard(where: string, step: () => void): void {
    try {
      step();
    } catch (error) {
      this.complainer(where)(
        `读取时出错（内部错误：${error instanceof Error ? error.message : String(error)}），此处内容未导入`,
      );
    }
  }

  private fileFinding(note: Note): Finding {
    return {
      rule: 'import/unrecognised',
      severity: note.severity ?? 'warning',
      message: note.message,
      ...(note.source ? { source: note.source } : {}),
      location: {
        table: this.sourceName,
        ...(note.section ? { section: note.section } : {}),
        ...(note.field ? { field: note.field } : {}),
      },
      suggestion: '请核对原表，把未导入的内容补进对应栏目；若原表本来如此，可忽略此提示。',
    };
  }

  private document(): JixiaoDocument {
    if (this.tables.length === 0) {
      const empty = this.paragraphs + this.tableBlocks === 0;
      this.findings.push({
        rule: 'import/unrecognised',
        severity: 'warning',
        message: empty
          ? `${this.sourceName} 是空的，没有任何内容。`
          : `${this.sourceName} 中没有识别出绩效目标表（部门整体支出绩效目标表、项目支出绩效目标表或自评表），全文按文字保留。`,
        location: { table: this.sourceName },
        suggestion:
          '请确认文件是从 Word/WPS 表格复制出的文本，且带有表名或“一级指标、二级指标、三级指标”等表头。',
      });
    }
    const first = <T>(values: Array<T | undefined>) => values.find((v) => v !== undefined && v !== '');
    const unitName =
      first(this.tables.map((t) => ('unitName' in t ? t.unitName : undefined))) ??
      first(this.tables.map((t) => ('implementer' in t ? t.implementer : undefined))) ??
      first(this.tables.map((t) => ('department' in t ? t.department : undefined))) ??
      first(this.headingUnits) ??
      '';
    const year =
      this.tableYears[0] ??
      this.headingYears[0] ??
      first(this.prose.sections.map((p) => findYear(p.title) ?? undefined)) ??
      null;
    const prose = this.prose.sections.map((p) => ({ ...p, before: Math.min(p.before, this.tables.length) }));
    return {
      schemaVersion: 1,
      unit: { name: unitName, year, framework: frameworkOf(this.tables) },
      tables: this.tables,
      prose,
    };
  }
}
