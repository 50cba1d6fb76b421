import type { Answers } from '../../domain/answers.js';
import { makeDepartment } from '../../domain/build.js';
import type { DepartmentTable, Funding, Task } from '../../domain/document.js';
import { moneyFromNumber, sumMoney, toYuan } from '../../value/money.js';
import { fillTemplate, type IndicatorTemplate, type Library } from '../library.js';
import {
  type Drafted,
  type DraftVars,
  finishIndicators,
  fromTemplate,
  standardNumber,
} from './indicators.js';
import { meaningfulBigrams } from '../../rules/text/_text.js';
import { workName } from './goals.js';
import type { DraftedProject } from './project.js';
import { type CountMention, findCounts, nameForText, uniqueCounts, withoutDigits } from './text.js';

/** The answers (and the drafted projects) → the 部门（单位）整体支出绩效目标表. */

interface DepartmentContext {
  answers: Answers;
  tasks: Task[];
  projects: DraftedProject[];
  mentions: CountMention[];
  used: Set<CountMention>;
  vars: DraftVars;
}

function taskFunding(fiscal: number, other: number): Funding {
  const f = moneyFromNumber(fiscal);
  const o = moneyFromNumber(other);
  return { total: sumMoney([f, o]), fiscal: f, other: o };
}

/** The main tasks as answered; without any, one per project (the user is told). */
function mainTasks(answers: Answers, projects: DraftedProject[]): Task[] {
  if (answers.tasks.length > 0) {
    return answers.tasks.map((t) => ({
      name: t.name.trim(),
      content: t.content.trim(),
      funding: taskFunding(t.fiscal, t.other),
    }));
  }
  return projects.map(({ table }) => ({
    name: table.projectName,
    content: table.purpose,
    funding: { ...table.budget },
  }));
}

function total(tasks: Task[]): Funding | null {
  if (tasks.length === 0) return null;
  return {
    total: sumMoney(tasks.map((t) => t.funding.total)),
    fiscal: sumMoney(tasks.map((t) => t.funding.fiscal)),
    other: sumMoney(tasks.map((t) => t.funding.other)),
  };
}

function goalsText(answers: Answers, tasks: Task[], library: Library): string {
  const lib = library.department;
  if (tasks.length === 0)
    return fillTemplate(lib.goalsFallback, {
      unitName: nameForText(answers.unit.name),
      year: answers.unit.year,
    });
  return tasks
    .map((task, i) => {
      const content =
        task.content && !/[。；！？.;!?]$/.test(task.content) ? `${task.content}。` : task.content;
      return fillTemplate(lib.goalLine, {
        index: i + 1,
        task: task.name.replace(/[。；]$/, ''),
        content,
        unitName: nameForText(answers.unit.name),
        year: answers.unit.year,
      });
    })
    .join('\n');
}

/**
 * The task each project serves: the one whose name and content share the most words with the
 * project's name and purpose (-1 when none shares any).
 */
function taskOf(project: DraftedProject, tasks: Task[]): number {
  const words = meaningfulBigrams(`${project.table.projectName}${project.table.purpose}`);
  let best = -1;
  let bestShared = 0;
  tasks.forEach((task, i) => {
    const shared = [...meaningfulBigrams(`${task.name}${task.content}`)].filter((w) => words.has(w)).length;
    if (shared > bestShared) [best, bestShared] = [i, shared];
  });
  return best;
}

/** Projects ordered so that the first rows cover every task: one project of each task in turn. */
function coveringOrder(projects: DraftedProject[], tasks: Task[]): DraftedProject[] {
  const byTask = new Map<number, DraftedProject[]>();
  for (const project of projects) {
    const task = taskOf(project, tasks);
    byTask.set(task, [...(byTask.get(task) ?? []), project]);
  }
  const queues = [...byTask.entries()].sort(([a], [b]) => (a < 0 ? 1 : b < 0 ? -1 : a - b)).map(([, q]) => q);
  const ordered: DraftedProject[] = [];
  while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) ordered.push(q.shift()!);
  return ordered;
}

/**
 * The first known row of each project in the dimensions asked for, described with the project's
 * name, taken from the projects of each task in turn so that every task is covered. The same norm
 * twice (two projects with 工程验收合格率 =100%) is listed once; the same name with another value
 * gets the project's name in front.
 */
function fromProjects(
  template: IndicatorTemplate & { value: { from: 'projects' } },
  ctx: DepartmentContext,
  taken: Taken,
): Drafted[] {
  const rows: Drafted[] = [];
  // A row whose name another task's content speaks of (with its own figure) would read as a contradiction.
  const elsewhere = (project: DraftedProject, name: string) =>
    ctx.tasks.some((t) => t.name !== project.table.projectName && t.content.includes(name));
  const chosen = coveringOrder(ctx.projects, ctx.tasks).map((project) => ({
    project,
    row: project.rows.find(
      (r) => template.value.dimensions.includes(r.dimension) && !r.placeholder && !elsewhere(project, r.name),
    ),
  }));
  // A name two projects share is said with each project's name: the unit's goals quote both figures.
  const shared = new Set(
    chosen.map((c) => c.row?.name).filter((n, i, all) => n !== undefined && all.indexOf(n) !== i),
  );
  for (const { project, row } of chosen) {
    if (rows.length >= template.value.max) break;
    if (!row || taken.get(row.name) === row.value) continue;
    const projectName = workName(withoutDigits(project.table.projectName));
    const name = taken.has(row.name) || shared.has(row.name) ? `${projectName}${row.name}` : row.name;
    if (taken.has(name)) continue;
    taken.set(name, row.value);
    rows.push({ ...row, name, description: row.description ? `${projectName}：${row.description}` : '' });
  }
  return rows;
}

/** Names already in the table, with their values. */
type Taken = Map<string, string>;

function evaluate(template: IndicatorTemplate, ctx: DepartmentContext, taken: Taken): Drafted[] {
  const source = template.value;
  const one = (row: Drafted): Drafted[] => {
    taken.set(row.name, row.value);
    return [row];
  };
  switch (source.from) {
    case 'standard': {
      const { op, n } = standardNumber(ctx.mentions, source, ctx.used);
      return one(fromTemplate(template, ctx.vars, { op, n, unit: source.unit }));
    }
    case 'staff': {
      const staff = ctx.answers.unit.staff;
      if (staff && staff > 0)
        return one(fromTemplate(template, ctx.vars, { op: source.op, n: staff, unit: '人' }));
      return template.ifUnknown === 'placeholder'
        ? one(fromTemplate(template, ctx.vars, { op: source.op, unit: '人', unknown: true }))
        : [];
    }
    case 'task-count':
      return ctx.tasks.length > 0
        ? one(
            fromTemplate(
              template,
              { ...ctx.vars, taskNames: ctx.tasks.map((t) => withoutDigits(t.name)).join('、') },
              { op: '=', n: ctx.tasks.length, unit: '项' },
            ),
          )
        : [];
    case 'tasks':
      return ctx.tasks
        .filter((task) => toYuan(task.funding.total ?? '0') > 0 && withoutDigits(task.name))
        .slice(0, source.max)
        .flatMap((task) =>
          one(
            fromTemplate(
              template,
              { ...ctx.vars, task: withoutDigits(task.name) },
              { op: '≤', n: toYuan(task.funding.total ?? '0') / 10_000, unit: '万元' },
            ),
          ),
        );
    case 'projects':
      return fromProjects({ ...template, value: source }, ctx, taken);
    case 'placeholder':
      return one(fromTemplate(template, ctx.vars, { op: source.op, unit: source.unit, unknown: true }));
    default:
      return [];
  }
}

export function draftDepartment(
  answers: Answers,
  projects: DraftedProject[],
  library: Library,
): { table: DepartmentTable; notes: string[] } {
  const tasks = mainTasks(answers, projects);
  const notes: string[] = [];
  if (answers.tasks.length === 0 && projects.length > 0)
    notes.push('未填写年度主要任务，整体表已按项目列出任务，请核对并补充基本支出（人员、公用经费）等任务。');
  const mentions = uniqueCounts(findCounts([answers.unit.duties, ...tasks.map((t) => t.content)].join('\n')));
  const ctx: DepartmentContext = {
    answers,
    tasks,
    projects,
    mentions,
    used: new Set(),
    vars: { project: '', year: answers.unit.year, unitName: nameForText(answers.unit.name) },
  };
  const taken: Taken = new Map();
  const rows = library.department.indicators.flatMap((t) => evaluate(t, ctx, taken));
  const table = makeDepartment({
    id: 't1',
    unitName: answers.unit.name.trim(),
    year: answers.unit.year,
    tasks,
    tasksTotal: total(tasks),
    goals: goalsText(answers, tasks, library),
    indicators: finishIndicators(rows, library.levels, answers.unit.framework, 'd'),
  });
  return { table, notes };
}
