// connection: "how am I connected to X?", the way LinkedIn's panel answers it: the degree (exact
// distance) and its bucket, the mutual connections of a 2nd-degree contact, a few shortest chains
// and the exact number of them, all from one bidirectional search (the shortest-path DAG).

import type { Attributes } from 'graphology-types';
import { assertOptionalCount } from '../assert.js';
import type { GraphLike } from '../csr/graph-like.js';
import type { NodeKey } from '../types.js';
import type { PathConstraints } from './constraints.js';
import { pathDagQuery } from './path-dag-query.js';
import { countDagPaths, walkDag } from './path-dag-walks.js';

/** LinkedIn's bucket of a contact: distance 1, 2, or 3 and more. */
export type ConnectionLabel = '1st' | '2nd' | '3rd+';

/** Options of `connection`. */
export interface ConnectionOptions<E extends Attributes = Attributes> extends PathConstraints<E> {
  /** How many shortest chains to list (default 10); `pathCount` counts them all anyway. */
  pathLimit?: number;
}

/** How one person is connected to another. */
export interface ConnectionResult {
  /** The person asking. */
  me: string;
  /** The person to reach. */
  target: string;
  /** Exact distance in hops (1 = direct contact, 0 = yourself), `null` when unreachable. */
  degree: number | null;
  /** `'1st'`, `'2nd'` or `'3rd+'`; `null` when unreachable or yourself. */
  label: ConnectionLabel | null;
  /** When the target is 2nd-degree: the people both know (in the graph's node order); else `[]`. */
  mutualConnections: string[];
  /** Up to `pathLimit` shortest chains `[me, …, target]`, in `allShortestPaths` order. */
  paths: string[][];
  /** The exact number of shortest chains (`0n` when unreachable). */
  pathCount: bigint;
}

const DEFAULTS = { pathLimit: 10 } as const;
const WHERE = 'connection';

/**
 * How `me` is connected to `target`: degree, LinkedIn label, mutual connections, chains, count.
 *
 * Under the constraints (`avoid`, `edgeFilter`, `maxLength`, `mode`), a target with no chain
 * that fits is unreachable: `degree` and `label` are `null`, the lists empty, `pathCount` `0n`.
 * `me` = `target` gives degree 0 and the one-node chain.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param me - the person asking.
 * @param target - the person to reach.
 * @param options - `pathLimit` (default 10), `mode`, `avoid`, `edgeFilter`, `maxLength`.
 * @returns the connection.
 * @throws NodeNotFoundError when either person (or an avoided one) is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_b + m_b) for the two balls explored by bidirectional BFS, plus
 * O(pathLimit · D · c) to list the chains (c the largest connection count on them) and O(n + m)
 * with `edgeFilter`.
 * @example
 * connection(graph, 'ada', 'cy');
 * // { me: 'ada', target: 'cy', degree: 2, label: '2nd', mutualConnections: ['bob', 'dee'],
 * //   paths: [['ada', 'bob', 'cy'], ['ada', 'dee', 'cy']], pathCount: 2n }
 */
export function connection<E extends Attributes = Attributes>(
  graph: GraphLike,
  me: NodeKey,
  target: NodeKey,
  options: ConnectionOptions<E> = {},
): ConnectionResult {
  assertOptionalCount(WHERE, 'pathLimit', options.pathLimit);
  const { csr, source, target: t, dag } = pathDagQuery(graph, me, target, options, WHERE, ['me', 'target']);
  const result: ConnectionResult = {
    me: csr.keys.key(source),
    target: csr.keys.key(t),
    degree: null,
    label: null,
    mutualConnections: [],
    paths: [],
    pathCount: 0n,
  };
  if (!dag) return result;
  const d = dag.distance;
  result.degree = d;
  result.label = d === 0 ? null : d === 1 ? '1st' : d === 2 ? '2nd' : '3rd+';
  if (d === 2) {
    for (let x = dag.levelStarts[1]!; x < dag.levelStarts[2]!; x++)
      result.mutualConnections.push(csr.keys.key(dag.nodes[x]!));
  }
  result.paths = [...walkDag(dag, csr, options.pathLimit ?? DEFAULTS.pathLimit)];
  result.pathCount = countDagPaths(dag);
  return result;
}
