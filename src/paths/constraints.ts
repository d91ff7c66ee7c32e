// The constraints every path query accepts (avoid, edgeFilter, maxLength, mode), resolved once at
// the friendly boundary into what the kernels take: a Csr (filtered when asked), its adjacency for
// the mode, the hop bound and a blocked-node mask. Avoided people are removed from the graph
// except the query's own endpoints, which are never blocked.

import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { assertOptionalCount, assertOptionalFunction, isIterableObject, resolveMode } from '../assert.js';
import { adjacency, type Adjacency } from '../csr/adjacency.js';
import type { Csr } from '../csr/csr.js';
import { isCsr } from '../csr/csr.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { toCsr, type EdgeFilter } from '../csr/to-csr.js';
import { InvalidArgumentError, UnsupportedGraphError } from '../errors.js';
import type { Mode, NodeKey } from '../types.js';

/** Constraints shared by every path query. */
export interface PathConstraints<E extends Attributes = Attributes> {
  /** Direction on directed graphs (default `'outbound'`: from → to along edges). */
  mode?: Mode;
  /** People the chain must not go through (the query's own endpoints are never avoided). */
  avoid?: Iterable<NodeKey>;
  /** Keep only the relationships it accepts, e.g. `(e, attr) => attr.known === true` (graphology graphs only). */
  edgeFilter?: EdgeFilter<E>;
  /** Longest chain considered, in hops (default: no limit); longer chains count as none. */
  maxLength?: number;
}

/** Constraints resolved for the kernels. */
export interface ResolvedConstraints {
  /** The index searched (a fresh filtered one when `edgeFilter` was given). */
  csr: Csr;
  /** The mode actually used. */
  mode: Mode;
  /** The adjacency for `mode`. */
  adj: Adjacency;
  /** Hop bound (`Infinity` when none). */
  maxLength: number;
  /** Dense ids of the avoided people (blocked unless they are an endpoint). */
  avoid: Int32Array;
}

const masks = new WeakMap<Csr, Uint8Array>();

/** The error for an option that reads edge attributes (`edgeFilter`, `weight`) given a Csr. */
export function needsGraphology(where: string, option: string): UnsupportedGraphError {
  return new UnsupportedGraphError(where, `\`${option}\` needs a graphology graph: a Csr has no edge attributes.`);
}

/**
 * Validates and resolves the constraints of a path query.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param options - the query's options.
 * @param where - the calling function's name, for messages.
 * @returns the index, adjacency, hop bound and avoided ids.
 * @throws InvalidArgumentError on a bad option; UnsupportedGraphError for `edgeFilter` on a `Csr`;
 * NodeNotFoundError for an avoided person not in the graph.
 * @remarks Time O(|avoid|), or O(n + m) to build the filtered index when `edgeFilter` is given.
 */
export function resolveConstraints<E extends Attributes = Attributes>(
  graph: GraphLike,
  options: PathConstraints<E>,
  where: string,
): ResolvedConstraints {
  const mode = resolveMode(where, options.mode);
  assertOptionalCount(where, 'maxLength', options.maxLength);
  const filter = options.edgeFilter;
  assertOptionalFunction(where, 'edgeFilter', filter);
  let csr: Csr;
  if (filter === undefined) csr = resolveCsr(graph, where);
  else if (isCsr(graph)) throw needsGraphology(where, 'edgeFilter');
  else csr = toCsr(resolveGraph(graph, where) as Graph<Attributes, E>, { edgeFilter: filter });
  const avoid: number[] = [];
  if (options.avoid !== undefined) {
    const given = options.avoid as unknown;
    if (!isIterableObject(given)) throw new InvalidArgumentError(where, 'avoid', 'an iterable of node keys', given);
    for (const key of options.avoid) avoid.push(nodeId(csr, key, where, 'avoided'));
  }
  return {
    csr,
    mode,
    adj: adjacency(csr, mode),
    maxLength: options.maxLength ?? Infinity,
    avoid: Int32Array.from(avoid),
  };
}

function resolveGraph(graph: GraphLike, where: string): Exclude<GraphLike, Csr> {
  resolveCsr(graph, where); // throws InvalidArgumentError for anything but a graph
  return graph as Exclude<GraphLike, Csr>;
}

/**
 * Runs `fn` with the blocked mask of `c` set (avoided ids minus `endpoints`), then clears it.
 *
 * @param c - resolved constraints.
 * @param endpoints - dense ids never blocked.
 * @param fn - the query, given the mask (or `null` when nothing is avoided).
 * @returns what `fn` returns.
 * @remarks Time O(|avoid|) besides `fn`; the O(n) mask is allocated once per index.
 */
export function withBlocked<T>(
  c: ResolvedConstraints,
  endpoints: readonly number[],
  fn: (blocked: Uint8Array | null) => T,
): T {
  if (c.avoid.length === 0) return fn(null);
  let mask = masks.get(c.csr);
  if (!mask) masks.set(c.csr, (mask = new Uint8Array(c.csr.order)));
  for (const id of c.avoid) mask[id] = 1;
  for (const id of endpoints) mask[id] = 0;
  try {
    return fn(mask);
  } finally {
    for (const id of c.avoid) mask[id] = 0;
  }
}

/** Whether any constraint besides `mode` is set (then the plain engines cannot answer). */
export function isConstrained<E extends Attributes>(options: PathConstraints<E>): boolean {
  return (
    options.avoid !== undefined ||
    options.edgeFilter !== undefined ||
    (options.maxLength !== undefined && options.maxLength !== Infinity)
  );
}
