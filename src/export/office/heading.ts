import type { JixiaoDocument, Prose } from '../../domain/document.js';

/**
 * The line that names the unit and year above the tables ("某街道办事处2025年项目支出绩效目标表"),
 * added as a title-only prose section, just before the first table, when nothing else in the file
 * would name them: project tables have no field for the unit or the year, and a file handed in
 * must show both (the importers read them back from this line).
 */
export function withDocumentHeading(document: JixiaoDocument): JixiaoDocument {
  const { name, year } = document.unit;
  if (document.tables.length === 0 || (nameShown(document) && yearShown(document))) return document;
  const kinds = new Set(document.tables.map((t) => t.kind));
  const what =
    kinds.size === 1 && kinds.has('project')
      ? '项目支出绩效目标表'
      : kinds.size === 1 && kinds.has('self-evaluation')
        ? '项目支出绩效自评表'
        : [...kinds].every((k) => k === 'self-evaluation' || k === 'department-self-evaluation')
          ? '绩效自评表'
          : '预算绩效目标表';
  const heading: Prose = { title: `${name}${year ? `${year}年` : ''}${what}`, text: '', before: 0 };
  const at = document.prose.filter((p) => p.before === 0).length;
  return { ...document, prose: [...document.prose.slice(0, at), heading, ...document.prose.slice(at)] };
}

/** Whether a table names the unit (部门名称, else 实施单位 or 主管部门), or a heading does. */
function nameShown(document: JixiaoDocument): boolean {
  const { name } = document.unit;
  if (!name) return true;
  const first = (values: Array<string | undefined>) => values.find((v) => v);
  const fromTables =
    first(
      document.tables.map((t) =>
        t.kind === 'department' || t.kind === 'department-self-evaluation' ? t.unitName : undefined,
      ),
    ) ??
    first(
      document.tables.map((t) =>
        t.kind === 'project' || t.kind === 'self-evaluation' ? t.implementer : undefined,
      ),
    ) ??
    first(
      document.tables.map((t) =>
        t.kind === 'project' || t.kind === 'self-evaluation' ? t.department : undefined,
      ),
    );
  return fromTables !== undefined ? fromTables === name : document.prose.some((p) => p.title.includes(name));
}

/** Whether a table states the year (a department table's year; a self-evaluation's 年度 line), or a heading does. */
function yearShown(document: JixiaoDocument): boolean {
  const { year } = document.unit;
  if (!year) return true;
  for (const table of document.tables) {
    if (table.kind === 'department' && table.year !== null) return table.year === year;
    // A self-evaluation's subtitle is （year年度）: its own year, else the unit's.
    if (table.kind === 'department-self-evaluation') return (table.year ?? year) === year;
    if (table.kind === 'self-evaluation') return true;
  }
  return document.prose.some((p) => p.title.includes(`${year}年`));
}

/** A prose section that is only a heading. */
export function isHeadingOnly(prose: { title: string; text: string }): boolean {
  return prose.title !== '' && prose.text.trim() === '';
}

/**
 * The prose standing before table `index`, split for a workbook: the headings that directly
 * precede the table go on the table's sheet above its title; the rest on a sheet of its own.
 */
export function proseBefore(document: JixiaoDocument, index: number): { sheet: Prose[]; headings: string[] } {
  const items = document.prose.filter((p) => p.before === index);
  if (index >= document.tables.length) return { sheet: items, headings: [] };
  let cut = items.length;
  while (cut > 0 && isHeadingOnly(items[cut - 1])) cut -= 1;
  return { sheet: items.slice(0, cut), headings: items.slice(cut).map((p) => p.title) };
}
