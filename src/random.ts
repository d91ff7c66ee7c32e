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
