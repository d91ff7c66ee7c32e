// GraphLike: every public algorithm takes a graphology graph or a Csr. These helpers resolve
// either to a Csr and turn caller keys into dense ids, with the error messages of STYLE.md.

import type { AbstractGraph as Graph } from 'graphology-types';
import { InvalidArgumentError, NodeNotFoundError } from '../errors.js';
import type { NodeKey } from '../types.js';
import { isCsr, type Csr } from './csr.js';
import { toCsr } from './to-csr.js';

/** A graphology graph (any class, any attributes) or a prebuilt `Csr` index. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: any attributes are accepted
export type GraphLike = Graph<any, any, any> | Csr;

/**
 * Resolves a `GraphLike` to its CSR index (cached for graphology graphs).
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param where - the calling function's name, for error messages.
 * @returns the index.
 * @throws InvalidArgumentError when `graph` is neither.
 * @remarks Time O(1) for a `Csr` or a cached graph, else O(n + m).
 */
export function resolveCsr(graph: GraphLike, where = 'resolveCsr'): Csr {
  if (isCsr(graph)) return graph;
  if (graph && typeof graph === 'object' && typeof (graph as Graph).forEachEdge === 'function')
    return toCsr(graph as Graph);
  throw new InvalidArgumentError(where, 'graph', 'a graphology graph or a Csr', graph);
}

/**
 * Turns a caller's node key into a dense id, or throws `NodeNotFoundError` naming it.
 *
 * @param csr - the index.
 * @param key - the key as given (string or number, coerced with `String()`).
 * @param where - the calling function's name.
 * @param role - what the node is for (`source`, `target`, `member`…).
 * @returns the dense id.
 * @throws NodeNotFoundError when `key` is not in the index.
 * @remarks Time O(1) expected.
 * @example
 * const csr = fromEdges({ sources: [0, 1], targets: [1, 2] }); // keys '0', '1', '2'
 * nodeId(csr, 2, 'myFunction', 'target'); // 2
 */
export function nodeId(csr: Csr, key: NodeKey, where: string, role: string): number {
  if (typeof key !== 'string' && typeof key !== 'number') {
    throw new InvalidArgumentError(where, role, 'a node key (string or number)', key);
  }
  const k = String(key);
  const id = csr.keys.id(k);
  if (id < 0) throw new NodeNotFoundError(where, k, role);
  return id;
}
