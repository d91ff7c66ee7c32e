// parseGraphJson reads the JSON edge shapes other tools write — arrays of pairs, arrays of
// {source, target} objects, node-link JSON (networkx, d3) — instead of taking `[["a","b"]…` for one
// edge-list line of garbage keys; readGraph and the CLI detect them as JSON.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ParseError, parseGraphJson } from '../../src/index.js';
import { readGraph } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-json-edges-');

// the edges as sorted "s|t" pairs (undirected: ends sorted too)
const edgesOf = (text: string): string[] => {
  const g = parseGraphJson(text);
  const out: string[] = [];
  g.forEachEdge((_e, _a, s, t) => void out.push(g.type === 'directed' ? `${s}|${t}` : [s, t].sort().join('|')));
  return out.sort();
};

describe('JSON edge shapes', () => {
  //  a — b — c
  it.each([
    ['pairs', '[["a","b"],["b","c"]]'],
    ['pairs on several lines', '[\n  ["a", "b"],\n  ["b", "c"]\n]\n'],
    ['pairs with attributes (networkx edges(data=True))', '[["a","b",{"weight":2}],["b","c",{}]]'],
    ['objects', '[{"source":"a","target":"b"},{"source":"b","target":"c","since":2020}]'],
    [
      'node-link (networkx node_link_data)',
      '{"directed":false,"multigraph":false,"graph":{},"nodes":[{"id":"a"},{"id":"b"},{"id":"c"}],"links":[{"source":"a","target":"b"},{"source":"b","target":"c"}]}',
    ],
    [
      'node-link with `edges` (networkx 3.4+)',
      '{"nodes":[{"id":"a"},{"id":"b"},{"id":"c"}],"edges":[{"source":"a","target":"b"},{"source":"b","target":"c"}]}',
    ],
  ])('%s: the path a — b — c', (_, text) => {
    expect(edgesOf(text)).toEqual(['a|b', 'b|c']);
    expect(parseGraphJson(text).type).toBe('undirected');
  });

  it('keeps attributes: the third element of a pair, the other fields of objects, nodes and links', () => {
    const pairs = parseGraphJson('[["a","b",{"weight":2,"__proto__":"x"}]]');
    const edge = pairs.edges()[0]!;
    expect(pairs.getEdgeAttribute(edge, 'weight')).toBe(2);
    expect(Object.hasOwn(pairs.getEdgeAttributes(edge), '__proto__')).toBe(true);
    const nl = parseGraphJson('{"nodes":[{"id":1,"name":"Ada"},{"id":2}],"links":[{"source":1,"target":2,"w":3}]}');
    expect(nl.getNodeAttribute('1', 'name')).toBe('Ada');
    expect(nl.getEdgeAttribute(nl.edges()[0]!, 'w')).toBe(3);
  });

  it('node-link: `directed` and `multigraph` as networkx writes them', () => {
    const directed = '{"directed":true,"nodes":[{"id":"a"},{"id":"b"}],"links":[{"source":"b","target":"a"}]}';
    expect(parseGraphJson(directed).type).toBe('directed');
    expect(edgesOf(directed)).toEqual(['b|a']);
    const multi =
      '{"multigraph":true,"nodes":[{"id":"a"},{"id":"b"}],"links":[{"source":"a","target":"b","key":0},{"source":"a","target":"b","key":1}]}';
    expect(parseGraphJson(multi).size).toBe(2);
  });

  it('nothing is dropped: repeated pairs stay as parallel edges (distances unchanged)', () => {
    expect(parseGraphJson('[["a","b"],["b","a"],["a","a"]]').size).toBe(3);
  });

  it('keys named like Object.prototype members are ordinary keys', () => {
    const text = JSON.stringify([
      ['__proto__', 'constructor'],
      ['constructor', 'toString'],
      { source: 'hasOwnProperty', target: '__proto__' },
    ]);
    expect(edgesOf(text)).toEqual(['__proto__|constructor', '__proto__|hasOwnProperty', 'constructor|toString']);
    const nl = '{"nodes":[{"id":"__proto__"},{"id":"toString"}],"links":[{"source":"__proto__","target":"toString"}]}';
    expect(edgesOf(nl)).toEqual(['__proto__|toString']);
  });

  it.each([
    ['[["a"]]', /edge 1 of the array: expected \[source, target\]/],
    ['[["a","b"],["a","b","c"]]', /edge 2 of the array: expected/],
    ['[["a",null]]', /edge 1 of the array \(target\): expected a node key \(a string or a number\), got null/],
    ['[{"source":{"id":"a"},"target":"b"}]', /edge 1 of the array \(source\): expected a node key/],
    ['[{"from":"a","to":"b"}]', /edge 1 of the array: expected .*\{"source", "target"\}, got \{"from":"a","to":"b"\}/],
    ['[1, 2]', /edge 1 of the array: expected/],
    // d3's default: links naming nodes by position would join the wrong people
    [
      '{"nodes":[{"id":"ann"},{"id":"bob"}],"links":[{"source":0,"target":1}]}',
      /link 1 \(source\): "0" is not the id of a node/,
    ],
    ['{"nodes":[{"id":"a"},{"name":"b"}],"links":[]}', /node 2: expected \{"id", …\}/],
    ['{"nodes":[{"id":"a"},{"id":"a"}],"links":[]}', /node 2: id "a" repeats an earlier node/],
    [
      '{"multigraph":false,"nodes":[{"id":"a"},{"id":"b"}],"links":[{"source":"a","target":"b"},{"source":"b","target":"a"}]}',
      /link 2: repeats the edge "b"–"a" of a graph that is not a multigraph/,
    ],
    ['"just a string"', /expected a graph: graphology JSON .* or an array of \[source, target\] pairs/],
  ])('%s is a ParseError naming the element', (text, reason) => {
    const read = (): unknown => parseGraphJson(text, { source: 'g.json' });
    expect(read).toThrow(ParseError);
    expect(read).toThrow(/handshakes\/parseGraphJson: g\.json: /);
    expect(read).toThrow(reason);
  });

  it('graphology JSON is still read as graphology JSON', () => {
    const text =
      '{"options":{"type":"directed"},"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","target":"b"}]}';
    expect(parseGraphJson(text).type).toBe('directed');
  });

  test.prop([
    fc.array(
      fc.tuple(
        fc.oneof(
          fc.string({ maxLength: 4 }),
          fc.integer({ min: -5, max: 50 }),
          fc.constantFrom('__proto__', 'toString'),
        ),
        fc.oneof(
          fc.string({ maxLength: 4 }),
          fc.integer({ min: -5, max: 50 }),
          fc.constantFrom('constructor', 'valueOf'),
        ),
        fc.boolean(),
      ),
      { maxLength: 30 },
    ),
  ])('every pair or object becomes one edge between its two keys', (edges) => {
    const text = JSON.stringify(edges.map(([s, t, object]) => (object ? { source: s, target: t } : [s, t])));
    const expected = edges.map(([s, t]) => [String(s), String(t)].sort().join('|')).sort();
    expect(edgesOf(text)).toEqual(expected);
    expect(parseGraphJson(text).order).toBe(new Set(edges.flatMap(([s, t]) => [String(s), String(t)])).size);
  });
});

describe('readGraph detects the shapes as JSON', () => {
  it.each([
    ['pairs.json', '[["a","b"],["b","c"]]', 'json', 2],
    ['objects.json', '[ {"source":"a","target":"b"} ]', 'json', 1],
    ['empty-array.json', '[]', 'json', 0],
    // an edge list whose keys start with a bracket stays an edge list
    ['brackets.txt', '[a] [b]\n[b] [c]\n', 'edge-list', 2],
  ])('%s', async (name, content, format, size) => {
    const path = join(tmp, name);
    writeFileSync(path, content);
    const read = await readGraph([path]);
    expect(read.format).toBe(format);
    expect(read.graph.size).toBe(size);
  });
});

// networkx's adjacency_data was read as nodes without edges (34 people, 0 connections on karate)
describe("networkx's adjacency_data", () => {
  it('undirected: each edge, listed from both ends, is read once, with its attributes', () => {
    const text = JSON.stringify({
      directed: false,
      multigraph: false,
      graph: {},
      nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      adjacency: [[{ id: 'b', weight: 2 }], [{ id: 'a', weight: 2 }, { id: 'c' }], [{ id: 'b' }]],
    });
    expect(edgesOf(text)).toEqual(['a|b', 'b|c']);
    const g = parseGraphJson(text);
    expect(g.getEdgeAttribute(g.edges('a', 'b')[0]!, 'weight')).toBe(2);
  });

  it('directed and multigraph (parallel edges told apart by `key`)', () => {
    const directed = JSON.stringify({
      directed: true,
      multigraph: false,
      nodes: [{ id: 1 }, { id: 2 }],
      adjacency: [[{ id: 2 }], [{ id: 1 }]],
    });
    expect(edgesOf(directed)).toEqual(['1|2', '2|1']);
    const multi = JSON.stringify({
      directed: false,
      multigraph: true,
      nodes: [{ id: 1 }, { id: 2 }],
      adjacency: [
        [
          { id: 2, key: 0 },
          { id: 2, key: 1 },
        ],
        [
          { id: 1, key: 0 },
          { id: 1, key: 1 },
        ],
      ],
    });
    expect(edgesOf(multi)).toEqual(['1|2', '1|2']);
  });

  it('nodes by id with nothing connecting them is refused, not read as a graph without edges', () => {
    expect(() => parseGraphJson('{"nodes":[{"id":"a"},{"id":"b"}]}', { source: 'n.json' })).toThrow(
      /n\.json: nodes with an `id` but no `links`, `edges` or `adjacency` array/,
    );
    expect(() => parseGraphJson('{"nodes":[{"id":"a"}],"adjacency":[]}')).toThrow(/0 lists for 1 nodes/);
  });
});
