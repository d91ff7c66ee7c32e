// Builds the weighted adjacency (CSR plus one float64 weight per entry) of a graphology graph for
// a direction mode, reading each edge's weight once through the "name or function" option. Node
// ids are the Csr's (graph node order). Parallel edges stay as separate entries: Dijkstra keeps
// the cheapest. Self-loops are dropped (they never shorten a path).

import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import type { Csr } from '../csr/csr.js';
import type { EdgeFilter } from '../csr/to-csr.js';
import { InvalidArgumentError } from '../errors.js';
import type { WeightedAdjacency } from '../traversal/dijkstra.js';
import type { Mode } from '../types.js';

/** An edge weight: the name of a numeric edge attribute, or a function of the edge. */
export type EdgeWeight<E extends Attributes = Attributes> =
  | keyof E
  | ((edge: string, attributes: E, source: string, target: string, undirected: boolean) => number);

/**
 * The weighted adjacency of a graphology graph.
 *
 * @param graph - the graph.
 * @param csr - its index (for node ids).
 * @param weight - attribute name (missing attribute = 1) or function.
 * @param mode - direction.
 * @param edgeFilter - edges to keep.
 * @param where - the public function's name.
 * @returns offsets, targets and weights.
 * @throws InvalidArgumentError when a weight is negative, not finite or not a number.
 * @remarks Time O(n + m), memory 16 bytes per adjacency entry.
 */
export function weightedAdjacency<E extends Attributes>(
  graph: Graph<Attributes, E>,
  csr: Csr,
  weight: EdgeWeight<E>,
  mode: Mode,
  edgeFilter: EdgeFilter<E> | undefined,
  where: string,
): WeightedAdjacency {
  const n = csr.order;
  const from: number[] = [];
  const to: number[] = [];
  const ws: number[] = [];
  const read = typeof weight === 'function' ? weight : null;
  const name = typeof weight === 'function' ? '' : (weight as string);
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (source === target) return;
    if (edgeFilter && !edgeFilter(edge, attributes, source, target, undirected)) return;
    const raw: unknown = read ? read(edge, attributes, source, target, undirected) : attributes[name];
    const w = raw === undefined && !read ? 1 : raw;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidArgumentError(
        where,
        `weight of edge ${JSON.stringify(edge)}`,
        'a finite non-negative number',
        w,
      );
    }
    const a = csr.keys.id(source);
    const b = csr.keys.id(target);
    const both = undirected || mode === 'all';
    if (both || mode === 'outbound') from.push(a), to.push(b), ws.push(w);
    if (both || mode === 'inbound') from.push(b), to.push(a), ws.push(w);
  });
  const offsets = new Int32Array(n + 1);
  for (const a of from) offsets[a + 1]!++;
  for (let u = 0; u < n; u++) offsets[u + 1]! += offsets[u]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(from.length);
  const weights = new Float64Array(from.length);
  for (let i = 0; i < from.length; i++) {
    const at = cursor[from[i]!]!++;
    targets[at] = to[i]!;
    weights[at] = ws[i]!;
  }
  return { order: n, offsets, targets, weights };
}

/**
 * The unit-weight adjacency of a `Csr` (every edge costs 1).
 *
 * @param offsets - bounds.
 * @param targets - entries.
 * @returns the weighted view.
 * @remarks Time O(m) to fill the weights.
 */
export function unitWeights(order: number, offsets: Int32Array, targets: Int32Array): WeightedAdjacency {
  return { order, offsets, targets, weights: new Float64Array(targets.length).fill(1) };
}
