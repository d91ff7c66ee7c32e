// diameter: the largest finite distance, without all-pairs BFS where the graph allows. Undirected
// graphs (and mode 'all'): iFUB per component (Crescenzi et al. 2013), started from the middle of a
// double sweep; the fringe's eccentricities come 128 at a time from the multi-source BFS, and the
// search stops as soon as the lower bound passes 2(i − 1). Directed modes ('outbound', 'inbound'):
// ExactSumSweep with bounds from the strongly connected components (sum-sweep.ts).

import { throwIfAborted } from '../abort.js';
import { assertOptionalCount, resolveMode } from '../assert.js';
import { adjacency, type Adjacency } from '../csr/adjacency.js';
import { resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { createBfs, type BfsEngine } from '../traversal/bfs.js';
import { createMsBfs, type MsBfsEngine } from '../traversal/create-ms-bfs.js';
import type { MsBfsOutputs } from '../traversal/ms-bfs.js';
import type { LongWorkOptions, Mode } from '../types.js';
import { weakComponents } from './components.js';
import { sumSweepDiameter } from './sum-sweep.js';

/** Options of `diameter` and `diameterBounds`. */
export interface DiameterOptions extends LongWorkOptions {
  /** Direction on directed graphs (default `'outbound'`; `'all'` ignores direction). */
  mode?: Mode;
  /** `diameterBounds` only: stop after this many BFS sources (default: until exact). */
  maxBfs?: number;
}

/** Result of `diameterBounds`. */
export interface DiameterBounds {
  /** The diameter when `exact`, else the best lower bound found. */
  value: number;
  /** Lower bound: an eccentricity actually measured. */
  lowerBound: number;
  /** Upper bound (equal to `lowerBound` when exact). */
  upperBound: number;
  /** `true` when the bounds met. */
  exact: boolean;
  /** BFS sources run (a multi-source pass counts each of its sources; a component-bound step of SumSweep, 2). */
  bfsCount: number;
  /** `'ifub'` (undirected or mode `'all'`) or `'sumsweep'` (directed, modes `'outbound'`/`'inbound'`). */
  method: 'ifub' | 'sumsweep';
}

const WHERE = 'diameter';

/**
 * Bounds the diameter — the largest finite distance between two people — and makes it exact
 * unless `maxBfs` stops the search first.
 *
 * Over all components: a disconnected graph's diameter is its largest component diameter (as
 * igraph's default), never Infinity; on directed graphs pairs with no path are ignored, so modes
 * `'outbound'` and `'inbound'` give the same value (`'all'` ignores direction).
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - `mode`, `maxBfs`, `onProgress`, `signal`.
 * @returns lower and upper bounds, whether they met, and the BFS count.
 * @throws InvalidArgumentError for a bad option; AbortError when `signal` aborts.
 * @remarks Undirected (and mode `'all'`): iFUB, time O(b·(n + m)) for b BFS sources — b is
 * typically a few dozen on real graphs, n·m in the worst case. Directed: ExactSumSweep with bounds
 * from the strongly connected components, O(n + m) for the components plus O(b·(n + m)) for b BFS;
 * when single BFS stop paying it finishes with the multi-source BFS over the nodes still open,
 * O(⌈k/128⌉·L·(n + m)) for k such nodes and L levels. Extra memory O(n), where n is the number of
 * nodes and m the number of adjacency entries.
 * @see Crescenzi, Grossi, Habib, Lanzi, Marino, "On computing the diameter of real-world
 * undirected graphs", Theor. Comput. Sci. 514, 2013, doi:10.1016/j.tcs.2012.09.018
 * @see Borassi, Crescenzi, Habib, Kosters, Marino, Takes, "Fast diameter and radius BFS-based
 * computation in (weakly connected) real-world graphs", Theor. Comput. Sci. 586, 2015,
 * doi:10.1016/j.tcs.2015.02.033
 * @example
 * diameterBounds(caGrQc); // { value: 17, lowerBound: 17, upperBound: 17, exact: true, bfsCount: 19, method: 'ifub' }
 * diameterBounds(emailEuCore, { mode: 'inbound' }); // directed: { value: 7, …, exact: true, method: 'sumsweep' }
 */
export function diameterBounds(graph: GraphLike, options: DiameterOptions = {}): DiameterBounds {
  const mode = resolveMode(WHERE, options.mode);
  assertOptionalCount(WHERE, 'maxBfs', options.maxBfs);
  const csr = resolveCsr(graph, WHERE);
  const adj = adjacency(csr, mode);
  const budget = options.maxBfs ?? Infinity;
  throwIfAborted(WHERE, options.signal);
  const { labels, sizes, count } = weakComponents(csr);
  if (csr.directed && mode !== 'all') {
    const initial = new Int32Array(csr.order);
    for (let v = 0; v < csr.order; v++) initial[v] = sizes[labels[v]!]! - 1;
    const { lower, upper, bfsCount } = sumSweepDiameter(adj, budget, initial, options);
    return { value: lower, lowerBound: lower, upperBound: upper, exact: lower === upper, bfsCount, method: 'sumsweep' };
  }
  const order = Array.from({ length: count }, (_, c) => c).sort((a, b) => sizes[b]! - sizes[a]!);
  const members: number[][] = Array.from({ length: count }, () => []);
  for (let v = 0; v < csr.order; v++) members[labels[v]!]!.push(v);
  const state = { lower: 0, upper: 0, bfs: 0, budget };
  const ms = createMsBfs(adj);
  const scratch: Scratch = {
    bfs: createBfs(adj),
    ms,
    fromA: new Int32Array(csr.order).fill(-1),
    out: { hist: new Float64Array(csr.order + 1), ecc: new Int32Array(ms.batchSize), reached: null, sums: null },
  };
  for (const c of order) {
    if (sizes[c]! - 1 <= state.lower) break; // no farther pair fits in a component this small
    const upper = ifub(adj, members[c]!, scratch, state, options);
    state.upper = Math.max(state.upper, upper);
    if (state.bfs >= budget) {
      for (const rest of order)
        if (sizes[rest]! - 1 > state.upper) state.upper = Math.max(state.upper, sizes[rest]! - 1);
      break;
    }
  }
  state.upper = Math.max(state.upper, state.lower);
  return {
    value: state.lower,
    lowerBound: state.lower,
    upperBound: state.upper,
    exact: state.lower === state.upper,
    bfsCount: state.bfs,
    method: 'ifub',
  };
}

/**
 * The diameter: the largest finite distance between two people (0 without edges).
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - `mode`, `onProgress`, `signal`.
 * @returns the exact diameter.
 * @throws InvalidArgumentError for a bad option; AbortError when `signal` aborts.
 * @remarks Time O(b·(n + m)) for b BFS sources, typically a few dozen on real graphs: iFUB on
 * undirected graphs, ExactSumSweep on directed ones (details under `diameterBounds`).
 * @see Crescenzi et al., Theor. Comput. Sci. 514, 2013, doi:10.1016/j.tcs.2012.09.018; Borassi
 * et al., Theor. Comput. Sci. 586, 2015, doi:10.1016/j.tcs.2015.02.033
 * @example
 * diameter(karate); // 5
 */
export function diameter(graph: GraphLike, options: Omit<DiameterOptions, 'maxBfs'> = {}): number {
  const { maxBfs: _, ...rest } = options as DiameterOptions;
  return diameterBounds(graph, rest).value;
}

type State = { lower: number; upper: number; bfs: number; budget: number };
type Scratch = { bfs: BfsEngine; ms: MsBfsEngine; fromA: Int32Array; out: MsBfsOutputs & { ecc: Int32Array } };

// iFUB on one component; raises state.lower, returns this component's upper bound.
function ifub(adj: Adjacency, nodes: number[], scratch: Scratch, state: State, work: LongWorkOptions): number {
  const { bfs, ms, fromA, out } = scratch;
  const ecc = out.ecc;
  // Double sweep from the highest-degree node: a → b, then start from the middle of an a–b path.
  let start = nodes[0]!;
  for (const v of nodes)
    if (adj.offsets[v + 1]! - adj.offsets[v]! > adj.offsets[start + 1]! - adj.offsets[start]!) start = v;
  const sweep = (s: number): number => {
    bfs.run(s);
    state.bfs++;
    state.lower = Math.max(state.lower, bfs.levelEnds.length - 1);
    return bfs.queue[bfs.count - 1]!;
  };
  const a = sweep(start);
  const b = sweep(a);
  for (let i = 0; i < bfs.count; i++) fromA[bfs.queue[i]!] = bfs.dist[bfs.queue[i]!]!;
  const far = bfs.levelEnds.length - 1;
  const half = far >> 1;
  sweep(b);
  let middle = b;
  for (let i = 0; i < bfs.count; i++) {
    const v = bfs.queue[i]!;
    if (bfs.dist[v] === half && fromA[v] === far - half) {
      middle = v;
      break;
    }
  }
  for (let i = 0; i < bfs.count; i++) fromA[bfs.queue[i]!] = -1;
  sweep(middle);
  const e = bfs.levelEnds.length - 1;
  const fringe = Int32Array.from(bfs.queue.subarray(0, bfs.count));
  const levelEnds = bfs.levelEnds.slice();
  let upper = 2 * e;
  for (let i = e; i >= 1 && state.lower < upper; i--) {
    // Every node farther than 2(i − 1) from another has one end in levels ≥ i: those are done.
    const from = levelEnds[i - 1]!;
    const to = levelEnds[i]!;
    for (let begin = from; begin < to; begin += ms.batchSize) {
      if (state.bfs >= state.budget) return upper;
      const count = Math.min(ms.batchSize, to - begin);
      ms.run(fringe, begin, count, out);
      state.bfs += count;
      for (let k = 0; k < count; k++) state.lower = Math.max(state.lower, ecc[k]!);
      work.onProgress?.({ done: state.bfs, total: nodes.length, phase: `diameter bounds ${state.lower}…${upper}` });
      throwIfAborted(WHERE, work.signal);
      if (state.lower > 2 * (i - 1)) return state.lower;
    }
    upper = 2 * (i - 1);
  }
  return upper;
}
