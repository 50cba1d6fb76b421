import type { Report, Rule } from '../types.js';
import { textFields } from './_fields.js';
import { compact } from './_text.js';

/** Shorter sentences ("确保资金安全。") may well repeat on purpose. */
const MIN_SENTENCE = 12;
const ENUMERATION =
  /^(?:目标|任务)?(?:[(（]?[\d一二三四五六七八九十]+[)）]|[\d一二三四五六七八九十]+[、.:：])/;

export interface Repetition {
  /** The first repeated passage. */
  passage: string;
  /** How many different sentences are repeated (0 when the whole text is written twice). */
  sentences: number;
  times: number;
}

/** The same passage twice in one text: the whole text written twice, or long sentences that recur. */
export function findRepetition(text: string): Repetition | null {
  const all = compact(text);
  if (all.length < 2 * MIN_SENTENCE) return null;
  if (all.length % 2 === 0 && all.slice(0, all.length / 2) === all.slice(all.length / 2)) {
    const shown = text.replace(/\s+/g, '');
    return { passage: shown.slice(0, Math.ceil(shown.length / 2)), sentences: 0, times: 2 };
  }
  /** Compared folded (full-width = ASCII), quoted as written. */
  const counts = new Map<string, { shown: string; times: number }>();
  for (const part of text.split(/[。！？!?；;\n]+/)) {
    const sentence = compact(part).replace(ENUMERATION, '');
    if (sentence.length < MIN_SENTENCE) continue;
    const seen = counts.get(sentence);
    if (seen) seen.times += 1;
    else counts.set(sentence, { shown: part.replace(/\s+/g, '').replace(ENUMERATION, ''), times: 1 });
  }
  const repeated = [...counts.values()].filter((s) => s.times > 1);
  if (repeated.length === 0) return null;
  return {
    passage: repeated[0].shown,
    sentences: repeated.length,
    times: Math.max(...repeated.map((s) => s.times)),
  };
}

/** Spaces aside, a text shorter than two sentences cannot hold a repeated one. */
function longEnough(text: string): boolean {
  return text.length >= 2 * MIN_SENTENCE;
}

function excerpt(passage: string): string {
  return passage.length > 30 ? `${passage.slice(0, 30)}……` : passage;
}

export const duplicatedPassage: Rule = {
  meta: {
    id: 'text/duplicated-passage',
    description: '同一栏内同一段文字重复出现（复制粘贴了两遍）',
    severity: 'warning',
    tags: ['text'],
    messages: {
      wholeTwice: '{{field}}中有重复的段落：“{{passage}}”整段文字写了两遍',
      sentenceRepeated: '{{field}}中有重复的段落：“{{passage}}”这句话出现了{{times}}次',
      sentencesRepeated: '{{field}}中有重复的段落：“{{passage}}”共{{sentences}}句各重复出现',
    },
  },
  check({ document }) {
    const reports: Report[] = [];
    for (const [tableIndex, table] of document.tables.entries()) {
      for (const field of textFields(table, tableIndex, ['description'], longEnough)) {
        const found = findRepetition(field.text);
        if (!found) continue;
        reports.push({
          messageId:
            found.sentences === 0
              ? 'wholeTwice'
              : found.sentences === 1
                ? 'sentenceRepeated'
                : 'sentencesRepeated',
          data: {
            field: field.label,
            passage: excerpt(found.passage),
            times: found.times,
            sentences: found.sentences,
          },
          location: field.locate(),
          suggestion: '删去重复的部分，每段只保留一遍。',
        });
      }
    }
    return reports;
  },
};
