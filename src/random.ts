// mulberry32: the small seeded pseudo-random source shared by layouts, sampling, test graphs and
// the sample-data script. The same seed gives the same sequence on every platform. Not for
// cryptography; the generators use their own xoshiro128** (`generators/rng.ts`) with forkable streams.

/**
 * Creates a seeded generator of floats in [0, 1) (mulberry32).
 *
 * @param seed - any 32-bit integer (other numbers are truncated).
 * @returns a function drawing the next float.
 * @remarks Time O(1) per draw.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws `k` distinct items uniformly (a seeded partial Fisher–Yates shuffle of a copy): the one
 * source sampler of the sampled estimates (`separation`) and of the small-world check (`strategies`).
 *
 * @param items - the population (not modified).
 * @param k - how many to draw (at most `items.length` are).
 * @param random - floats in [0, 1).
 * @returns the first min(k, N) items of the shuffle, in draw order.
 * @remarks Time O(N) for the copy plus O(k) draws.
 */
export function sampleWithoutReplacement(items: Int32Array, k: number, random: () => number): Int32Array {
  const N = items.length;
  const count = Math.min(k, N);
  const pool = items.slice();
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (N - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.subarray(0, count);
}
