// Greedy maximum coverage with lazy evaluation (CELF: Leskovec et al., KDD'07): choosing candidate
// c covers c and its neighbours. Coverage is submodular, so a gain computed before later choices
// is an upper bound: pop the best bound, recompute it if stale, take it if it is still on top.
// Ties go to the earlier candidate, so the picks equal those of the plain (non-lazy) greedy.

import type { Adjacency } from '../csr/adjacency.js';

/** Picks of one greedy run, in order. */
export interface GreedyCoverage {
  /** Chosen candidates (dense ids), best first. */
  chosen: Int32Array;
  /** `gains[i]`: nodes newly covered by `chosen[i]`, after the earlier picks. */
  gains: Int32Array;
  /** Gain evaluations performed (n_c for the first round, then only the stale tops). */
  evaluations: number;
}

/** Nodes of `{c} ∪ N(c)` not yet covered. @remarks Time O(deg c). */
export function coverageGain(adj: Adjacency, covered: Uint8Array, c: number): number {
  const { offsets, targets } = adj;
  let gain = covered[c] === 0 ? 1 : 0;
  const end = offsets[c + 1]!;
  for (let j = offsets[c]!; j < end; j++) if (covered[targets[j]!] === 0) gain++;
  return gain;
}

/** Marks `{c} ∪ N(c)` covered. @remarks Time O(deg c). */
export function cover(adj: Adjacency, covered: Uint8Array, c: number): void {
  const { offsets, targets } = adj;
  covered[c] = 1;
  const end = offsets[c + 1]!;
  for (let j = offsets[c]!; j < end; j++) covered[targets[j]!] = 1;
}

/**
 * Chooses up to `count` candidates greedily to cover the most nodes, lazily (CELF).
 *
 * @param adj - the adjacency whose neighbours a choice covers.
 * @param covered - 1 for nodes already covered; updated in place with every pick.
 * @param candidates - distinct candidate ids; their order breaks ties.
 * @param count - how many to choose; stops earlier when no candidate gains anything.
 * @param shouldStop - asked once before each pick; the run ends when it returns `true`.
 * @returns the picks, their gains, and the number of evaluations.
 * @remarks Time O(Σ_c deg c + e log n_c) for n_c candidates and e lazy re-evaluations (each
 * O(deg c)); the result is within 1 − 1/e of the best cover of that size.
 * @see Leskovec, Krause, Guestrin, Faloutsos, VanBriesen, Glance, "Cost-effective outbreak
 * detection in networks", KDD 2007, doi:10.1145/1281192.1281239
 */
export function lazyGreedyCoverage(
  adj: Adjacency,
  covered: Uint8Array,
  candidates: Int32Array,
  count: number,
  shouldStop?: () => boolean,
): GreedyCoverage {
  const size = candidates.length;
  // Heap of candidate indices; gain[i] is an upper bound computed when `round[i]` picks were made.
  const heap = new Int32Array(size);
  const gain = new Int32Array(size);
  const round = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    heap[i] = i;
    gain[i] = coverageGain(adj, covered, candidates[i]!);
  }
  let evaluations = size;
  const above = (x: number, y: number): boolean => gain[x]! > gain[y]! || (gain[x] === gain[y] && x < y);
  const siftDown = (from: number, length: number): void => {
    let i = from;
    const item = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= length) break;
      if (child + 1 < length && above(heap[child + 1]!, heap[child]!)) child++;
      if (!above(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  };
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i, size);
  const chosen: number[] = [];
  const gains: number[] = [];
  let length = size;
  let asked = -1;
  while (chosen.length < count && length > 0) {
    if (asked !== chosen.length) {
      asked = chosen.length;
      if (shouldStop?.()) break;
    }
    const top = heap[0]!;
    if (round[top] !== chosen.length) {
      gain[top] = coverageGain(adj, covered, candidates[top]!);
      round[top] = chosen.length;
      evaluations++;
      siftDown(0, length);
      continue;
    }
    if (gain[top] === 0) break;
    chosen.push(candidates[top]!);
    gains.push(gain[top]!);
    cover(adj, covered, candidates[top]!);
    heap[0] = heap[--length]!;
    siftDown(0, length);
  }
  return { chosen: Int32Array.from(chosen), gains: Int32Array.from(gains), evaluations };
}
