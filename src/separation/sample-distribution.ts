// The sampling engine: BFS from k people drawn uniformly without replacement (128 at a time through
// the WebAssembly multi-source BFS, else one by one), scaled by N/k to
// an unbiased estimate of the ordered-pair counts by distance (finite-population corrected
// standard errors) — or, where the components fix the reachable pairs (undirected view, no
// distance limit), calibrated to that exact total (sample-frame.ts). meanDistance is the ratio
// estimator Σ sums / Σ reached with a delta-method error; the effective diameter's error comes
// from a seeded bootstrap over the sampled sources. Intervals never leave the possible values.

import { throwIfAborted } from '../abort.js';
import type { Csr } from '../csr/csr.js';
import { adjacency } from '../csr/adjacency.js';
import { bfsEngine } from '../traversal/engines.js';
import { createWasmMsBfs } from '../traversal/wasm/wasm-ms-bfs.js';
import type { LongWorkOptions, Mode } from '../types.js';
import { snapEffectiveDiameter } from './effective-diameter.js';
import { createRng, sampleWithoutReplacement } from '../random.js';
import { clamped, estimate, standardDeviation, t95, type Estimate } from './estimate.js';
import { sampleFrame, type SampleFrame } from './sample-frame.js';

/** Error bars of an approximate distribution. */
export interface DistributionErrors {
  /** Ordered pairs at a finite distance (sampling on an undirected view without `maxDistance`: exact, zero error). */
  reachablePairs: Estimate;
  /** Mean distance over reachable pairs. */
  meanDistance: Estimate;
  /** SNAP-interpolated 90% effective diameter. */
  effectiveDiameter: Estimate;
  /** `distribution[d]`, one estimate per distance (index 0: zero); intervals never below the pairs seen. */
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
export function sampleDistribution(
  csr: Csr,
  mode: Mode,
  people: Int32Array,
  samples: number,
  seed: number,
  maxDistance: number,
  work: LongWorkOptions,
  where: string,
  kernel: 'auto' | 'js' = 'auto',
): SampleCounts {
  const sources = drawSample(people, samples, seed);
  const perSource = perSourceCounts(csr, mode, sources, maxDistance, kernel, work, where);
  return sampleEstimates(perSource, people.length, seed, sampleFrame(csr, mode, people, sources, maxDistance));
}

/** The first min(samples, N) people of a seeded partial Fisher–Yates shuffle: a uniform sample without replacement. */
export function drawSample(people: Int32Array, samples: number, seed: number): Int32Array {
  return sampleWithoutReplacement(people, samples, createRng(seed));
}

/**
 * The estimates from the sampled sources' counts (`perSource[i][d]` = people at distance d from
 * the i-th source) over a population of N people.
 *
 * Without a frame, or when reachable pairs are not known, `distribution[d]` is N/k × the sampled
 * counts (unbiased); the interval of reachable pairs then also spans the people in components no
 * source hit (between none and all of their pairs reachable). When the frame knows the reachable
 * pairs R, the counts are ratio estimates R × (sampled pairs at d / sampled reachable pairs) and
 * R is exact. Every interval is cut to the possible values: a count never below the pairs the
 * sample saw, a distance never below 1.
 *
 * @remarks Time O(k·D) plus O(B·k·D) for the bootstrap.
 */
export function sampleEstimates(
  perSource: Float64Array[],
  N: number,
  seed: number,
  frame: SampleFrame | null = null,
): SampleCounts {
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
  let reachedTotal = 0;
  for (let i = 0; i < k; i++) reachedTotal += reached[i]!;
  const allPairs = N * (N - 1);
  const fpc = k > 0 ? 1 - k / N : 0;
  const scale = k > 0 ? N / k : 0;
  const known = frame?.knownReachablePairs ?? null;
  const calibrated = known !== null && reachedTotal > 0;
  const distribution = new Float64Array(depth + 1);
  const column = new Float64Array(k);
  const q = t95(k - 1);
  const errors: Estimate[] = [estimate(0, 0)];
  for (let d = 1; d <= depth; d++) {
    let total = 0;
    for (let i = 0; i < k; i++) total += column[i] = perSource[i]![d] ?? 0;
    let se: number;
    if (calibrated) {
      // Ratio estimator with the known total: residuals c_i[d] − share·reached_i over the mean reach.
      const share = total / reachedTotal;
      for (let i = 0; i < k; i++) column[i]! -= share * reached[i]!;
      distribution[d] = known * share;
      se = (known * standardDeviation(column) * Math.sqrt(fpc / k)) / (reachedTotal / k);
    } else {
      distribution[d] = total * scale;
      se = N * standardDeviation(column) * Math.sqrt(fpc / k);
    }
    errors.push(clamped(estimate(distribution[d]!, se, q), total, allPairs - (reachedTotal - total)));
  }
  // The mean read off the distribution itself, so that it is the summary's meanDistance to the bit.
  let weighted = 0;
  let pairs = 0;
  for (let d = 1; d <= depth; d++) {
    weighted += d * distribution[d]!;
    pairs += distribution[d]!;
  }
  const mean = reachedTotal > 0 ? weighted / pairs : NaN;
  // Delta method for the ratio estimator: residuals sums − mean·reached over the mean reach.
  for (let i = 0; i < k; i++) column[i] = sums[i]! - mean * reached[i]!;
  const meanSe = reachedTotal > 0 ? (standardDeviation(column) * Math.sqrt(fpc / k)) / (reachedTotal / k) : NaN;
  const reachable = calibrated ? estimate(known, 0) : reachableEstimate(reached, reachedTotal, N, q, frame);
  return {
    distribution,
    samples: k,
    errors: {
      reachablePairs: clamped(reachable, reachedTotal, allPairs),
      meanDistance: clamped(estimate(mean, meanSe, q), 1),
      effectiveDiameter: clamped(
        estimate(snapEffectiveDiameter(distribution, 0.9), bootstrapEffectiveDiameter(perSource, depth, fpc, seed), q),
        1,
      ),
      distribution: errors,
    },
  };
}

// N/k × Σ reached, with an interval that also spans what the sample could not see: the people of
// unsampled components reach between none and all of their component, while the sampled mean
// reach (and its t interval) speaks only for the people of sampled components. The interval is
// the hull of that range and the plain t interval, so it holds the point estimate.
function reachableEstimate(
  reached: Float64Array,
  reachedTotal: number,
  N: number,
  q: number,
  frame: SampleFrame | null,
): Estimate {
  const k = reached.length;
  const sd = standardDeviation(reached);
  const plain = estimate(k > 0 ? (reachedTotal * N) / k : 0, N * sd * Math.sqrt((k > 0 ? 1 - k / N : 0) / k), q);
  const known = frame?.knownReachablePairs ?? null;
  if (known !== null) return { ...plain, low: Math.min(plain.low, known), high: Math.max(plain.high, known) };
  if (frame === null || frame.unseenPeople === 0 || k === 0) return plain;
  const seenPeople = N - frame.unseenPeople;
  const meanReach = reachedTotal / k;
  const margin = q * sd * Math.sqrt(Math.max(0, 1 - k / seenPeople) / k);
  return {
    ...plain,
    low: Math.min(plain.low, seenPeople * (meanReach - margin)),
    high: Math.max(plain.high, seenPeople * (meanReach + margin) + frame.unseenPairs),
  };
}

/** counts[i][d] = people at distance d from sources[i], by one BFS for each source whose entry is null. */
export function fillPerSourceCounts(
  csr: Csr,
  mode: Mode,
  sources: Int32Array,
  counts: (Float64Array | null)[],
  maxDistance: number,
): Float64Array[] {
  for (let i = 0; i < sources.length; i++)
    if (counts[i] === null) counts[i] = singleSourceCounts(csr, mode, sources[i]!, maxDistance);
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
function perSourceCounts(
  csr: Csr,
  mode: Mode,
  sources: Int32Array,
  maxDistance: number,
  kernel: 'auto' | 'js',
  work: LongWorkOptions,
  where: string,
): Float64Array[] {
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
    if (ms !== null || (begin & 15) === 0 || begin === k)
      work.onProgress?.({ done: begin, total: k, phase: 'sampled distances' });
  }
  return out;
}

// Standard deviation of the effective diameter over bootstrap resamples of the sources.
function bootstrapEffectiveDiameter(perSource: Float64Array[], depth: number, fpc: number, seed: number): number {
  const k = perSource.length;
  if (k < 2 || fpc === 0) return 0;
  const rng = createRng(seed ^ 0x5bd1e995);
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
