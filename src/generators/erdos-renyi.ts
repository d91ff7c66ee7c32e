// Erdős–Rényi G(n, m): exactly m distinct edges drawn uniformly among the n(n−1)/2 pairs, no
// self-loops. Sparse case: rejection sampling into a hash set of pairs; dense case (m above half
// of all pairs): draw the pairs to leave out instead, so the expected work stays O(n + m).

import type { Csr } from '../csr/csr.js';
import type { AbstractGraph as Graph } from 'graphology-types';
import { InvalidArgumentError } from '../errors.js';
import { EdgeSet } from './edge-set.js';
import {
  buildOutput,
  makeTick,
  resolveOutput,
  TICK_MASK,
  type GeneratedEdges,
  type GeneratorOptions,
  type Tick,
} from './output.js';
import { createRng, type Rng } from '../random.js';
import { integerOption } from '../assert.js';
import { MAX_GENERATED_ORDER } from './edge-set.js';

/** Options of `erdosRenyi`. */
export interface ErdosRenyiOptions extends GeneratorOptions {
  /** Number of people (nodes), n ≥ 0. */
  people: number;
  /** Number of edges, 0 ≤ m ≤ n(n−1)/2. */
  edges: number;
}

const WHERE = 'erdosRenyi';

/** The G(n, m) kernel: m distinct pairs u ≠ v of [0, n), as edge arrays. */
export function erdosRenyiEdges(n: number, m: number, rng: Rng, tick: Tick = () => {}): GeneratedEdges {
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  const all = (n * (n - 1)) / 2;
  if (m <= all / 2) {
    const seen = new EdgeSet(n, m);
    for (let i = 0; i < m; ) {
      const u = rng.int(n);
      const v = rng.int(n);
      if (u === v || !seen.add(u, v)) continue;
      if ((i & TICK_MASK) === 0) tick(i, m);
      sources[i] = u;
      targets[i++] = v;
    }
    return { order: n, sources, targets };
  }
  // Dense: leave out all − m random pairs, keep every other pair, then shuffle the order.
  const left = new EdgeSet(n, all - m);
  while (left.size < all - m) {
    const u = rng.int(n);
    const v = rng.int(n);
    if (u !== v) left.add(u, v);
  }
  let i = 0;
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (left.has(u, v)) continue;
      sources[i] = u;
      targets[i++] = v;
    }
  }
  for (let j = m - 1; j > 0; j--) {
    const k = rng.int(j + 1);
    const s = sources[j]!;
    const t = targets[j]!;
    sources[j] = sources[k]!;
    targets[j] = targets[k]!;
    sources[k] = s;
    targets[k] = t;
  }
  return { order: n, sources, targets };
}

/**
 * Generates an Erdős–Rényi random graph G(n, m): `people` nodes and exactly `edges` distinct
 * undirected edges, every such graph equally likely; no self-loops, no parallel edges.
 *
 * Node keys are `'0'` … `'n−1'`. The same seed gives the same graph.
 *
 * @param options - `people`, `edges`, `seed` (default 42), `output` (`'graph'` default, or `'csr'`),
 * `onProgress`, `signal`.
 * @returns an undirected graphology graph, or a `Csr` when `output: 'csr'`.
 * @throws InvalidArgumentError when a count is not a non-negative integer or `edges` exceeds n(n−1)/2;
 * AbortError when `signal` aborts.
 * @remarks Expected time O(n + m), memory O(n + m) (about 24 bytes per edge while generating).
 * @see Erdős & Rényi, "On random graphs I", Publicationes Mathematicae 6, 1959.
 * @example
 * const g = erdosRenyi({ people: 1000, edges: 5000, seed: 1 });
 * g.size; // 5000
 */
export function erdosRenyi(options: ErdosRenyiOptions & { output: 'csr' }): Csr;
export function erdosRenyi(options: ErdosRenyiOptions & { output?: 'graph' }): Graph;
export function erdosRenyi(options: ErdosRenyiOptions): Graph | Csr;
export function erdosRenyi(options: ErdosRenyiOptions): Graph | Csr {
  const output = resolveOutput(WHERE, options.output);
  const n = integerOption(WHERE, 'people', options.people, undefined, 0, MAX_GENERATED_ORDER);
  const m = integerOption(WHERE, 'edges', options.edges, undefined, 0);
  if (m > (n * (n - 1)) / 2)
    throw new InvalidArgumentError(WHERE, 'edges', `at most n(n−1)/2 = ${(n * (n - 1)) / 2}`, m);
  return buildOutput(erdosRenyiEdges(n, m, createRng(options.seed), makeTick(WHERE, options)), output);
}
