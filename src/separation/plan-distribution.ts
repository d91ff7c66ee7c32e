// How `'auto'` measures distances, by estimated cost: n, m and the number of BFS levels L, bounded
// below by a double sweep (two BFS: from the best-connected person, then from the farthest node
// found; Magnien, Latapy, Habib, ACM JEA 13, 2009). The bit-parallel multi-source BFS costs about
// 0.6·⌈k/128⌉·L·(n + m) for k sources and wins on small worlds; one BFS per source (one whole-BFS
// kernel call each) costs k·(n + m + c·L), c·L for the estimates' passes over its L counts, and
// wins on long graphs (paths, grids, road networks). Exact when affordable, else sampling with as
// many sources as the budget (and memory for k·L counts) allows: never fewer than 16 BFS, or one
// multi-source pass of 128.

import type { BfsEngine } from '../traversal/bfs.js';
import { bfsEngine } from '../traversal/engines.js';
import type { ResolvedOptions, SeparationMethod } from './separation-options.js';

/** What `'auto'` (or the method asked for) will run, and why. */
export interface DistributionPlan {
  /** The method. */
  method: SeparationMethod;
  /** BFS engine of exact and sample: 128 sources per pass, or one BFS per source. */
  engine: 'multi-source' | 'single-source';
  /** BFS sources for `'sample'`. */
  samples: number;
  /** The diameter's lower bound from the double sweep (`-1` when not measured). */
  diameterLowerBound: number;
  /** One sentence: which method runs and why. */
  reason: string;
}

/** Estimated steps (one adjacency entry or node visited ≈ 1) above which `'auto'` samples instead of counting exactly: about 15 s on a 2020s core. */
export const AUTO_EXACT_WORK = 3e9;
/** Estimated steps allowed to sampling under `'auto'` (sources are dropped below the default 256 beyond it): about 6 s of BFS on a 10⁷-node grid. */
export const AUTO_SAMPLE_WORK = 2e9;
/** Per-source distance counts kept by sampling (4 bytes each from one BFS per source): 256 MB. */
const MAX_COUNTS = 2 ** 26;
/**
 * Steps one source's level costs beyond its BFS: the estimates' passes over per-source counts
 * (about 25 ns a source and level against 2.2 ns a BFS step on a 10⁶-node path; the BFS itself
 * pays nothing per level since the whole-BFS kernel).
 */
export const LEVEL_COST = 10;
const BATCH = 128;
/**
 * Steps one node or entry of a 128-source pass costs per level, in single-BFS steps. Measured
 * (bench/shapes.bench.ts, "which engine 'auto' picks"): a pass over a grid, a 3-D grid or a path
 * took 0.4–1.1 steps of one BFS per source and level (0.4–0.5 past the caches: 3-D grids of
 * 2·10⁵–10⁶ nodes, 2-D grids of 5·10⁵), since the kernel went SIMD at 0.76× C; 0.6 puts the
 * crossover where those measurements put it (a pass of 128 wins up to L ≈ 200 levels). It was 6
 * (14 ns against 2.2 ns, before the kernel's rewrite), which sent grids of 40–60 a side and 3-D
 * grids to one BFS per source at 1.5–5× the time.
 */
export const MULTI_STEP = 0.6;
const MIN_SAMPLES = 16;

const sci = (x: number): string => (x < 1e4 ? String(Math.round(x)) : x.toExponential(1).replace('e+', 'e'));

// Lower bound of the diameter by a double sweep among the counted people (0 for fewer than two).
function doubleSweep(r: ResolvedOptions): number {
  if (r.people.length < 2) return 0;
  const { offsets } = r.adj;
  let start = r.people[0]!;
  for (let i = 0; i < r.people.length; i++) {
    const v = r.people[i]!;
    if (offsets[v + 1]! - offsets[v]! > offsets[start + 1]! - offsets[start]!) start = v;
  }
  const bfs = bfsEngine(r.csr, r.mode);
  const first = sweep(bfs, start, r.maxDistance);
  const second = sweep(bfs, first.last, r.maxDistance);
  return Math.max(first.depth, second.depth);
}

/** Levels a sweep runs direction-optimising before it hands the BFS to one top-down kernel call. */
const SWEEP_LEVELS = 256;

// One sweep: its depth and a farthest node. Direction-optimising first, which on small worlds
// takes a fraction of a top-down BFS (BA 10⁶ nodes / 10⁷ edges: about a tenth); a BFS still
// going after SWEEP_LEVELS levels (paths, grids) is run again whole by levelCounts, in one kernel
// call with no cost per level.
function sweep(bfs: BfsEngine, source: number, maxDistance: number): { depth: number; last: number } {
  const cap = Math.min(maxDistance, SWEEP_LEVELS);
  bfs.run(source, { maxDistance: cap });
  const depth = bfs.levelEnds.length - 1;
  if (depth < cap || cap === maxDistance) return { depth, last: bfs.queue[bfs.count - 1]! };
  const whole = bfs.levelCounts(source, { maxDistance });
  return { depth: whole.counts.length - 1, last: whole.last };
}

/**
 * The plan for the resolved options: the method asked for, or `'auto'`'s choice by estimated cost.
 *
 * @param r - the resolved options.
 * @returns method, engine, sources and the reason.
 * @remarks Time O(n + m) for `'auto'` (two BFS), O(1) otherwise.
 */
export function planDistribution(r: ResolvedOptions): DistributionPlan {
  const N = r.people.length;
  const W = r.adj.order + r.adj.offsets[r.adj.order]!;
  if (r.method === 'hyperball')
    return {
      method: 'hyperball',
      engine: 'multi-source',
      samples: r.samples,
      diameterLowerBound: -1,
      reason: 'hyperball, as asked',
    };
  const D = doubleSweep(r);
  const L = Math.min(D, r.maxDistance) + 1;
  const multi = (k: number): number => Math.ceil(k / BATCH) * L * W * MULTI_STEP;
  const single = (k: number): number => k * (W + LEVEL_COST * L);
  const cheaper = (k: number): ['multi-source' | 'single-source', number] =>
    multi(k) <= single(k) ? ['multi-source', multi(k)] : ['single-source', single(k)];
  const shape = `${sci(N)} people, ${sci(W)} nodes + adjacency entries, diameter ≥ ${D} by double sweep`;
  if (r.method === 'exact' || (r.method === 'auto' && cheaper(N)[1] <= AUTO_EXACT_WORK)) {
    const [engine, cost] = cheaper(N);
    return {
      method: 'exact',
      engine,
      samples: r.samples,
      diameterLowerBound: D,
      reason: `${r.method === 'exact' ? 'exact, as asked' : `exact: about ${sci(cost)} steps, within the budget of ${sci(AUTO_EXACT_WORK)}`} (${shape}; ${engine} BFS)`,
    };
  }
  let samples = Math.min(r.samples, N);
  let [engine, cost] = cheaper(samples);
  let floor = '';
  if (r.method === 'auto' && !r.samplesGiven && cost > AUTO_SAMPLE_WORK) {
    if (engine === 'multi-source') {
      // Whole passes of 128 sources (one costs the same for 1 or 128), never fewer than one: one
      // BFS per source would scan small worlds top-down, at random, 5× slower than a pass per source.
      const passes = Math.max(1, Math.floor(AUTO_SAMPLE_WORK / multi(BATCH)));
      samples = Math.min(samples, passes * BATCH);
      if (multi(samples) > AUTO_SAMPLE_WORK) floor = ', the least one multi-source pass takes';
    } else {
      const affordable = Math.floor(Math.min(AUTO_SAMPLE_WORK / (W + LEVEL_COST * L), MAX_COUNTS / L));
      samples = Math.max(MIN_SAMPLES, Math.min(samples, affordable));
      if (single(samples) > AUTO_SAMPLE_WORK) floor = `, the least for ${MIN_SAMPLES} sources`;
    }
    cost = engine === 'multi-source' ? multi(samples) : single(samples);
  }
  const why =
    r.method === 'sample'
      ? 'sampling, as asked'
      : `sampling: exact would take about ${sci(cheaper(N)[1])} steps, over the budget of ${sci(AUTO_EXACT_WORK)}`;
  return {
    method: 'sample',
    engine,
    samples,
    diameterLowerBound: D,
    reason: `${why}; ${samples} sources, about ${sci(cost)} steps${floor} (${shape}; ${engine} BFS)`,
  };
}
