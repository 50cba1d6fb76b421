import { describe, expect, it } from 'vitest';
import { Answers } from '../../src/domain/answers.js';
import { classifyProject } from '../../src/domain/categories.js';
import type { ProjectCategory, ProjectTable } from '../../src/domain/document.js';
import { loadLibrary } from '../../src/draft/library.js';
import { createOfflineDrafter, PLACEHOLDER } from '../../src/draft/offline/index.js';
import { findCounts, uniqueCounts } from '../../src/draft/offline/text.js';
import { findStandards, standardUnit } from '../../src/draft/offline/standards.js';
import { checkDocument } from '../../src/rules/engine.js';
import { KIND_PROJECTS as PROJECTS, kindAnswers as answers } from './county-kinds.fixture.js';

/**
 * One realistic answer per kind of project a township or county office runs (issue 16), drafted
 * offline: the kind is read from the name, every number the answer gives is used, no row belongs to
 * another kind, and the standards of the purpose become rows whose product is checked.
 */
const library = loadLibrary();
/** Template names (no variables) of each kind; a name found in one kind only belongs to it. */
const OWN_NAMES = new Map<string, Set<ProjectCategory>>();
for (const lib of Object.values(library.categories))
  for (const t of lib.indicators)
    if (!t.name.includes('{{')) {
      if (!OWN_NAMES.has(t.name)) OWN_NAMES.set(t.name, new Set());
      OWN_NAMES.get(t.name)!.add(lib.category);
    }
const ALWAYS_ASKS = new Set(
  Object.values(library.categories).flatMap((l) =>
    l.indicators.filter((t) => t.value.from === 'placeholder').map((t) => t.name),
  ),
);

describe('offline drafts for every kind of project of a county', () => {
  it('covers at least 25 kinds', () => {
    expect(new Set(PROJECTS.map((p) => p.kind)).size).toBeGreaterThanOrEqual(25);
  });

  it('drafts each project as its kind, with every number of the answer, no row of another kind, every standard a row', async () => {
    const { document, notes } = await createOfflineDrafter().draft(Answers.parse(answers(PROJECTS)));
    const findings = checkDocument(document).findings;
    const problems: string[] = [];
    PROJECTS.forEach((p, i) => {
      const table = document.tables[i + 1] as ProjectTable;
      if (classifyProject({ name: p.name }) !== p.kind) problems.push(`${p.name}: kind ${table.category}`);
      expect(table.category, p.name).toBe(p.kind);
      const errors = findings.filter((f) => f.severity === 'error' && f.location.tableIndex === i + 1);
      if (errors.length) problems.push(`${p.name}: ${errors.map((e) => e.message).join('；')}`);
      // Every count the answer gives is a row's number; a placeholder only where no count of its unit is left over.
      const counts = uniqueCounts(findCounts(`${p.purpose}\n${p.goals ?? ''}`));
      const unused = counts.filter((c) => !table.indicators.some((r) => r.value.numbers.includes(c.n)));
      for (const c of unused) problems.push(`${p.name}: the answer's ${c.n}${c.unit} is in no row`);
      for (const row of table.indicators) {
        const unit = row.value.text.split(PLACEHOLDER)[1] ?? '';
        if (row.placeholder && !ALWAYS_ASKS.has(row.name) && unused.some((c) => c.unit === unit))
          problems.push(`${p.name}: placeholder ${row.name} ${row.value.text}`);
        const owners = OWN_NAMES.get(row.name);
        if (owners && !owners.has(p.kind)) problems.push(`${p.name}: row of another kind ${row.name}`);
      }
      for (const s of findStandards(p.purpose))
        if (
          !table.indicators.some((r) => r.value.text.includes(standardUnit(s)) && r.value.numbers[0] === s.n)
        )
          problems.push(`${p.name}: standard ${s.n}${standardUnit(s)} has no row`);
      for (const row of table.indicators)
        if (/每生每天补助$|补助$|…$/.test(row.description))
          problems.push(`${p.name}: description cut: ${row.description}`);
    });
    expect(problems, problems.join('\n')).toEqual([]);
    // Every purpose above multiplies to its budget: no arithmetic note.
    expect(notes.filter((n) => n.includes('相乘'))).toEqual([]);
  });

  it('notes a purpose whose own numbers do not multiply to the budget (13000 × 4元 × 200天 ≠ 520万元)', async () => {
    const meals = { ...PROJECTS.find((p) => p.kind === 'school-meals')!, fiscal: 520 };
    const { document, notes } = await createOfflineDrafter().draft(Answers.parse(answers([meals])));
    expect(notes.join('\n')).toContain('13000名 × 4元/生·天 × 200天 = 1040万元，与预算数520万元不符');
    const rows = (document.tables[1] as ProjectTable).indicators.map((r) => `${r.name} ${r.value.text}`);
    expect(rows).toEqual(
      expect.arrayContaining(['受益学生人数 ≥13000名', '供餐天数 ≥200天', '每生每天补助标准 =4元/生·天']),
    );
    expect(rows.some((r) => r.includes('发放人数') || r.includes('待填'))).toBe(false);
  });

  it('gives grain storage no row about people paid', async () => {
    const grain = PROJECTS.find((p) => p.kind === 'grain-reserve')!;
    const { document } = await createOfflineDrafter().draft(Answers.parse(answers([grain])));
    const names = (document.tables[1] as ProjectTable).indicators.map((r) => r.name);
    expect(names.some((n) => /发放|人数/.test(n))).toBe(false);
    expect(names).toEqual(expect.arrayContaining(['储备粮保管规模', '每吨每年保管费用标准']));
  });
});
