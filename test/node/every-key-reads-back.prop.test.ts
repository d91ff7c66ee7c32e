// Every writer/reader pair of files (writeGraph → readGraph, what `handshakes convert` does) on
// graphs with arbitrary keys: empty, spaces, tabs, `;`, `#`/`%` first, quotes, CR/LF, a BOM, NUL,
// lone surrogates, Object.prototype names. Each format gives the same nodes and edges back (the
// edge list and .hsg simplified, as documented, with the dropped self-loops and repeats counted),
// or its writer refuses the graph: nothing comes back different without a word.
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, isCsr, parseEdgeList, toEdgesCsv } from '../../src/index.js';
import type { Csr } from '../../src/index.js';
import { readGraph, writeGraph } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('hs-every-key-');

const NASTY = [
  '',
  ' ',
  'a b',
  ' lead',
  'trail ',
  '\ttab',
  'x;y',
  'x,y',
  '#hash',
  '%pct',
  '"',
  '""',
  'a"b',
  "'",
  "'=1",
  '=1+1',
  '+3',
  '-1',
  '@me',
  '\rcr',
  'cr\r',
  'lf\n',
  '\r\n',
  '\uFEFF',
  '\uFEFFbom',
  'nul\0',
  '\uD800',
  '\uDC00x',
  '😀',
  'source',
  'target',
  '0',
  '7',
  '01',
  '4294967296',
  'é',
];
const KEY = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: fc.constantFrom(' ', '\t', ',', ';', '"', "'", '#', '%', '\r', '\n', 'a', '1'), maxLength: 5 }),
);

interface Drawn {
  directed: boolean;
  keys: string[];
  edges: [number, number][];
}
const GRAPH: fc.Arbitrary<Drawn> = fc
  .record({
    directed: fc.boolean(),
    keys: fc.uniqueArray(
      KEY.filter((k) => !(k in Object.prototype)),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .chain(({ directed, keys }) =>
    fc.record({
      directed: fc.constant(directed),
      keys: fc.constant(keys),
      edges: fc.array(fc.tuple(fc.nat(keys.length - 1), fc.nat(keys.length - 1)), { maxLength: 14 }),
    }),
  );

// Keys named like Object.prototype members stay out of the drawn graphs: graphology 0.26 cannot
// hold edges to them in a simple graph and writes to Object.prototype in a multigraph (seen here:
// a `previous` property). They are tested below on an index, which keeps its keys in a Map.
function build({ directed, keys, edges }: Drawn): Graph {
  const g = new Graph({ type: directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true });
  keys.forEach((k, i) => g.addNode(k, { i }));
  edges.forEach(([a, b], i) => g.addEdge(keys[a]!, keys[b]!, { n: i }));
  return g;
}

const XML_ILLEGAL =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const EDGE_LIST_UNWRITABLE = /[\n\0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// nodes as a sorted list; edges as sorted "s→t" (or "{s,t}") strings, each once unless `multi`
function nodesOf(g: Graph | Csr): string[] {
  const out: string[] = [];
  if (isCsr(g)) for (let u = 0; u < g.order; u++) out.push(g.keys.key(u));
  else g.forEachNode((k) => out.push(k));
  return out.sort();
}
const edgeText = (s: string, t: string, directed: boolean): string =>
  directed ? JSON.stringify([s, t]) : JSON.stringify([s, t].sort());
function edgesOf(g: Graph | Csr, directed: boolean): string[] {
  const out: string[] = [];
  if (isCsr(g)) {
    for (let u = 0; u < g.order; u++)
      for (let p = g.offsets[u]!; p < g.offsets[u + 1]!; p++) {
        const v = g.targets[p]!;
        if (directed || u <= v) out.push(edgeText(g.keys.key(u), g.keys.key(v), directed));
      }
  } else g.forEachEdge((_e, _a, s, t) => out.push(edgeText(s, t, directed)));
  return out.sort();
}
// what simplification keeps: no self-loop, each pair once
function simple(g: Graph, directed: boolean): { edges: string[]; selfLoops: number; duplicates: number } {
  const seen = new Set<string>();
  let selfLoops = 0;
  let duplicates = 0;
  g.forEachEdge((_e, _a, s, t) => {
    if (s === t) selfLoops++;
    else if (seen.has(edgeText(s, t, directed))) duplicates++;
    else seen.add(edgeText(s, t, directed));
  });
  return { edges: [...seen].sort(), selfLoops, duplicates };
}

let file = 0;
const path = (ending: string): string => join(dir, `g${file++}${ending}`);

describe('every key reads back, in every format', () => {
  test.prop([GRAPH], { numRuns: 150 })('.json keeps nodes, edges and attributes', async (drawn) => {
    const g = build(drawn);
    const at = path('.json');
    await writeGraph(g, at);
    const back = (await readGraph([at])).graph as Graph;
    expect(nodesOf(back)).toEqual(nodesOf(g));
    expect(edgesOf(back, drawn.directed)).toEqual(edgesOf(g, drawn.directed));
    g.forEachNode((k, a) => expect(back.getNodeAttributes(k)).toEqual(a));
  });

  // XML has no NUL, ESC… (the writers put visible signs, xml-chars.ts)
  test.prop([GRAPH], { numRuns: 150 })('.graphml and .gexf.gz keep XML-legal keys', async (drawn) => {
    fc.pre(!drawn.keys.some((k) => XML_ILLEGAL.test(k)));
    const g = build(drawn);
    for (const ending of ['.graphml', '.gexf.gz']) {
      const at = path(ending);
      await writeGraph(g, at);
      const back = (await readGraph([at])).graph as Graph;
      expect(nodesOf(back)).toEqual(nodesOf(g));
      expect(edgesOf(back, drawn.directed)).toEqual(edgesOf(g, drawn.directed));
    }
  });

  test.prop([GRAPH], { numRuns: 150 })('.hsg keeps every key, edges simplified, or is refused', async (drawn) => {
    const g = build(drawn);
    const at = path('.hsg');
    if (drawn.keys.some((k) => LONE_SURROGATE.test(k))) {
      await expect(writeGraph(g, at)).rejects.toThrow(/lone surrogate/);
      return;
    }
    await writeGraph(g, at);
    const back = (await readGraph([at])).graph as Csr;
    expect(nodesOf(back)).toEqual(nodesOf(g));
    expect(edgesOf(back, drawn.directed)).toEqual(simple(g, drawn.directed).edges);
  });

  test.prop([GRAPH], { numRuns: 300 })('.csv reads back every key, or is refused', async (drawn) => {
    const g = build(drawn);
    const at = path(drawn.keys.length % 2 ? '.csv' : '.csv.gz');
    const carried = !drawn.keys.some((k) => EDGE_LIST_UNWRITABLE.test(k)) && !g.someNode((k) => g.degree(k) === 0);
    if (!carried) {
      await expect(writeGraph(g, at)).rejects.toThrow(InvalidArgumentError);
      return;
    }
    await writeGraph(g, at);
    const read = await readGraph([at], { directed: drawn.directed });
    if (read.format !== 'edge-list') throw new Error(`read as ${read.format}`);
    const expected = simple(g, drawn.directed);
    expect(nodesOf(read.graph)).toEqual(nodesOf(g));
    expect(edgesOf(read.graph, drawn.directed)).toEqual(expected.edges);
    expect(read.report).toMatchObject({ selfLoops: expected.selfLoops, duplicates: expected.duplicates, skipped: [] });
    // the in-memory pair too, with and without the formula guard
    for (const formulaGuard of [true, false]) {
      const { csr } = parseEdgeList(toEdgesCsv(g, { formulaGuard }), { directed: drawn.directed });
      expect(nodesOf(csr)).toEqual(nodesOf(g));
      expect(edgesOf(csr, drawn.directed)).toEqual(expected.edges);
    }
  });

  it.each(['.csv', '.hsg'])('%s keeps keys named like Object.prototype members', async (ending) => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ' __proto__'];
    const text = `${names.map((k, i) => `"${k}" "${names[(i + 1) % names.length]}"`).join('\n')}\n`;
    const { csr } = parseEdgeList(text);
    const at = path(ending);
    await writeGraph(csr, at);
    const back = (await readGraph([at])).graph as Csr;
    expect(nodesOf(back)).toEqual([...names].sort());
    expect(edgesOf(back, false)).toEqual(edgesOf(csr, false));
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
