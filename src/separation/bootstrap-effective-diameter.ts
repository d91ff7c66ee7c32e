// The effective diameter's error bar for the sampling engine: a seeded bootstrap over the sampled
// sources (Efron & Tibshirani, "An Introduction to the Bootstrap", 1993), one SNAP-interpolated
// crossing per replicate found through cumulative checkpoints.

import { createRng } from '../random.js';
import { standardDeviation } from './estimate.js';

const BOOTSTRAP_REPLICATES = 200;
const BOOTSTRAP_WORK = 2e8;
/** Distances between the bootstrap's cumulative checkpoints. */
const BLOCK = 256;

// Standard deviation of the effective diameter over bootstrap resamples of the sources. A
// resample is a multiset of sources (weight w_i each); the SNAP crossing of Σ w_i·counts_i is
// found by a binary search over cumulative counts kept every BLOCK distances, then a scan of one
// block: O(k·(log(D/BLOCK) + BLOCK)) a replicate instead of O(k·D) (a 10⁷-level path: 20
// replicates took 5 s, bench/shapes.bench.ts). Sums are integers below 2⁵³, so each replicate's
// value is the one snapEffectiveDiameter gives on the summed counts, to the bit. BFS counts have
// no gaps (positive from 1 to the source's eccentricity), so the bin before a crossing is d − 1.
export function bootstrapEffectiveDiameter(
  perSource: ArrayLike<number>[],
  depth: number,
  fpc: number,
  seed: number,
): number {
  const k = perSource.length;
  if (k < 2 || fpc === 0) return 0;
  const rng = createRng(seed ^ 0x5bd1e995);
  const blocks = Math.max(1, Math.ceil(depth / BLOCK));
  // cumulative[b·k + i]: pairs within distance min(b·BLOCK, depth) of source i.
  const cumulative = new Float64Array((blocks + 1) * k);
  for (let i = 0; i < k; i++) {
    const counts = perSource[i]!;
    const last = Math.min(counts.length - 1, depth);
    let sum = 0;
    for (let d = 1; d <= depth; d++) {
      if (d <= last) sum += counts[d]!;
      if (d % BLOCK === 0 || d === depth) cumulative[Math.ceil(d / BLOCK) * k + i] = sum;
    }
  }
  const replicates = Math.max(20, Math.min(BOOTSTRAP_REPLICATES, Math.floor(BOOTSTRAP_WORK / (k * (BLOCK + 32)))));
  const weights = new Float64Array(k);
  const at = (b: number): number => {
    let c = 0;
    for (let i = 0, base = b * k; i < k; i++) c += weights[i]! * cumulative[base + i]!;
    return c;
  };
  const values: number[] = [];
  for (let r = 0; r < replicates; r++) {
    weights.fill(0);
    for (let i = 0; i < k; i++) weights[Math.floor(rng() * k)]!++;
    const total = at(blocks);
    if (total === 0) continue;
    const target = 0.9 * total;
    // Smallest block end whose cumulative count exceeds the target (block 0 ends at 0: none).
    let lo = 1;
    let hi = blocks;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(mid) > target) hi = mid;
      else lo = mid + 1;
    }
    let cdf = at(lo - 1);
    let previousCdf = cdf;
    let d = (lo - 1) * BLOCK;
    while (cdf <= target) {
      d++;
      previousCdf = cdf;
      for (let i = 0; i < k; i++) {
        const w = weights[i]!;
        if (w !== 0) cdf += w * (perSource[i]![d] ?? 0);
      }
    }
    values.push(previousCdf === 0 ? 1 : d - 1 + (target - previousCdf) / (cdf - previousCdf));
  }
  return standardDeviation(values) * Math.sqrt(fpc);
}
