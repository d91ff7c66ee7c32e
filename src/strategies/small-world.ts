// The small-world check: clustering and mean distance of a graph beside those of equivalent
// random graphs (G(n, m), same n and m) and of the ring lattice of the same mean connection
// count, giving σ (Humphries & Gurney 2008) and ω (Telesford et al. 2011), as networkx's
// sigma/omega do but with G(n, m) and ring-lattice references instead of degree-preserving swaps.

import { fromEdges } from '../csr/from-edges.js';
import { resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { adjacency } from '../csr/adjacency.js';
import { integerKeys } from '../csr/node-keys.js';
import { erdosRenyiEdges } from '../generators/erdos-renyi.js';
import { resolveRng, type Rng } from '../generators/rng.js';
import { integerOption } from '../generators/validate.js';
import { wattsStrogatzEdges } from '../generators/watts-strogatz.js';
import type { LongWorkOptions } from '../types.js';
import { clustering } from './clustering.js';
import { meanDistanceOf } from './mean-distance.js';

/** Options of `smallWorld`. */
export interface SmallWorldOptions extends LongWorkOptions {
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
  /** Means over the G(n, m) references (Cr, Lr). */
  random: SmallWorldFigures;
  /** The ring lattice of mean connection count k = 2·round(m/n) (Cl = 3(k−2)/(4(k−1))). */
  lattice: {
    /** k, the lattice's connection count. */
    neighbours: number;
    /** Its clustering coefficient. */
    clustering: number;
  };
  /** σ = (C/Cr)/(L/Lr); above 1 for small worlds; null when C = Cr = 0 or undefined. */
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
 * measured within its components). σ > 1 and ω near 0 mark a small world.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - `exactLimit` (2000), `samples` (256), `references` (3), `seed` (42), `rng`,
 * `onProgress`, `signal`.
 * @returns C, transitivity, L, the references, σ and ω.
 * @throws InvalidArgumentError on a bad option; AbortError when aborted.
 * @remarks Time O(R·(m^1.5 + s·(n + m))) for R + 1 graphs (the graph and R references) with
 * s BFS sources each (s = n when exact), memory O(n + m). For 10⁵ edges with the defaults, a
 * few seconds; distances dominate.
 * @see Humphries & Gurney, PLoS ONE 3(4), 2008, doi:10.1371/journal.pone.0002051;
 * Telesford et al., Brain Connectivity 1(5), 2011, doi:10.1089/brain.2011.0038
 * @example
 * const r = smallWorld(wattsStrogatz({ people: 1000, neighbours: 10, rewiring: 0.05 }));
 * r.sigma; // ≈ 36: a small world (σ ≫ 1)
 */
export function smallWorld(graph: GraphLike, options: SmallWorldOptions = {}): SmallWorldResult {
  const exactLimit = integerOption(WHERE, 'exactLimit', options.exactLimit, 2000);
  const samples = integerOption(WHERE, 'samples', options.samples, 256, 1);
  const references = integerOption(WHERE, 'references', options.references, 3, 1);
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
    return { clustering: c.average, transitivity: c.transitivity, meanDistance: d.mean, exact: d.exact, sources: d.sources };
  };
  const own = measure(csr, 'graph');
  const random = { clustering: 0, transitivity: 0, meanDistance: 0 };
  for (let r = 0; r < references; r++) {
    const ref = fromEdges(erdosRenyiEdges(n, m, rng), { nodes: integerKeys(n) });
    const f = measure(ref, `random reference ${r + 1}/${references}`);
    random.clustering += f.clustering / references;
    random.transitivity += f.transitivity / references;
    random.meanDistance += f.meanDistance / references;
  }
  const k = Math.min(2 * Math.round(m / Math.max(n, 1)), n - 1 - ((n - 1) % 2));
  const latticeClustering = clustering(fromEdges(wattsStrogatzEdges(n, Math.max(k, 0), 0, rng), { nodes: integerKeys(n) })).average;
  const sigma = ratio(ratio(own.clustering, random.clustering), ratio(own.meanDistance, random.meanDistance));
  const omega = ratio(random.meanDistance, own.meanDistance) === null || ratio(own.clustering, latticeClustering) === null
    ? null
    : random.meanDistance / own.meanDistance - own.clustering / latticeClustering;
  return {
    people: n,
    edges: m,
    meanConnections: n === 0 ? 0 : (2 * m) / n,
    clustering: own.clustering,
    transitivity: own.transitivity,
    meanDistance: own.meanDistance,
    random,
    lattice: { neighbours: Math.max(k, 0), clustering: latticeClustering },
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
