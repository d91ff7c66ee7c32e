import { describe, expect, it } from 'vitest';
import {
  csrToGraph,
  egoNetwork,
  fromEdges,
  mergeConnectionExports,
  parseGexf,
  parseGraphJson,
  parseGraphml,
  parseLinkedInConnections,
  toEdgesCsv,
  toGexf,
  toGraphJson,
  toGraphml,
} from '../../src/index.js';

// Any string is a key (docs/conventions.md): no conversion may drop or reject an edge because of
// its endpoints' names. graphology 0.26 looks edges up in plain objects, so these names collide
// with Object.prototype members.
const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

//   a ── <name> ── b        (and <name> ── <other name>)
const csrWith = (name: string, other: string, directed = false) =>
  fromEdges({ sources: [0, 1, 1], targets: [1, 2, 3] }, { nodes: ['a', name, 'b', other], directed });

const pairs = (edges: [string, string][]) => edges.map(([s, t]) => [s, t].sort().join(' — ')).sort();

describe.each(NAMES)('a node named %j', (name) => {
  const other = name === 'toString' ? 'constructor' : 'toString';
  const expected = pairs([
    ['a', name],
    [name, 'b'],
    [name, other],
  ]);

  it.each([false, true])('csrToGraph keeps every edge (directed %s)', (directed) => {
    const g = csrToGraph(csrWith(name, other, directed));
    expect(g.size).toBe(3);
    const edges: [string, string][] = [];
    g.forEachEdge((_e, _a, s, t) => edges.push([s, t]));
    expect(pairs(edges)).toEqual(expected);
    expect([g.hasEdge('a', name), g.hasEdge(name, 'b'), g.hasEdge('a', 'b'), g.hasEdge('a', other)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(g.neighbors(name).sort()).toEqual(['a', 'b', other].sort());
    expect(Object.keys(Object.prototype.toString)).toEqual([]); // nothing written onto shared prototypes
  });

  it('toGraphJson, toEdgesCsv, toGexf and toGraphml write every edge, and read back', () => {
    const csr = csrWith(name, other);
    const json = JSON.parse(toGraphJson(csr)) as { edges: { source: string; target: string }[] };
    expect(pairs(json.edges.map((e) => [e.source, e.target]))).toEqual(expected);
    expect(toEdgesCsv(csr).trim().split('\n')).toHaveLength(4);
    for (const g of [parseGraphJson(toGraphJson(csr)), parseGexf(toGexf(csr)), parseGraphml(toGraphml(csr))]) {
      const edges: [string, string][] = [];
      g.forEachEdge((_e, _a, s, t) => edges.push([s, t]));
      expect(pairs(edges)).toEqual(expected);
    }
  });

  it('egoNetwork builds the ego graph from an index', () => {
    const ego = egoNetwork(csrWith(name, other), 'a');
    expect(ego.order).toBe(2);
    expect(ego.size).toBe(1);
    expect(egoNetwork(csrWith(name, other), name).size).toBe(3);
  });

  it('a LinkedIn URL cell holding the name merges into a graph with every edge', () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const { people } = parseLinkedInConnections(
      `${header}\nAda,L,${name},,Acme,P,15 Mar 2021\nBob,B,https://www.linkedin.com/in/bob,,Acme,P,15 Mar 2021\n`,
    );
    const { graph, report } = mergeConnectionExports([
      { owner: 'https://www.linkedin.com/in/me', people },
      { owner: 'https://www.linkedin.com/in/bob', people },
    ]);
    expect(report.edges).toBe(graph.size);
    expect(graph.size).toBe(3); // me—ada, me—bob, bob—ada; bob's own row is skipped
  });
});
