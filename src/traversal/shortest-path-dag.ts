// Bidirectional BFS that returns the whole shortest-path DAG between two nodes: every node v with
// d(s,v) + d(v,t) = D, and the edges between consecutive positions. Each step expands one whole
// level of the side with fewer adjacency entries to scan, skipping blocked nodes; work stays
// within the two balls explored. Invariant: when a step first makes the balls (radii a, b)
// intersect, D = a + b and the intersection is exactly the DAG's nodes at position a.

import type { Adjacency } from '../csr/adjacency.js';

const UNSEEN = -1;

/** The shortest-path DAG from a source to a target, in compact local ids. */
export interface PathDag {
  /** Hops on every shortest path (D). */
  readonly distance: number;
  /** Dense ids of the DAG's nodes, by position then by id; local id i is `nodes[i]`. */
  readonly nodes: Int32Array;
  /** Nodes at position p (hops from the source) are local ids `levelStarts[p] … levelStarts[p+1])`. */
  readonly levelStarts: Int32Array;
  /** Successors of local id i are `successors[offsets[i] … offsets[i+1])`, ascending. */
  readonly offsets: Int32Array;
  /** Successor entries (local ids; ascending local id = ascending dense id within a position). */
  readonly successors: Int32Array;
}

/** A reusable engine computing shortest-path DAGs on one adjacency. */
export interface PathDagEngine {
  /**
   * Distance from `source` to `target` (dense ids, trusted) within `maxLength` hops, never
   * entering a node with `blocked[v] === 1` (the endpoints are the caller's to leave unblocked);
   * `-1` when there is none. Leaves the search in place for `dag()`.
   */
  search(source: number, target: number, maxLength?: number, blocked?: Uint8Array | null): number;
  /** The DAG of the last successful `search` (a fresh object, independent of the engine). */
  dag(): PathDag;
  /** Nodes visited by the last search (both sides), to show the work was bounded. */
  readonly visited: number;
}

/**
 * Creates a bidirectional engine that finds every shortest path between two nodes at once.
 *
 * @param adj - forward adjacency (followed from the source) and reverse (from the target).
 * @returns the engine; scratch O(n) allocated once and reset only where touched.
 * @remarks `search` takes time O(n_b + m_b) for the nodes and adjacency entries of the two balls
 * explored; `dag` the same again plus sorting each position's nodes.
 * @example
 * const engine = createPathDagEngine(adjacency(csr));
 * if (engine.search(0, 9) >= 0) engine.dag().nodes; // every node on a shortest 0 → 9 path
 */
export function createPathDagEngine(adj: Adjacency): PathDagEngine {
  const n = adj.order;
  const distF = new Int32Array(n).fill(UNSEEN);
  const distB = new Int32Array(n).fill(UNSEEN);
  const queueF = new Int32Array(n);
  const queueB = new Int32Array(n);
  const local = new Int32Array(n).fill(UNSEEN); // DAG membership, then local id, while building
  let tailF = 0;
  let tailB = 0;
  let endsF: number[] = [];
  let endsB: number[] = [];
  let found = -1;

  function reset(): void {
    for (let i = 0; i < tailF; i++) distF[queueF[i]!] = UNSEEN;
    for (let i = 0; i < tailB; i++) distB[queueB[i]!] = UNSEEN;
    tailF = 0;
    tailB = 0;
  }

  // Expands the whole last level of one side; returns the new tail, or -(tail + 1) when it reached the other ball.
  function expand(
    offsets: Int32Array,
    targets: Int32Array,
    dist: Int32Array,
    other: Int32Array,
    queue: Int32Array,
    ends: number[],
    tail: number,
    blocked: Uint8Array | null,
  ): number {
    const levelStart = ends.length > 1 ? ends[ends.length - 2]! : 0;
    const levelEnd = ends[ends.length - 1]!;
    const next = dist[queue[levelStart]!]! + 1;
    let met = false;
    for (let i = levelStart; i < levelEnd; i++) {
      const u = queue[i]!;
      for (let j = offsets[u]!, end = offsets[u + 1]!; j < end; j++) {
        const v = targets[j]!;
        if (dist[v] !== UNSEEN || (blocked !== null && blocked[v] === 1)) continue;
        dist[v] = next;
        queue[tail++] = v;
        if (other[v] !== UNSEEN) met = true;
      }
    }
    ends.push(tail);
    return met ? -tail - 1 : tail;
  }

  function frontierCost(offsets: Int32Array, queue: Int32Array, ends: number[]): number {
    let cost = 0;
    for (let i = ends.length > 1 ? ends[ends.length - 2]! : 0, end = ends[ends.length - 1]!; i < end; i++) {
      const u = queue[i]!;
      cost += offsets[u + 1]! - offsets[u]!;
    }
    return cost;
  }

  const engine = {
    visited: 0,
    search(source: number, target: number, maxLength = Infinity, blocked: Uint8Array | null = null): number {
      reset();
      distF[source] = 0;
      queueF[tailF++] = source;
      endsF = [1];
      found = -1;
      if (source === target) {
        engine.visited = 1;
        found = 0;
        return 0;
      }
      distB[target] = 0;
      queueB[tailB++] = target;
      endsB = [1];
      while (endsF.length - 1 + endsB.length - 1 < maxLength) {
        const sizeF = endsF[endsF.length - 1]! - (endsF.length > 1 ? endsF[endsF.length - 2]! : 0);
        const sizeB = endsB[endsB.length - 1]! - (endsB.length > 1 ? endsB[endsB.length - 2]! : 0);
        if (sizeF === 0 || sizeB === 0) break;
        const forward = frontierCost(adj.offsets, queueF, endsF) <= frontierCost(adj.inOffsets, queueB, endsB);
        const r = forward
          ? expand(adj.offsets, adj.targets, distF, distB, queueF, endsF, tailF, blocked)
          : expand(adj.inOffsets, adj.inTargets, distB, distF, queueB, endsB, tailB, blocked);
        const tail = r < 0 ? -r - 1 : r;
        if (forward) tailF = tail;
        else tailB = tail;
        if (r < 0) {
          found = endsF.length - 1 + endsB.length - 1;
          break;
        }
      }
      engine.visited = tailF + tailB;
      return found;
    },
    dag(): PathDag {
      if (found < 0) throw new Error('handshakes/internal: dag() without a successful search');
      return buildDag();
    },
  };

  // Marks DAG nodes (local[v] = 0) back from the meeting level on both sides, then numbers them.
  function buildDag(): PathDag {
    const D = found;
    const a = endsF.length - 1; // forward radius: the meeting position
    const b = D - a;
    const members: number[] = [];
    if (D === 0) {
      return {
        distance: 0,
        nodes: Int32Array.of(queueF[0]!),
        levelStarts: Int32Array.of(0, 1),
        offsets: Int32Array.of(0, 0),
        successors: new Int32Array(0),
      };
    }
    // Meeting nodes: forward level a seen from both sides.
    for (let i = a > 0 ? endsF[a - 1]! : 0; i < endsF[a]!; i++) {
      const v = queueF[i]!;
      if (distB[v] !== UNSEEN) local[v] = 0;
    }
    markBack(adj.offsets, adj.targets, distF, queueF, endsF, a);
    markBack(adj.inOffsets, adj.inTargets, distB, queueB, endsB, b);
    // Positions 0 … a from the forward levels, a+1 … D from the backward levels b−1 … 0.
    const levelStarts = new Int32Array(D + 2);
    for (let p = 0; p <= D; p++) {
      levelStarts[p] = members.length;
      const fromForward = p <= a;
      const queue = fromForward ? queueF : queueB;
      const ends = fromForward ? endsF : endsB;
      const level = fromForward ? p : D - p;
      for (let i = level > 0 ? ends[level - 1]! : 0; i < ends[level]!; i++) {
        const v = queue[i]!;
        if (local[v] !== UNSEEN) members.push(v);
      }
    }
    levelStarts[D + 1] = members.length;
    const nodes = Int32Array.from(members);
    for (let p = 0; p <= D; p++) nodes.subarray(levelStarts[p]!, levelStarts[p + 1]!).sort();
    for (let i = 0; i < nodes.length; i++) local[nodes[i]!] = i;
    // Successors: edges to the next position (two passes: count, then fill).
    const offsets = new Int32Array(nodes.length + 1);
    scanSuccessors(nodes, levelStarts, D, offsets, null);
    const successors = new Int32Array(offsets[nodes.length]!);
    scanSuccessors(nodes, levelStarts, D, offsets, successors);
    for (let i = 0; i < nodes.length; i++) local[nodes[i]!] = UNSEEN;
    return { distance: D, nodes, levelStarts, offsets, successors };
  }

  // Counts (into offsets) or writes (into successors, sorted) each node's next-position neighbours.
  function scanSuccessors(
    nodes: Int32Array,
    levelStarts: Int32Array,
    D: number,
    offsets: Int32Array,
    successors: Int32Array | null,
  ): void {
    let k = 0;
    for (let p = 0; p <= D; p++) {
      const lo = p < D ? levelStarts[p + 1]! : 0;
      const hi = p < D ? levelStarts[p + 2]! : 0;
      for (let x = levelStarts[p]!; x < levelStarts[p + 1]!; x++) {
        const u = nodes[x]!;
        const start = k;
        for (let j = adj.offsets[u]!, end = adj.offsets[u + 1]!; j < end; j++) {
          const y = local[adj.targets[j]!]!;
          if (y >= lo && y < hi) {
            if (successors) successors[k] = y;
            k++;
          }
        }
        if (successors) successors.subarray(start, k).sort();
        else offsets[x + 1] = k;
      }
    }
  }

  // Walks one side's levels from `radius − 1` down to 0, keeping nodes with a kept successor.
  function markBack(
    offsets: Int32Array,
    targets: Int32Array,
    dist: Int32Array,
    queue: Int32Array,
    ends: number[],
    radius: number,
  ): void {
    for (let level = radius - 1; level >= 0; level--) {
      for (let i = level > 0 ? ends[level - 1]! : 0; i < ends[level]!; i++) {
        const u = queue[i]!;
        for (let j = offsets[u]!, end = offsets[u + 1]!; j < end; j++) {
          const v = targets[j]!;
          if (dist[v] === level + 1 && local[v] !== UNSEEN) {
            local[u] = 0;
            break;
          }
        }
      }
    }
  }

  return engine;
}
