// Cheapest path with at most L hops (the hop-bounded shortest-path problem): Bellman–Ford by
// layers, where layer i holds the cheapest cost using ≤ i edges. Only nodes improved in layer i−1
// relax in layer i, and each layer keeps a parent per improved node to rebuild the path.
// Invariant: weights are finite and ≥ 0 (checked by the caller), so costs only decrease.

import type { CheapestPath, WeightedAdjacency } from './dijkstra.js';

/**
 * Cheapest path from `source` to `target` using at most `maxHops` edges, never entering blocked
 * nodes.
 *
 * @param adj - weighted adjacency (weights finite and ≥ 0, trusted).
 * @param source - dense id (trusted).
 * @param target - dense id (trusted).
 * @param maxHops - the hop bound L (a non-negative integer).
 * @param blocked - `blocked[v] === 1`: never enter v.
 * @returns the cheapest path within L hops (ties: fewer hops, then first found), or `null`.
 * @remarks Time O(L · (n + m)) at worst, only improved nodes relax; memory O(L · n) for the
 * per-layer parents.
 * @see R. Bellman, "On a routing problem", 1958; the hop-constrained variant of
 * Guérin & Orda, doi:10.1002/net.10066
 * @example
 * cheapestWithinHops(adj, 0, 5, 2)?.cost;
 */
export function cheapestWithinHops(
  adj: WeightedAdjacency,
  source: number,
  target: number,
  maxHops: number,
  blocked: Uint8Array | null = null,
): CheapestPath | null {
  const n = adj.order;
  const { offsets, targets, weights } = adj;
  if (source === target) return { cost: 0, path: Int32Array.of(source) };
  let cost = new Float64Array(n).fill(Infinity);
  let nextCost = new Float64Array(n).fill(Infinity);
  const parents: Int32Array[] = [];
  const stamp = new Int32Array(n).fill(-1);
  let frontier = Int32Array.of(source);
  cost[source] = 0;
  nextCost[source] = 0;
  for (let layer = 1; layer <= maxHops && frontier.length > 0; layer++) {
    const parent = new Int32Array(n).fill(-1);
    const improved: number[] = [];
    for (let i = 0; i < frontier.length; i++) {
      const u = frontier[i]!;
      const cu = cost[u]!;
      for (let j = offsets[u]!, end = offsets[u + 1]!; j < end; j++) {
        const v = targets[j]!;
        if (v === source || (blocked !== null && blocked[v] === 1)) continue;
        const c = cu + weights[j]!;
        if (c < nextCost[v]!) {
          nextCost[v] = c;
          parent[v] = u;
          if (stamp[v] !== layer) {
            stamp[v] = layer;
            improved.push(v);
          }
        }
      }
    }
    parents.push(parent);
    [cost, nextCost] = [nextCost, cost];
    nextCost.set(cost);
    frontier = Int32Array.from(improved);
  }
  const best = cost[target]!;
  if (best === Infinity) return null;
  // Walk the layers back: a node without a parent in layer i kept its cost from layer i−1.
  const reversed: number[] = [target];
  let v = target;
  for (let layer = parents.length; layer >= 1 && v !== source; layer--) {
    const p = parents[layer - 1]![v]!;
    if (p === -1) continue;
    v = p;
    reversed.push(v);
  }
  return { cost: best, path: Int32Array.from(reversed.reverse()) };
}
