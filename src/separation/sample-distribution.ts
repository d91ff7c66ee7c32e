// The sampling engine: BFS from k people drawn uniformly without replacement (128 at a time through
// the WebAssembly multi-source BFS, else one by one), scaled by N/k to
// an unbiased estimate of the ordered-pair counts by distance (finite-population corrected
// standard errors) — or, where the components fix the reachable pairs (undirected view, no
// distance limit), calibrated to that exact total (sample-frame.ts). meanDistance is the ratio
// estimator Σ sums / Σ reached with a delta-method error; the effective diameter's error comes
// from a seeded bootstrap over the sampled sources. Intervals never leave the possible values.

import type { Csr } from '../csr/csr.js';
import type { LongWorkOptions, Mode } from '../types.js';
import { bootstrapEffectiveDiameter } from './bootstrap-effective-diameter.js';
import { perSourceCounts } from './per-source-counts.js';
import { snapEffectiveDiameter } from './effective-diameter.js';
import { createRng, sampleWithoutReplacement } from '../random.js';
import { clamped, clampedEstimate, estimate, standardDeviation, t95, type Estimate } from './estimate.js';
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
  perSource: ArrayLike<number>[],
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
  const sd = columnDeviations(perSource, depth, calibrated ? reached : null, reachedTotal);
  for (let d = 1; d <= depth; d++) {
    const total = sd.totals[d]!;
    let se: number;
    if (calibrated) {
      // Ratio estimator with the known total: residuals c_i[d] − share·reached_i over the mean reach.
      distribution[d] = known * (total / reachedTotal);
      se = (known * sd.deviations[d]! * Math.sqrt(fpc / k)) / (reachedTotal / k);
    } else {
      distribution[d] = total * scale;
      se = N * sd.deviations[d]! * Math.sqrt(fpc / k);
    }
    errors.push(clampedEstimate(distribution[d]!, se, q, total, allPairs - (reachedTotal - total)));
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

// For each distance d: the sampled total Σ_i c_i[d] and the standard deviation of the column
// c_i[d] (or, given `reached`, of the residuals c_i[d] − share·reached_i, share = total/reachedTotal).
// Summed source by source over sequential counts (gathering each distance's column took 6 s on a
// 10⁷-level path, bench/shapes.bench.ts) but in standardDeviation's order, so to the bit the same.
function columnDeviations(
  perSource: ArrayLike<number>[],
  depth: number,
  reached: Float64Array | null,
  reachedTotal: number,
): { totals: Float64Array; deviations: Float64Array } {
  const k = perSource.length;
  const totals = new Float64Array(depth + 1);
  const means = new Float64Array(depth + 1);
  const deviations = new Float64Array(depth + 1);
  for (let i = 0; i < k; i++) {
    const counts = perSource[i]!;
    const last = Math.min(counts.length - 1, depth);
    for (let d = 1; d <= last; d++) totals[d]! += counts[d]!;
  }
  if (k < 2) return { totals, deviations };
  // shares[d] = totals[d] / reachedTotal (kept in `deviations` until the squares overwrite it).
  const shares = deviations;
  if (reached === null) for (let d = 1; d <= depth; d++) means[d] = totals[d]! / k;
  else {
    for (let d = 1; d <= depth; d++) shares[d] = totals[d]! / reachedTotal;
    for (let i = 0; i < k; i++) {
      const counts = perSource[i]!;
      const r = reached[i]!;
      const last = Math.min(counts.length - 1, depth);
      for (let d = 1; d <= last; d++) means[d]! += counts[d]! - shares[d]! * r;
      for (let d = last + 1; d <= depth; d++) means[d]! += 0 - shares[d]! * r;
    }
    for (let d = 1; d <= depth; d++) means[d]! /= k;
  }
  // Squared deviations, source by source, into `squares` (a second array while shares are read).
  const squares = new Float64Array(depth + 1);
  for (let i = 0; i < k; i++) {
    const counts = perSource[i]!;
    const r = reached === null ? 0 : reached[i]!;
    const last = Math.min(counts.length - 1, depth);
    if (reached === null) {
      for (let d = 1; d <= last; d++) squares[d]! += (counts[d]! - means[d]!) ** 2;
      for (let d = last + 1; d <= depth; d++) squares[d]! += (0 - means[d]!) ** 2;
    } else {
      for (let d = 1; d <= last; d++) squares[d]! += (counts[d]! - shares[d]! * r - means[d]!) ** 2;
      for (let d = last + 1; d <= depth; d++) squares[d]! += (0 - shares[d]! * r - means[d]!) ** 2;
    }
  }
  for (let d = 1; d <= depth; d++) deviations[d] = Math.sqrt(squares[d]! / (k - 1));
  return { totals, deviations };
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
