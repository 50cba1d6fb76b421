/** Deterministic pseudo-random numbers (mulberry32): the seed is printed by a failing test to reproduce it. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const below = (next: () => number, n: number): number => Math.floor(next() * n);

export function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => below(next, 256));
}
