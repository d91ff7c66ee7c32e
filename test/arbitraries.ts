// fast-check arbitraries: random directed, undirected and mixed graphs, simple or multi, with
// self-loops, isolated nodes (so often disconnected), '' and numeric-string keys. Object.prototype
// names stay out (graphology cannot store edges to them); unit tests cover them on our own code.

import fc from 'fast-check';
import Graph from 'graphology';

/** A generated graph, as plain data. */
export interface RandomGraph {
  type: 'directed' | 'undirected' | 'mixed';
  directed: boolean;
  nodes: string[];
  /** [source, target, undirected?] */
  edges: [string, string, boolean][];
}

const KEY_POOL = ['', '0', '1', '2', '10', 'a', 'b', 'ada', 'bob', 'cy', 'dee', 'é', ' ', '01', '-1', 'x y', 'z'];

/** Random graph data with up to `maxNodes` nodes. */
export function randomGraph(
  options: { maxNodes?: number; maxEdges?: number; types?: RandomGraph['type'][] } = {},
): fc.Arbitrary<RandomGraph> {
  const maxNodes = options.maxNodes ?? 14;
  const maxEdges = options.maxEdges ?? 40;
  const types = options.types ?? ['directed', 'undirected', 'mixed'];
  return fc
    .record({
      type: fc.constantFrom(...types),
      n: fc.integer({ min: 1, max: maxNodes }),
      numericKeys: fc.boolean(),
      raw: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: maxEdges }),
    })
    .map(({ type, n, numericKeys, raw }) => {
      const nodes = Array.from({ length: n }, (_, i) => (numericKeys ? String(i) : (KEY_POOL[i] ?? `k${i}`)));
      const edges = raw.map(([a, b, u]): [string, string, boolean] => [
        nodes[a % n]!,
        nodes[b % n]!,
        type === 'undirected' ? true : type === 'mixed' ? u : false,
      ]);
      return { type, directed: type !== 'undirected', nodes, edges };
    });
}

/** Builds a graphology multigraph (parallel edges and self-loops allowed) from the data. */
export function toGraphology(g: RandomGraph): Graph {
  const graph = new Graph({ type: g.type, multi: true, allowSelfLoops: true });
  for (const k of g.nodes) graph.addNode(k);
  for (const [a, b, u] of g.edges) {
    if (g.type === 'mixed') {
      if (u) graph.addUndirectedEdge(a, b);
      else graph.addDirectedEdge(a, b);
    } else graph.addEdge(a, b);
  }
  return graph;
}

/** A graph on dense ids 0 … n−1 (1 ≤ n ≤ maxNodes), up to `maxDensity`·n edges (loops, repeats allowed). */
export interface IdGraph {
  n: number;
  directed: boolean;
  edges: [number, number][];
}

/** Random id graphs, for kernels that take arrays (sizes that cross 32- and 64-bit word boundaries). */
export function idGraph(maxNodes: number, maxDensity: number): fc.Arbitrary<IdGraph> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxNodes }),
      directed: fc.boolean(),
      density: fc.integer({ min: 0, max: maxDensity }),
    })
    .chain(({ n, directed, density }) =>
      fc.record({
        n: fc.constant(n),
        directed: fc.constant(directed),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * density }),
      }),
    );
}
