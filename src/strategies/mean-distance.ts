// Mean hop distance over connected pairs of the undirected view, exact (a BFS from every person)
// or estimated from a uniform sample of sources (each sampled BFS is exact; the estimate is the
// mean over the sampled sources' reachable pairs, unbiased for the pair-weighted mean).

import type { Csr } from '../csr/csr.js';
import { throwIfAborted } from '../abort.js';
import { bfsEngine } from '../traversal/engines.js';
import type { Rng } from '../random.js';
import { sampleWithoutReplacement } from '../random.js';
import type { LongWorkOptions } from '../types.js';

/** Result of `meanDistanceOf`. */
export interface MeanDistanceEstimate {
  /** Mean hops over connected ordered pairs (NaN when no pair is connected). */
  mean: number;
  /** Whether every person was a source (exact) or a sample. */
  exact: boolean;
  /** Sources used. */
  sources: number;
  /** Connected ordered pairs seen from those sources. */
  pairs: number;
}

/** Mean distance on `csr` (undirected view): exact when n ≤ `exactLimit`, else from `samples` sources. */
export function meanDistanceOf(
  csr: Csr,
  samples: number,
  exactLimit: number,
  rng: Rng,
  where: string,
  long: LongWorkOptions = {},
): MeanDistanceEstimate {
  const n = csr.order;
  const exact = n <= exactLimit || samples >= n;
  const count = exact ? n : samples;
  // distinct sources, drawn by the same sampler as the sampled distance distribution
  const pool = exact
    ? null
    : sampleWithoutReplacement(
        Int32Array.from({ length: n }, (_, i) => i),
        count,
        rng,
      );
  const bfs = bfsEngine(csr, 'all');
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < count; i++) {
    if ((i & 63) === 0) {
      throwIfAborted(where, long.signal);
      long.onProgress?.({ done: i, total: count, phase: 'distances' });
    }
    bfs.run(pool ? pool[i]! : i);
    const ends = bfs.levelEnds;
    for (let d = 1; d < ends.length; d++) {
      const atD = ends[d]! - ends[d - 1]!;
      total += d * atD;
      pairs += atD;
    }
  }
  return { mean: pairs === 0 ? Number.NaN : total / pairs, exact, sources: count, pairs };
}
