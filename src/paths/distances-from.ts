// distancesFrom: hops from one person to everyone reachable, as a Map (safe for any key); with
// `avoid`, a counting BFS that never enters the avoided people.

import type { Attributes } from 'graphology-types';
import { assertOptionalCount } from '../assert.js';
import { nodeId, type GraphLike } from '../csr/graph-like.js';
import { UnsupportedGraphError } from '../errors.js';
import { bfsEngine } from '../traversal/engines.js';
import { pathEngine } from '../traversal/path-engines.js';
import type { Mode, NodeKey } from '../types.js';
import { resolveConstraints, withBlocked, type PathConstraints } from './constraints.js';

/** Options of `distancesFrom`. */
export interface DistancesFromOptions<E extends Attributes = Attributes> {
  /** Stop after this many hops (default: no limit). */
  maxDistance?: number;
  /** Direction on directed graphs (default `'outbound'`). */
  mode?: Mode;
  /** People not to go through (absent from the result; the source itself is never avoided). */
  avoid?: Iterable<NodeKey>;
  /** Keep only the relationships it accepts (graphology graphs only). */
  edgeFilter?: PathConstraints<E>['edgeFilter'];
}

const WHERE = 'distancesFrom';
/** The most entries a V8 `Map` holds (2²⁴); more throws "Map maximum size exceeded". */
const MAX_MAP_SIZE = 2 ** 24;

/**
 * Hops from `source` to every node it reaches, the source itself at 0.
 *
 * Unreachable nodes (and nodes beyond `maxDistance`, and avoided people) are absent. On directed
 * graphs `mode` picks the edges followed. Parallel edges and self-loops do not change distances.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param source - the starting person.
 * @param options - `maxDistance`, `mode`, `avoid`, `edgeFilter`.
 * @returns a `Map` from node key to hops, in BFS order.
 * @throws NodeNotFoundError when `source` (or an avoided person) is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @throws UnsupportedGraphError when more than 2²⁴ (16,777,216) people are reached: a `Map` holds no
 * more (use `createBfs`, whose `dist` is a typed array, or a `maxDistance`).
 * @remarks Time O(n_r + m_r) for the n_r nodes and m_r adjacency entries reached (direction-
 * optimising BFS), plus O(n + m) once to index a graphology graph (every call with `edgeFilter`).
 * @example
 * distancesFrom(graph, 'ada'); // Map { 'ada' => 0, 'bob' => 1, 'cy' => 2 }
 */
export function distancesFrom<E extends Attributes = Attributes>(
  graph: GraphLike,
  source: NodeKey,
  options: DistancesFromOptions<E> = {},
): Map<string, number> {
  assertOptionalCount(WHERE, 'maxDistance', options.maxDistance);
  const constraints: PathConstraints<E> = {};
  if (options.mode !== undefined) constraints.mode = options.mode;
  if (options.avoid !== undefined) constraints.avoid = options.avoid;
  if (options.edgeFilter !== undefined) constraints.edgeFilter = options.edgeFilter;
  const c = resolveConstraints(graph, constraints, WHERE);
  const { csr } = c;
  const s = nodeId(csr, source, WHERE, 'source');
  const run = options.maxDistance === undefined ? {} : { maxDistance: options.maxDistance };
  const counting = c.avoid.length > 0;
  const bfs = counting ? pathEngine(csr, c.mode, 'count-forward') : bfsEngine(csr, c.mode);
  if (counting)
    withBlocked(c, [s], (blocked) => pathEngine(csr, c.mode, 'count-forward').run(s, Object.assign({ blocked }, run)));
  else bfs.run(s, run);
  if (bfs.count > MAX_MAP_SIZE)
    throw new UnsupportedGraphError(
      WHERE,
      `${bfs.count} people are reachable, more than a Map holds (${MAX_MAP_SIZE}): use createBfs(adjacency(csr)), whose dist is a typed array, or a maxDistance.`,
    );
  const result = new Map<string, number>();
  const { queue, dist } = bfs;
  for (let i = 0; i < bfs.count; i++) {
    const u = queue[i]!;
    result.set(csr.keys.key(u), dist[u]!);
  }
  return result;
}
