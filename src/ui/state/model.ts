import type { Indicator, JixiaoDocument, Table } from '../../domain/document.js';
import type { Finding } from '../../domain/finding.js';
import type { Issue } from './review.js';

/**
 * What the model said during this session (kept in the app state, not in the draft file): tokens
 * used, second opinions on findings, explanations of indicators. And the pure document edits its
 * answers make: more suggestions inserted beside their 二级 category, a rewrite replacing a row.
 */

export interface Opinion {
  agreed: boolean;
  reason: string;
}

export interface Explanation {
  reason: string;
  caution: string | null;
}

export interface ModelSession {
  /** Tokens the model used in this session (drafting and review). */
  tokens: number;
  /** Second opinions, by opinionKey of the finding. */
  opinions: Record<string, Opinion>;
  /** The model's reason for an indicator, by explanationKey. */
  explanations: Record<string, Explanation>;
}

export const EMPTY_SESSION: ModelSession = { tokens: 0, opinions: {}, explanations: {} };

/** A finding stays the same finding across edits as long as its rule, place and message do. */
export function opinionKey(finding: Finding): string {
  const { tableIndex, indicatorIndex } = finding.location;
  return [finding.rule, tableIndex ?? '', indicatorIndex ?? '', finding.message].join('\u0000');
}

/** An explanation holds while the indicator's name and value are unchanged. */
export function explanationKey(table: number, indicator: Indicator): string {
  return [table, indicator.id ?? '', indicator.name, indicator.value.text].join('\u0000');
}

export function addTokens(session: ModelSession | undefined, tokens: number): ModelSession {
  const s = session ?? EMPTY_SESSION;
  return tokens > 0 ? { ...s, tokens: s.tokens + tokens } : s;
}

export function withOpinions(
  session: ModelSession | undefined,
  findings: Finding[],
  tokens: number,
): ModelSession {
  const s = addTokens(session, tokens);
  const opinions = { ...s.opinions };
  for (const f of findings) if (f.secondOpinion) opinions[opinionKey(f)] = f.secondOpinion;
  return { ...s, opinions };
}

export function withExplanation(
  session: ModelSession | undefined,
  key: string,
  explanation: Explanation,
  tokens: number,
): ModelSession {
  const s = addTokens(session, tokens);
  return { ...s, explanations: { ...s.explanations, [key]: explanation } };
}

/** The issues with the second opinions the model gave on them. */
export function issuesWithOpinions(issues: Issue[], session: ModelSession | undefined): Issue[] {
  if (!session || Object.keys(session.opinions).length === 0) return issues;
  return issues.map((issue) => {
    const opinion = session.opinions[opinionKey(issue.finding)];
    return opinion && !issue.finding.secondOpinion
      ? { ...issue, finding: { ...issue.finding, secondOpinion: opinion } }
      : issue;
  });
}

function withIndicators(
  document: JixiaoDocument,
  tableIndex: number,
  indicators: Indicator[],
): JixiaoDocument {
  return {
    ...document,
    tables: document.tables.map((t, i) => (i === tableIndex ? ({ ...t, indicators } as Table) : t)),
  };
}

/**
 * New suggestions go right after the last row of their 二级 category (or of their 一级, or at the
 * end); returns the document and the row of the first one.
 */
export function insertSuggestions(
  document: JixiaoDocument,
  tableIndex: number,
  level2: string,
  added: Indicator[],
): { document: JixiaoDocument; row: number } {
  const list = document.tables[tableIndex].indicators as Indicator[];
  const lastOf = (test: (i: Indicator) => boolean) => list.reduce((at, ind, i) => (test(ind) ? i : at), -1);
  const level1 = added[0]?.level1;
  let after = lastOf((i) => i.level2 === level2);
  if (after === -1 && level1) after = lastOf((i) => i.level1 === level1);
  const at = after === -1 ? list.length : after + 1;
  const fresh = added.map((i) => ({ ...i, status: 'suggested' as const }));
  return {
    document: withIndicators(document, tableIndex, [...list.slice(0, at), ...fresh, ...list.slice(at)]),
    row: at,
  };
}

/** The model's rewrite replaces a row as the reviewer's own edit would (same id and place in the grid; no kept reason, no placeholder). */
export function replaceWithRewrite(
  document: JixiaoDocument,
  tableIndex: number,
  row: number,
  rewrite: Indicator,
): JixiaoDocument {
  const list = document.tables[tableIndex].indicators as Indicator[];
  const old = list[row];
  if (!old) return document;
  const { keptReason: _kept, placeholder: _placeholder, ...rest } = rewrite;
  const next: Indicator = {
    ...rest,
    ...(old.id ? { id: old.id } : {}),
    level1: old.level1,
    level2: old.level2,
    status: old.status === 'custom' ? 'custom' : 'edited',
  };
  return withIndicators(
    document,
    tableIndex,
    list.map((x, i) => (i === row ? next : x)),
  );
}
