// The small-world check: clustering and mean distance of a graph beside those of equivalent
// random graphs and of a lattice, giving σ (Humphries & Gurney 2008) and ω (Telesford et al.
// 2011). Two kinds of references: `'gnm'` — G(n, m) and the ring lattice of the same mean
// connection count (fast) — and `'degree-preserving'` — Maslov–Sneppen swaps, as networkx's
// sigma/omega (degree-reference.ts), whose figures it reproduces: σ from transitivity, and
// Cl the largest average clustering among the graph and its latticised references.

import { throwIfAborted } from '../abort.js';
import { fromEdges } from '../csr/from-edges.js';
import { InvalidArgumentError } from '../errors.js';
import { resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { adjacency } from '../csr/adjacency.js';
import { integerKeys } from '../csr/node-keys.js';
import { erdosRenyiEdges } from '../generators/erdos-renyi.js';
import { resolveRng, type Rng } from '../random.js';
import { integerOption } from '../assert.js';
import { wattsStrogatzEdges } from '../generators/watts-strogatz.js';
import type { LongWorkOptions } from '../types.js';
import { clustering } from './clustering.js';
import { degreeReference } from './degree-reference.js';
import { meanDistanceOf } from './mean-distance.js';

/** The reference graphs σ and ω compare with. */
export type SmallWorldReference = 'gnm' | 'degree-preserving';

/** Options of `smallWorld`. */
export interface SmallWorldOptions extends LongWorkOptions {
  /** `'gnm'` (default: G(n, m) and a ring lattice) or `'degree-preserving'` (Maslov–Sneppen swaps, as networkx). */
  reference?: SmallWorldReference;
  /** Swaps per edge of each degree-preserving random reference (default 10, networkx omega's). */
  swaps?: number;
  /** Swaps per edge of each degree-preserving lattice reference (default 5, networkx's). */
  latticeSwaps?: number;
  /** Graphs up to this many people get exact mean distances (default 2000). */
  exactLimit?: number;
  /** BFS sources sampled for the mean distance of larger graphs (default 256). */
  samples?: number;
  /** Random reference graphs averaged (default 3). */
  references?: number;
  /** Seed for the references and the sampling (default 42). */
  seed?: number;
  /** A random source instead of `seed`. */
  rng?: Rng | (() => number);
}

/** Clustering and distance of one graph. */
export interface SmallWorldFigures {
  /** Average local clustering coefficient C. */
  clustering: number;
  /** Global clustering (transitivity). */
  transitivity: number;
  /** Mean hops over connected pairs L. */
  meanDistance: number;
}

/** Result of `smallWorld`. */
export interface SmallWorldResult extends SmallWorldFigures {
  /** People n. */
  people: number;
  /** Edges m of the undirected simple view. */
  edges: number;
  /** Mean connection count 2m/n. */
  meanConnections: number;
  /** The kind of reference graphs. */
  reference: SmallWorldReference;
  /** Means over the random references (Cr, Lr). */
  random: SmallWorldFigures;
  /** `'gnm'`: the ring lattice of k = 2·round(m/n) neighbours; `'degree-preserving'`: Cl = max(C, latticised references' C), neighbours null. */
  lattice: {
    /** k, the lattice's connection count (null for `'degree-preserving'`). */
    neighbours: number | null;
    /** Its clustering coefficient Cl. */
    clustering: number;
  };
  /** σ = (C/Cr)/(L/Lr) (`'degree-preserving'`: transitivity for C, as networkx); above 1 for small worlds; null when undefined. */
  sigma: number | null;
  /** ω = Lr/L − C/Cl, mostly in [−1, 1]: near 0 small world, near 1 random, near −1 lattice; null when undefined. */
  omega: number | null;
  /** Whether L (and Lr) are exact or sampled. */
  exactDistances: boolean;
  /** BFS sources per mean distance. */
  sources: number;
}

const WHERE = 'smallWorld';

/**
 * Measures how "small world" a people graph is: its clustering and mean distance, compared
 * with random graphs of the same size (σ) and with a lattice (ω).
 *
 * Direction is ignored. Mean distances are over connected pairs only (a disconnected graph is
 * measured within its components). σ > 1 and ω near 0 mark a small world. With
 * `reference: 'degree-preserving'` the references keep every person's connection count and the
 * figures are networkx's `sigma` and `omega`; with `'gnm'` (default) they are G(n, m) graphs and
 * a ring lattice, faster but a different question (σ comes out larger on graphs with hubs).
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - `reference` ('gnm'), `swaps` (10), `latticeSwaps` (5), `exactLimit` (2000),
 * `samples` (256), `references` (3), `seed` (42), `rng`, `onProgress`, `signal`.
 * @returns C, transitivity, L, the references, σ and ω.
 * @throws InvalidArgumentError on a bad option; AbortError when aborted.
 * @remarks Time O(R·(m^1.5 + s·(n + m))) for R + 1 graphs (the graph and R references) with
 * s BFS sources each (s = n when exact), memory O(n + m), plus for degree-preserving references
 * O(R·(swaps + latticeSwaps)·m) swaps, each with a connectivity check (a bidirectional BFS,
 * usually short). For 10⁵ edges with the defaults, a few seconds; distances dominate.
 * @see Humphries & Gurney, PLoS ONE 3(4), 2008, doi:10.1371/journal.pone.0002051;
 * Telesford et al., Brain Connectivity 1(5), 2011, doi:10.1089/brain.2011.0038;
 * Maslov & Sneppen, Science 296, 2002, doi:10.1126/science.1065103
 * @example
 * const r = smallWorld(wattsStrogatz({ people: 1000, neighbours: 10, rewiring: 0.05 }));
 * r.sigma; // ≈ 36: a small world (σ ≫ 1)
 * smallWorld(karate, { reference: 'degree-preserving', references: 10 }).sigma; // ≈ 1.07, as networkx.sigma
 */
export function smallWorld(graph: GraphLike, options: SmallWorldOptions = {}): SmallWorldResult {
  const exactLimit = integerOption(WHERE, 'exactLimit', options.exactLimit, 2000);
  const samples = integerOption(WHERE, 'samples', options.samples, 256, 1);
  const references = integerOption(WHERE, 'references', options.references, 3, 1);
  const reference = options.reference ?? 'gnm';
  if (reference !== 'gnm' && reference !== 'degree-preserving')
    throw new InvalidArgumentError(WHERE, 'reference', "'gnm' or 'degree-preserving'", reference);
  const swaps = integerOption(WHERE, 'swaps', options.swaps, 10);
  const latticeSwaps = integerOption(WHERE, 'latticeSwaps', options.latticeSwaps, 5);
  const rng = resolveRng(options.rng, options.seed);
  const csr = resolveCsr(graph, WHERE);
  const n = csr.order;
  const m = adjacency(csr, 'all').targets.length / 2;
  const measure = (g: typeof csr, phase: string): SmallWorldFigures & { exact: boolean; sources: number } => {
    const c = clustering(g);
    const long: LongWorkOptions = {};
    if (options.signal) long.signal = options.signal;
    if (options.onProgress) long.onProgress = (p) => options.onProgress!({ ...p, phase: `${phase}: distances` });
    const d = meanDistanceOf(g, samples, exactLimit, rng, WHERE, long);
    return {
      clustering: c.average,
      transitivity: c.transitivity,
      meanDistance: d.mean,
      exact: d.exact,
      sources: d.sources,
    };
  };
  const own = measure(csr, 'graph');
  const random = { clustering: 0, transitivity: 0, meanDistance: 0 };
  const degreePreserving = reference === 'degree-preserving';
  for (let r = 0; r < references; r++) {
    const ref = degreePreserving
      ? degreeReference(csr, 'random', swaps, rng)
      : fromEdges(erdosRenyiEdges(n, m, rng), { nodes: integerKeys(n) });
    const f = measure(ref, `random reference ${r + 1}/${references}`);
    random.clustering += f.clustering / references;
    random.transitivity += f.transitivity / references;
    random.meanDistance += f.meanDistance / references;
  }
  let k: number | null = null;
  let latticeClustering: number;
  if (degreePreserving) {
    // networkx's omega: Cl is the largest average clustering of the graph and its latticised references
    latticeClustering = own.clustering;
    for (let r = 0; r < references; r++) {
      throwIfAborted(WHERE, options.signal);
      latticeClustering = Math.max(
        latticeClustering,
        clustering(degreeReference(csr, 'lattice', latticeSwaps, rng)).average,
      );
    }
  } else {
    k = Math.max(Math.min(2 * Math.round(m / Math.max(n, 1)), n - 1 - ((n - 1) % 2)), 0);
    latticeClustering = clustering(fromEdges(wattsStrogatzEdges(n, k, 0, rng), { nodes: integerKeys(n) })).average;
  }
  // networkx's sigma compares transitivity; the G(n, m) check keeps the average local clustering
  const [c, cr] = degreePreserving ? [own.transitivity, random.transitivity] : [own.clustering, random.clustering];
  const sigma = ratio(ratio(c, cr), ratio(own.meanDistance, random.meanDistance));
  const omega =
    ratio(random.meanDistance, own.meanDistance) === null || ratio(own.clustering, latticeClustering) === null
      ? null
      : random.meanDistance / own.meanDistance - own.clustering / latticeClustering;
  return {
    people: n,
    edges: m,
    meanConnections: n === 0 ? 0 : (2 * m) / n,
    clustering: own.clustering,
    transitivity: own.transitivity,
    meanDistance: own.meanDistance,
    reference,
    random,
    lattice: { neighbours: k, clustering: latticeClustering },
    sigma,
    omega,
    exactDistances: own.exact,
    sources: own.sources,
  };
}

function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || Number.isNaN(a) || Number.isNaN(b)) return null;
  if (b === 0) return a === 0 ? null : Infinity;
  return a / b;
}
