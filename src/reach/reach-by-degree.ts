// reachByDegree: how many people one person reaches at each degree (distance), LinkedIn's
// direct (1st) versus indirect (2nd, 3rd+) reach.

import { assertOptionalCount, resolveMode } from '../assert.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { bfsEngine } from '../traversal/engines.js';
import type { Mode, NodeKey } from '../types.js';

/** Options of `reachByDegree`. */
export interface ReachByDegreeOptions {
  /** Count people up to this degree only (default: no limit); the rest count as unreachable. */
  maxDegree?: number;
  /** Direction on directed graphs (default `'outbound'`). */
  mode?: Mode;
}

/** Result of `reachByDegree`. */
export interface ReachByDegreeResult {
  /** The source key. */
  source: string;
  /** `byDegree[d]`: people at distance exactly d (`byDegree[0] = 1`, the source). */
  byDegree: number[];
  /** People within ≤ d, for every d (`cumulative[d] = byDegree[0] + … + byDegree[d]`). */
  cumulative: number[];
  /** Direct reach: 1st-degree contacts (`byDegree[1]`, 0 when absent). */
  direct: number;
  /** Indirect reach: people at distance ≥ 2 (within `maxDegree`). */
  indirect: number;
  /** Everyone reached, the source excluded (`direct + indirect`). */
  reached: number;
  /** Nodes not reached (or beyond `maxDegree`): `order − 1 − reached`. */
  unreachable: number;
}

const WHERE = 'reachByDegree';

/**
 * Counts the people `source` reaches at each degree: 1st-degree (direct), 2nd, 3rd…
 *
 * `byDegree` sums with `unreachable` to the graph's order. With `maxDegree` the BFS stops at
 * that depth, so the work is bounded by the ball explored.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param source - the person.
 * @param options - `maxDegree`, `mode`.
 * @returns counts by degree, direct, indirect, reached, unreachable.
 * @throws NodeNotFoundError when `source` is not in the graph.
 * @remarks Time O(n_r + m_r) for the nodes and adjacency entries reached.
 * @example
 * reachByDegree(graph, 'ada'); // { byDegree: [1, 12, 80, 301], direct: 12, indirect: 381, … }
 */
export function reachByDegree(graph: GraphLike, source: NodeKey, options: ReachByDegreeOptions = {}): ReachByDegreeResult {
  assertOptionalCount(WHERE, 'maxDegree', options.maxDegree);
  const mode = resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const s = nodeId(csr, source, WHERE, 'source');
  const bfs = bfsEngine(csr, mode);
  bfs.run(s, options.maxDegree === undefined ? {} : { maxDistance: options.maxDegree });
  const byDegree: number[] = [];
  const cumulative: number[] = [];
  let previous = 0;
  for (const end of bfs.levelEnds) {
    byDegree.push(end - previous);
    cumulative.push(end);
    previous = end;
  }
  const reached = bfs.count - 1;
  const direct = byDegree[1] ?? 0;
  return {
    source: csr.keys.key(s),
    byDegree,
    cumulative,
    direct,
    indirect: reached - direct,
    reached,
    unreachable: csr.order - 1 - reached,
  };
}
