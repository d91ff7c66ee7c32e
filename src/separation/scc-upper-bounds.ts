// ExactSumSweep's "all components" upper bound (Borassi et al. 2015), for the largest FINITE
// distance: one pivot p per strongly connected component C, distances to and from p inside C (a
// shortest path between two nodes of C never leaves C), then the component DAG, sinks first for
// forward eccentricities and sources first for backward ones. Every bound written is sound: it
// only combines exact distances with bounds already valid (the lemmas are in bound()'s comments).

import type { Adjacency } from '../csr/adjacency.js';
import { type CrossArcs, crossArcs } from './cross-arcs.js';
import type { StrongComponents } from './strong-components.js';

/** Per-node bounds on eccentricities: F = largest finite distance from v, B = to v. */
export interface EccentricityBounds {
  /** Lower bounds on F(v). */
  lowerF: Int32Array;
  /** Upper bounds on F(v). */
  upperF: Int32Array;
  /** Lower bounds on B(v). */
  lowerB: Int32Array;
  /** Upper bounds on B(v). */
  upperB: Int32Array;
  /** Sum of the distances from v to the backward BFS sources so far (SumSweep's choice). */
  totalF: Float64Array;
  /** Sum of the distances to v from the forward BFS sources so far. */
  totalB: Float64Array;
}

/** Scratch of `sccUpperBounds`, built once per diameter computation. */
export interface SccScratch {
  /** d(p, v) inside v's component, from its pivot p. */
  fromPivot: Int32Array;
  /** d(v, p) inside v's component, to its pivot p. */
  toPivot: Int32Array;
  /** BFS queue, n. */
  queue: Int32Array;
  /** Per component: its pivot. */
  pivot: Int32Array;
  /** Per component: the upper bound on its pivot's eccentricity (this direction). */
  pivotBound: Int32Array;
  /** Per neighbouring component: the cheapest d(p, x) + 1 + d(y, p') over arcs x → y into it. */
  best: Int32Array;
  /** Per component: c + 1 while component c is scanning its arcs (0 otherwise). */
  stamp: Int32Array;
  /** The neighbouring components seen while scanning one component. */
  touched: Int32Array;
  /** Arcs leaving each component (inner → outer), and arcs entering it (outer → inner). */
  leaving: CrossArcs;
  entering: CrossArcs;
}

/**
 * Allocates the scratch and lists the arcs between components (once: O(n + m)).
 *
 * @param adj - the forward adjacency.
 * @param scc - its strongly connected components.
 */
export function createSccScratch(adj: Adjacency, scc: StrongComponents): SccScratch {
  const n = adj.order;
  const perComponent = (): Int32Array => new Int32Array(scc.count);
  return {
    fromPivot: new Int32Array(n),
    toPivot: new Int32Array(n),
    queue: new Int32Array(n),
    pivot: perComponent(),
    pivotBound: perComponent(),
    best: perComponent(),
    stamp: perComponent(),
    touched: perComponent(),
    leaving: crossArcs(adj.offsets, adj.targets, scc),
    entering: crossArcs(adj.inOffsets, adj.inTargets, scc),
  };
}

/**
 * Picks one pivot per component into `pivot`: the node minimising lowerF + lowerB, preferring
 * nodes not yet exact (so that repeated rounds look from new places), then the smaller distance
 * sums (the most central).
 */
export function choosePivots(scc: StrongComponents, b: EccentricityBounds, pivot: Int32Array): void {
  const n = scc.labels.length;
  const { count, offsets, members } = scc;
  for (let c = 0; c < count; c++) {
    let best = -1;
    let bestKey = Infinity;
    let bestTotal = Infinity;
    for (let i = offsets[c]!; i < offsets[c + 1]!; i++) {
      const v = members[i]!;
      const key =
        b.lowerF[v]! + b.lowerB[v]! + (b.lowerF[v] === b.upperF[v] ? n : 0) + (b.lowerB[v] === b.upperB[v] ? n : 0);
      const total = b.totalF[v]! + b.totalB[v]!;
      if (key < bestKey || (key === bestKey && total < bestTotal)) {
        best = v;
        bestKey = key;
        bestTotal = total;
      }
    }
    pivot[c] = best;
  }
}

/**
 * Tightens `upperF`/`upperB` of every node (and raises lower bounds) from the pivots in
 * `s.pivot` (see `choosePivots`). Component `known` (−1: none) comes with its `fromPivot` and
 * `toPivot` already filled by the caller (two full BFS from its pivot, for the largest one).
 *
 * @returns the largest distance measured (a finite distance: a lower bound on the diameter).
 * @remarks Time O(n + m): BFS inside the components (except `known`) and a scan of the arcs
 * between components.
 */
export function sccUpperBounds(
  adj: Adjacency,
  scc: StrongComponents,
  b: EccentricityBounds,
  s: SccScratch,
  known = -1,
): number {
  const n = adj.order;
  withinComponents(adj.offsets, adj.targets, scc, s.pivot, known, s.fromPivot, s.queue);
  withinComponents(adj.inOffsets, adj.inTargets, scc, s.pivot, known, s.toPivot, s.queue);
  let measured = 0;
  for (let v = 0; v < n; v++) {
    // d(v, p) ≤ F(v) and d(p, v) ≤ B(v): both are finite distances.
    if (s.toPivot[v]! > b.lowerF[v]!) b.lowerF[v] = s.toPivot[v]!;
    if (s.fromPivot[v]! > b.lowerB[v]!) b.lowerB[v] = s.fromPivot[v]!;
    measured = Math.max(measured, s.fromPivot[v]!, s.toPivot[v]!);
  }
  bound(s.leaving, scc, s, s.fromPivot, s.toPivot, b.upperF, true);
  bound(s.entering, scc, s, s.toPivot, s.fromPivot, b.upperB, false);
  return measured;
}

// Forward case (the backward one is the same on reversed arcs, swapping fromPivot and toPivot).
// Let p be C's pivot and w reachable from p. If w ∈ C, d(p, w) = fromPivot[w]. Otherwise the
// shortest p–w path leaves C once, by an arc x → y (x ∈ C, y ∈ C' ≠ C): d(p, w) ≤ fromPivot[x] + 1
// + F(y) (bound "via arcs"); and w is reachable from C's pivot p', so d(p, w) ≤ fromPivot[x'] + 1 +
// toPivot[y'] + F(p') for ANY arc x' → y' from C to C' (bound "via pivots", the cheapest arc).
// Both hold, so F(p) ≤ max(inside, min(via arcs, via pivots)). Then F(v) ≤ d(v, p) + F(p) for v ∈ C
// (v reaches p, and everything v reaches, p reaches). C' < C in Tarjan's order: already bounded
// when components are visited sinks first (backward: sources first, C' > C).
function bound(
  arcs: CrossArcs,
  scc: StrongComponents,
  s: SccScratch,
  from: Int32Array,
  to: Int32Array,
  upper: Int32Array,
  sinksFirst: boolean,
): void {
  const { labels, members, count } = scc;
  const { best, stamp, touched, pivotBound, pivot } = s;
  for (let step = 0; step < count; step++) {
    const c = sinksFirst ? step : count - 1 - step;
    const begin = scc.offsets[c]!;
    const end = scc.offsets[c + 1]!;
    let inside = 0;
    for (let i = begin; i < end; i++) if (from[members[i]!]! > inside) inside = from[members[i]!]!;
    let viaArcs = 0;
    let neighbours = 0;
    for (let k = arcs.offsets[c]!; k < arcs.offsets[c + 1]!; k++) {
      const x = arcs.inner[k]!;
      const y = arcs.outer[k]!;
      const d = labels[y]!;
      const cost = from[x]! + 1 + to[y]!;
      if (stamp[d] !== c + 1) {
        stamp[d] = c + 1;
        best[d] = cost;
        touched[neighbours++] = d;
      } else if (cost < best[d]!) best[d] = cost;
      if (from[x]! + 1 + upper[y]! > viaArcs) viaArcs = from[x]! + 1 + upper[y]!;
    }
    let viaPivots = 0;
    for (let k = 0; k < neighbours; k++) {
      const d = touched[k]!;
      if (best[d]! + pivotBound[d]! > viaPivots) viaPivots = best[d]! + pivotBound[d]!;
      stamp[d] = 0;
    }
    const bp = Math.min(upper[pivot[c]!]!, Math.max(inside, Math.min(viaArcs, viaPivots)));
    pivotBound[c] = bp;
    for (let i = begin; i < end; i++) {
      const v = members[i]!;
      if (to[v]! + bp < upper[v]!) upper[v] = to[v]! + bp;
    }
  }
}

// BFS from every pivot at once (but `known`'s), following only arcs inside the pivot's component:
// each node gets its distance from its own component's pivot (components are disjoint, so one
// FIFO serves all).
function withinComponents(
  offsets: Int32Array,
  targets: Int32Array,
  scc: StrongComponents,
  pivot: Int32Array,
  known: number,
  dist: Int32Array,
  queue: Int32Array,
): void {
  const { labels, members } = scc;
  let tail = 0;
  for (let c = 0; c < scc.count; c++) {
    if (c === known) continue;
    for (let i = scc.offsets[c]!; i < scc.offsets[c + 1]!; i++) dist[members[i]!] = -1;
    dist[pivot[c]!] = 0;
    queue[tail++] = pivot[c]!;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    const c = labels[u]!;
    const du = dist[u]! + 1;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const v = targets[j]!;
      if (dist[v] !== -1 || labels[v] !== c) continue;
      dist[v] = du;
      queue[tail++] = v;
    }
  }
}
