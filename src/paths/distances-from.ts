// distancesFrom: hops from one person to everyone reachable, as a Map (safe for any key).

import { assertOptionalCount, resolveMode } from '../assert.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { bfsEngine } from '../traversal/engines.js';
import type { Mode, NodeKey } from '../types.js';

/** Options of `distancesFrom`. */
export interface DistancesFromOptions {
  /** Stop after this many hops (default: no limit). */
  maxDistance?: number;
  /** Direction on directed graphs (default `'outbound'`). */
  mode?: Mode;
}

const WHERE = 'distancesFrom';

/**
 * Hops from `source` to every node it reaches, the source itself at 0.
 *
 * Unreachable nodes (and nodes beyond `maxDistance`) are absent. On directed graphs `mode`
 * picks the edges followed. Parallel edges and self-loops do not change distances.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param source - the starting person.
 * @param options - `maxDistance`, `mode`.
 * @returns a `Map` from node key to hops, in BFS order.
 * @throws NodeNotFoundError when `source` is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_r + m_r) for the n_r nodes and m_r adjacency entries reached (direction-
 * optimising BFS), plus O(n + m) once to index a graphology graph.
 * @example
 * distancesFrom(graph, 'ada'); // Map { 'ada' => 0, 'bob' => 1, 'cy' => 2 }
 */
export function distancesFrom(graph: GraphLike, source: NodeKey, options: DistancesFromOptions = {}): Map<string, number> {
  assertOptionalCount(WHERE, 'maxDistance', options.maxDistance);
  const mode = resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const s = nodeId(csr, source, WHERE, 'source');
  const bfs = bfsEngine(csr, mode);
  bfs.run(s, options.maxDistance === undefined ? {} : { maxDistance: options.maxDistance });
  const result = new Map<string, number>();
  const { queue, dist, keys } = { queue: bfs.queue, dist: bfs.dist, keys: csr.keys };
  for (let i = 0; i < bfs.count; i++) {
    const u = queue[i]!;
    result.set(keys.key(u), dist[u]!);
  }
  return result;
}
