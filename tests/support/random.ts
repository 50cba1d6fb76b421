/** Deterministic pseudo-random numbers (mulberry32): a failing test prints its seed so it can be reproduced. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const below = (next: () => number, n: number): number => Math.floor(next() * n);

export function randomBytes(next: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => below(next, 256));
}
