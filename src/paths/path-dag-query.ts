// The shared first step of the pair queries (connection, allShortestPaths, countShortestPaths,
// constrained shortestPath): validate, resolve the constraints, run the bidirectional DAG
// search, and hand back the DAG in compact ids (or null when no chain fits the constraints).

import type { Attributes } from 'graphology-types';
import { nodeId, type GraphLike } from '../csr/graph-like.js';
import type { Csr } from '../csr/csr.js';
import { pathEngine } from '../traversal/path-engines.js';
import type { PathDag } from '../traversal/shortest-path-dag.js';
import type { NodeKey } from '../types.js';
import { resolveConstraints, withBlocked, type PathConstraints } from './constraints.js';

/** A resolved pair query. */
export interface PairQuery {
  /** The index searched. */
  csr: Csr;
  /** Dense id of the source. */
  source: number;
  /** Dense id of the target. */
  target: number;
  /** The shortest-path DAG, or `null` when unreachable under the constraints. */
  dag: PathDag | null;
}

/**
 * Resolves a pair query and computes its shortest-path DAG.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param from - source key.
 * @param to - target key.
 * @param options - the constraints.
 * @param where - the public function's name.
 * @returns the index, the endpoints' ids and the DAG (or `null`).
 * @throws NodeNotFoundError naming an unknown person; InvalidArgumentError on a bad option.
 * @remarks Time O(n_b + m_b) for the two balls explored, plus O(n + m) with `edgeFilter`.
 */
export function pathDagQuery<E extends Attributes = Attributes>(
  graph: GraphLike,
  from: NodeKey,
  to: NodeKey,
  options: PathConstraints<E>,
  where: string,
  roles: [string, string] = ['source', 'target'],
): PairQuery {
  const c = resolveConstraints(graph, options, where);
  const source = nodeId(c.csr, from, where, roles[0]);
  const target = nodeId(c.csr, to, where, roles[1]);
  const engine = pathEngine(c.csr, c.mode, 'dag');
  const d = withBlocked(c, [source, target], (blocked) => engine.search(source, target, c.maxLength, blocked));
  return { csr: c.csr, source, target, dag: d < 0 ? null : engine.dag() };
}
