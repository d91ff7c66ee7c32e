// ExactSumSweep for the diameter of a directed graph, as the largest FINITE distance (Borassi,
// Crescenzi, Habib, Kosters, Marino & Takes 2015): SumSweep's forward and backward BFS from nodes
// far from the previous sources give the lower bound; per-node upper bounds on the forward (F) and
// backward (B) eccentricities come from the strongly connected components and their DAG
// (scc-upper-bounds.ts). Done when every F, or every B, is bounded by the lower bound.

import { type Adjacency, reverseAdjacency } from '../csr/adjacency.js';
import { throwIfAborted } from '../abort.js';
import { createBfs } from '../traversal/bfs.js';
import { createMsBfs } from '../traversal/create-ms-bfs.js';
import type { LongWorkOptions } from '../types.js';
import {
  choosePivots,
  createSccScratch,
  sccUpperBounds,
  type EccentricityBounds,
  type SccScratch,
} from './scc-upper-bounds.js';
import type { StrongComponents } from './strong-components.js';
import { boundsPhase, missing, pick, type Side, step, type Sweep, upperBound } from './sweep-side.js';
import { strongComponents } from './strong-components.js';

/** What the sweep found: the bounds and the BFS sources run. */
export interface SweepResult {
  lower: number;
  upper: number;
  bfsCount: number;
  /** The per-node bounds at the end (for tests: every one must hold). */
  bounds: EccentricityBounds;
}

const WHERE = 'diameter';
/** SumSweep's opening: BFS alternately forward and backward (as Borassi et al.). */
const OPENING_BFS = 6;
/** A 128-source pass of the multi-source BFS costs about this many single BFS (bench/diameter.bench.ts). */
export const BATCH_COST = 8;
/** Sources per pass of the WebAssembly multi-source kernel (64 where only JavaScript runs: the rule then leans to the fallback). */
const PASS_SOURCES = 128;

/**
 * The directed diameter by ExactSumSweep, falling back to the multi-source BFS over the nodes
 * still open when single BFS stop paying (a ski-rental rule: once the sweep has spent what the
 * fallback would cost). Exact when `lower === upper` on return (else the budget ran out).
 *
 * @param adj - forward adjacency (its reverse arrays are the backward one).
 * @param budget - largest number of BFS sources (the components' bound counts 2).
 * @param initialUpper - per-node starting upper bound (weak component size − 1).
 * @param work - `onProgress`, `signal`.
 * @param batchCost - cost of a multi-source pass in single BFS (tests pass Infinity: no fallback).
 */
export function sumSweepDiameter(
  adj: Adjacency,
  budget: number,
  initialUpper: Int32Array,
  work: LongWorkOptions,
  batchCost = BATCH_COST,
): SweepResult {
  const n = adj.order;
  if (n === 0)
    return {
      lower: 0,
      upper: 0,
      bfsCount: 0,
      bounds: {
        lowerF: initialUpper,
        upperF: initialUpper,
        lowerB: initialUpper,
        upperB: initialUpper,
        totalF: new Float64Array(0),
        totalB: new Float64Array(0),
      },
    };
  const scc = strongComponents(adj);
  const back = reverseAdjacency(adj);
  const side = (a: Adjacency): Side => ({
    adj: a,
    bfs: createBfs(a),
    lower: new Int32Array(n),
    upper: initialUpper.slice(),
    total: new Float64Array(n),
  });
  const F = side(adj);
  const B = side(back);
  const bounds: EccentricityBounds = {
    lowerF: F.lower,
    upperF: F.upper,
    lowerB: B.lower,
    upperB: B.upper,
    totalF: F.total,
    totalB: B.total,
  };
  const sccScratch = createSccScratch(adj, scc);
  let largest = 0;
  for (let c = 1; c < scc.count; c++)
    if (scc.offsets[c + 1]! - scc.offsets[c]! > scc.offsets[largest + 1]! - scc.offsets[largest]!) largest = c;
  const s: Sweep = { labels: scc.labels, lower: 0, bfs: 0, budget, bounds };
  let start = 0;
  for (let v = 1; v < n; v++)
    if (adj.offsets[v + 1]! - adj.offsets[v]! > adj.offsets[start + 1]! - adj.offsets[start]!) start = v;
  // SumSweep: F from the best-connected node, then alternately from the largest distance sums.
  for (let i = 0; i < OPENING_BFS && s.bfs < budget; i++) {
    const [from, to] = i % 2 === 0 ? [F, B] : [B, F];
    const v = i === 0 ? start : pick(from.total, from.upper, from.upper, s.lower);
    if (v < 0) break;
    step(s, from, to, v);
  }
  // ExactSumSweep: steps scored by how many open nodes they closed last time (the paper's rule):
  // 0 component bounds; BFS forward (1) or backward (2) from the largest upper bound, forward (3)
  // or backward (4) from the largest distance sum, among open nodes.
  const points = [n, n, n, n, n];
  let open = missing(F, B, s.lower);
  let spent = 0;
  while (open > 0 && s.bfs < budget) {
    work.onProgress?.({ done: s.bfs, total: n, phase: boundsPhase(s, F, B) });
    throwIfAborted(WHERE, work.signal);
    if (spent >= batchCost * Math.ceil(open / PASS_SOURCES)) return finish(s, F, B, work);
    let k = 0;
    for (let j = 1; j < points.length; j++) if (points[j]! > points[k]!) k = j;
    const before = s.bfs;
    if (k === 0) {
      if (s.bfs + 2 > budget) {
        points[0] = -Infinity;
        continue;
      }
      componentBounds(s, F, B, scc, largest, sccScratch);
    } else {
      const [from, to] = k === 1 || k === 3 ? [F, B] : [B, F];
      const v =
        k <= 2 ? pick(from.upper, from.total, from.upper, s.lower) : pick(from.total, from.upper, from.upper, s.lower);
      if (v < 0) break; // this side is done: no open node left
      step(s, from, to, v);
    }
    spent += s.bfs - before;
    const now = missing(F, B, s.lower);
    points[k] = open - now;
    for (let j = 0; j < points.length; j++) if (j !== k && points[j]! >= 0) points[j]! += 2 / s.bfs;
    open = now;
  }
  return { lower: s.lower, upper: upperBound(F, B, s.lower), bfsCount: s.bfs, bounds };
}

// A round of component bounds: the largest component's pivot gets two full BFS (real SumSweep
// steps, whose distances inside the component are its pivot distances), the others BFS restricted
// to themselves (together one pass each way).
function componentBounds(
  s: Sweep,
  F: Side,
  B: Side,
  scc: StrongComponents,
  largest: number,
  scratch: SccScratch,
): void {
  choosePivots(scc, s.bounds, scratch.pivot);
  const p = scratch.pivot[largest]!;
  for (const [from, to, dist] of [
    [F, B, scratch.fromPivot],
    [B, F, scratch.toPivot],
  ] as const) {
    step(s, from, to, p);
    for (let i = scc.offsets[largest]!; i < scc.offsets[largest + 1]!; i++)
      dist[scc.members[i]!] = from.bfs.dist[scc.members[i]!]!;
  }
  s.lower = Math.max(s.lower, sccUpperBounds(F.adj, scc, s.bounds, scratch, largest));
}

// The fallback: exact eccentricities of the side with fewer open nodes, 128 sources per pass,
// skipping nodes that a raised lower bound has closed meanwhile.
function finish(s: Sweep, F: Side, B: Side, work: LongWorkOptions): SweepResult {
  let f = 0;
  let b = 0;
  for (let v = 0; v < F.upper.length; v++) {
    if (F.upper[v]! > s.lower) f++;
    if (B.upper[v]! > s.lower) b++;
  }
  const side = f <= b ? F : B;
  const ms = createMsBfs(side.adj);
  const batch = new Int32Array(ms.batchSize);
  const ecc = new Int32Array(ms.batchSize);
  const out = { hist: new Float64Array(side.adj.order + 1), ecc, reached: null, sums: null };
  let v = 0;
  while (s.bfs < s.budget) {
    let count = 0;
    const room = Math.min(ms.batchSize, s.budget - s.bfs);
    for (; v < side.upper.length && count < room; v++) if (side.upper[v]! > s.lower) batch[count++] = v;
    if (count === 0) break;
    ms.run(batch, 0, count, out);
    s.bfs += count;
    for (let k = 0; k < count; k++) {
      side.lower[batch[k]!] = side.upper[batch[k]!] = ecc[k]!;
      if (ecc[k]! > s.lower) s.lower = ecc[k]!;
    }
    work.onProgress?.({
      done: s.bfs,
      total: side.adj.order,
      phase: boundsPhase(s, F, B),
    });
    throwIfAborted(WHERE, work.signal);
  }
  return { lower: s.lower, upper: upperBound(F, B, s.lower), bfsCount: s.bfs, bounds: s.bounds };
}
