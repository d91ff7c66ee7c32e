// Builds a graphology graph from a CSR index, so the writers (GEXF, GraphML, JSON, CSV) accept
// either half of a GraphLike. Undirected indexes store each edge both ways: it is added once
// (u < v). Node keys come back as strings; the index holds no attributes.

import type { AbstractGraph as AnyGraph } from 'graphology-types';
import { isCsr, type Csr } from '../csr/csr.js';
import type { GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import { KeySafeGraph } from '../model/key-safe-graph.js';
import type { PeopleGraph } from '../model/people-graph.js';

/**
 * Turns a `Csr` into a simple graphology graph with the same keys and edges (directed when the
 * index is); any key, `constructor` or `toString` included, keeps its edges.
 *
 * @param csr - the index.
 * @returns a new people graph without attributes.
 * @remarks Time O(n + m), and graphology's memory (hundreds of bytes an edge).
 * @example
 * csrToGraph(parseEdgeList('a b\nb c').csr).size; // 2
 */
export function csrToGraph(csr: Csr): PeopleGraph {
  const { order, offsets, targets, keys, directed } = csr;
  const graph = new KeySafeGraph({
    type: directed ? 'directed' : 'undirected',
    multi: false,
    allowSelfLoops: true,
  }) as unknown as PeopleGraph;
  for (let u = 0; u < order; u++) graph.addNode(keys.key(u));
  for (let u = 0; u < order; u++) {
    const source = keys.key(u);
    const end = offsets[u + 1]!;
    for (let i = offsets[u]!; i < end; i++) {
      const v = targets[i]!;
      if (directed || u <= v) graph.mergeEdge(source, keys.key(v));
    }
  }
  return graph;
}

/** A graphology graph as it is, a `Csr` converted; anything else an InvalidArgumentError. */
export function graphOf(where: string, graph: GraphLike): AnyGraph {
  if (isCsr(graph)) return csrToGraph(graph);
  if (!graph || typeof (graph as AnyGraph).forEachNode !== 'function')
    throw new InvalidArgumentError(where, 'graph', 'a graphology graph or a Csr', graph);
  return graph as AnyGraph;
}
