// ExactSumSweep's "all components" upper bound (Borassi et al. 2015), for the largest FINITE
// distance: one pivot p per strongly connected component C, distances to and from p inside C (a
// shortest path between two nodes of C never leaves C), then the component DAG, sinks first for
// forward eccentricities and sources first for backward ones. Every bound written is sound: it
// only combines exact distances with bounds already valid (the lemmas are in bound()'s comments).

import type { Adjacency } from '../csr/adjacency.js';
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

/** Scratch of `sccUpperBounds`, allocated once per diameter computation. */
export interface SccScratch {
  /** d(p, v) inside v's component, from its pivot p. */
  fromPivot: Int32Array;
  /** d(v, p) inside v's component, to its pivot p. */
  toPivot: Int32Array;
  /** BFS queue, n. */
  queue: Int32Array;
  /** Per component: its pivot, its pivot's bound, and the per-neighbour minimum arc cost. */
  pivot: Int32Array;
  pivotBound: Int32Array;
  best: Int32Array;
  stamp: Int32Array;
  touched: Int32Array;
}

/** Allocates the scratch for n nodes and `count` components. */
export function createSccScratch(n: number, count: number): SccScratch {
  const perComponent = (): Int32Array => new Int32Array(count);
  return { fromPivot: new Int32Array(n), toPivot: new Int32Array(n), queue: new Int32Array(n), pivot: perComponent(), pivotBound: perComponent(), best: perComponent(), stamp: perComponent(), touched: perComponent() };
}

/**
 * Tightens `upperF`/`upperB` of every node (and raises lower bounds) from one pivot per strongly
 * connected component. Pivots minimise lowerF + lowerB, preferring nodes not yet exact (so that
 * repeated calls look from new places), then the smaller distance sums (the most central).
 *
 * @returns the largest distance measured (a finite distance: a lower bound on the diameter).
 * @remarks Time O(n + m): two restricted BFS passes and two scans of the arcs.
 */
export function sccUpperBounds(adj: Adjacency, scc: StrongComponents, b: EccentricityBounds, s: SccScratch): number {
  const n = adj.order;
  const { count, offsets, members, labels } = scc;
  for (let c = 0; c < count; c++) {
    let best = -1;
    let bestKey = Infinity;
    let bestTotal = Infinity;
    for (let i = offsets[c]!; i < offsets[c + 1]!; i++) {
      const v = members[i]!;
      const key = b.lowerF[v]! + b.lowerB[v]! + (b.lowerF[v] === b.upperF[v] ? n : 0) + (b.lowerB[v] === b.upperB[v] ? n : 0);
      const total = b.totalF[v]! + b.totalB[v]!;
      if (key < bestKey || (key === bestKey && total < bestTotal)) [best, bestKey, bestTotal] = [v, key, total];
    }
    s.pivot[c] = best;
  }
  withinComponents(adj.offsets, adj.targets, labels, s.pivot, s.fromPivot, s.queue);
  withinComponents(adj.reverseOffsets, adj.reverseTargets, labels, s.pivot, s.toPivot, s.queue);
  let measured = 0;
  for (let v = 0; v < n; v++) {
    // d(v, p) ≤ F(v) and d(p, v) ≤ B(v): both are finite distances.
    if (s.toPivot[v]! > b.lowerF[v]!) b.lowerF[v] = s.toPivot[v]!;
    if (s.fromPivot[v]! > b.lowerB[v]!) b.lowerB[v] = s.fromPivot[v]!;
    measured = Math.max(measured, s.fromPivot[v]!, s.toPivot[v]!);
  }
  for (let c = 0; c < count; c++) bound(adj.offsets, adj.targets, scc, c, s, s.fromPivot, s.toPivot, b.upperF);
  for (let c = count - 1; c >= 0; c--) bound(adj.reverseOffsets, adj.reverseTargets, scc, c, s, s.toPivot, s.fromPivot, b.upperB);
  return measured;
}

// Forward case (the backward one is the same on reversed arcs, swapping fromPivot and toPivot).
// Let p be C's pivot and w reachable from p. If w ∈ C, d(p, w) = fromPivot[w]. Otherwise the
// shortest p–w path leaves C once, by an arc x → y (x ∈ C, y ∈ C' ≠ C): d(p, w) ≤ fromPivot[x] + 1
// + F(y) (bound "via arcs"); and w is reachable from C's pivot p', so d(p, w) ≤ fromPivot[x'] + 1 +
// toPivot[y'] + F(p') for ANY arc x' → y' from C to C' (bound "via pivots", the cheapest arc).
// Both hold, so F(p) ≤ max(inside, min(via arcs, via pivots)). Then F(v) ≤ d(v, p) + F(p) for v ∈ C
// (v reaches p, and everything v reaches, p reaches). C' < C in Tarjan's order: already bounded.
function bound(offsets: Int32Array, targets: Int32Array, scc: StrongComponents, c: number, s: SccScratch, from: Int32Array, to: Int32Array, upper: Int32Array): void {
  const { labels, members } = scc;
  const { best, stamp, touched, pivotBound } = s;
  const begin = scc.offsets[c]!;
  const end = scc.offsets[c + 1]!;
  let inside = 0;
  let viaArcs = 0;
  let neighbours = 0;
  for (let i = begin; i < end; i++) {
    const x = members[i]!;
    const dx = from[x]!;
    if (dx > inside) inside = dx;
    for (let j = offsets[x]!; j < offsets[x + 1]!; j++) {
      const y = targets[j]!;
      const d = labels[y]!;
      if (d === c) continue;
      const cost = dx + 1 + to[y]!;
      if (stamp[d] !== c + 1) {
        stamp[d] = c + 1;
        best[d] = cost;
        touched[neighbours++] = d;
      } else if (cost < best[d]!) best[d] = cost;
      if (dx + 1 + upper[y]! > viaArcs) viaArcs = dx + 1 + upper[y]!;
    }
  }
  let viaPivots = 0;
  for (let k = 0; k < neighbours; k++) {
    const d = touched[k]!;
    viaPivots = Math.max(viaPivots, best[d]! + pivotBound[d]!);
    stamp[d] = 0;
  }
  const p = s.pivot[c]!;
  const bp = Math.min(upper[p]!, Math.max(inside, Math.min(viaArcs, viaPivots)));
  pivotBound[c] = bp;
  for (let i = begin; i < end; i++) {
    const v = members[i]!;
    if (to[v]! + bp < upper[v]!) upper[v] = to[v]! + bp;
  }
}

// BFS from every pivot at once, following only arcs inside the pivot's component: each node gets
// its distance from its own component's pivot (components are disjoint, so one FIFO serves all).
function withinComponents(offsets: Int32Array, targets: Int32Array, labels: Int32Array, pivot: Int32Array, dist: Int32Array, queue: Int32Array): void {
  dist.fill(-1);
  let tail = 0;
  for (let c = 0; c < pivot.length; c++) {
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
