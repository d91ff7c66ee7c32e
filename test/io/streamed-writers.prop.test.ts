// The chunked writers give exactly the one-string text, in pieces of bounded size, so an output too
// large for one string can go to a file piece by piece (#13: a 10⁶-row export died in toGraphJson).
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createPeopleGraph,
  edgesCsvChunks,
  graphJsonChunks,
  graphmlChunks,
  toEdgesCsv,
  toGraphJson,
  toGraphml,
} from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';

describe('chunked writers', () => {
  test.prop([randomGraph({ maxNodes: 15, maxEdges: 30 })])(
    'graphJsonChunks joined = JSON.stringify(graph.export())',
    (g) => {
      const graph = toGraphology(g);
      graph.forEachNode((key) => graph.setNodeAttribute(key, 'tag', key.length % 2 ? ['x', 1] : 'y'));
      expect([...graphJsonChunks(graph)].join('')).toBe(JSON.stringify(graph.export()));
    },
  );

  it('yields bounded chunks for a large graph, and the same text as the one-string writers', () => {
    //   a path of 30,000 people with names
    const g = createPeopleGraph();
    for (let i = 0; i < 30_000; i++) g.addNode(`p${i}`, { name: `Person ${i}`, company: 'Acme' });
    for (let i = 1; i < 30_000; i++) g.addEdge(`p${i - 1}`, `p${i}`, { connectedOn: '2020-01-01' });
    for (const [chunks, whole] of [
      [[...graphJsonChunks(g)], toGraphJson(g)],
      [[...graphmlChunks(g)], toGraphml(g)],
      [[...edgesCsvChunks(g)], toEdgesCsv(g)],
    ] as const) {
      expect(chunks.length).toBeGreaterThan(10);
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan((1 << 16) + 1000);
      expect(chunks.join('')).toBe(whole);
    }
    expect(JSON.parse(toGraphJson(g))).toEqual(JSON.parse(JSON.stringify(g.export())));
  });
});
