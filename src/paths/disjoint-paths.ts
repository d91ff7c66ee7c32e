// disjointPaths: "if this intermediary declines, who else?": chains that share nobody but the two
// ends (internally node-disjoint), as many as exist (Menger: the minimum number of people whose
// removal separates the two), of minimum total length, listed shortest first.

import type { Attributes } from 'graphology-types';
import { assertOptionalCount } from '../assert.js';
import { nodeId, type GraphLike } from '../csr/graph-like.js';
import { pathEngine } from '../traversal/path-engines.js';
import { throwIfAborted } from '../abort.js';
import type { LongWorkOptions, NodeKey } from '../types.js';
import { resolveConstraints, withBlocked, type PathConstraints } from './constraints.js';

/** Options of `disjointPaths`. */
export interface DisjointPathsOptions<E extends Attributes = Attributes> extends PathConstraints<E>, LongWorkOptions {
  /** Find at most this many chains (default: as many as exist). */
  k?: number;
}

const WHERE = 'disjointPaths';

/**
 * Up to `k` chains from `from` to `to` that share no intermediary, shortest first.
 *
 * The chains form a set of maximum size (up to `k`) and minimum total length: a unit-capacity
 * min-cost flow where each person is split into an entry and an exit joined by capacity 1, grown
 * by successive shortest augmenting paths. With `k = 1` the chain is a shortest path; with more,
 * the set may trade the single shortest chain for more chains overall. Without `k` their number
 * is the local connectivity (Menger's theorem: the fewest people whose removal separates the two;
 * a direct edge counts as one chain). `maxLength` drops the chains longer than it from that set.
 * Ties in length are listed in the graph's node order; `from` = `to` gives `[[from]]`,
 * unreachable gives `[]`.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param from - where the chains start.
 * @param to - the person to reach.
 * @param options - `k`, `mode`, `avoid`, `edgeFilter`, `maxLength`; `onProgress` (after each
 * chain found; `total` is `k`, `Infinity` without it) and `signal`.
 * @returns the chains `[from, …, to]`, shortest first.
 * @throws NodeNotFoundError when either person (or an avoided one) is not in the graph.
 * @throws InvalidArgumentError on a bad option; AbortError when `signal` aborts.
 * @remarks Time O(k (n + m) log n) at worst for k chains (each Dijkstra stops at the target),
 * memory O(n) scratch once per index, plus O(n + m) with `edgeFilter`.
 * @see K. Menger, "Zur allgemeinen Kurventheorie", 1927, doi:10.4064/fm-10-1-96-115;
 * J. W. Suurballe, "Disjoint paths in a network", 1974, doi:10.1002/net.3230040204
 * @example
 * disjointPaths(graph, 'ada', 'cy'); // [['ada', 'bob', 'cy'], ['ada', 'dee', 'eve', 'cy']]
 */
export function disjointPaths<E extends Attributes = Attributes>(
  graph: GraphLike,
  from: NodeKey,
  to: NodeKey,
  options: DisjointPathsOptions<E> = {},
): string[][] {
  assertOptionalCount(WHERE, 'k', options.k);
  const c = resolveConstraints(graph, options, WHERE);
  const s = nodeId(c.csr, from, WHERE, 'source');
  const t = nodeId(c.csr, to, WHERE, 'target');
  const k = options.k ?? Infinity;
  if (k === 0) return [];
  if (s === t) return [[c.csr.keys.key(s)]];
  const engine = pathEngine(c.csr, c.mode, 'disjoint');
  const { signal, onProgress } = options;
  throwIfAborted(WHERE, signal);
  const onPath =
    signal || onProgress
      ? (found: number): void => {
          throwIfAborted(WHERE, signal);
          onProgress?.({ done: found, total: k, phase: 'disjoint chains found' });
        }
      : undefined;
  const paths = withBlocked(c, [s, t], (blocked) => engine.run(s, t, k, blocked, onPath)).filter(
    (p) => p.length - 1 <= c.maxLength,
  );
  paths.sort(compareIdPaths);
  return paths.map((p) => Array.from(p, (id) => c.csr.keys.key(id)));
}

function compareIdPaths(a: Int32Array, b: Int32Array): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
