// shortestPath: one shortest chain of introductions, by bidirectional BFS (the tuned plain engine
// without constraints; with them, the first path of the constrained shortest-path DAG).

import type { Attributes } from 'graphology-types';
import { resolveMode } from '../assert.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { bidirectionalEngine } from '../traversal/engines.js';
import type { NodeKey } from '../types.js';
import { isConstrained } from './constraints.js';
import type { PairOptions } from './distance.js';
import { pathDagQuery } from './path-dag-query.js';
import { walkDag } from './path-dag-walks.js';

const WHERE = 'shortestPath';

/**
 * One shortest path from `from` to `to`, as node keys `[from, …, to]`; `null` when unreachable.
 *
 * Without constraints, ties are broken by the search order (deterministic for a given graph);
 * with constraints (`avoid`, `edgeFilter`, `maxLength`) the path is the first of
 * `allShortestPaths` (smallest in the graph's node order). `from` = `to` gives the one-node path.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param from - where the chain starts.
 * @param to - the person to reach.
 * @param options - `mode`, `avoid`, `edgeFilter`, `maxLength`.
 * @returns the keys along the path, or `null`.
 * @throws NodeNotFoundError when either person (or an avoided one) is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_b + m_b) for the two balls explored by bidirectional BFS (expanding the
 * smaller frontier each step), plus O(n + m) with `edgeFilter`.
 * @example
 * shortestPath(graph, 'ada', 'cy'); // ['ada', 'bob', 'cy']
 * shortestPath(graph, 'ada', 'cy', { avoid: ['bob'] }); // ['ada', 'dee', 'eve', 'cy']
 */
export function shortestPath<E extends Attributes = Attributes>(
  graph: GraphLike,
  from: NodeKey,
  to: NodeKey,
  options: PairOptions<E> = {},
): string[] | null {
  if (!isConstrained(options)) {
    const mode = resolveMode(WHERE, options.mode);
    const csr = resolveCsr(graph, WHERE);
    const s = nodeId(csr, from, WHERE, 'source');
    const t = nodeId(csr, to, WHERE, 'target');
    const { path } = bidirectionalEngine(csr, mode).query(s, t);
    if (!path) return null;
    return Array.from(path, (id) => csr.keys.key(id));
  }
  const { dag, csr } = pathDagQuery(graph, from, to, options, WHERE);
  if (!dag) return null;
  return walkDag(dag, csr, 1).next().value ?? null;
}
