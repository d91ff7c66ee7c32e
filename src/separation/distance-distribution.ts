// distanceDistribution: how many ordered pairs of people lie at each distance, exactly (bit-
// parallel multi-source BFS), by sampling BFS sources, or by HyperBall; approximate methods carry
// error bars. `chooseMethod` and `countsToDistribution` are shared with the worker-parallel engine.

import type { GraphLike } from '../csr/graph-like.js';
import type { DistributionErrors } from './sample-distribution.js';
import { exactDistribution, trimDistribution } from './exact-distribution.js';
import { exactDistributionBfs } from './exact-distribution-bfs.js';
import { planDistribution, type DistributionPlan } from './plan-distribution.js';
import { hyperBallDistribution } from './hyperball-distribution.js';
import { sampleDistribution } from './sample-distribution.js';
import {
  resolveSeparationOptions,
  type ResolvedOptions,
  type SeparationMethod,
  type SeparationOptions,
} from './separation-options.js';

/** Result of `distanceDistribution`. */
export interface DistanceDistribution {
  /** The engine that produced the counts. */
  method: SeparationMethod;
  /** Whose pairs: the whole graph or its largest component. */
  component: 'all' | 'largest';
  /** People whose pairs are counted, N. */
  people: number;
  /** `distribution[d]`: ordered pairs (u, v), u ≠ v, at distance d (`distribution[0] = 0`); estimates for approximate methods. */
  distribution: number[];
  /** Ordered pairs at a finite distance (within `maxDistance`). */
  reachablePairs: number;
  /** The other ordered pairs: N(N − 1) − reachablePairs. */
  unreachablePairs: number;
  /** Standard errors and 95% intervals (`null` for `'exact'`). */
  errors: DistributionErrors | null;
  /** BFS sources used by `'sample'`. */
  samples?: number;
  /** log2 of the registers per counter used by `'hyperball'`. */
  log2m?: number;
  /** HyperBall steps until no counter changed. */
  steps?: number;
  /** Which method ran and why (for `'auto'`: the estimated cost against the budget, the double-sweep diameter bound). */
  reason?: string;
}

const WHERE = 'distanceDistribution';

/** Wraps engine counts into a `DistanceDistribution`. */
export function countsToDistribution(
  r: ResolvedOptions,
  method: SeparationMethod,
  hist: ArrayLike<number>,
  errors: DistributionErrors | null,
): DistanceDistribution {
  const distribution = trimDistribution(hist);
  let reachable = 0;
  for (const c of distribution) reachable += c;
  const N = r.people.length;
  const result: DistanceDistribution = {
    method,
    component: r.component,
    people: N,
    distribution,
    reachablePairs: reachable,
    unreachablePairs: N > 1 ? N * (N - 1) - reachable : 0,
    errors,
  };
  if (errors) errors.distribution.length = Math.min(errors.distribution.length, distribution.length);
  return result;
}

/** Runs the single-threaded engine planned for `r` (`plan`: computed here when not given). */
export function runDistribution(
  r: ResolvedOptions,
  where: string,
  plan: DistributionPlan = planDistribution(r),
): DistanceDistribution {
  const { method, reason } = plan;
  const work = { ...(r.onProgress ? { onProgress: r.onProgress } : {}), ...(r.signal ? { signal: r.signal } : {}) };
  if (method === 'exact') {
    const counts =
      plan.engine === 'single-source'
        ? exactDistributionBfs(r.csr, r.mode, r.people, r.maxDistance, work, where)
        : exactDistribution(r.adj, r.people, r.maxDistance, work, where);
    return { ...countsToDistribution(r, method, counts.distribution, null), reason };
  }
  if (method === 'sample') {
    const s = sampleDistribution(
      r.csr,
      r.mode,
      r.people,
      plan.samples,
      r.seed,
      r.maxDistance,
      work,
      where,
      plan.engine === 'single-source' ? 'js' : 'auto',
    );
    return { ...countsToDistribution(r, method, s.distribution, s.errors), samples: s.samples, reason };
  }
  const h = hyperBallDistribution(r.adj, r.people, r.log2m, r.seed, r.maxDistance, work, where);
  return { ...countsToDistribution(r, method, h.distribution, h.errors), log2m: r.log2m, steps: h.iterations, reason };
}

/**
 * Counts the ordered pairs of people at each distance: `distribution[d]` pairs (u, v), u ≠ v,
 * with v at distance d from u (an undirected pair counts twice; on directed graphs, v reachable
 * from u along `mode`).
 *
 * `'exact'` runs a bit-parallel BFS from every person; `'sample'` scales k uniformly drawn
 * sources up to the whole population (unbiased, with standard errors; on an undirected view
 * without `maxDistance`, calibrated to the reachable pairs the components fix exactly, and
 * otherwise with an interval that spans the components no source reached); `'hyperball'` estimates
 * ball sizes with HyperLogLog counters. `'auto'` (default) estimates the cost of each from n, m and
 * a double-sweep bound of the diameter (two BFS): exact when it fits `AUTO_EXACT_WORK`, else sampling
 * with the sources the budget allows; one BFS per source on long graphs (paths, grids), the
 * multi-source BFS on small worlds. `reason` says which ran and why.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - `method`, `component`, `samples`, `log2m`, `seed`, `maxDistance`, `mode`, `onProgress`, `signal`.
 * @returns the distribution, reachable and unreachable pairs, and error bars for estimates.
 * @throws InvalidArgumentError for a bad option; AbortError when `signal` aborts.
 * @remarks Exact: time O(⌈N/128⌉·L·(n + m)) for N people, L levels, n nodes and m adjacency
 * entries, extra memory O(n). Sample: O(⌈k/128⌉·L·(n + m)). HyperBall: O(T·(n + m·2^log2m/16)) for T steps,
 * memory 2^(log2m+1) bytes per node.
 * @see Then et al., PVLDB 8(4), 2014 (exact); Boldi, Vigna, ICDMW 2013 (HyperBall).
 * @example
 * distanceDistribution(karate).distribution; // [0, 156, 530, 274, 146, 16]
 */
export function distanceDistribution(graph: GraphLike, options: SeparationOptions = {}): DistanceDistribution {
  return runDistribution(resolveSeparationOptions(graph, options, WHERE), WHERE);
}
