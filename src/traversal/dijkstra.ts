// Dijkstra's algorithm on a weighted CSR (non-negative float64 weights, one per adjacency entry)
// with the indexed binary heap: stops as soon as the target is settled. Scratch is allocated once
// per engine; each query resets only the nodes the previous one touched.
// Invariant: a settled node's cost never changes (weights ≥ 0 are checked by the caller).

import { createIndexedHeap } from './binary-heap.js';

/** A CSR whose adjacency entries carry weights. */
export interface WeightedAdjacency {
  /** Number of nodes. */
  readonly order: number;
  /** Bounds: the entries of u are `offsets[u] … offsets[u+1])`. */
  readonly offsets: Int32Array;
  /** Entry targets (dense ids). */
  readonly targets: Int32Array;
  /** Entry weights (finite, ≥ 0). */
  readonly weights: Float64Array;
}

/** The cheapest path found, in dense ids. */
export interface CheapestPath {
  /** Sum of the weights along the path. */
  cost: number;
  /** The nodes source … target. */
  path: Int32Array;
}

/** A reusable Dijkstra engine over one weighted adjacency. */
export interface DijkstraEngine {
  /** Cheapest path between two dense ids (trusted), never entering blocked nodes; `null` if none. */
  query(source: number, target: number, blocked?: Uint8Array | null): CheapestPath | null;
  /** Nodes settled by the last query. */
  readonly settled: number;
}

/**
 * Creates a Dijkstra engine answering many pairwise queries on one weighted adjacency.
 *
 * @param adj - weighted adjacency (weights finite and ≥ 0, trusted).
 * @returns the engine; O(n) scratch allocated once.
 * @remarks Time per query O((n_r + m_r) log n_r) for the nodes and entries within the target's
 * cost; memory O(n).
 * @see E. W. Dijkstra, "A note on two problems in connexion with graphs", 1959,
 * doi:10.1007/BF01386390
 * @example
 * const engine = createDijkstra({ order: 2, offsets: Int32Array.of(0, 1, 1), targets: Int32Array.of(1), weights: Float64Array.of(2.5) });
 * engine.query(0, 1)?.cost; // 2.5
 */
export function createDijkstra(adj: WeightedAdjacency): DijkstraEngine {
  const n = adj.order;
  const { offsets, targets, weights } = adj;
  const cost = new Float64Array(n).fill(Infinity);
  const parent = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const touched = new Int32Array(n);
  const heap = createIndexedHeap(n);
  let count = 0;
  const engine = {
    settled: 0,
    query(source: number, target: number, blocked: Uint8Array | null = null): CheapestPath | null {
      for (let i = 0; i < count; i++) {
        const u = touched[i]!;
        cost[u] = Infinity;
        parent[u] = -1;
        done[u] = 0;
      }
      heap.clear();
      count = 0;
      let settled = 0;
      cost[source] = 0;
      touched[count++] = source;
      heap.push(source, 0);
      while (heap.size > 0) {
        const u = heap.pop();
        done[u] = 1;
        settled++;
        if (u === target) break;
        const cu = cost[u]!;
        for (let j = offsets[u]!, end = offsets[u + 1]!; j < end; j++) {
          const v = targets[j]!;
          if (done[v] === 1 || (blocked !== null && blocked[v] === 1)) continue;
          const c = cu + weights[j]!;
          if (c < cost[v]!) {
            if (cost[v] === Infinity) touched[count++] = v;
            cost[v] = c;
            parent[v] = u;
            heap.push(v, c);
          }
        }
      }
      engine.settled = settled;
      if (done[target] !== 1) return null;
      let hops = 0;
      for (let u = target; u !== source; u = parent[u]!) hops++;
      const path = new Int32Array(hops + 1);
      for (let u = target, k = hops; k >= 0; u = parent[u]!, k--) path[k] = u;
      return { cost: cost[target]!, path };
    },
  };
  return engine;
}
