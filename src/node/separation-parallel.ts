// separationParallel / distanceDistributionParallel: the exact, sampling and HyperBall engines of
// separation() on worker threads sharing the index through shared memory. Same options and result
// as the core functions, plus `workers`; `workers: 0` runs on the calling thread.

import { availableParallelism } from 'node:os';
import type { GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import {
  countsToDistribution,
  runDistribution,
  type DistanceDistribution,
} from '../separation/distance-distribution.js';
import { planDistribution } from '../separation/plan-distribution.js';
import { fillPerSourceCounts } from '../separation/per-source-counts.js';
import { drawSample, sampleEstimates } from '../separation/sample-distribution.js';
import { sampleFrame } from '../separation/sample-frame.js';
import { summarize, type SeparationSummary } from '../separation/separation.js';
import {
  resolveSeparationOptions,
  type ResolvedOptions,
  type SeparationOptions,
} from '../separation/separation-options.js';
import { parallelHyperBall } from './hyperball-pool.js';
import {
  levelsAvailable,
  parallelExactDistribution,
  parallelLevelCounts,
  parallelPerSourceCounts,
} from './ms-bfs-pool.js';

/** Options of the worker-parallel functions. */
export interface ParallelSeparationOptions extends SeparationOptions {
  /** Worker threads (default: the available parallelism; 0 = this thread). */
  workers?: number;
}

async function run(
  graph: GraphLike,
  options: ParallelSeparationOptions,
  where: string,
): Promise<[ResolvedOptions, DistanceDistribution]> {
  const { workers: requested, ...rest } = options ?? {};
  const workers = requested ?? availableParallelism();
  if (!(Number.isInteger(workers) && workers >= 0))
    throw new InvalidArgumentError(where, 'workers', 'a non-negative integer', workers);
  const r = resolveSeparationOptions(graph, rest, where);
  const plan = planDistribution(r);
  const { method, reason } = plan;
  const work = { ...(r.onProgress ? { onProgress: r.onProgress } : {}), ...(r.signal ? { signal: r.signal } : {}) };
  if (plan.engine === 'single-source' && method !== 'hyperball') {
    // Long graphs: one whole BFS per source (the multi-source BFS pays O(n) per level), on the
    // workers when the index lives in a heap they read in place (a BFS slot each beside it), else
    // here. Same sources, same counts, same estimates as on one thread.
    if (workers === 0 || !levelsAvailable(r.adj)) return [r, runDistribution(r, where, plan)];
    if (method === 'exact') {
      const { hist } = await parallelLevelCounts(r.adj, r.people, r.maxDistance, workers, work, where, false);
      return [r, { ...countsToDistribution(r, 'exact', hist, null), reason }];
    }
    const sources = drawSample(r.people, plan.samples, r.seed);
    const { lists } = await parallelLevelCounts(r.adj, sources, r.maxDistance, workers, work, where, true);
    const s = sampleEstimates(
      lists,
      r.people.length,
      r.seed,
      sampleFrame(r.csr, r.mode, r.people, sources, r.maxDistance),
    );
    return [r, { ...countsToDistribution(r, method, s.distribution, s.errors), samples: s.samples, reason }];
  }
  if (workers === 0) return [r, runDistribution(r, where, plan)];
  if (method === 'sample') {
    // The sampled sources' BFS on the workers, 128 per pass; any batch deeper than the kernel
    // records runs here. Same sample, same counts, same estimates as on one thread.
    const sources = drawSample(r.people, plan.samples, r.seed);
    const counts = await parallelPerSourceCounts(r.adj, sources, r.maxDistance, workers, work, where);
    const s = sampleEstimates(
      fillPerSourceCounts(r.csr, r.mode, sources, counts, r.maxDistance),
      r.people.length,
      r.seed,
      sampleFrame(r.csr, r.mode, r.people, sources, r.maxDistance),
    );
    return [r, { ...countsToDistribution(r, method, s.distribution, s.errors), samples: s.samples, reason }];
  }
  if (method === 'hyperball') {
    const h = await parallelHyperBall(r.adj, r.people, r.log2m, r.seed, r.maxDistance, workers, work, where);
    return [
      r,
      { ...countsToDistribution(r, method, h.distribution, h.errors), log2m: r.log2m, steps: h.iterations, reason },
    ];
  }
  const hist = await parallelExactDistribution(r.adj, r.people, r.maxDistance, workers, work, where);
  return [r, { ...countsToDistribution(r, 'exact', hist, null), reason }];
}

/**
 * `distanceDistribution` with its exact, sampling and HyperBall engines on worker threads (Node only).
 *
 * @param graph - a graphology graph or a `Csr` (its arrays are copied once to shared memory
 * unless built with `shared: true`).
 * @param options - as `distanceDistribution`, plus `workers`.
 * @returns the same result as `distanceDistribution`, identical for any number of workers (for
 * HyperBall too: estimate sums are added per chunk of nodes in a fixed order).
 * @throws InvalidArgumentError for a bad option; AbortError when `signal` aborts (workers are terminated).
 * @remarks Time O(⌈N/128⌉·L·(n + m) / workers) exact (k in place of N when sampled); memory: 56
 * bytes per node per worker beside the index (plus one shared copy of the adjacency when the index
 * is not in a WebAssembly heap). On long graphs (paths, grids: `'auto'`'s single-source plans)
 * O(N·(n + m + L) / workers), one whole BFS per source and 8 bytes per node per worker beside an
 * index in a heap (an index in arrays runs those on the calling thread).
 * @see Then et al., PVLDB 8(4), 2014, doi:10.14778/2735496.2735507
 * @example
 * const d = await distanceDistributionParallel(csr, { workers: 2 });
 */
export async function distanceDistributionParallel(
  graph: GraphLike,
  options: ParallelSeparationOptions = {},
): Promise<DistanceDistribution> {
  return (await run(graph, options, 'distanceDistributionParallel'))[1];
}

/**
 * `separation` with its exact, sampling and HyperBall engines on worker threads (Node only): the
 * same summary (identical for any number of workers), with progress and cancellation.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - as `separation`, plus `workers` (default: the available parallelism).
 * @returns the summary.
 * @throws InvalidArgumentError for a bad option; AbortError when `signal` aborts.
 * @remarks Time O(⌈N/128⌉·L·(n + m) / workers) for the exact method, O(T·m·2^log2m/16 / workers)
 * for HyperBall (WebAssembly SIMD kernels), O(⌈k/128⌉·L·(n + m) / workers) for k samples.
 * @see Then et al., PVLDB 8(4), 2014, doi:10.14778/2735496.2735507
 * @example
 * const s = await separationParallel(await readEdgeList('facebook_combined.txt'), { workers: 2 });
 * s.meanDistance; // 3.6925068496963913
 */
export async function separationParallel(
  graph: GraphLike,
  options: ParallelSeparationOptions = {},
): Promise<SeparationSummary> {
  const [r, result] = await run(graph, options, 'separationParallel');
  return summarize(r, result);
}
