import { classifyProject } from '../../domain/categories.js';
import type { Indicator, JixiaoDocument, Money, Table } from '../../domain/document.js';
import type { DraftAnswers } from '../../store/drafts.js';
import { parseValue } from '../../value/parse-value.js';

/**
 * An opened file (last year's tables, a table from Word or Excel) as the start of a new draft: the
 * interview answers read back from the tables, so the projects are kept and the draft can be
 * drafted again (with the model) like a new one; and "start from last year": the year changed.
 */

const amount = (money: Money | null): number | undefined => (money === null ? undefined : Number(money));

/** The interview answers a document stands for: unit, the unit table's tasks, every project. */
export function answersFromDocument(document: JixiaoDocument): DraftAnswers {
  const { unit } = document;
  const department = document.tables.find((t) => t.kind === 'department');
  const tasks = department?.kind === 'department' ? department.tasks : [];
  return {
    unit: {
      name: unit.name,
      ...(unit.year ? { year: unit.year } : {}),
      framework: unit.framework,
      ...(unit.duties ? { duties: unit.duties } : {}),
      ...(typeof unit.staff === 'number' ? { staff: unit.staff } : {}),
    },
    tasks: tasks.map((t) => ({
      name: t.name,
      ...(t.content ? { content: t.content } : {}),
      ...optional(
        'fiscal',
        amount(t.funding.fiscal) ?? (t.funding.other === null ? amount(t.funding.total) : undefined),
      ),
      ...optional('other', amount(t.funding.other)),
    })),
    projects: document.tables.flatMap((t) => {
      if (t.kind !== 'project') return [];
      const { mar, jun, oct, dec } = t.plan ?? { mar: null, jun: null, oct: null, dec: null };
      const plan = [mar, jun, oct, dec];
      return [
        {
          name: t.projectName,
          ...(t.code ? { code: t.code } : {}),
          ...optional(
            'fiscal',
            amount(t.budget.fiscal) ?? (t.budget.other === null ? amount(t.budget.total) : undefined),
          ),
          ...optional('other', amount(t.budget.other)),
          ...(t.purpose ? { purpose: t.purpose } : {}),
          ...(plan.every((n): n is number => typeof n === 'number') ? { plan } : {}),
          ...(t.goals ? { goals: t.goals } : {}),
          ...(t.category ? { category: t.category } : {}),
        },
      ];
    }),
  };
}

/** Projects read from Word or Excel carry no category: chosen from the name, 资金用途 and goals, as the drafter does (editable in review). */
export function withCategories(document: JixiaoDocument): JixiaoDocument {
  return {
    ...document,
    tables: document.tables.map((t) =>
      t.kind === 'project' && !t.category
        ? { ...t, category: classifyProject({ name: t.projectName, purpose: t.purpose, goals: t.goals }) }
        : t,
    ),
  };
}

function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined || !Number.isFinite(value) ? {} : { [key]: value }) as { [P in K]?: number };
}

/**
 * The document moved to another year: the unit's and the unit table's year, and “2025年” written
 * in titles, names, goals, 资金用途, indicators and prose (deadlines such as 2025年12月底 move
 * with it; other years, such as those of cited documents, stay). Self-evaluation tables are about
 * their own year and are left alone. `replaced` counts the texts changed.
 */
export function changeYear(
  document: JixiaoDocument,
  year: number,
): { document: JixiaoDocument; replaced: number } {
  const from = document.unit.year;
  let replaced = 0;
  const swap = (text: string): string => {
    if (from === null || from === year || !text.includes(`${from}年`)) return text;
    replaced += 1;
    return text.split(`${from}年`).join(`${year}年`);
  };
  const indicator = <T extends Indicator>(i: T): T => {
    const value = swap(i.value.text);
    return {
      ...i,
      name: swap(i.name),
      description: swap(i.description),
      ...(value !== i.value.text ? { value: parseValue(value) } : {}),
    };
  };
  const table = (t: Table): Table => {
    switch (t.kind) {
      case 'department':
        return {
          ...t,
          title: swap(t.title),
          year: t.year === null || t.year === from ? year : t.year,
          tasks: t.tasks.map((task) => ({ ...task, name: swap(task.name), content: swap(task.content) })),
          goals: swap(t.goals),
          indicators: t.indicators.map(indicator),
        };
      case 'project':
        return {
          ...t,
          title: swap(t.title),
          projectName: swap(t.projectName),
          purpose: swap(t.purpose),
          goals: swap(t.goals),
          indicators: t.indicators.map(indicator),
        };
      default:
        return t;
    }
  };
  const moved: JixiaoDocument = {
    ...document,
    unit: { ...document.unit, year },
    tables: document.tables.map(table),
    prose: document.prose.map((p) => ({ ...p, title: swap(p.title), text: swap(p.text) })),
  };
  return { document: moved, replaced };
}
