// Round trips graph → GEXF / GraphML / JSON → graph on random directed, undirected and mixed
// multigraphs with self-loops, odd keys and typed attributes: nodes, edges (with their keys and
// direction) and attributes all come back.
import { fc, test } from '@fast-check/vitest';
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  ParseError,
  csrToGraph,
  parseGexf,
  parseGraphJson,
  parseGraphml,
  toCsr,
  toGexf,
  toGraphJson,
  toGraphml,
} from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';

const TEXT = fc.string({
  unit: fc.constantFrom('a', 'é', ' ', '<', '&', '"', "'", '>', '=', '@', '1', 'ß'),
  minLength: 1,
  maxLength: 8,
});
const NODE_ATTRS = fc.record(
  {
    name: TEXT,
    company: TEXT,
    member: fc.boolean(),
    connections: fc.integer({ min: -1000, max: 1000 }),
    score: fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
  },
  { requiredKeys: [] },
);
const EDGE_ATTRS = fc.record(
  {
    connectedOn: fc.constantFrom('2020-01-01', '2021-12-31'),
    weight: fc.integer({ min: 1, max: 9 }),
    known: fc.boolean(),
  },
  { requiredKeys: [] },
);

const arbitrary = randomGraph({ maxNodes: 10, maxEdges: 20 }).chain((g) =>
  fc.record({
    g: fc.constant(g),
    nodeAttrs: fc.array(NODE_ATTRS, { minLength: g.nodes.length, maxLength: g.nodes.length }),
    edgeAttrs: fc.array(EDGE_ATTRS, { minLength: g.edges.length, maxLength: g.edges.length }),
  }),
);

function build({
  g,
  nodeAttrs,
  edgeAttrs,
}: fc.Arbitrary<unknown> extends never
  ? never
  : { g: Parameters<typeof toGraphology>[0]; nodeAttrs: Attributes[]; edgeAttrs: Attributes[] }): Graph {
  const graph = toGraphology(g);
  graph.nodes().forEach((k, i) => graph.replaceNodeAttributes(k, { ...nodeAttrs[i] }));
  graph.edges().forEach((e, i) => graph.replaceEdgeAttributes(e, { ...edgeAttrs[i] }));
  return graph;
}

/** Same nodes with the same attributes, same edges (key, ends, direction, attributes). */
function expectSameGraph(back: Graph, graph: Graph): void {
  expect(back.order).toBe(graph.order);
  expect(back.size).toBe(graph.size);
  graph.forEachNode((k, a) => expect(back.getNodeAttributes(k)).toEqual(a));
  graph.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    expect(back.hasEdge(e)).toBe(true);
    expect(back.isUndirected(e)).toBe(undirected);
    expect(new Set(back.extremities(e))).toEqual(new Set([s, t]));
    if (!undirected) expect(back.source(e)).toBe(s);
    expect(back.getEdgeAttributes(e)).toEqual(a);
  });
}

describe('graph formats round trip', () => {
  test.prop([arbitrary])('JSON keeps everything, graph options included', (data) => {
    const graph = build(data);
    const back = parseGraphJson(toGraphJson(graph));
    expectSameGraph(back, graph);
    expect(back.type).toBe(graph.type);
    expect(back.multi).toBe(graph.multi);
  });

  test.prop([arbitrary])('GEXF keeps nodes, edges and typed attributes', (data) => {
    const graph = build(data);
    expectSameGraph(parseGexf(toGexf(graph)), graph);
  });

  test.prop([arbitrary])('GraphML keeps nodes, edges and typed attributes', (data) => {
    const graph = build(data);
    expectSameGraph(parseGraphml(toGraphml(graph)), graph);
  });

  it('writes objects and lists of objects as JSON strings in XML formats, keeps them in JSON', () => {
    const g = new Graph();
    g.addNode('a', { tags: ['x', 'y'], meta: { k: 1 } });
    g.addNode('b');
    g.addEdge('a', 'b', { provenance: [{ export: 'a', line: 2 }] });
    expect(parseGexf(toGexf(g)).getNodeAttributes('a')).toEqual({ tags: ['x', 'y'], meta: '{"k":1}' });
    expect(parseGraphml(toGraphml(g)).getEdgeAttribute(parseGraphml(toGraphml(g)).edges()[0]!, 'provenance')).toBe(
      '[{"export":"a","line":2}]',
    );
    expect(parseGraphJson(toGraphJson(g)).getNodeAttributes('a')).toEqual({ tags: ['x', 'y'], meta: { k: 1 } });
    expect(g.getNodeAttributes('a')).toEqual({ tags: ['x', 'y'], meta: { k: 1 } }); // input untouched
  });

  it.each([
    [
      'GEXF, malformed XML',
      () => parseGexf('<gexf><graph>\n<nodes><node id="a></nodes></graph></gexf>', { source: 'g.gexf' }),
      /g\.gexf, line 2, column 8: malformed XML: element parse error/,
    ],
    ['GEXF, wrong root', () => parseGexf('<graphml><graph/></graphml>'), /expected a <gexf> document, found <graphml>/],
    [
      'GEXF, edge to a missing node',
      () =>
        parseGexf(
          '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>',
        ),
      /line 1, column \d+: an edge's target "b" is not a declared node/,
    ],
    [
      'GEXF, a node id declared twice (the parser named neither element nor line)',
      () =>
        parseGexf('<gexf><graph><nodes><node id="a"/>\n<node id="a"/></nodes></graph></gexf>', { source: 'g.gexf' }),
      /g\.gexf, line 2, column 1: the node id "a" is declared twice/,
    ],
    [
      'GraphML, an edge to an undeclared node',
      () =>
        parseGraphml(
          '<graphml><graph edgedefault="undirected">\n<node id="a"/>\n  <edge source="x" target="a"/></graph></graphml>',
        ),
      /line 3, column 3: an edge's source "x" is not a declared node/,
    ],
    ['GraphML, empty', () => parseGraphml('', { source: 'g.graphml' }), /g\.graphml: empty document/],
    ['GraphML, not XML', () => parseGraphml('hello'), /malformed XML|expected a <graphml> document/],
    ['GraphML, no graph', () => parseGraphml('<graphml></graphml>'), /no <graph> element/],
    [
      'JSON, syntax',
      () => parseGraphJson('{\n "nodes": [1 2]\n}', { source: 'g.json' }),
      /g\.json, line 2, column 14: invalid JSON/,
    ],
    [
      'JSON, truncated',
      () => parseGraphJson('{\n "nodes": [\n', { source: 'g.json' }),
      /g\.json, line 3, column 1: invalid JSON: Unexpected end/,
    ],
    ['JSON, shape', () => parseGraphJson('{"edges": []}'), /an object with a `nodes` array/],
    [
      'JSON, dangling edge',
      () => parseGraphJson('{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"b"}]}'),
      /not a valid serialised graph/,
    ],
  ])('%s is a ParseError', (_n, run, pattern) => {
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).code).toBe('PARSE_ERROR');
      expect((error as Error).message).toMatch(pattern);
    }
  });
});

describe('writers accept a Csr too', () => {
  test.prop([randomGraph({ maxNodes: 10, maxEdges: 20, types: ['directed', 'undirected'] })])(
    'csrToGraph keeps keys and the simple edge set; every writer takes the index',
    (data) => {
      const csr = toCsr(toGraphology(data));
      const graph = csrToGraph(csr);
      expect(graph.order).toBe(csr.order);
      expect(graph.size).toBe(csr.size);
      const back = parseGraphml(toGraphml(csr));
      expect(back.order).toBe(csr.order);
      expect(back.size).toBe(csr.size);
      expect(parseGexf(toGexf(csr)).size).toBe(csr.size);
      expect(parseGraphJson(toGraphJson(csr)).size).toBe(csr.size);
      for (const [s, t] of data.edges)
        if (s !== t) expect(data.directed ? graph.hasDirectedEdge(s, t) : graph.hasUndirectedEdge(s, t)).toBe(true);
    },
  );

  it('rejects anything else with INVALID_ARGUMENT', () => {
    for (const write of [toGexf, toGraphml, toGraphJson])
      expect(() => write({} as never)).toThrow(InvalidArgumentError);
  });
});
