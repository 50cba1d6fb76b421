import type { ProjectCategory } from './document.js';
import { FILLER_ENDING, GENERIC_ROW_WORDS, type Kind, KINDS, type KindModel } from './project-kinds.js';

/**
 * A small offline model of what a project is, read from its name: the head (the last phrase that
 * says what it buys, builds, pays or runs) gives the kind; the words before it are the object. The
 * classifier, the offline drafter and the relevance/copy rules all ask this module, so a project is
 * one kind everywhere.
 */

export type { Kind } from './project-kinds.js';
export const KIND_IDS = Object.keys(KINDS) as Kind[];

const HEAD_RES: Array<[Kind, RegExp]> = KIND_IDS.flatMap((kind) =>
  KINDS[kind].heads.map((source): [Kind, RegExp] => [kind, new RegExp(source, 'gu')]),
);

export interface NameHead {
  kind: Kind;
  /** The head as written in the name ("平台建设", "奖金"). */
  head: string;
  /** What comes before the head, fillers removed ("社区工作者考核", "执法记录仪"). */
  object: string;
}

/** A name as the head is read from it: no years, amounts, numbers, brackets, spaces or punctuation. */
function cleanName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[(（【[][^)）】\]]*[)）】\]]/g, '')
    .replace(/\d{4}年度?/g, '')
    .replace(/[\d.]+\s*(万元|元|万)?/g, '')
    .replace(/[^\p{Script=Han}A-Za-z]/gu, '');
}

/** The name, then the name with each filler ending taken off in turn (供水工程维护 → 供水工程 → 供水). */
function variants(name: string): string[] {
  const out = [name];
  let current = name;
  for (;;) {
    const next = current.replace(FILLER_ENDING, '');
    if (next === current || next.length < 2) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** The head ending last in the text; at the same end, the longer (more specific) head. */
function lastHead(text: string): NameHead | null {
  let best: { kind: Kind; head: string; start: number; end: number } | null = null;
  for (const [kind, re] of HEAD_RES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      const length = m[0].length;
      if (!best || end > best.end || (end === best.end && length > best.end - best.start))
        best = { kind, head: m[0], start: m.index, end };
    }
  }
  return best ? { kind: best.kind, head: best.head, object: text.slice(0, best.start) } : null;
}

const HEAD_CACHE = new Map<string, NameHead | null>();

/** The head of a project's name, or null when no head of any kind is found. */
export function nameHead(name: string): NameHead | null {
  const cached = HEAD_CACHE.get(name);
  if (cached !== undefined) return cached;
  let found: NameHead | null = null;
  const all = variants(cleanName(name));
  // The most stripped name first: its end is the head; a bare filler name (…工程) falls back on the whole.
  for (let i = all.length - 1; i >= 0 && !found; i--) found = lastHead(all[i]!);
  if (HEAD_CACHE.size > 5_000) HEAD_CACHE.clear();
  HEAD_CACHE.set(name, found);
  return found;
}

/** Every word a kind is known by: its word list and the plain words among its heads. */
function plainWords(model: KindModel): string[] {
  const plain = model.heads.filter((h) => /^[\p{Script=Han}]+$/u.test(h));
  return [...new Set([...model.words, ...plain])];
}

export const KIND_WORDS: Record<Kind, string[]> = Object.fromEntries(
  KIND_IDS.map((k) => [k, plainWords(KINDS[k])]),
) as Record<Kind, string[]>;

const ANY_WORD = new Map<Kind, RegExp>(KIND_IDS.map((k) => [k, new RegExp(KIND_WORDS[k].join('|'))]));

/** How many of a kind's words occur in the text (each word once). */
function kindHits(kind: Kind, text: string): number {
  return KIND_WORDS[kind].filter((w) => text.includes(w)).length;
}

/** Whether the text has any word of the kind. */
export function mentionsKind(kind: Kind, text: string): boolean {
  return ANY_WORD.get(kind)!.test(text);
}

/** Kinds of one sector are neighbours (a text about one is no sign of a copy in the other). */
export function neighbours(a: Kind, b: Kind): boolean {
  return KINDS[a].sector === KINDS[b].sector;
}

/**
 * The kind of a project: the head of its name decides. Without a head, the words of the name (three
 * times) and of its purpose and goals; `other` when nothing fits.
 */
export function classifyProject(project: {
  name: string;
  purpose?: string;
  goals?: string;
}): ProjectCategory {
  const head = nameHead(project.name);
  if (head) return head.kind;
  const rest = `${project.purpose ?? ''} ${project.goals ?? ''}`;
  let best: [ProjectCategory, number] = ['other', 0];
  for (const kind of KIND_IDS) {
    const score = kindHits(kind, project.name) * 3 + kindHits(kind, rest);
    if (score > best[1]) best = [kind, score];
  }
  return best[1] >= 2 ? best[0] : 'other';
}

export const KIND_LABELS: Record<ProjectCategory, string> = {
  ...(Object.fromEntries(KIND_IDS.map((k) => [k, KINDS[k].label])) as Record<Kind, string>),
  other: '其他',
};

const MEASURE_ENDING =
  /(满意度|满意率|知晓率|达标率|覆盖率|完成率|合格率|及时率|执行率|到位率|使用率|率|度|数量|总数|人数|户数|次数|件数|数|量|时间|时限|周期|金额|总额|标准|比例|占比|情况|指数|水平)$/u;
const GENERIC_RE = new RegExp(
  [...GENERIC_ROW_WORDS, '系统', '平台', '设施', '设备', '故障']
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);

/**
 * Whether an indicator's name measures nothing particular to a project — its money, schedule,
 * people served or satisfaction (预算执行率, 资金支付及时率, 服务对象满意度, 项目完成时间) — rather than
 * an object of its own (道路修复完成率, 路面平整合格率). Decided by taking the measure off the end and
 * the words any project uses out: what is left, if anything, is the row's own object.
 */
export function isGenericRowName(name: string): boolean {
  let generic = GENERIC_CACHE.get(name);
  if (generic === undefined) {
    generic = genericRowName(name);
    if (GENERIC_CACHE.size > 20_000) GENERIC_CACHE.clear();
    GENERIC_CACHE.set(name, generic);
  }
  return generic;
}

const GENERIC_CACHE = new Map<string, boolean>();

function genericRowName(name: string): boolean {
  let rest = name
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[^\p{Script=Han}]/gu, '');
  if (/满意/.test(rest)) return true;
  for (let i = 0; i < 3; i++) rest = rest.replace(MEASURE_ENDING, '');
  rest = rest.replace(GENERIC_RE, '').replace(/[的和与及率度数量]/gu, '');
  return rest.length <= 1;
}
