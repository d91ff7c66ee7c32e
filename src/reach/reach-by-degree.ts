// reachByDegree: how many people one person reaches at each degree (distance), LinkedIn's
// direct (1st) versus indirect (2nd, 3rd+) reach, its buckets and the reach curve.
// With maxDegree the BFS stops at that depth, so it never leaves the ball; up to degree 2 the
// ball is counted straight from the adjacency, without creating the index's BFS engine.

import { assertOptionalCount, resolveMode } from '../assert.js';
import { adjacency } from '../csr/adjacency.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { bfsEngine } from '../traversal/engines.js';
import type { Mode, NodeKey } from '../types.js';
import { SMALL_BALL, ballLevelEnds } from './ball-level-ends.js';
import { degreeSummary, type DegreeSummary } from './degree-summary.js';

/** Options of `reachByDegree`. */
export interface ReachByDegreeOptions {
  /** Count people up to this degree only (default: no limit); the rest count as unreachable. */
  maxDegree?: number;
  /** Direction on directed graphs (default `'outbound'`). */
  mode?: Mode;
}

/**
 * Result of `reachByDegree`: `byDegree`, `cumulative`, the LinkedIn buckets `first`, `second`,
 * `thirdPlus`, `outOfNetwork`, the `reachCurve`, and `direct`, `indirect`, `reached`, `unreachable`.
 */
export interface ReachByDegreeResult extends DegreeSummary {
  /** The source key. */
  source: string;
}

const WHERE = 'reachByDegree';

/**
 * Counts the people `source` reaches at each degree: 1st-degree (direct), 2nd, 3rd…
 *
 * `byDegree` sums with `unreachable` to the graph's order, and `first + second + thirdPlus +
 * outOfNetwork` to the order minus one. `reachCurve[d]` gives the people within ≤ d degrees and
 * their share of everyone else. Unreachable people (and, with `maxDegree`, people beyond it) are
 * `outOfNetwork`. On directed graphs `mode` picks the edges followed.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param source - the person.
 * @param options - `maxDegree`, `mode`.
 * @returns counts by degree, cumulative counts, buckets, reach curve, direct, indirect, reached,
 * unreachable.
 * @throws NodeNotFoundError when `source` is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_r + m_r) for the n_r nodes and m_r adjacency entries within `maxDegree`
 * (direction-optimising BFS: bottom-up steps, O(n) each, only once the ball is a sizeable part of
 * the graph). The first call without a `maxDegree` ≤ 2 creates the index's cached BFS engine,
 * O(n + m) once (the WebAssembly kernels copy the index: 0.7–0.8 s at 10⁸ edges); `maxDegree`
 * 0–2 needs no engine, only n/8 bytes of marks per call (3.4 ms for a first call there).
 * @example
 * const r = reachByDegree(graph, 'ada');
 * r.byDegree; // [1, 12, 80, 301]
 * [r.first, r.second, r.thirdPlus, r.outOfNetwork]; // [12, 80, 301, 6]
 */
export function reachByDegree(
  graph: GraphLike,
  source: NodeKey,
  options: ReachByDegreeOptions = {},
): ReachByDegreeResult {
  assertOptionalCount(WHERE, 'maxDegree', options.maxDegree);
  const mode = resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const s = nodeId(csr, source, WHERE, 'source');
  if (options.maxDegree !== undefined && options.maxDegree <= SMALL_BALL) {
    return {
      source: csr.keys.key(s),
      ...degreeSummary(ballLevelEnds(adjacency(csr, mode), s, options.maxDegree), csr.order),
    };
  }
  const bfs = bfsEngine(csr, mode);
  // Beamer's rule goes bottom-up only once a frontier holds 1/α of the unexplored adjacency
  // entries, so a small ball is explored top-down and never left.
  bfs.run(s, options.maxDegree === undefined ? {} : { maxDistance: options.maxDegree });
  return { source: csr.keys.key(s), ...degreeSummary(bfs.levelEnds, csr.order) };
}
