// separation: the "six degrees or three and a half?" summary of a graph — the distance
// distribution and every figure the small-world literature reports from it, with error bars when
// estimated. `summarize` is shared with the worker-parallel engine in handshakes/node.

import type { GraphLike } from '../csr/graph-like.js';
import type { Mode } from '../types.js';
import { runDistribution, type DistanceDistribution } from './distance-distribution.js';
import { distributionStats } from './distribution-stats.js';
import { clamped, shifted, type Estimate } from './estimate.js';
import type { DistributionErrors } from './sample-distribution.js';
import { resolveSeparationOptions, type ResolvedOptions, type SeparationOptions } from './separation-options.js';

/** Error bars of an approximate summary: the distribution's, plus degrees of separation. */
export interface SeparationErrors extends DistributionErrors {
  /** meanDistance − 1: the mean distance's interval shifted by one hop (same quantile). */
  degreesOfSeparation: Estimate;
}

/** Result of `separation`. */
export interface SeparationSummary extends Omit<DistanceDistribution, 'errors'> {
  /** Direction followed on directed graphs. */
  mode: Mode;
  /** reachablePairs / N(N − 1) (NaN when N < 2). */
  connectedFraction: number;
  /** Mean distance (hops) over reachable pairs (NaN when none). */
  meanDistance: number;
  /** Mean number of intermediaries, meanDistance − 1 (Backstrom et al. 2012, Facebook 2016). */
  degreesOfSeparation: number;
  /** Smallest d with at least half the reachable pairs within d. */
  medianDistance: number;
  /** N(N − 1) / Σ 1/d over all pairs (unreachable pairs add 0; Infinity when none reachable). */
  harmonicMeanDistance: number;
  /** 90% effective diameter, SNAP-interpolated (NaN when no pair is reachable). */
  effectiveDiameter: number;
  /** Largest finite distance (a lower bound for `'sample'`, an estimate for `'hyperball'`). */
  diameter: number;
  /** Weakly connected components of the whole graph. */
  components: {
    /** How many weakly connected components. */
    count: number;
    /** People in the largest one. */
    largestSize: number;
  };
  /** Standard errors and 95% intervals (`null` for `'exact'`). */
  errors: SeparationErrors | null;
}

const WHERE = 'separation';

/** Reads the summary off a distribution computed for `r`. */
export function summarize(r: ResolvedOptions, result: DistanceDistribution): SeparationSummary {
  const N = result.people;
  const stats = distributionStats(result.distribution, N * (N - 1));
  const { errors, ...rest } = result;
  return {
    ...rest,
    mode: r.mode,
    connectedFraction: N > 1 ? result.reachablePairs / (N * (N - 1)) : NaN,
    meanDistance: stats.meanDistance,
    degreesOfSeparation: stats.meanDistance - 1,
    medianDistance: stats.medianDistance,
    harmonicMeanDistance: stats.harmonicMeanDistance,
    effectiveDiameter: stats.effectiveDiameter,
    diameter: stats.diameter,
    components: { count: r.components.count, largestSize: r.components.largestSize },
    errors: errors ? { ...errors, degreesOfSeparation: clamped(shifted(errors.meanDistance, -1), 0) } : null,
  };
}

/**
 * Measures how far apart people are: the distribution of distances over ordered pairs and the
 * figures of the six-degrees debate — mean distance (hops) and degrees of separation
 * (intermediaries = mean − 1), median, harmonic mean, effective diameter, diameter, connected
 * fraction and components.
 *
 * Pairs are ordered (an undirected pair counts twice); unreachable pairs are counted apart and
 * left out of the means. Directed graphs follow `mode`. `component: 'largest'` restricts every
 * figure to the largest weakly connected component.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - see `SeparationOptions`.
 * @returns the summary; approximate methods add standard errors and 95% intervals.
 * @throws InvalidArgumentError for a bad option; AbortError when `signal` aborts.
 * @remarks Exact: time O(⌈N/128⌉·L·(n + m)), extra memory O(n), for N people, L levels, n nodes and
 * m adjacency entries. Sampling: O(⌈k/128⌉·L·(n + m)) for k sources. HyperBall: O(T·(n + m·2^log2m/16)).
 * @see Backstrom, Boldi, Rosa, Ugander, Vigna, "Four degrees of separation", WebSci 2012,
 * doi:10.1145/2380718.2380723
 * @example
 * const s = separation(karate); // Zachary's karate club
 * s.meanDistance; // 2.408199643493761 hops
 * s.degreesOfSeparation; // 1.408199643493761 intermediaries
 * s.effectiveDiameter; // 3.3410958904109593
 */
export function separation(graph: GraphLike, options: SeparationOptions = {}): SeparationSummary {
  const r = resolveSeparationOptions(graph, options, WHERE);
  return summarize(r, runDistribution(r, WHERE));
}
