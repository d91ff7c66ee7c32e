// shortestPath: one shortest chain of introductions, by bidirectional BFS.

import { resolveMode } from '../assert.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { bidirectionalEngine } from '../traversal/engines.js';
import type { NodeKey } from '../types.js';
import type { PairOptions } from './distance.js';

const WHERE = 'shortestPath';

/**
 * One shortest path from `from` to `to`, as node keys `[from, …, to]`; `null` when unreachable.
 *
 * Ties are broken by the search order (deterministic for a given graph). `from` = `to` gives the
 * one-node path.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param from - where the chain starts.
 * @param to - the person to reach.
 * @param options - `mode` for directed graphs.
 * @returns the keys along the path, or `null`.
 * @throws NodeNotFoundError when either person is not in the graph.
 * @remarks Time O(n_b + m_b) for the two balls explored by bidirectional BFS (expanding the
 * smaller frontier each step).
 * @example
 * shortestPath(graph, 'ada', 'cy'); // ['ada', 'bob', 'cy']
 */
export function shortestPath(graph: GraphLike, from: NodeKey, to: NodeKey, options: PairOptions = {}): string[] | null {
  const mode = resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const s = nodeId(csr, from, WHERE, 'source');
  const t = nodeId(csr, to, WHERE, 'target');
  const { path } = bidirectionalEngine(csr, mode).query(s, t);
  if (!path) return null;
  return Array.from(path, (id) => csr.keys.key(id));
}
