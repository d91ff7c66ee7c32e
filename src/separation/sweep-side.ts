// One SumSweep step and the bookkeeping around it (Borassi, Crescenzi, Habib, Kosters, Marino &
// Takes 2015): the two sides (F follows the arcs, B the reversed arcs) with their per-node bounds
// and distance sums, a BFS that tightens them, the next source to pick, and the count of open
// nodes (upper bound above the diameter's lower bound). Invariant: every bound written holds.

import type { Adjacency } from '../csr/adjacency.js';
import type { BfsEngine } from '../traversal/bfs.js';
import type { EccentricityBounds } from './scc-upper-bounds.js';

/** One direction: its engine, adjacency and bounds (F: forward arcs, B: reversed arcs). */
export interface Side {
  /** The arcs this side follows. */
  adj: Adjacency;
  /** Its BFS engine. */
  bfs: BfsEngine;
  /** Lower and upper bounds on this side's eccentricity of each node. */
  lower: Int32Array;
  upper: Int32Array;
  /** Distance sums from the other side's BFS (SumSweep's choice of sources). */
  total: Float64Array;
}

/** The sweep's state: components, bounds, the diameter's lower bound and the BFS budget. */
export interface Sweep {
  labels: Int32Array;
  bounds: EccentricityBounds;
  lower: number;
  bfs: number;
  budget: number;
}

/**
 * A BFS along `from` from v: v's eccentricity on that side is exact; every node reached gets a
 * lower bound on its other-side eccentricity, its distance sum, and — in v's strongly connected
 * component only, where u reaches v and v reaches u — the upper bound d(v, u) + that of v.
 *
 * @remarks Time O(n + m) (one BFS).
 */
export function step(s: Sweep, from: Side, to: Side, v: number): void {
  const { bfs } = from;
  bfs.run(v);
  s.bfs++;
  const ecc = bfs.levelEnds.length - 1;
  const c = s.labels[v]!;
  const up = to.upper[v]!;
  for (let i = 0; i < bfs.count; i++) {
    const u = bfs.queue[i]!;
    const d = bfs.dist[u]!;
    if (d > to.lower[u]!) to.lower[u] = d;
    to.total[u]! += d;
    if (s.labels[u] === c && d + up < to.upper[u]!) to.upper[u] = d + up;
  }
  from.lower[v] = from.upper[v] = ecc;
  if (ecc > s.lower) s.lower = ecc;
}

/**
 * The open node (upper > lower) maximising `key`, ties by `tie`; −1 when none is open.
 *
 * @remarks Time O(n).
 */
export function pick(key: ArrayLike<number>, tie: ArrayLike<number>, upper: Int32Array, lower: number): number {
  let best = -1;
  for (let v = 0; v < upper.length; v++) {
    if (upper[v]! <= lower) continue;
    if (best < 0 || key[v]! > key[best]! || (key[v] === key[best] && tie[v]! > tie[best]!)) best = v;
  }
  return best;
}

/**
 * Open nodes of the side closer to done: the diameter is known when either side has none.
 *
 * @remarks Time O(n).
 */
export function missing(F: Side, B: Side, lower: number): number {
  let f = 0;
  let b = 0;
  for (let v = 0; v < F.upper.length; v++) {
    if (F.upper[v]! > lower) f++;
    if (B.upper[v]! > lower) b++;
  }
  return Math.min(f, b);
}

/**
 * The diameter's upper bound: each side's largest upper bound (at least `lower`), the smaller of the two.
 *
 * @remarks Time O(n).
 */
export function upperBound(F: Side, B: Side, lower: number): number {
  let f = lower;
  let b = lower;
  for (let v = 0; v < F.upper.length; v++) {
    if (F.upper[v]! > f) f = F.upper[v]!;
    if (B.upper[v]! > b) b = B.upper[v]!;
  }
  return Math.min(f, b);
}

/** The progress phase: the diameter's bounds so far (O(n)). */
export function boundsPhase(s: Sweep, F: Side, B: Side): string {
  return `diameter bounds ${s.lower}…${upperBound(F, B, s.lower)}`;
}
