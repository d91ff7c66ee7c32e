// mutualConnections: the people two persons both know (their common 1st-degree contacts), by
// stamping one neighbour list and scanning the other: no allocation beyond the answer.

import { resolveMode } from '../assert.js';
import { adjacency } from '../csr/adjacency.js';
import type { Csr } from '../csr/csr.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import type { Mode, NodeKey } from '../types.js';
import { nextGenerations, reachScratch } from './scratch.js';

/** Options of `mutualConnections`. */
export interface MutualConnectionsOptions {
  /** Direction on directed graphs (default `'outbound'`: people both point to). */
  mode?: Mode;
}

const WHERE = 'mutualConnections';

/**
 * Common contacts of `a` and `b` as dense ids, in `a`'s neighbour order (kernel; trusts its input).
 *
 * @remarks Time O(deg a + deg b).
 */
export function mutualIds(csr: Csr, mode: Mode, a: number, b: number): number[] {
  const { offsets, targets } = adjacency(csr, mode);
  const scratch = reachScratch(csr);
  const { stamp } = scratch;
  const g = nextGenerations(scratch, 1);
  const endB = offsets[b + 1]!;
  for (let j = offsets[b]!; j < endB; j++) stamp[targets[j]!] = g;
  const out: number[] = [];
  const endA = offsets[a + 1]!;
  for (let j = offsets[a]!; j < endA; j++) {
    const v = targets[j]!;
    if (stamp[v] === g) out.push(v);
  }
  return out;
}

/**
 * The people both `a` and `b` know: their common 1st-degree contacts.
 *
 * Neither `a` nor `b` is ever in the answer (nobody is their own contact), even when they know
 * each other. On directed graphs `mode` picks the contacts compared: `'outbound'` the people both
 * have an edge to, `'inbound'` the people with an edge to both, `'all'` either way. Parallel edges
 * and self-loops change nothing.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param a - the first person.
 * @param b - the second person.
 * @param options - `mode`.
 * @returns the keys of the common contacts, in the order of `a`'s contacts in the index.
 * @throws NodeNotFoundError when `a` or `b` is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(deg a + deg b), plus O(n + m) once to index a graphology graph.
 * @example
 * mutualConnections(graph, 'ada', 'cy'); // ['bob', 'fay']
 */
export function mutualConnections(
  graph: GraphLike,
  a: NodeKey,
  b: NodeKey,
  options: MutualConnectionsOptions = {},
): string[] {
  const mode = resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const s = nodeId(csr, a, WHERE, 'first person');
  const t = nodeId(csr, b, WHERE, 'second person');
  return mutualIds(csr, mode, s, t).map((id) => csr.keys.key(id));
}
