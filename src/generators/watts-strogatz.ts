// Watts–Strogatz small-world graphs: a ring lattice where each person knows the k/2 nearest on
// each side, then each lattice edge (u, u+j) has its far end rewired with probability p to a
// uniform person, avoiding self-loops and repeated edges (the procedure of Watts & Strogatz 1998
// and networkx's watts_strogatz_graph). The edge count stays n·k/2 whatever p.

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
import { integerOption, probabilityOption } from '../assert.js';
import { MAX_GENERATED_ORDER } from './edge-set.js';

/** Options of `wattsStrogatz`. */
export interface WattsStrogatzOptions extends GeneratorOptions {
  /** Number of people (nodes), n ≥ 1. */
  people: number;
  /** Connections per person in the lattice, k: even, 0 ≤ k < n (default 4). */
  neighbours?: number;
  /** Rewiring probability p in [0, 1] (default 0.1); 0 keeps the ring lattice. */
  rewiring?: number;
}

const WHERE = 'wattsStrogatz';

/** The Watts–Strogatz kernel; with p = 0 it is the ring lattice of degree k. */
export function wattsStrogatzEdges(n: number, k: number, p: number, rng: Rng, tick: Tick = () => {}): GeneratedEdges {
  const half = k >> 1;
  const m = n * half;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < n; u++) {
      sources[(j - 1) * n + u] = u;
      targets[(j - 1) * n + u] = (u + j) % n;
    }
  }
  if (p === 0) return { order: n, sources, targets };
  const present = new EdgeSet(n, m);
  for (let i = 0; i < m; i++) present.add(sources[i]!, targets[i]!);
  const degree = new Int32Array(n).fill(k);
  for (let i = 0; i < m; i++) {
    if ((i & TICK_MASK) === 0) tick(i, m);
    if (rng() >= p) continue;
    const u = sources[i]!;
    if (degree[u]! >= n - 1) continue; // u already knows everyone: nothing to rewire to
    let w = rng.int(n);
    while (w === u || present.has(u, w)) w = rng.int(n);
    const v = targets[i]!;
    present.delete(u, v);
    present.add(u, w);
    degree[v]!--;
    degree[w]!++;
    targets[i] = w;
  }
  return { order: n, sources, targets };
}

/**
 * Generates a Watts–Strogatz small-world graph: a ring lattice of `people` nodes, each joined
 * to its `neighbours / 2` nearest on each side, with every edge rewired with probability
 * `rewiring`. No self-loops, no parallel edges; exactly n·k/2 edges.
 *
 * A little rewiring (p ≈ 0.01) already collapses the mean distance while the clustering stays
 * near the lattice's 3(k−2)/(4(k−1)) — the small-world regime.
 *
 * @param options - `people`, `neighbours` (4), `rewiring` (0.1), `seed` (42), `output` (`'graph'`),
 * `onProgress`, `signal`.
 * @returns an undirected graphology graph, or a `Csr` when `output: 'csr'`.
 * @throws InvalidArgumentError when k is odd, k ≥ n, or p is outside [0, 1]; AbortError when `signal` aborts.
 * @remarks Expected time O(n·k), memory O(n·k).
 * @see Watts & Strogatz, "Collective dynamics of 'small-world' networks", Nature 393, 1998,
 * doi:10.1038/30918
 * @example
 * const g = wattsStrogatz({ people: 1000, neighbours: 10, rewiring: 0.01, output: 'csr' });
 * g.size; // 5000
 */
export function wattsStrogatz(options: WattsStrogatzOptions & { output: 'csr' }): Csr;
export function wattsStrogatz(options: WattsStrogatzOptions & { output?: 'graph' }): Graph;
export function wattsStrogatz(options: WattsStrogatzOptions): Graph | Csr;
export function wattsStrogatz(options: WattsStrogatzOptions): Graph | Csr {
  const output = resolveOutput(WHERE, options.output);
  const n = integerOption(WHERE, 'people', options.people, undefined, 1, MAX_GENERATED_ORDER);
  const k = integerOption(WHERE, 'neighbours', options.neighbours, 4, 0, n - 1);
  if (k % 2 !== 0) throw new InvalidArgumentError(WHERE, 'neighbours', 'an even integer', k);
  const p = probabilityOption(WHERE, 'rewiring', options.rewiring, 0.1);
  return buildOutput(wattsStrogatzEdges(n, k, p, createRng(options.seed), makeTick(WHERE, options)), output);
}
