// egoNetwork: the subgraph of everyone within a given degree of a person, with every edge among
// them, for drawing and export. The ball comes from a BFS on the index that stops at the ball;
// a graphology input is then copied with its attributes and edge keys.

import type { AbstractGraph, Attributes } from 'graphology-types';
import { assertOptionalCount, resolveMode } from '../assert.js';
import { isCsr, type Csr } from '../csr/csr.js';
import { nodeId, resolveCsr } from '../csr/graph-like.js';
import { KeySafeGraph, makeKeySafe } from '../model/key-safe-graph.js';
import { UNREACHED } from '../traversal/bfs.js';
import { bfsEngine } from '../traversal/engines.js';
import type { Mode, NodeKey } from '../types.js';

/** Options of `egoNetwork`. */
export interface EgoNetworkOptions {
  /** Keep everyone within this many degrees (default 1: the person, contacts, and their ties). */
  maxDegree?: number;
  /** Direction on directed graphs (default `'outbound'`). */
  mode?: Mode;
}

const WHERE = 'egoNetwork';

/**
 * The ego network of `person`: everyone within `maxDegree` degrees and every edge among them.
 *
 * For a graphology graph the result is a graph of the same type and options (a `nullCopy`) with
 * the graph's, nodes' and edges' attributes copied (shallowly) and edge keys kept; parallel edges
 * and self-loops among kept people are kept too. For a `Csr` it is a new graphology graph
 * (`directed` or `undirected` like the index) with keys only and the index's simple edges. Nodes
 * come in BFS order, the person first. On directed graphs `mode` picks the edges followed to find
 * the people; every edge among them is kept, whatever its direction.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param person - the ego.
 * @param options - `maxDegree` (default 1), `mode`.
 * @returns a new graphology graph.
 * @throws NodeNotFoundError when `person` is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_r + m_r) to find the n_r people within reach (m_r adjacency entries scanned),
 * then O(m) for a graphology graph (one pass over its edges, the only safe way to read them for
 * any key) or O(m_r) for a `Csr`. Keys such as `constructor` or `__proto__` keep their edges.
 * @see Wasserman & Faust, "Social Network Analysis", 1994, ch. 2 (ego-centred networks).
 * @example
 * const ego = egoNetwork(graph, 'ada', { maxDegree: 2 });
 * ego.order; // 93
 * ego.getNodeAttribute('bob', 'name'); // 'Bob'
 */
export function egoNetwork<N extends Attributes, E extends Attributes, G extends Attributes>(
  graph: AbstractGraph<N, E, G>,
  person: NodeKey,
  options?: EgoNetworkOptions,
): AbstractGraph<N, E, G>;
export function egoNetwork(graph: Csr, person: NodeKey, options?: EgoNetworkOptions): AbstractGraph;
export function egoNetwork(
  graph: AbstractGraph | Csr,
  person: NodeKey,
  options: EgoNetworkOptions = {},
): AbstractGraph {
  assertOptionalCount(WHERE, 'maxDegree', options.maxDegree);
  const mode = resolveMode(WHERE, options.mode);
  const maxDegree = options.maxDegree ?? 1;
  const csr = resolveCsr(graph, WHERE);
  const p = nodeId(csr, person, WHERE, 'source');
  const bfs = bfsEngine(csr, mode);
  bfs.run(p, maxDegree === Infinity ? {} : { maxDistance: maxDegree });
  const { queue, dist, count } = bfs;
  const keys = csr.keys;
  if (isCsr(graph)) {
    const ego = new KeySafeGraph({ type: csr.directed ? 'directed' : 'undirected' });
    for (let i = 0; i < count; i++) ego.addNode(keys.key(queue[i]!));
    for (let i = 0; i < count; i++) {
      const u = queue[i]!;
      const end = csr.offsets[u + 1]!;
      for (let j = csr.offsets[u]!; j < end; j++) {
        const v = csr.targets[j]!;
        if (dist[v] === UNREACHED || (!csr.directed && v < u)) continue;
        ego.addEdge(keys.key(u), keys.key(v));
      }
    }
    return ego;
  }
  const ego = makeKeySafe(graph.nullCopy());
  ego.replaceAttributes({ ...graph.getAttributes() });
  for (let i = 0; i < count; i++) {
    const key = keys.key(queue[i]!);
    ego.addNode(key, { ...graph.getNodeAttributes(key) });
  }
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (dist[keys.id(source)] === UNREACHED || dist[keys.id(target)] === UNREACHED) return;
    if (undirected) ego.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
    else ego.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return ego;
}
