// introducers: which of my direct contacts should introduce me to a target? Each contact is ranked
// by their distance to the target, then by the number of shortest chains from them (more chains,
// more ways to get there), then by the graph's node order. One counting BFS backwards from the
// target, which never goes through me, stopping once enough contacts are ranked.

import type { Attributes } from 'graphology-types';
import { assertOptionalCount } from '../assert.js';
import { reverseAdjacency } from '../csr/adjacency.js';
import { nodeId, type GraphLike } from '../csr/graph-like.js';
import { UNREACHED } from '../traversal/bfs.js';
import { exactPathCounts } from '../traversal/counting-bfs.js';
import { pathEngine } from '../traversal/path-engines.js';
import type { NodeKey } from '../types.js';
import { resolveConstraints, withBlocked, type PathConstraints } from './constraints.js';

/** Options of `introducers`. */
export interface IntroducersOptions<E extends Attributes = Attributes> extends PathConstraints<E> {
  /** Return at most this many introducers, the best first (default: all who reach the target). */
  limit?: number;
}

/** One of my contacts, as an introducer to the target. */
export interface Introducer {
  /** The contact's key. */
  contact: string;
  /** Hops from the contact to the target (my whole chain through them is one more). */
  distance: number;
  /** Number of shortest chains from the contact to the target (= my shortest chains through them when `distance` is minimal). */
  paths: bigint;
}

const WHERE = 'introducers';

/**
 * My direct contacts ranked as introducers to `target`: nearest to the target first, then most
 * shortest chains, then the graph's node order.
 *
 * A contact's chains never go back through me; avoided people and contacts who cannot reach the
 * target (within `maxLength` − 1 hops, as my chain is one hop longer) are left out, and so is the
 * target itself when it is my contact. `me` = `target` gives `[]`. On directed graphs my contacts
 * are the people `mode` lets me reach in one step.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param me - the person asking.
 * @param target - the person to reach.
 * @param options - `limit`, `mode`, `avoid`, `edgeFilter`, `maxLength`.
 * @returns the introducers, best first.
 * @throws NodeNotFoundError when either person (or an avoided one) is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_r + m_r) for the ball around the target explored until `limit` contacts are
 * reached (all of them without `limit`), plus O(c log c) to rank my c contacts and O(n + m) with
 * `edgeFilter`.
 * @example
 * introducers(graph, 'ada', 'cy');
 * // [{ contact: 'bob', distance: 1, paths: 1n }, { contact: 'dee', distance: 2, paths: 3n }]
 */
export function introducers<E extends Attributes = Attributes>(
  graph: GraphLike,
  me: NodeKey,
  target: NodeKey,
  options: IntroducersOptions<E> = {},
): Introducer[] {
  assertOptionalCount(WHERE, 'limit', options.limit);
  const c = resolveConstraints(graph, options, WHERE);
  const { csr, adj } = c;
  const s = nodeId(csr, me, WHERE, 'me');
  const t = nodeId(csr, target, WHERE, 'target');
  const limit = options.limit ?? Infinity;
  if (s === t || limit === 0 || c.maxLength < 2) return [];
  const contacts: number[] = [];
  for (let j = adj.offsets[s]!; j < adj.offsets[s + 1]!; j++) if (adj.targets[j] !== t) contacts.push(adj.targets[j]!);
  if (contacts.length === 0) return [];
  const watch = Int32Array.from(contacts);
  const bfs = pathEngine(csr, c.mode, 'count-backward');
  // Block me as well as the avoided people: an introducer's chain never comes back through me.
  const blockedC = { ...c, avoid: Int32Array.of(...c.avoid, s) };
  withBlocked(blockedC, [t], (blocked) => bfs.run(t, { maxDistance: c.maxLength - 1, blocked, watch, enough: limit }));
  const exact = bfs.exact ? null : exactPathCounts(bfs, reverseAdjacency(adj));
  const ranked: Introducer[] = [];
  const ids: number[] = [];
  for (const v of contacts) {
    const d = bfs.dist[v]!;
    if (d === UNREACHED) continue;
    ranked.push({ contact: csr.keys.key(v), distance: d, paths: exact ? exact.get(v)! : BigInt(bfs.sigma[v]!) });
    ids.push(v);
  }
  const order = ranked.map((_, i) => i);
  order.sort((a, b) => {
    const x = ranked[a]!;
    const y = ranked[b]!;
    if (x.distance !== y.distance) return x.distance - y.distance;
    if (x.paths !== y.paths) return x.paths > y.paths ? -1 : 1;
    return ids[a]! - ids[b]!;
  });
  return order.slice(0, limit).map((i) => ranked[i]!);
}
