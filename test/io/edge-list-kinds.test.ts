// Files that look like edge lists and are not: networkx's multiline adjacency list (read, node lines
// and `{…}` data understood) and its plain adjacency list (refused in one line), beside the edge
// lists that must keep reading as before (weights, KONECT/SNAP headers, small second columns).
// The karate fixtures were written by networkx (test/fixtures/karate-adjacency.py).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createEdgeListParser, type Csr, ParseError, parseEdgeList } from '../../src/index.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';
import { datasetPath, SHARED } from '../shared-data.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));

/** The undirected edges of an index as sorted "a–b" strings (keys, not ids). */
function edgeSet(csr: Csr): string[] {
  const out = new Set<string>();
  for (let u = 0; u < csr.order; u++)
    for (let k = csr.offsets[u]!; k < csr.offsets[u + 1]!; k++) {
      const [a, b] = [csr.keys.key(u), csr.keys.key(csr.targets[k]!)].sort();
      out.add(`${a}–${b}`);
    }
  return [...out].sort();
}

/** The node keys of an index, by id. */
const keysOf = (csr: Csr): string[] => Array.from({ length: csr.order }, (_, i) => csr.keys.key(i));

/** A multiline adjacency list read the way networkx documents it, ten lines, as the oracle. */
function readMultiline(text: string): { nodes: Set<string>; edges: string[] } {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (let i = 0; i < lines.length; ) {
    const [node, degree] = lines[i++]!.trim().split(/\s+/);
    nodes.add(node!);
    for (let k = 0; k < Number(degree); k++) {
      const neighbour = lines[i++]!.trim().split(/\s+/)[0]!;
      nodes.add(neighbour);
      if (neighbour !== node) edges.add([node, neighbour].sort().join('–'));
    }
  }
  return { nodes, edges: [...edges].sort() };
}

describe('networkx multiline adjacency lists (nx.write_multiline_adjlist)', () => {
  it('karate.madj reads as karate: 34 people, 78 edges, every node line a node', () => {
    const bytes = fixture('karate.madj');
    const { csr, report } = parseEdgeList(bytes, { source: 'karate.madj' });
    const oracle = readMultiline(new TextDecoder().decode(bytes));
    expect(csr.order).toBe(34); // it was 35: "{}" was a person
    expect(csr.size).toBe(78);
    expect(report.layout).toBe('multiline-adjacency');
    expect(report.nodeLines).toBe(34);
    expect(report.edges).toBe(78);
    expect(report.lines).toBe(report.edges + report.comments + report.blank + report.nodeLines);
    expect(edgeSet(csr)).toEqual(oracle.edges);
    expect(new Set(keysOf(csr))).toEqual(oracle.nodes);
  });

  it.skipIf(!SHARED)('karate.madj has the edges of the shared karate_edges.txt (numbered from 1 there)', () => {
    const shared = readFileSync(datasetPath('karate', 'karate_edges.txt'), 'utf8')
      .split('\n')
      .filter((l) => /^\d/.test(l))
      .map((l) => {
        const [a, b] = l.split(/\s+/).map((t) => String(Number(t) - 1));
        return [a, b].sort().join('–');
      })
      .sort();
    expect(edgeSet(parseEdgeList(fixture('karate.madj')).csr)).toEqual(shared);
  });

  it('keeps isolated nodes, edge data and multigraph keys; directed arcs go node → neighbour', () => {
    // a ─ b (weight 2), a → c twice as a multigraph would write it, d alone
    const text = "# written by hand as networkx does\na 2\nb {'weight': 2}\nc {0: {}, 1: {}}\nb 0\nc 1\na {}\nd 0\n";
    const { csr, report } = parseEdgeList(text, { directed: true });
    expect(report.layout).toBe('multiline-adjacency');
    expect(keysOf(csr)).toEqual(['a', 'b', 'c', 'd']);
    expect(csr.size).toBe(3); // a→b, a→c, c→a
    expect(edgeSet(csr)).toEqual(['a–b', 'a–c']);
  });

  it.each([
    ['a neighbour line with more than a key and its data', 'a 2\nb {}\nc d\n', 3, /expected a neighbour of line 1/],
    ['a node line without a count', 'a 1\nb {}\nc\n', 3, /expected a node and its number of neighbours/],
    ['a file that ends short of the count', 'a 1\nb {}\nc 3\nd {}\n', 3, /ends 2 of the 3 neighbours of "c" short/],
  ])('refuses %s in one line naming the layout', (_, text, line, reason) => {
    const error = (() => {
      try {
        parseEdgeList(text, { source: 'x.madj' });
      } catch (e) {
        return e as ParseError;
      }
      throw new Error('read');
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(/multiline adjacency list/);
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain('\n');
  });

  it('skips a node line with its neighbours (invalidLines: skip): none goes to the node before', () => {
    const { csr, report } = parseEdgeList('a 1\nb {}\nc\0 1\nd {}\ne 1\nf {}\n', { invalidLines: 'skip' });
    expect(report.skipped.map((s) => s.line)).toEqual([3, 4]);
    expect(report.skipped[1]!.reason).toBe(
      'in a multiline adjacency list, the node line of this neighbour was skipped',
    );
    expect(edgeSet(csr)).toEqual(['a–b', 'e–f']);
    expect(keysOf(csr)).toEqual(['a', 'b', 'e', 'f']); // nothing of lines 3 and 4
  });

  const graph = fc
    .array(fc.tuple(fc.nat(12), fc.nat(12)), { maxLength: 40 })
    .chain((edges) => fc.tuple(fc.constant(edges), fc.array(fc.nat(5000), { maxLength: 5 }), fc.boolean()));
  test.prop([graph])(
    'any graph written as networkx writes it reads back, fed in any chunks',
    ([edges, cuts, names]) => {
      // networkx's writer: each node in order, with the neighbours not yet written
      const key = (v: number): string => (names ? `n${v}` : String(v));
      const adjacency = new Map<number, Set<number>>();
      for (let v = 0; v <= 12; v++) adjacency.set(v, new Set());
      for (const [a, b] of edges) {
        adjacency.get(a)!.add(b);
        adjacency.get(b)!.add(a);
      }
      let text = '# comment\n';
      const seen = new Set<number>();
      for (const [v, around] of adjacency) {
        const fresh = [...around].filter((u) => !seen.has(u));
        text += `${key(v)} ${fresh.length}\n${fresh.map((u) => `${key(u)} {'weight': ${u / 2}}\n`).join('')}`;
        seen.add(v);
      }
      const want = readMultiline(text);
      if (want.edges.length === 0 && !edges.some(([a, b]) => a === b)) return; // no neighbour line: an edge list
      const bytes = new TextEncoder().encode(text);
      const parser = createEdgeListParser();
      let at = 0;
      for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((x, y) => x - y)) {
        parser.push(bytes.subarray(at, Math.max(at, cut)));
        at = Math.max(at, cut);
      }
      parser.push(bytes.subarray(at));
      const { csr, report } = parser.finish();
      expect(report.layout).toBe('multiline-adjacency');
      expect(edgeSet(csr)).toEqual(want.edges);
      expect(new Set(keysOf(csr))).toEqual(want.nodes);
    },
  );
});

describe('the head, kept and replayed, changes nothing of the memory chosen', () => {
  it('one push of 2 MiB of integer lines is parsed into a heap, as the chunk (not the 64 KiB head) says', () => {
    const bytes = new TextEncoder().encode(Array.from({ length: 200_000 }, (_, i) => `${i} ${i + 1}\n`).join(''));
    expect(bytes.length).toBeGreaterThan(1 << 21);
    const parser = createEdgeListParser();
    parser.push(bytes);
    const heap = (parser as unknown as { ends: { heap: unknown } }).ends.heap;
    expect(heap).toBeTruthy(); // the endpoints were parsed straight into it (not with a 64 KiB head's choice)
    const { csr } = parser.finish();
    expect(heapOf(csr.offsets, csr.targets)).toBe(heap);
  });
});

describe('plain adjacency lists (nx.write_adjlist) are refused, edge lists are not', () => {
  it('karate.adjlist: one line saying what it is and how to convert it', () => {
    expect(() => parseEdgeList(fixture('karate.adjlist'), { source: 'karate.adjlist' })).toThrow(
      "handshakes/readEdgeList: karate.adjlist, line 4: this is an adjacency list (a node, then its neighbours), not an edge list: line 4 has 17 tokens, line 5 has 9, and no node starts two lines; convert it with networkx: nx.write_edgelist(nx.read_adjlist(path), 'edges.txt', data=False)",
    );
    // whatever invalidLines says: the whole file is in question, not a line
    expect(() => parseEdgeList(fixture('karate.adjlist'), { invalidLines: 'skip' })).toThrow(/adjacency list/);
  });

  it.each([
    [
      'SNAP, comments and two columns',
      '# Directed graph\n# Nodes: 4 Edges: 3\n# FromNodeId\tToNodeId\n0\t1\n0\t2\n1\t3\n',
      3,
    ],
    [
      'KONECT, a % header and weight + time columns',
      '% sym unweighted\n% 3 4 4\n1 2 1 1234\n3 4 1 1240\n5 6 1 1250\n',
      3,
    ],
    ['weights, unique sources, some missing', 'a b 0.5\nc d\ne f 1.25 x\ng h 2\n', 4],
    ['a CSV header and a label column', 'source,target,label\nada,bob,friend\ncy,dan,colleague\neve,fay,x\n', 3],
    ['small second columns (a count?) that are edges', '0 2\n1 1\n2 0\n3 2\n4 1\n', 5],
    ['one extra column on some lines only', 'a b c\nd e\nf g h\n', 3],
  ])('%s: read as edges', (_, text, edges) => {
    const { report } = parseEdgeList(text);
    expect(report.layout).toBe('edges');
    expect(report.edges).toBe(edges);
  });

  test.prop([fc.array(fc.tuple(fc.nat(30), fc.nat(3)), { minLength: 1, maxLength: 60 })])(
    'an integer edge list whose second column is 0–3 reads as those edges',
    (edges) => {
      const { report } = parseEdgeList(edges.map(([a, b]) => `${a} ${b}\n`).join(''), { simplify: false });
      expect(report.layout).toBe('edges');
      expect(report.edges).toBe(edges.length);
    },
  );
});
