import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { distance, distancesFrom, reachByDegree, shortestPath, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

describe('distances against a naive BFS', () => {
  test.prop([randomGraph(), modes])('distancesFrom equals the oracle from every source', (g, mode) => {
    const graph = toGraphology(g);
    const adj = naiveAdjacency(g, mode);
    for (const s of g.nodes) {
      const ours = distancesFrom(graph, s, { mode });
      const want = naiveBfs(adj, s);
      expect(new Map([...ours].sort())).toEqual(new Map([...want].sort()));
    }
  });

  test.prop([randomGraph(), modes, fc.nat({ max: 4 })])('maxDistance truncates the ball', (g, mode, k) => {
    const graph = toGraphology(g);
    const adj = naiveAdjacency(g, mode);
    const s = g.nodes[0]!;
    const want = [...naiveBfs(adj, s)].filter(([, d]) => d <= k).sort();
    expect([...distancesFrom(graph, s, { mode, maxDistance: k })].sort()).toEqual(want);
  });

  test.prop([randomGraph(), modes])('shortestPath is a valid path of the shortest length', (g, mode) => {
    const graph = toGraphology(g);
    const adj = naiveAdjacency(g, mode);
    for (const s of g.nodes) {
      const want = naiveBfs(adj, s);
      for (const t of g.nodes) {
        const path = shortestPath(graph, s, t, { mode });
        const d = distance(graph, s, t, { mode });
        if (!want.has(t)) {
          expect(path).toBeNull();
          expect(d).toBe(Infinity);
          continue;
        }
        expect(d).toBe(want.get(t));
        expect(path).not.toBeNull();
        expect(path!.length - 1).toBe(want.get(t));
        expect(path![0]).toBe(s);
        expect(path![path!.length - 1]).toBe(t);
        for (let i = 0; i + 1 < path!.length; i++) expect(adj.get(path![i]!)).toContain(path![i + 1]);
      }
    }
  });

  test.prop([randomGraph(), modes])('reachByDegree sums to the order and matches the oracle', (g, mode) => {
    const graph = toGraphology(g);
    const adj = naiveAdjacency(g, mode);
    const csr = toCsr(graph);
    for (const s of g.nodes) {
      const r = reachByDegree(csr, s, { mode });
      const want = naiveBfs(adj, s);
      const hist: number[] = [];
      for (const d of want.values()) hist[d] = (hist[d] ?? 0) + 1;
      expect(r.byDegree).toEqual(hist);
      expect(r.byDegree.reduce((a, b) => a + b, 0) + r.unreachable).toBe(graph.order);
      expect(r.direct + r.indirect).toBe(r.reached);
      expect(r.cumulative[r.cumulative.length - 1]).toBe(r.reached + 1);
    }
  });
});
