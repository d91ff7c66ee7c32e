// distance: hops between two people, by bidirectional BFS.

import { resolveMode } from '../assert.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { bidirectionalEngine } from '../traversal/engines.js';
import type { Mode, NodeKey } from '../types.js';

/** Options of `distance` and `shortestPath`. */
export interface PairOptions {
  /** Direction on directed graphs (default `'outbound'`: from → to along edges). */
  mode?: Mode;
}

const WHERE = 'distance';

/**
 * Number of hops on a shortest path from `from` to `to`; `Infinity` when unreachable.
 *
 * A direct contact is at distance 1; degrees of separation are distance − 1.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param from - the first person.
 * @param to - the second person.
 * @param options - `mode` for directed graphs.
 * @returns hops, 0 when `from` = `to`, `Infinity` when no path exists.
 * @throws NodeNotFoundError when either person is not in the graph.
 * @remarks Time O(n_b + m_b) for the two balls explored by bidirectional BFS.
 * @example
 * distance(graph, 'ada', 'cy'); // 2
 */
export function distance(graph: GraphLike, from: NodeKey, to: NodeKey, options: PairOptions = {}): number {
  const mode = resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const s = nodeId(csr, from, WHERE, 'source');
  const t = nodeId(csr, to, WHERE, 'target');
  const d = bidirectionalEngine(csr, mode).query(s, t).distance;
  return d < 0 ? Infinity : d;
}
