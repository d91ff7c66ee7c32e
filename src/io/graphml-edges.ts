// The edges of a GraphML document, added once every node is read (an edge may name a node declared
// after it): the graph turns mixed when an edge's direction differs from the default and multi at
// the first parallel edge; repeated edge ids (networkx writes a multigraph's per-pair keys) are
// renumbered; an edge to an undeclared node is refused with its line, or adds the node.

import { KeySafeGraph } from '../model/key-safe-graph.js';
import type { PeopleGraph } from '../model/people-graph.js';

/** The edges read, in document order (parallel arrays). */
export interface GraphmlEdges {
  ids: (string | undefined)[];
  sources: string[];
  targets: string[];
  directed: boolean[];
  attributes: Record<string, unknown>[];
  /** Offsets of the `<edge>` tags, for errors. */
  offsets: number[];
}

/** A new empty set of edges. */
export const noEdges = (): GraphmlEdges => ({
  ids: [],
  sources: [],
  targets: [],
  directed: [],
  attributes: [],
  offsets: [],
});

// A copy of `graph` (the same attribute objects) with other options.
function copyWith(graph: PeopleGraph, options: { type: 'mixed' | 'directed' | 'undirected'; multi: boolean }) {
  const copy = new KeySafeGraph(options) as unknown as PeopleGraph;
  copy.replaceAttributes(graph.getAttributes());
  graph.forEachNode((key, a) => copy.addNode(key, a));
  graph.forEachEdge((key, a, s, t, _sa, _ta, undirected) => {
    if (undirected) copy.addUndirectedEdgeWithKey(key, s, t, a);
    else copy.addDirectedEdgeWithKey(key, s, t, a);
  });
  return copy;
}

/**
 * Adds the edges to a graph holding the nodes.
 *
 * @param nodes - the graph of the declared nodes (its type the first `<graph>`'s `edgedefault`).
 * @param edges - the edges read.
 * @param groups - ids of group nodes (holding a nested graph), which no edge may join.
 * @param addMissingNodes - add the nodes an edge names but the document does not declare.
 * @param fail - throws a ParseError at an offset.
 * @returns the graph (a copy when it had to turn mixed or multi).
 * @remarks Time O(n + m).
 */
export function addGraphmlEdges(
  nodes: PeopleGraph,
  edges: GraphmlEdges,
  groups: ReadonlySet<string>,
  addMissingNodes: boolean,
  fail: (reason: string, offset: number) => never,
): PeopleGraph {
  let graph = nodes;
  const { ids, sources, targets, directed, attributes, offsets } = edges;
  const add = (g: PeopleGraph, i: number): void => {
    const id = ids[i];
    const s = sources[i]!;
    const t = targets[i]!;
    const a = attributes[i]!;
    if (id) {
      if (directed[i]) g.addDirectedEdgeWithKey(id, s, t, a);
      else g.addUndirectedEdgeWithKey(id, s, t, a);
    } else if (directed[i]) g.addDirectedEdge(s, t, a);
    else g.addUndirectedEdge(s, t, a);
  };
  const m = sources.length;
  const seen = new Set<string>();
  let named = 0;
  for (const id of ids)
    if (id) {
      seen.add(id);
      named++;
    }
  if (seen.size < named) for (let i = 0; i < m; i++) ids[i] = String(i);
  const isDirected = graph.type === 'directed';
  if (directed.some((d) => d !== isDirected)) graph = copyWith(graph, { type: 'mixed', multi: false });
  const missing = (end: 'source' | 'target', key: string, i: number): void => {
    if (groups.has(key))
      fail(
        `an edge's ${end} ${JSON.stringify(key)} is a group (a node holding a nested <graph>), not a person: handshakes reads the people inside groups; join people, or ungroup the node`,
        offsets[i]!,
      );
    if (!addMissingNodes) fail(`an edge's ${end} ${JSON.stringify(key)} is not a declared node`, offsets[i]!);
    graph.addNode(key);
  };
  for (let i = 0; i < m; i++) {
    const s = sources[i]!;
    const t = targets[i]!;
    if (!graph.hasNode(s)) missing('source', s, i);
    if (!graph.hasNode(t)) missing('target', t, i);
    try {
      add(graph, i);
    } catch (error) {
      // graphology refuses a parallel edge in a simple graph: the graph turns multi (once)
      const d = directed[i]!;
      if (graph.multi || !(d ? graph.hasDirectedEdge(s, t) : graph.hasUndirectedEdge(s, t))) throw error;
      graph = copyWith(graph, { type: graph.type, multi: true });
      add(graph, i);
    }
  }
  return graph;
}
