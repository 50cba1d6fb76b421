import type { Answers } from '../../domain/answers.js';
import { makeDocument } from '../../domain/build.js';
import type { DraftOptions, Drafter, DraftProgress, DraftResult } from '../types.js';
import { type Library, loadLibrary } from '../library.js';
import { draftDepartment } from './department.js';
import { type DraftedProject, draftProject } from './project.js';

export { PLACEHOLDER } from './indicators.js';

/** Lets the terminal redraw between tables (the drafting itself takes well under a millisecond per table). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The built-in drafter: no network, no key. Values come from the answers (budget, itemised amounts,
 * counts in 资金用途 and goals); where a number is unknown the indicator is a marked placeholder.
 * Tables: t1 the whole-unit table, t2… the projects in order; indicator ids d-i1…, p1-i1….
 */
export class OfflineDrafter implements Drafter {
  readonly name = 'offline';

  constructor(private readonly library: Library = loadLibrary()) {}

  async draft(answers: Answers, options: DraftOptions = {}): Promise<DraftResult> {
    const { onProgress, signal, previous } = options;
    const unitLabel = `${answers.unit.name.trim()}整体支出`;
    const report = (target: DraftProgress['target'], label: string, state: DraftProgress['state']) =>
      onProgress?.({ target, label, state });
    report('unit', unitLabel, 'waiting');
    answers.projects.forEach((p, i) => report(i, p.name.trim(), 'waiting'));

    const projects: DraftedProject[] = [];
    for (const [i, project] of answers.projects.entries()) {
      signal?.throwIfAborted();
      report(i, project.name.trim(), 'drafting');
      projects.push(draftProject(answers, i, this.library, previous));
      report(i, project.name.trim(), 'done');
      await nextTurn();
    }
    signal?.throwIfAborted();
    report('unit', unitLabel, 'drafting');
    const department = draftDepartment(answers, projects, this.library);
    report('unit', unitLabel, 'done');

    const { name, year, framework, duties, staff } = answers.unit;
    const document = makeDocument({
      unit: {
        name: name.trim(),
        year,
        framework,
        ...(duties.trim() ? { duties: duties.trim() } : {}),
        ...(staff !== undefined ? { staff } : {}),
      },
      tables: [department.table, ...projects.map((p) => p.table)],
    });
    const notes = [...department.notes, ...projects.flatMap((p) => p.notes)];
    if (!previous?.length) return { document, notes };
    return { document, notes, fromLastYear: projects.reduce((n, p) => n + p.fromLastYear, 0) };
  }
}

export function createOfflineDrafter(options: { library?: Library } = {}): OfflineDrafter {
  return new OfflineDrafter(options.library ?? loadLibrary());
}
