import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndicatorValue } from '../../src/domain/value.js';
import { formatValue, parseValue } from '../../src/value/index.js';
import { seededRandom } from '../support/random.js';
import { EXAMPLES_DIR } from '../support/examples.js';

const ALPHABET = [
  ...'0123456789.,/%≥≤><=＞＜＝≧≦０１２３４５６７８９％万元人户次个年月日底小时平方米以上内前不少于超过有效是否无…　 \t\n-+eE∞',
  '𠮷',
  '😀',
  '\u0000',
  '\ufffd',
];

function examplesValues(): string[] {
  const dir = EXAMPLES_DIR;
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/[\t\n]/))
      .map((s) => s.trim())
      .filter((s) => s.length > 0 && s.length < 30);
  } catch {
    return ['≥95%', '=3374.98平方', '≤10月底', '1/160'];
  }
}

/** Milliseconds of `fn`; a slow run (a GC pause, a busy machine) is timed twice more and the fastest counts. */
function fastestOf(fn: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3 && best > 5; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('parseValue never throws (fuzz)', () => {
  it('handles 100,000 random and mutated strings, each result valid and re-formattable', () => {
    const seed = 20261121;
    const random = seededRandom(seed);
    const seeds = examplesValues();
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    let slowest = 0;
    for (let i = 0; i < 100_000; i++) {
      let text: string;
      if (i % 2 === 0) {
        text = Array.from({ length: Math.floor(random() * 16) }, () => pick(ALPHABET)).join('');
      } else {
        const chars = [...pick(seeds)];
        const edits = 1 + Math.floor(random() * 3);
        for (let e = 0; e < edits; e++) {
          const at = Math.floor(random() * (chars.length + 1));
          const op = random();
          if (op < 0.4) chars.splice(at, 0, pick(ALPHABET));
          else if (op < 0.7) chars.splice(at, 1);
          else chars.splice(at, 1, pick(ALPHABET));
        }
        text = chars.join('');
      }
      const value = parseValue(text);
      slowest = Math.max(
        slowest,
        fastestOf(() => parseValue(text)),
      );
      if (
        !IndicatorValue.safeParse(value).success ||
        value.text !== text ||
        value.numbers.some((n) => !Number.isFinite(n))
      ) {
        throw new Error(
          `seed ${seed}, case ${i}: bad result for ${JSON.stringify(text)}: ${JSON.stringify(value)}`,
        );
      }
      formatValue(value);
    }
    expect(slowest).toBeLessThan(50);
  });

  it('accepts non-string input without throwing', () => {
    for (const input of [null, undefined, 95, {}, [], true, 'x'.repeat(100_000)]) {
      expect(() => parseValue(input)).not.toThrow();
    }
  });
});
