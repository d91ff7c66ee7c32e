// No reader, writer or conversion writes onto Object.prototype, whatever the node keys: graphology
// 0.26 keeps neighbours in plain objects, and in a plain multigraph the first edge to `__proto__`
// sets an enumerable `previous` on Object.prototype (every object of the process then has one).
// Keys are drawn from Object.prototype's member names mixed with ordinary ones, on simple and multi
// graphs of every type, with parallel edges and self-loops; each format reads back the same graph
// (the edge list and the index simplified, as documented). Object.prototype is restored after
// each test, so one failure does not poison the others.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type Csr,
  barabasiAlbert,
  csrToGraph,
  erdosRenyi,
  graphJsonChunks,
  isCsr,
  KeySafeGraph,
  mergeConnectionExports,
  parseEdgeList,
  parseGexf,
  parseGraphJson,
  parseGraphml,
  parseLinkedInConnections,
  parseLinkedInExport,
  professionalNetwork,
  professionalNetworkGraph,
  toCsr,
  toEdgesCsv,
  toGexf,
  toGraphJson,
  toGraphml,
} from '../../src/index.js';
import { readGraph, readTeam, writeGraph } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const PROTO_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'toLocaleString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'valueOf',
  '__defineGetter__',
  '__lookupSetter__',
  'previous',
  'next',
];
const KEY = fc.oneof(fc.constantFrom(...PROTO_NAMES), fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/));

const BASELINE = new Map(
  Object.getOwnPropertyNames(Object.prototype).map((name) => [
    name,
    Object.getOwnPropertyDescriptor(Object.prototype, name)!,
  ]),
);
const protoNames = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
const CLEAN = protoNames();
function restorePrototype(): void {
  const proto = Object.prototype as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) if (!BASELINE.has(name)) delete proto[name];
  for (const [name, descriptor] of BASELINE) Object.defineProperty(proto, name, descriptor);
}
afterEach(restorePrototype);
/** Runs `step`, then checks Object.prototype gained no property. */
function clean<T>(label: string, step: () => T): T {
  const out = step();
  expect(protoNames(), `${label} left Object.prototype as it was`).toEqual(CLEAN);
  return out;
}
async function cleanAsync<T>(label: string, step: () => Promise<T>): Promise<T> {
  const out = await step();
  expect(protoNames(), `${label} left Object.prototype as it was`).toEqual(CLEAN);
  return out;
}

const dir = tempDir('hs-proto-');
let file = 0;

type Kind = 'undirected' | 'directed' | 'mixed';
interface Drawn {
  type: Kind;
  multi: boolean;
  nested: boolean;
  keys: string[];
  edges: [number, number, boolean][];
}
const GRAPH: fc.Arbitrary<Drawn> = fc
  .record({
    type: fc.constantFrom<Kind>('undirected', 'directed', 'mixed'),
    multi: fc.boolean(),
    nested: fc.boolean(),
    keys: fc.uniqueArray(KEY, { minLength: 1, maxLength: 7 }),
  })
  .chain((d) =>
    fc.record({
      type: fc.constant(d.type),
      multi: fc.constant(d.multi),
      nested: fc.constant(d.nested),
      keys: fc.constant(d.keys),
      // parallel edges and self-loops come often with so few keys
      edges: fc.array(fc.tuple(fc.nat(d.keys.length - 1), fc.nat(d.keys.length - 1), fc.boolean()), {
        maxLength: 14,
      }),
    }),
  );

// `nested`: object attributes, which the XML writers JSON-encode in a copy of the graph
function build({ type, multi, nested, keys, edges }: Drawn): AbstractGraph {
  const g = new KeySafeGraph({ type, multi, allowSelfLoops: true });
  keys.forEach((k, i) => g.addNode(k, nested ? { i, tag: { k } } : { i }));
  edges.forEach(([a, b, undirectedInMixed], i) => {
    const [s, t] = [keys[a]!, keys[b]!];
    const undirected = type === 'undirected' || (type === 'mixed' && undirectedInMixed);
    if (!multi && (undirected ? g.hasUndirectedEdge(s, t) : g.hasDirectedEdge(s, t))) return;
    const attributes = nested ? { n: i, w: { i } } : { n: i };
    if (undirected) g.addUndirectedEdge(s, t, attributes);
    else g.addDirectedEdge(s, t, attributes);
  });
  return g;
}

// edges as sorted signatures: `u["a","b"]` (ends sorted) or `d["a","b"]`, one per edge
const signature = (s: string, t: string, undirected: boolean): string =>
  undirected ? `u${JSON.stringify([s, t].sort())}` : `d${JSON.stringify([s, t])}`;
function edgesOf(g: AbstractGraph): string[] {
  const out: string[] = [];
  g.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => out.push(signature(s, t, undirected)));
  return out.sort();
}
const nodesOf = (g: AbstractGraph | Csr): string[] =>
  (isCsr(g) ? Array.from({ length: g.order }, (_, u) => g.keys.key(u)) : g.nodes()).sort();
/** Each adjacency entry of an index once: `u` pairs (u ≤ v) for undirected, `d` arcs for directed. */
function csrEdges(csr: Csr): string[] {
  const out: string[] = [];
  for (let u = 0; u < csr.order; u++)
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
      const v = csr.targets[p]!;
      if (csr.directed || u <= v) out.push(signature(csr.keys.key(u), csr.keys.key(v), !csr.directed));
    }
  return out.sort();
}
/** What an index keeps of a graph: no self-loop, each pair once; undirected edges of a directed or mixed graph as two arcs. */
function indexed(g: AbstractGraph): string[] {
  const out = new Set<string>();
  g.forEachEdge((_e, _a, s, t, _sa, _ta, undirected) => {
    if (s === t) return;
    if (g.type === 'undirected') out.add(signature(s, t, true));
    else {
      out.add(signature(s, t, false));
      if (undirected) out.add(signature(t, s, false));
    }
  });
  return [...out].sort();
}
/** What an edge list keeps: each row an edge (a pair for undirected graphs, an arc else), no self-loop, no repeat. */
function listed(g: AbstractGraph): { edges: string[]; nodes: string[] } {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  g.forEachEdge((_e, _a, s, t) => {
    nodes.add(s).add(t);
    if (s !== t) edges.add(signature(s, t, g.type === 'undirected'));
  });
  return { edges: [...edges].sort(), nodes: [...nodes].sort() };
}

describe('Object.prototype member names as keys pollute nothing and read back', () => {
  test.prop([GRAPH])('JSON, GEXF and GraphML: written, read back the same, nothing polluted', (drawn) => {
    const g = clean('building a KeySafeGraph', () => build(drawn));
    const expected = { nodes: nodesOf(g), edges: edgesOf(g) };
    const json = clean('toGraphJson', () => toGraphJson(g));
    expect(clean('graphJsonChunks', () => [...graphJsonChunks(g)].join(''))).toBe(json);
    const backs: [string, AbstractGraph][] = [
      ['parseGraphJson', clean('parseGraphJson', () => parseGraphJson(json))],
      ['KeySafeGraph.from(serialised)', clean('KeySafeGraph.from', () => KeySafeGraph.from(JSON.parse(json)))],
      ['KeySafeGraph.from(graph)', clean('KeySafeGraph.from', () => KeySafeGraph.from(g))],
      ['copy', clean('copy', () => g.copy())],
      ['parseGexf', clean('parseGexf', () => parseGexf(clean('toGexf', () => toGexf(g))))],
      ['parseGraphml', clean('parseGraphml', () => parseGraphml(clean('toGraphml', () => toGraphml(g))))],
    ];
    for (const [label, back] of backs) {
      expect(nodesOf(back), label).toEqual(expected.nodes);
      expect(edgesOf(back), label).toEqual(expected.edges);
    }
    // the copies hold edges too: adding one more to a `__proto__` node pollutes nothing
    for (const [label, back] of backs)
      if (back.multi && back.hasNode('__proto__') && back.type !== 'directed')
        clean(`${label} then addUndirectedEdge`, () => back.addUndirectedEdge('__proto__', back.nodes()[0]!));
  });

  test.prop([GRAPH])('the edge list, the index and back: simplified as documented, nothing polluted', (drawn) => {
    const g = build(drawn);
    const list = listed(g);
    const { csr } = clean('parseEdgeList', () =>
      parseEdgeList(
        clean('toEdgesCsv', () => toEdgesCsv(g)),
        { directed: g.type !== 'undirected' },
      ),
    );
    expect(nodesOf(csr)).toEqual(list.nodes);
    expect(csrEdges(csr)).toEqual(list.edges);
    const index = clean('toCsr', () => toCsr(g));
    expect(nodesOf(index)).toEqual(nodesOf(g));
    expect(csrEdges(index)).toEqual(indexed(g));
    const back = clean('csrToGraph', () => csrToGraph(index));
    expect(nodesOf(back)).toEqual(nodesOf(g));
    expect(edgesOf(back)).toEqual(indexed(g));
  });

  test.prop([GRAPH], { numRuns: 40 })('.hsg and .json files through writeGraph and readGraph', async (drawn) => {
    const g = build(drawn);
    const hsg = join(dir, `g${file++}.hsg`);
    await cleanAsync('writeGraph .hsg', () => writeGraph(g, hsg));
    const index = (await cleanAsync('readGraph .hsg', () => readGraph([hsg]))).graph as Csr;
    expect(nodesOf(index)).toEqual(nodesOf(g));
    expect(csrEdges(index)).toEqual(indexed(g));
    const json = join(dir, `g${file++}.json`);
    await cleanAsync('writeGraph .json', () => writeGraph(g, json));
    const back = (await cleanAsync('readGraph .json', () => readGraph([json]))).graph as AbstractGraph;
    expect(edgesOf(back)).toEqual(edgesOf(g));
  });

  const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
  const OWNER = 'https://www.linkedin.com/in/owner';
  const connections = (keys: string[]): string =>
    `${HEADER}\n${keys.map((k) => `Ada,L,${k},,Acme,Engineer,15 Mar 2021`).join('\n')}\n`;

  test.prop([fc.uniqueArray(KEY, { minLength: 1, maxLength: 7 })], { numRuns: 40 })(
    'LinkedIn Connections.csv, its zip and a team: every key a person, nothing polluted',
    async (keys) => {
      const csv = connections(keys);
      const { people } = clean('parseLinkedInConnections', () => parseLinkedInConnections(csv));
      const zipped = clean('parseLinkedInExport', () =>
        parseLinkedInExport(zipSync({ 'Connections.csv': strToU8(csv) }), { owner: OWNER }),
      );
      expect(zipped.connections.people.map((p) => p.key)).toEqual(people.map((p) => p.key));
      // two exports sharing every connection: the owner of the second is the first key
      const { graph } = clean('mergeConnectionExports', () =>
        mergeConnectionExports([
          { owner: OWNER, people },
          { owner: keys[0]!, people },
        ]),
      );
      expect(nodesOf(graph)).toEqual([OWNER, ...keys].sort());
      const folder = mkdtempSync(join(dir, 'team-'));
      writeFileSync(join(folder, 'owner.csv'), csv);
      const manifest = join(folder, 'team.json');
      writeFileSync(manifest, JSON.stringify({ members: [{ profileUrl: OWNER, export: 'owner.csv' }] }));
      const team = await cleanAsync('readTeam', () => readTeam(manifest));
      expect(nodesOf(team.graph)).toEqual([OWNER, ...keys].sort());
      expect(edgesOf(team.graph)).toEqual(keys.map((k) => signature(OWNER, k, true)).sort());
      // the team graph written and read back
      for (const write of [toGexf, toGraphml] as const) {
        const back = clean('a team graph written as XML', () =>
          write === toGexf ? parseGexf(toGexf(team.graph)) : parseGraphml(toGraphml(team.graph)),
        );
        expect(edgesOf(back)).toEqual(edgesOf(team.graph));
      }
    },
  );
});

describe('graphs the generators build', () => {
  it.each([
    ['erdosRenyi', () => erdosRenyi({ people: 20, edges: 30, seed: 1 }) as AbstractGraph],
    ['barabasiAlbert', () => barabasiAlbert({ people: 20, seed: 1 }) as AbstractGraph],
    ['professionalNetworkGraph', () => professionalNetworkGraph(professionalNetwork({ people: 30, output: 'csr' }))],
  ])('%s: nodes of any name join, copies included', (_name, generate) => {
    const g = generate();
    for (const name of PROTO_NAMES) clean(`an edge to ${name}`, () => g.addEdge('0', g.mergeNode(name)[0]));
    for (const name of PROTO_NAMES) expect(g.hasEdge('0', name)).toBe(true);
    const copy = clean('copy', () => g.copy({ multi: true }));
    clean('a parallel edge in the copy', () => copy.addEdge('0', '__proto__'));
    expect(copy.edges('0', '__proto__')).toHaveLength(2);
  });
});

describe('graphs users build with plain graphology', () => {
  // The user's graph pollutes as it is built (graphology's own doing); the XML writers then copy it
  // to JSON-encode its object attributes, and that copy must not pollute again.
  it.each(['undirected', 'directed', 'mixed'] as const)(
    'a plain %s multigraph with a `__proto__` node is written as GEXF without polluting again',
    (type) => {
      const g = new Graph({ type, multi: true });
      g.mergeNode('a', { tag: { k: 'a' } });
      g.mergeNode('__proto__', { tag: { k: '__proto__' } });
      g.addEdge('a', '__proto__', { w: { i: 0 } });
      restorePrototype();
      const back = clean('toGexf of a plain multigraph', () => parseGexf(toGexf(g)));
      expect(back.nodes().sort()).toEqual(['__proto__', 'a']);
      expect(edgesOf(back)).toEqual(edgesOf(g));
      expect(back.getNodeAttribute('__proto__', 'tag')).toBe('{"k":"__proto__"}');
    },
  );

  // graphology links parallel edges through `previous`/`next` and tests them against undefined:
  // inherited from a polluted prototype, they would make dropEdge corrupt the lists
  it.each(['undirected', 'directed', 'mixed'] as const)(
    'a key-safe %s multigraph keeps its edges right after a plain graph polluted the process',
    (type) => {
      const plain = new Graph({ multi: true });
      plain.mergeNode('a');
      plain.mergeNode('__proto__');
      plain.addEdge('a', '__proto__');
      expect(Object.keys(Object.prototype)).toEqual(['previous']);
      for (const g of [new KeySafeGraph({ type, multi: true }), parseGraphJson(toGraphJson(plain)).copy()]) {
        g.mergeNode('x');
        g.mergeNode('y');
        const [first, second, third] = [g.addEdge('x', 'y'), g.addEdge('x', 'y'), g.addEdge('x', 'y')];
        g.dropEdge(third);
        expect(g.edges('x', 'y').sort()).toEqual([first, second].sort());
        g.dropEdge(first);
        expect(g.edges('x', 'y')).toEqual([second]);
        g.dropEdge(second);
        expect([g.edges('x', 'y'), g.neighbors('x'), g.hasEdge('x', 'y')]).toEqual([[], [], false]);
      }
    },
  );
});
