// The exact engine for long graphs (paths, grids, road networks): one BFS per person, whose level
// sizes give the counts at each distance (one whole-BFS kernel call each: no cost per level).
// Unlike the bit-parallel engine it pays no O(n) per level, so its cost is N·(n + m) whatever the
// diameter. Cancellation is checked after every BFS.

import { throwIfAborted } from '../abort.js';
import type { Csr } from '../csr/csr.js';
import { bfsEngine } from '../traversal/engines.js';
import type { LongWorkOptions, Mode } from '../types.js';
import type { ExactCounts } from './exact-distribution.js';

/**
 * Counts ordered pairs (s, v), s in `sources`, v ≠ s, by exact distance, one BFS per source.
 *
 * @param csr - the index.
 * @param mode - the direction followed.
 * @param sources - source ids.
 * @param maxDistance - stop each BFS after this many hops.
 * @param work - progress (sources done of total) and cancellation.
 * @param where - the friendly function's name, for the AbortError.
 * @returns the counts.
 * @remarks Time O(k·(n + m + L)) for k sources and L levels; extra memory O(n + L).
 */
export function exactDistributionBfs(
  csr: Csr,
  mode: Mode,
  sources: Int32Array,
  maxDistance: number,
  work: LongWorkOptions,
  where: string,
): ExactCounts {
  let hist = new Float64Array(2);
  const bfs = bfsEngine(csr, mode);
  const total = sources.length;
  for (let i = 0; i < total; i++) {
    throwIfAborted(where, work.signal);
    const { counts } = bfs.levelCounts(sources[i]!, { maxDistance });
    if (counts.length > hist.length) {
      const grown = new Float64Array(Math.max(counts.length, 2 * hist.length));
      grown.set(hist);
      hist = grown;
    }
    for (let d = 1; d < counts.length; d++) hist[d]! += counts[d]!;
    if ((i & 15) === 15 || i === total - 1) work.onProgress?.({ done: i + 1, total, phase: 'exact distances' });
  }
  throwIfAborted(where, work.signal);
  return { distribution: hist };
}
