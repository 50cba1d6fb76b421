import type { Indicator, JixiaoDocument, ProjectTable, SpendingPlan, Table } from '../../domain/document.js';
import type { DraftAnswers } from '../../store/drafts.js';
import { moneyFromNumber, sumMoney } from '../../value/money.js';
import { readPlan } from './questions.js';

/** Review edits beyond one indicator: where a new row goes, moving rows, the table header, answers changed later. */

function withTable(document: JixiaoDocument, index: number, table: Table): JixiaoDocument {
  return { ...document, tables: document.tables.map((t, i) => (i === index ? table : t)) };
}

/** Where a new indicator belongs: after the last row of its 二级 group (else of its 一级 group, else at the end). */
export function groupEnd(list: Indicator[], level1: string, level2: string): number {
  const last = (match: (i: Indicator) => boolean) => list.findLastIndex(match);
  const inGroup = last((i) => i.level1 === level1 && i.level2 === level2);
  if (inGroup !== -1) return inGroup + 1;
  const inLevel1 = last((i) => i.level1 === level1);
  return inLevel1 !== -1 ? inLevel1 + 1 : list.length;
}

/** Moves the new last row (just added) to the end of its group; returns the document and where it went. */
export function placeNewRow(
  document: JixiaoDocument,
  tableIndex: number,
): { document: JixiaoDocument; row: number } {
  const table = document.tables[tableIndex];
  const list = table.indicators;
  const added = list[list.length - 1];
  if (!added) return { document, row: 0 };
  const rest = list.slice(0, -1);
  const at = groupEnd(rest, added.level1, added.level2);
  const indicators = [...rest.slice(0, at), added, ...rest.slice(at)];
  return { document: withTable(document, tableIndex, { ...table, indicators } as Table), row: at };
}

/** Swaps a row with its neighbour, only within the same 一级/二级 group (the printed table merges those cells). */
export function moveRow(
  document: JixiaoDocument,
  tableIndex: number,
  row: number,
  delta: -1 | 1,
): { document: JixiaoDocument; row: number } | null {
  const table = document.tables[tableIndex];
  const list = table.indicators;
  const other = row + delta;
  const a = list[row];
  const b = list[other];
  if (!a || !b || a.level1 !== b.level1 || a.level2 !== b.level2) return null;
  const indicators = list.map((x, i) => (i === row ? b : i === other ? a : x));
  return { document: withTable(document, tableIndex, { ...table, indicators } as Table), row: other };
}

export const HEADER_FIELDS = ['code', 'department', 'implementer', 'plan'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];
export type HeaderTexts = Record<HeaderField, string>;

export const HEADER_LABELS: Record<HeaderField, string> = {
  code: '项目编码',
  department: '主管部门',
  implementer: '实施单位',
  plan: '资金支出计划',
};

export const HEADER_HINTS: Record<HeaderField, string> = {
  code: '预算系统中的项目编码；没有可以留空。',
  department: '主管部门（预算主管单位）的名称。',
  implementer: '具体实施项目的单位。',
  plan: '3月底、6月底、10月底、12月底累计支出的百分比，用空格隔开，例如 20 50 80 100。',
};

function planText(plan: SpendingPlan | null): string {
  if (!plan) return '';
  return [plan.mar, plan.jun, plan.oct, plan.dec]
    .map((n) => (n === null ? '' : String(n)))
    .join(' ')
    .trim();
}

function planOf(numbers: number[] | undefined): SpendingPlan | null {
  if (!numbers) return null;
  const [mar, jun, oct, dec] = numbers;
  return { mar, jun, oct, dec };
}

export function headerTexts(table: ProjectTable): HeaderTexts {
  return {
    code: table.code,
    department: table.department ?? '',
    implementer: table.implementer ?? '',
    plan: planText(table.plan),
  };
}

/** The header as typed, or what is wrong with it (the plan is read like the interview's answer). */
export function readHeader(
  texts: HeaderTexts,
):
  | { ok: true; fields: Pick<ProjectTable, 'code' | 'department' | 'implementer' | 'plan'> }
  | { ok: false; error: string } {
  const plan = readPlan(texts.plan);
  if (!plan.ok) return { ok: false, error: plan.error };
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    ok: true,
    fields: {
      code: texts.code.trim(),
      department: text(texts.department),
      implementer: text(texts.implementer),
      plan: planOf(plan.value),
    },
  };
}

export function setHeader(
  document: JixiaoDocument,
  tableIndex: number,
  fields: Pick<ProjectTable, 'code' | 'department' | 'implementer' | 'plan'>,
): JixiaoDocument {
  const table = document.tables[tableIndex];
  if (table.kind !== 'project') return document;
  const { department: _d, implementer: _i, ...rest } = table;
  return withTable(document, tableIndex, {
    ...rest,
    ...(fields.department ? { department: fields.department } : {}),
    ...(fields.implementer ? { implementer: fields.implementer } : {}),
    code: fields.code,
    plan: fields.plan,
  });
}

/** The header edited in review goes into the answers too (a later redraft keeps it). */
export function headerIntoAnswers(answers: DraftAnswers, table: ProjectTable): DraftAnswers {
  const plan = table.plan;
  const numbers =
    plan && [plan.mar, plan.jun, plan.oct, plan.dec].every((n) => n !== null)
      ? [plan.mar, plan.jun, plan.oct, plan.dec].map(Number)
      : undefined;
  return {
    ...answers,
    projects: answers.projects.map((p) =>
      p.name === table.projectName ? { ...p, code: table.code || undefined, plan: numbers } : p,
    ),
  };
}

const money = (n: number | undefined) => (n === undefined ? null : moneyFromNumber(n));
type ProjectAnswer = DraftAnswers['projects'][number];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One project's answers changed since `before`: the changed fields written into its table. */
function applyProject(
  table: ProjectTable,
  before: ProjectAnswer | undefined,
  now: ProjectAnswer,
): ProjectTable {
  const changed = <K extends keyof ProjectAnswer>(k: K) => !before || !same(before[k], now[k]);
  const next = { ...table };
  if (changed('name')) next.projectName = now.name;
  if (changed('code')) next.code = now.code ?? '';
  if (changed('fiscal') || changed('other')) {
    const fiscal = money(now.fiscal);
    const other = money(now.other);
    next.budget = { total: sumMoney([fiscal, other]), fiscal, other };
  }
  if (changed('purpose')) next.purpose = now.purpose ?? '';
  if (changed('goals') && now.goals) next.goals = now.goals;
  if (changed('plan')) next.plan = planOf(now.plan);
  if (changed('category') && now.category) next.category = now.category;
  return next;
}

/**
 * Answers changed on the summary (修改项目 → 继续审阅) applied to the reviewed document without a
 * redraft: only what changed since `before` is written, so edits made in review stay. A project's
 * table is found by its name before the change. Returns the tables that changed.
 */
export function applyAnswers(
  document: JixiaoDocument,
  before: DraftAnswers,
  now: DraftAnswers,
): { document: JixiaoDocument; changed: number[] } {
  const changed: number[] = [];
  const tables = document.tables.map((table, i) => {
    let next: Table = table;
    if (table.kind === 'project') {
      const index = before.projects.findIndex((p) => p.name === table.projectName);
      const answer = index !== -1 ? now.projects[index] : undefined;
      if (answer && !same(before.projects[index], answer))
        next = applyProject(table, before.projects[index], answer);
    } else if (table.kind === 'department') {
      if (now.unit.name && now.unit.name !== before.unit.name) next = { ...table, unitName: now.unit.name };
      if (now.unit.year && now.unit.year !== before.unit.year)
        next = { ...next, year: now.unit.year } as Table;
      if (now.tasks.length > 0 && !same(before.tasks, now.tasks)) {
        const tasks = now.tasks.map((t) => {
          const fiscal = money(t.fiscal);
          const other = money(t.other);
          return {
            name: t.name,
            content: t.content ?? '',
            funding: { total: sumMoney([fiscal, other]), fiscal, other },
          };
        });
        const sum = (pick: (f: (typeof tasks)[number]['funding']) => string | null) =>
          sumMoney(tasks.map((t) => pick(t.funding)));
        next = {
          ...next,
          tasks,
          tasksTotal: {
            total: sum((f) => f.total),
            fiscal: sum((f) => f.fiscal),
            other: sum((f) => f.other),
          },
        } as Table;
      }
    }
    if (next !== table) changed.push(i);
    return next;
  });
  return { document: changed.length ? { ...document, tables } : document, changed };
}
