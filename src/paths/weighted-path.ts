// weightedPath: the cheapest chain when relationships carry a cost (or a strength turned into a
// cost): Dijkstra with an indexed binary heap on typed arrays; hop-bounded Bellman–Ford when
// `maxLength` is set. Weights must be finite and ≥ 0.

import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { assertOptionalFunction } from '../assert.js';
import { isCsr } from '../csr/csr.js';
import { nodeId, type GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import { createDijkstra } from '../traversal/dijkstra.js';
import { cheapestWithinHops } from '../traversal/hop-bounded-cheapest.js';
import type { NodeKey } from '../types.js';
import { needsGraphology, resolveConstraints, withBlocked, type PathConstraints } from './constraints.js';
import { unitWeights, weightedAdjacency, type EdgeWeight } from './weighted-adjacency.js';

/** Options of `weightedPath`. */
export interface WeightedPathOptions<E extends Attributes = Attributes> extends PathConstraints<E> {
  /** Edge cost: attribute name (default `'weight'`; a missing attribute costs 1) or function. */
  weight?: EdgeWeight<E>;
}

/** The cheapest chain and its cost. */
export interface WeightedPathResult {
  /** Keys `[from, …, to]`. */
  path: string[];
  /** Sum of the edge costs along it. */
  cost: number;
}

const DEFAULTS = { weight: 'weight' } as const;
const WHERE = 'weightedPath';

/**
 * The cheapest path from `from` to `to` when each edge has a cost; `null` when unreachable.
 *
 * Parallel edges cost their cheapest; self-loops are ignored. With `maxLength` the path is the
 * cheapest among those of at most that many hops. On a `Csr` (no attributes) every edge costs 1.
 * `from` = `to` gives `{ path: [from], cost: 0 }`.
 *
 * @param graph - a graphology graph (or a `Csr`, with unit costs).
 * @param from - where the chain starts.
 * @param to - the person to reach.
 * @param options - `weight`, `mode`, `avoid`, `edgeFilter`, `maxLength`.
 * @returns the path and its cost, or `null`.
 * @throws NodeNotFoundError when either person (or an avoided one) is not in the graph.
 * @throws InvalidArgumentError when a weight is negative, NaN, infinite or not a number, or on a
 * bad option; UnsupportedGraphError for `weight` on a `Csr`.
 * @remarks Time O(n + m) to read the weights, then O((n_r + m_r) log n_r) for the nodes and
 * entries cheaper than the target (Dijkstra), or O(L (n + m)) with `maxLength` = L.
 * @see E. W. Dijkstra, "A note on two problems in connexion with graphs", 1959,
 * doi:10.1007/BF01386390
 * @example
 * weightedPath(graph, 'ada', 'cy', { weight: 'distance' }); // { path: ['ada', 'dee', 'cy'], cost: 3.5 }
 */
export function weightedPath<E extends Attributes = Attributes>(
  graph: GraphLike,
  from: NodeKey,
  to: NodeKey,
  options: WeightedPathOptions<E> = {},
): WeightedPathResult | null {
  const weight = options.weight ?? DEFAULTS.weight;
  if (typeof weight !== 'string' && typeof weight !== 'function')
    throw new InvalidArgumentError(WHERE, 'weight', 'an attribute name or a function', weight);
  if (isCsr(graph) && options.weight !== undefined) throw needsGraphology(WHERE, 'weight');
  // The weights are read from the graph itself, filter included: no filtered index is needed.
  const { edgeFilter, ...rest } = options;
  assertOptionalFunction(WHERE, 'edgeFilter', edgeFilter);
  const c = resolveConstraints(graph, isCsr(graph) ? options : (rest as PathConstraints<E>), WHERE);
  const s = nodeId(c.csr, from, WHERE, 'source');
  const t = nodeId(c.csr, to, WHERE, 'target');
  const adj = isCsr(graph)
    ? unitWeights(c.csr.order, c.adj.offsets, c.adj.targets)
    : weightedAdjacency(graph as Graph<Attributes, E>, c.csr, weight as EdgeWeight<E>, c.mode, edgeFilter, WHERE);
  const found = withBlocked(c, [s, t], (blocked) =>
    c.maxLength === Infinity
      ? createDijkstra(adj).query(s, t, blocked)
      : cheapestWithinHops(adj, s, t, c.maxLength, blocked),
  );
  if (!found) return null;
  return { path: Array.from(found.path, (id) => c.csr.keys.key(id)), cost: found.cost };
}
