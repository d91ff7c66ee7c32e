// The exact engine: every person is a BFS source, 128 at a time (64 in JavaScript) through the bit-parallel
// multi-source BFS, one thread. Distances stay inside each source's component, so sources drawn
// from a component count exactly the pairs of that component. Progress after each batch.

import { throwIfAborted } from '../abort.js';
import type { Adjacency } from '../csr/adjacency.js';
import { createMsBfs } from '../traversal/create-ms-bfs.js';
import type { LongWorkOptions } from '../types.js';
import { releaseScratch } from '../wasm/wasm-heap.js';

/** What the exact engine counts. */
export interface ExactCounts {
  /** `distribution[d]`: ordered pairs at distance d (index 0 is 0). */
  distribution: Float64Array;
}

/** Trims trailing zero distances (keeping index 0) and returns a plain array. */
export function trimDistribution(hist: ArrayLike<number>): number[] {
  let last = 0;
  for (let d = 1; d < hist.length; d++) if (hist[d]! > 0) last = d;
  const out = new Array<number>(last + 1).fill(0);
  for (let d = 1; d <= last; d++) out[d] = hist[d]!;
  return out;
}

/**
 * Counts ordered pairs (s, v), s in `sources`, v ≠ s, by exact distance.
 *
 * @param adj - the adjacency followed.
 * @param sources - source ids.
 * @param maxDistance - stop each BFS after this many hops.
 * @param work - progress (sources done of total) and cancellation, checked between batches.
 * @param where - the friendly function's name, for the AbortError.
 * @returns the counts.
 * @remarks Time O(⌈k/128⌉·L·(n + m)) for k sources and L levels.
 */
export function exactDistribution(
  adj: Adjacency,
  sources: Int32Array,
  maxDistance: number,
  work: LongWorkOptions,
  where: string,
): ExactCounts {
  const n = adj.order;
  const hist = new Float64Array(Math.max(2, n + 1));
  throwIfAborted(where, work.signal);
  if (n === 0) return { distribution: hist };
  const ms = createMsBfs(adj);
  const out = { hist, ecc: null, reached: null, sums: null };
  const total = sources.length;
  try {
    for (let begin = 0; begin < total; begin += ms.batchSize) {
      const count = Math.min(ms.batchSize, total - begin);
      ms.run(sources, begin, count, out, maxDistance);
      work.onProgress?.({ done: begin + count, total, phase: 'exact distances' });
      throwIfAborted(where, work.signal);
    }
  } finally {
    releaseScratch(ms); // at once: a caller's loop may not yield before the next engine
  }
  return { distribution: hist };
}
