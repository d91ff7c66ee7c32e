// distance: hops between two people, by bidirectional BFS (the tuned plain engine when no
// constraint is set, the constrained DAG search otherwise).

import type { Attributes } from 'graphology-types';
import { resolveMode } from '../assert.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { bidirectionalEngine } from '../traversal/engines.js';
import { pathEngine } from '../traversal/path-engines.js';
import type { NodeKey } from '../types.js';
import { isConstrained, resolveConstraints, withBlocked, type PathConstraints } from './constraints.js';

/** Options of `distance` and `shortestPath`: the path constraints. */
export type PairOptions<E extends Attributes = Attributes> = PathConstraints<E>;

const WHERE = 'distance';

/**
 * Number of hops on a shortest path from `from` to `to`; `Infinity` when unreachable.
 *
 * A direct contact is at distance 1; degrees of separation are distance − 1. With constraints,
 * only chains that avoid the `avoid` people, use edges the `edgeFilter` keeps and have at most
 * `maxLength` hops count.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param from - the first person.
 * @param to - the second person.
 * @param options - `mode`, `avoid`, `edgeFilter`, `maxLength`.
 * @returns hops, 0 when `from` = `to`, `Infinity` when no chain fits.
 * @throws NodeNotFoundError when either person (or an avoided one) is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_b + m_b) for the two balls explored by bidirectional BFS, plus O(n + m) to
 * build the filtered index when `edgeFilter` is given.
 * @example
 * distance(graph, 'ada', 'cy'); // 2
 * distance(graph, 'ada', 'cy', { avoid: ['bob'] }); // 3
 */
export function distance<E extends Attributes = Attributes>(
  graph: GraphLike,
  from: NodeKey,
  to: NodeKey,
  options: PairOptions<E> = {},
): number {
  if (!isConstrained(options)) {
    const mode = resolveMode(WHERE, options.mode);
    const csr = resolveCsr(graph, WHERE);
    const s = nodeId(csr, from, WHERE, 'source');
    const t = nodeId(csr, to, WHERE, 'target');
    const d = bidirectionalEngine(csr, mode).query(s, t).distance;
    return d < 0 ? Infinity : d;
  }
  const c = resolveConstraints(graph, options, WHERE);
  const s = nodeId(c.csr, from, WHERE, 'source');
  const t = nodeId(c.csr, to, WHERE, 'target');
  const engine = pathEngine(c.csr, c.mode, 'dag');
  const d = withBlocked(c, [s, t], (blocked) => engine.search(s, t, c.maxLength, blocked));
  return d < 0 ? Infinity : d;
}
