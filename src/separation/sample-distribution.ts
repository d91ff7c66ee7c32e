// The sampling engine: BFS from k people drawn uniformly without replacement (128 at a time through
// the WebAssembly multi-source BFS, else one by one), scaled by N/k to
// an unbiased estimate of the ordered-pair counts by distance (finite-population corrected
// standard errors). meanDistance is the ratio estimator Σ sums / Σ reached with a delta-method
// error; the effective diameter's error comes from a seeded bootstrap over the sampled sources.

import { throwIfAborted } from '../abort.js';
import type { Csr } from '../csr/csr.js';
import { adjacency } from '../csr/adjacency.js';
import { bfsEngine } from '../traversal/engines.js';
import { createWasmMsBfs } from '../traversal/wasm/wasm-ms-bfs.js';
import type { LongWorkOptions, Mode } from '../types.js';
import { snapEffectiveDiameter } from './effective-diameter.js';
import { mulberry32 } from '../random.js';
import { estimate, standardDeviation, t95, type Estimate } from './estimate.js';

/** Error bars of an approximate distribution. */
export interface DistributionErrors {
  /** Ordered pairs at a finite distance. */
  reachablePairs: Estimate;
  /** Mean distance over reachable pairs. */
  meanDistance: Estimate;
  /** SNAP-interpolated 90% effective diameter. */
  effectiveDiameter: Estimate;
  /** `distribution[d]`, one estimate per distance (index 0: zero). */
  distribution: Estimate[];
}

/** What the sampling engine returns. */
export interface SampleCounts {
  distribution: Float64Array;
  errors: DistributionErrors;
  /** Sources actually used. */
  samples: number;
}

const BOOTSTRAP_REPLICATES = 200;
const BOOTSTRAP_WORK = 2e8;

/**
 * Estimates the distance distribution of the pairs among `people` from `samples` BFS sources.
 *
 * @remarks Time O(⌈k/128⌉·L·(n + m)) for k sources through the WebAssembly multi-source BFS
 * (O(k·(n + m)) with single-source BFS where WebAssembly is missing, or `kernel: 'js'`), plus
 * O(B·k·D) for B = 200 bootstrap replicates over D distances.
 * @see Cochran, "Sampling Techniques" (3rd ed., 1977), ch. 2 and 6 (ratio estimator).
 */
export function sampleDistribution(csr: Csr, mode: Mode, people: Int32Array, samples: number, seed: number, maxDistance: number, work: LongWorkOptions, where: string, kernel: 'auto' | 'js' = 'auto'): SampleCounts {
  const sources = drawSample(people, samples, seed);
  const perSource = perSourceCounts(csr, mode, sources, maxDistance, kernel, work, where);
  return sampleEstimates(perSource, people.length, seed);
}

/** The first min(samples, N) people of a seeded partial Fisher–Yates shuffle: a uniform sample without replacement. */
export function drawSample(people: Int32Array, samples: number, seed: number): Int32Array {
  const N = people.length;
  const k = Math.min(samples, N);
  const rng = mulberry32(seed);
  const pool = people.slice();
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (N - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.subarray(0, k);
}

/**
 * The estimates from the sampled sources' counts (`perSource[i][d]` = people at distance d from
 * the i-th source) over a population of N people.
 *
 * @remarks Time O(k·D) plus O(B·k·D) for the bootstrap.
 */
export function sampleEstimates(perSource: Float64Array[], N: number, seed: number): SampleCounts {
  const k = perSource.length;
  const reached = new Float64Array(k);
  const sums = new Float64Array(k);
  let depth = 0;
  for (let i = 0; i < k; i++) {
    const counts = perSource[i]!;
    for (let d = 1; d < counts.length; d++) {
      reached[i]! += counts[d]!;
      sums[i]! += d * counts[d]!;
    }
    depth = Math.max(depth, counts.length - 1);
  }
  const fpc = k > 0 ? 1 - k / N : 0;
  const scale = k > 0 ? N / k : 0;
  const distribution = new Float64Array(depth + 1);
  const column = new Float64Array(k);
  const q = t95(k - 1);
  const errors: Estimate[] = [estimate(0, 0)];
  for (let d = 1; d <= depth; d++) {
    let total = 0;
    for (let i = 0; i < k; i++) total += column[i] = perSource[i]![d] ?? 0;
    distribution[d] = total * scale;
    errors.push(estimate(distribution[d]!, N * standardDeviation(column) * Math.sqrt(fpc / k), q));
  }
  let reachedTotal = 0;
  let sumTotal = 0;
  for (let i = 0; i < k; i++) {
    reachedTotal += reached[i]!;
    sumTotal += sums[i]!;
  }
  const mean = reachedTotal > 0 ? sumTotal / reachedTotal : NaN;
  // Delta method for the ratio estimator: residuals sums − mean·reached over the mean reach.
  for (let i = 0; i < k; i++) column[i] = sums[i]! - mean * reached[i]!;
  const meanSe = reachedTotal > 0 ? (standardDeviation(column) * Math.sqrt(fpc / k)) / (reachedTotal / k) : NaN;
  return {
    distribution,
    samples: k,
    errors: {
      reachablePairs: estimate(reachedTotal * scale, N * standardDeviation(reached) * Math.sqrt(fpc / k), q),
      meanDistance: estimate(mean, meanSe, q),
      effectiveDiameter: estimate(snapEffectiveDiameter(distribution, 0.9), bootstrapEffectiveDiameter(perSource, depth, fpc, seed), q),
      distribution: errors,
    },
  };
}

/** counts[i][d] = people at distance d from sources[i], by one BFS for each source whose entry is null. */
export function fillPerSourceCounts(csr: Csr, mode: Mode, sources: Int32Array, counts: (Float64Array | null)[], maxDistance: number): Float64Array[] {
  for (let i = 0; i < sources.length; i++) if (counts[i] === null) counts[i] = singleSourceCounts(csr, mode, sources[i]!, maxDistance);
  return counts as Float64Array[];
}

function singleSourceCounts(csr: Csr, mode: Mode, source: number, maxDistance: number): Float64Array {
  const bfs = bfsEngine(csr, mode);
  bfs.run(source, maxDistance === Infinity ? {} : { maxDistance });
  const ends = bfs.levelEnds;
  const counts = new Float64Array(ends.length);
  for (let d = 1; d < ends.length; d++) counts[d] = ends[d]! - ends[d - 1]!;
  return counts;
}

// counts[i][d] = people at distance d from sources[i]: 128 sources per multi-source pass, or one
// BFS per source (no WebAssembly, or a batch deeper than the kernel's level record).
function perSourceCounts(csr: Csr, mode: Mode, sources: Int32Array, maxDistance: number, kernel: 'auto' | 'js', work: LongWorkOptions, where: string): Float64Array[] {
  const k = sources.length;
  const out: Float64Array[] = [];
  const ms = kernel === 'auto' && k > 1 ? createWasmMsBfs(adjacency(csr, mode)) : null;
  for (let begin = 0; begin < k; ) {
    throwIfAborted(where, work.signal);
    const count = ms === null ? 1 : Math.min(ms.batchSize, k - begin);
    const batch = ms?.perSourceLevels(sources, begin, count, maxDistance) ?? null;
    if (batch !== null) out.push(...batch);
    else for (let i = begin; i < begin + count; i++) out.push(singleSourceCounts(csr, mode, sources[i]!, maxDistance));
    begin += count;
    if (ms !== null || (begin & 15) === 0 || begin === k) work.onProgress?.({ done: begin, total: k, phase: 'sampled distances' });
  }
  return out;
}

// Standard deviation of the effective diameter over bootstrap resamples of the sources.
function bootstrapEffectiveDiameter(perSource: Float64Array[], depth: number, fpc: number, seed: number): number {
  const k = perSource.length;
  if (k < 2 || fpc === 0) return 0;
  const rng = mulberry32(seed ^ 0x5bd1e995);
  // Fewer replicates (never below 20) when k sources × depth distances would make 200 of them take seconds (long graphs).
  const replicates = Math.max(20, Math.min(BOOTSTRAP_REPLICATES, Math.floor(BOOTSTRAP_WORK / (k * depth))));
  const replicate = new Float64Array(depth + 1);
  const values: number[] = [];
  for (let b = 0; b < replicates; b++) {
    replicate.fill(0);
    for (let i = 0; i < k; i++) {
      const counts = perSource[Math.floor(rng() * k)]!;
      for (let d = 1; d < counts.length; d++) replicate[d]! += counts[d]!;
    }
    const value = snapEffectiveDiameter(replicate, 0.9);
    if (!Number.isNaN(value)) values.push(value);
  }
  return standardDeviation(values) * Math.sqrt(fpc);
}
