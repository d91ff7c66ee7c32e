// countShortestPaths: how many distinct shortest chains join two people, exactly, without listing
// them: the path count of the shortest-path DAG found by bidirectional BFS.

import type { Attributes } from 'graphology-types';
import type { GraphLike } from '../csr/graph-like.js';
import type { NodeKey } from '../types.js';
import type { PathConstraints } from './constraints.js';
import { pathDagQuery } from './path-dag-query.js';
import { countDagPaths } from './path-dag-walks.js';

/** Options of `countShortestPaths`: the path constraints. */
export type CountShortestPathsOptions<E extends Attributes = Attributes> = PathConstraints<E>;

const WHERE = 'countShortestPaths';

/**
 * Number of distinct shortest paths from `from` to `to`, as an exact `bigint`.
 *
 * Counts on the shortest-path DAG (every node v with d(from, v) + d(v, to) = d(from, to)) by
 * dynamic programming: float64 while every partial count stays ≤ 2^53 − 1 (then exact), bigint
 * arithmetic beyond, so the result never overflows. `1n` when `from` = `to`, `0n` when no chain
 * fits the constraints. Parallel edges count once (paths are sequences of people).
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param from - where the chains start.
 * @param to - the person to reach.
 * @param options - `mode`, `avoid`, `edgeFilter`, `maxLength`.
 * @returns the number of shortest paths.
 * @throws NodeNotFoundError when either person (or an avoided one) is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_b + m_b) for the two balls explored by bidirectional BFS, plus O(n + m) with
 * `edgeFilter`; memory O(n) scratch (once per index) plus the DAG.
 * @see U. Brandes, "A faster algorithm for betweenness centrality", 2001 (path counting),
 * doi:10.1080/0022250X.2001.9990249
 * @example
 * countShortestPaths(graph, 'ada', 'cy'); // 2n
 */
export function countShortestPaths<E extends Attributes = Attributes>(
  graph: GraphLike,
  from: NodeKey,
  to: NodeKey,
  options: CountShortestPathsOptions<E> = {},
): bigint {
  const { dag } = pathDagQuery(graph, from, to, options, WHERE);
  return dag ? countDagPaths(dag) : 0n;
}
