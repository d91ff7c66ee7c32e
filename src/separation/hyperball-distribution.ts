// The HyperBall engine: N(t) = Σ_v |B(v, t)| over the people, estimated by HyperLogLog counters
// (src/traversal/hyperball.ts); pairs at distance t ≈ N(t) − N(t − 1). Error bars: a delete-a-group
// jackknife over 8 blocks of registers (each replicate re-estimates every counter without one
// block), with Student's t quantile for 7 degrees of freedom, cut to the possible values. Sums are
// kept by deltas over the counters that changed, so late steps cost only what changed; the run
// (createHyperBall) adds them per chunk of nodes in a fixed order, so worker runs
// (node/hyperball-pool.ts) give the same bits.

import { throwIfAborted } from '../abort.js';
import type { Adjacency } from '../csr/adjacency.js';
import { HYPERBALL_BLOCKS } from '../traversal/hyperball-estimate.js';
import { createHyperBall } from '../traversal/hyperball.js';
import type { LongWorkOptions } from '../types.js';
import { releaseScratch } from '../wasm/wasm-heap.js';
import { distributionStats } from './distribution-stats.js';
import { clamped, estimate, standardDeviation, t95, type Estimate } from './estimate.js';
import type { DistributionErrors } from './sample-distribution.js';

/** What the HyperBall engine returns. */
export interface HyperBallCounts {
  distribution: Float64Array;
  errors: DistributionErrors;
  /** Steps until no counter changed (or `maxDistance`). */
  iterations: number;
}

const BLOCKS = HYPERBALL_BLOCKS;
const T95_BLOCKS = t95(BLOCKS - 1);

/**
 * Estimates the distance distribution of the pairs among `people` with HyperBall.
 *
 * @param kernel - `'auto'` (WebAssembly where available), `'wasm'` or `'js'`: the same bits either way.
 * @remarks Time O(T·(n + m·2^log2m/16)) for T steps with the SIMD kernels (m·2^log2m/4 in
 * JavaScript) in the worst case, far less once few counters change; memory 2^(log2m+1) bytes per node.
 */
export function hyperBallDistribution(
  adj: Adjacency,
  people: Int32Array,
  log2m: number,
  seed: number,
  maxDistance: number,
  work: LongWorkOptions,
  where: string,
  kernel: 'auto' | 'wasm' | 'js' = 'auto',
): HyperBallCounts {
  const counted = new Uint8Array(adj.order);
  for (let i = 0; i < people.length; i++) counted[people[i]!] = 1;
  const hb = createHyperBall(adj, log2m, seed, { kernel, counted });
  const totals = new Float64Array(1 + BLOCKS);
  hb.estimate(totals, 'current');
  const series: Float64Array[] = [totals.slice()]; // series[t][r]: N(t) for replicate r
  try {
    throwIfAborted(where, work.signal);
    while (hb.radius < maxDistance) {
      const changed = hb.step();
      if (changed === 0) break;
      hb.estimate(totals, 'delta');
      hb.commit();
      series.push(totals.slice());
      work.onProgress?.({
        done: hb.radius,
        total: hb.radius + 1,
        phase: `HyperBall step ${hb.radius} (${changed} counters changed)`,
      });
      throwIfAborted(where, work.signal);
    }
  } finally {
    releaseScratch(hb); // the counters (2·2^log2m bytes a node) at once, not when collected
  }
  return hyperBallSummary(series, people.length);
}

/** Distribution and jackknife error bars from the N(t) series (full estimate, then replicates). */
export function hyperBallSummary(series: Float64Array[], people: number): HyperBallCounts {
  const T = series.length - 1;
  const totalPairs = people * (people - 1);
  // The counters can count more pairs than exist (a 70-person clique read as 5,140 of its 4,830
  // ordered pairs): such a distribution is scaled down to all pairs, which keeps its shape, so the
  // mean distance and the effective diameter stay as estimated.
  const replicateDistribution = (r: number): Float64Array => {
    const out = new Float64Array(T + 1);
    let sum = 0;
    for (let t = 1; t <= T; t++) sum += out[t] = Math.max(0, series[t]![r]! - series[t - 1]![r]!);
    if (sum > totalPairs) for (let t = 1; t <= T; t++) out[t]! *= totalPairs / sum;
    return out;
  };
  const full = replicateDistribution(0);
  const figures = (dist: Float64Array): number[] => {
    const s = distributionStats(dist, totalPairs);
    return [s.reachablePairs, s.meanDistance, s.effectiveDiameter];
  };
  const replicates = Array.from({ length: BLOCKS }, (_, b) => replicateDistribution(1 + b));
  const jackknife = (values: number[]): number =>
    standardDeviation(values) * Math.sqrt(((BLOCKS - 1) * (BLOCKS - 1)) / BLOCKS);
  const fullFigures = figures(full);
  const replicateFigures = replicates.map(figures);
  // Counts are at least 0 and at most all pairs; distances at least 1 hop.
  const errorOf = (i: number, min: number, max: number): Estimate =>
    clamped(interval(fullFigures[i]!, jackknife(replicateFigures.map((f) => f[i]!))), min, max);
  const distribution: Estimate[] = [estimate(0, 0)];
  for (let t = 1; t <= T; t++)
    distribution.push(clamped(interval(full[t]!, jackknife(replicates.map((r) => r[t]!))), 0, totalPairs));
  return {
    distribution: full,
    iterations: T,
    errors: {
      reachablePairs: errorOf(0, 0, totalPairs),
      meanDistance: errorOf(1, 1, Infinity),
      effectiveDiameter: errorOf(2, 1, Infinity),
      distribution,
    },
  };
}

// A 95% interval with Student's t for the jackknife's BLOCKS − 1 degrees of freedom.
function interval(value: number, standardError: number): Estimate {
  return estimate(value, standardError, T95_BLOCKS);
}
