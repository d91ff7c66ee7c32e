// Bidirectional BFS for one pair: each step expands one whole level of the side whose frontier
// has fewer adjacency entries to scan, so the work stays within the two balls actually explored.
// Correctness: when a level first produces meetings, every meeting in that level has the same
// length a + b + 1 (a, b = radii before the step), which is the distance.

import type { Adjacency } from '../csr/adjacency.js';

const UNSEEN = -1;

/** Result of one bidirectional query, in dense ids. */
export interface BidirectionalResult {
  /** Hops from source to target, or -1 when unreachable (within `maxDistance`). */
  distance: number;
  /** The path source … target as dense ids, or `null`. */
  path: Int32Array | null;
}

/** A reusable bidirectional BFS engine. */
export interface BidirectionalEngine {
  /** Shortest path between two dense ids (trusted), at most `maxDistance` hops. */
  query(source: number, target: number, maxDistance?: number): BidirectionalResult;
  /** Nodes visited by the last query (both sides), to show the work was bounded. */
  readonly visited: number;
}

/**
 * Creates a bidirectional BFS engine answering many pairwise queries on one adjacency.
 *
 * @param adj - forward adjacency (followed from the source) and reverse (followed from the target).
 * @returns an engine; scratch memory O(n) is allocated once and reset only where touched.
 * @remarks Time per query O(n_b + m_b), where n_b and m_b are the nodes and adjacency entries of
 * the two balls explored — on small-world graphs far below O(n + m).
 * @example
 * const engine = createBidirectionalBfs(adjacency(csr));
 * engine.query(0, 42).distance;
 */
export function createBidirectionalBfs(adj: Adjacency): BidirectionalEngine {
  const n = adj.order;
  const parentF = new Int32Array(n).fill(UNSEEN);
  const parentB = new Int32Array(n).fill(UNSEEN);
  const distF = new Int32Array(n).fill(UNSEEN);
  const distB = new Int32Array(n).fill(UNSEEN);
  const queueF = new Int32Array(n);
  const queueB = new Int32Array(n);
  let touchedF = 0;
  let touchedB = 0;
  const engine = {
    visited: 0,
    query(source: number, target: number, maxDistance = Infinity): BidirectionalResult {
      for (let i = 0; i < touchedF; i++) {
        const u = queueF[i]!;
        distF[u] = UNSEEN;
        parentF[u] = UNSEEN;
      }
      for (let i = 0; i < touchedB; i++) {
        const u = queueB[i]!;
        distB[u] = UNSEEN;
        parentB[u] = UNSEEN;
      }
      touchedF = 0;
      touchedB = 0;
      distF[source] = 0;
      queueF[touchedF++] = source;
      distB[target] = 0;
      queueB[touchedB++] = target;
      engine.visited = 2;
      if (source === target) {
        engine.visited = 1;
        return { distance: 0, path: Int32Array.of(source) };
      }
      let headF = 0;
      let headB = 0;
      let radiusF = 0;
      let radiusB = 0;
      let best = Infinity;
      let meetU = -1;
      let meetV = -1;
      let meetForward = true;
      while (headF < touchedF && headB < touchedB && radiusF + radiusB < maxDistance) {
        let costF = 0;
        for (let i = headF; i < touchedF; i++) costF += adj.offsets[queueF[i]! + 1]! - adj.offsets[queueF[i]!]!;
        let costB = 0;
        for (let i = headB; i < touchedB; i++) costB += adj.inOffsets[queueB[i]! + 1]! - adj.inOffsets[queueB[i]!]!;
        const forward = costF <= costB;
        const offsets = forward ? adj.offsets : adj.inOffsets;
        const targets = forward ? adj.targets : adj.inTargets;
        const dist = forward ? distF : distB;
        const parent = forward ? parentF : parentB;
        const other = forward ? distB : distF;
        const queue = forward ? queueF : queueB;
        let head = forward ? headF : headB;
        let tail = forward ? touchedF : touchedB;
        const levelEnd = tail;
        for (; head < levelEnd; head++) {
          const u = queue[head]!;
          const du = dist[u]!;
          const start = offsets[u]!;
          const end = offsets[u + 1]!;
          for (let j = start; j < end; j++) {
            const v = targets[j]!;
            const dv = other[v]!;
            if (dv !== UNSEEN && du + 1 + dv < best) {
              best = du + 1 + dv;
              meetU = u;
              meetV = v;
              meetForward = forward;
            }
            if (dist[v] !== UNSEEN) continue;
            dist[v] = du + 1;
            parent[v] = u;
            queue[tail++] = v;
          }
        }
        if (forward) {
          headF = head;
          touchedF = tail;
          radiusF++;
        } else {
          headB = head;
          touchedB = tail;
          radiusB++;
        }
        if (best !== Infinity) break;
      }
      engine.visited = touchedF + touchedB;
      if (best === Infinity || best > maxDistance) return { distance: -1, path: null };
      // meetU is on the expanding side, meetV on the other: stitch source…x, y…target.
      const x = meetForward ? meetU : meetV;
      const y = meetForward ? meetV : meetU;
      const path = new Int32Array(best + 1);
      let k = distF[x]!;
      for (let u = x; u !== UNSEEN; u = parentF[u]!) path[k--] = u;
      k = distF[x]! + 1;
      for (let u = y; u !== UNSEEN; u = parentB[u]!) path[k++] = u;
      return { distance: best, path };
    },
  };
  return engine;
}
