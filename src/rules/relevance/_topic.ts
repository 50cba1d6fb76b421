import type { ProjectCategory } from '../../domain/document.js';
import { ECOLOGICAL_OUTCOME, KINDS } from '../../domain/project-kinds.js';
import {
  type Kind,
  KIND_IDS,
  KIND_WORDS,
  mentionsKind,
  nameHead,
  neighbours,
} from '../../domain/project-model.js';
import { meaningfulBigrams } from '../text/_text.js';

/**
 * What the relevance rule knows of a project, from the shared project model: its kind (the head of
 * its name; the table's category when the name has none), the words that show a text is about it,
 * and whether it is a general running-cost project that may speak of the unit's duties.
 */
export interface ProjectTopic {
  kind: Kind;
  /** Words of the project itself: its head, the noun its object ends with, its kind's words. */
  own: string[];
  general: boolean;
  ecological: boolean;
}

export function projectTopic(name: string, category: ProjectCategory | undefined): ProjectTopic | null {
  const head = nameHead(name);
  const kind = head?.kind ?? (category && category !== 'other' ? category : null);
  if (!kind) return null;
  const own = [...KIND_WORDS[kind]];
  if (head) {
    own.push(head.head);
    // The object's own noun is its end (社区图书室图书 → 图书); a place before it (社区) is not the object.
    for (const size of [2, 3]) if (head.object.length >= size) own.push(head.object.slice(-size));
  }
  const model = KINDS[kind];
  return { kind, own, general: Boolean(model.general), ecological: Boolean(model.ecological) };
}

export interface OffTopic {
  /** The field the text is about instead. */
  label: string;
  /** The words that show it. */
  words: string[];
}

/** Words of the means any project uses and of running costs: no evidence that a text is about another field. */
const MEANS_WORDS = new Set(
  KIND_IDS.filter((k) => KINDS[k].means || KINDS[k].general).flatMap((k) => KIND_WORDS[k]),
);

const OTHER_FIELDS = new Map<Kind, Array<[Kind, string[]]>>();

/**
 * The fields a text of a project of `own` kind may stray into, each with the words that show it:
 * fields of their own (not means, not running costs, not of the project's sector), without the words
 * the means or the project's sector also use. Computed once per kind.
 */
function otherFields(own: Kind): Array<[Kind, string[]]> {
  let fields = OTHER_FIELDS.get(own);
  if (!fields) {
    const ownSector = new Set(KIND_IDS.filter((k) => neighbours(k, own)).flatMap((k) => KIND_WORDS[k]));
    fields = KIND_IDS.filter(
      (k) => k !== own && !KINDS[k].means && !KINDS[k].general && !neighbours(k, own),
    ).map((k): [Kind, string[]] => [
      k,
      KIND_WORDS[k].filter((w) => !MEANS_WORDS.has(w) && !ownSector.has(w)),
    ]);
    OTHER_FIELDS.set(own, fields);
  }
  return fields;
}

const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;

/**
 * Whether `text` is about another field than the project: none of the project's own words, and at
 * least two words of one other field — a field of its own, not a means any project uses (paying,
 * buying, building, training, publicising) nor of the project's own sector; words the means or the
 * project's sector also use do not count.
 */
export function offTopic(topic: ProjectTopic, text: string): OffTopic | null {
  // A running-cost project of the unit may speak of whatever the unit does to run itself.
  if (topic.general || hanCount(text) < 6) return null;
  if (topic.own.some((w) => text.includes(w)) || mentionsKind(topic.kind, text)) return null;
  let best: OffTopic | null = null;
  for (const [kind, candidates] of otherFields(topic.kind)) {
    const present = candidates.filter((w) => text.includes(w));
    // A word inside a longer one found (健身 in 健身器材) is the same mention, counted once.
    const words = present.filter((w) => !present.some((o) => o !== w && o.includes(w)));
    if (words.length >= 2 && (!best || words.length > best.words.length))
      best = { label: KINDS[kind].label, words };
  }
  return best;
}

/** Whether an indicator claims an ecological outcome (air, water, forest…). */
export function claimsEcology(text: string): string | null {
  return text.match(ECOLOGICAL_OUTCOME)?.[0] ?? null;
}

/**
 * The words of a project that are its own and not the unit's everyday duties: the bigrams of its
 * name and purpose and its kind's words, minus the bigrams of the duties.
 */
export function projectEvidence(
  topic: ProjectTopic,
  name: string,
  purpose: string,
  duties: Set<string>,
): Set<string> {
  const evidence = new Set<string>();
  for (const b of meaningfulBigrams(`${name}。${purpose}`)) if (!duties.has(b)) evidence.add(b);
  for (const w of topic.own) if (!duties.has(w)) evidence.add(w);
  return evidence;
}

/** Whether a text has any of the evidence words (bigrams or longer words). */
export function hasEvidence(text: string, evidence: Set<string>): boolean {
  for (const w of evidence) if (text.includes(w)) return true;
  return false;
}
