import { findCounts, findItems, normalizeForNumbers } from './text.js';

/**
 * A project's 绩效目标 when the user wrote none: the library's sentence for the kind, with its first
 * clause (what is done: "年内按期完成{{project}}") replaced by what 资金用途 says will be done, with
 * its numbers ("年内改造老旧小区道路3条共2.4公里，同步修复雨水管网1.2公里"). The rest of the sentence
 * (the quality and the effect) stays. A reviewer reads a goal without numbers as not a target.
 */

/** Clause ends in 资金用途. */
const CLAUSE_END = /[。；;！!？?\n]+|[，,](?!\d)/;
/** Words in front of a clause that only introduce it. */
const LEAD =
  /^(?:[（(]?[一二三四五六七八九十\d]+[)）.．、]\s*|[一二三四五六七八九十]是|主要用于(?!\d)|用于(?!\d)|主要|包括|其中)+/;
const ALREADY_DATED = /^(年内|全年|今年|当年|本年度?|\d{4}年)/;
const MAX_CLAUSES = 4;

/** The clauses of 资金用途 that state a count of what is done or served, without amounts of money. */
export function outputClauses(purpose: string): string[] {
  return normalizeForNumbers(purpose)
    .split(CLAUSE_END)
    .map((clause) => clause.trim().replace(LEAD, '').trim())
    .filter(
      (clause) =>
        /\p{Script=Han}{2}/u.test(clause) &&
        findCounts(clause).some((m) => m.unit !== '%') &&
        findItems(clause).length === 0 &&
        !/(元|万)(?![\p{Script=Han}])|元\/|每/u.test(clause),
    )
    .slice(0, MAX_CLAUSES);
}

/** The project as a goal names the work, not its money: "森林防火专项经费" → "森林防火". */
export function workName(project: string): string {
  const work = project.replace(/(专项)?(工作)?(经费|资金|费用)$/, '');
  return work.length >= 2 ? work : project;
}

/** The library's goal sentence (filled) with the purpose's outputs in place of its first clause. */
export function goalWithOutputs(libraryGoal: string, purpose: string): string {
  const clauses = outputClauses(purpose);
  if (clauses.length === 0) return libraryGoal;
  const outputs = clauses.join('，');
  const dated = ALREADY_DATED.test(outputs) ? outputs : `年内${outputs}`;
  const comma = libraryGoal.indexOf('，');
  const rest = comma >= 0 ? libraryGoal.slice(comma + 1) : libraryGoal.replace(ALREADY_DATED, '');
  return `${dated}，${rest}`;
}
