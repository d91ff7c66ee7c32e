// allShortestPaths: every shortest chain between two people, lazily, in a fixed order: a
// depth-first walk of the shortest-path DAG, whose every node lies on a complete path (no dead
// ends), so each path costs O(length × connection count) to produce.

import type { Attributes } from 'graphology-types';
import { assertOptionalCount } from '../assert.js';
import type { GraphLike } from '../csr/graph-like.js';
import type { NodeKey } from '../types.js';
import type { PathConstraints } from './constraints.js';
import { pathDagQuery } from './path-dag-query.js';
import { walkDag } from './path-dag-walks.js';

/** Options of `allShortestPaths`. */
export interface AllShortestPathsOptions<E extends Attributes = Attributes> extends PathConstraints<E> {
  /** Yield at most this many paths (default: all of them). */
  limit?: number;
}

const WHERE = 'allShortestPaths';

/**
 * Every shortest path from `from` to `to`, as a lazy generator of key arrays `[from, …, to]`.
 *
 * Paths come in lexicographic order of the graph's node order (graphology insertion order, or the
 * `Csr`'s ids), so the order is the same on every run. The search runs when this function is
 * called (errors are thrown then); the generator then owns its DAG, so other queries may run
 * between two `next()` calls. `from` = `to` yields the one-node path; no chain yields nothing.
 * The number of paths yielded without `limit` equals `countShortestPaths`.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param from - where the chains start.
 * @param to - the person to reach.
 * @param options - `limit`, `mode`, `avoid`, `edgeFilter`, `maxLength`.
 * @returns a generator of paths.
 * @throws NodeNotFoundError when either person (or an avoided one) is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_b + m_b) at the call for the balls explored by bidirectional BFS, then
 * O(D · c) per path of D hops, where c is the largest connection count on it; memory O(DAG).
 * @example
 * [...allShortestPaths(graph, 'ada', 'cy')]; // [['ada', 'bob', 'cy'], ['ada', 'dee', 'cy']]
 */
export function allShortestPaths<E extends Attributes = Attributes>(
  graph: GraphLike,
  from: NodeKey,
  to: NodeKey,
  options: AllShortestPathsOptions<E> = {},
): Generator<string[], void, undefined> {
  assertOptionalCount(WHERE, 'limit', options.limit);
  const { dag, csr } = pathDagQuery(graph, from, to, options, WHERE);
  if (!dag) return (function* () {})();
  return walkDag(dag, csr, options.limit ?? Infinity);
}
