// The indexed kernels behind the path queries, on their own: the binary heap pops in (key, id)
// order under decrease-keys; the counting BFS's σ equals a brute-force count of shortest paths,
// and its exact bigint recount agrees; the DAG engine's distance equals a naive BFS.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { adjacency, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';
import { bruteShortestPaths } from './naive-paths.js';
import { createCountingBfs, exactPathCounts } from '../../src/traversal/counting-bfs.js';
import { createIndexedHeap } from '../../src/traversal/binary-heap.js';
import { createPathDagEngine } from '../../src/traversal/shortest-path-dag.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

describe('indexed kernels', () => {
  test.prop([fc.array(fc.tuple(fc.nat({ max: 30 }), fc.integer({ min: 0, max: 20 })), { maxLength: 80 })])(
    'the heap pops by key, then id, keeping the least key pushed per id',
    (ops) => {
      const heap = createIndexedHeap(31);
      const best = new Map<number, number>();
      for (const [id, key] of ops) {
        heap.push(id, key);
        best.set(id, Math.min(best.get(id) ?? Infinity, key));
      }
      const want = [...best].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
      const got: [number, number][] = [];
      while (heap.size > 0) {
        const key = heap.peekKey();
        got.push([heap.pop(), key]);
      }
      expect(got).toEqual(want);
      heap.push(3, 1);
      heap.clear();
      expect(heap.size).toBe(0);
    },
  );

  test.prop([randomGraph({ maxNodes: 8, maxEdges: 20 }), modes])(
    'counting BFS: dist and σ match brute force, exact recount agrees',
    (g, mode) => {
      const csr = toCsr(toGraphology(g));
      const adj = adjacency(csr, mode);
      const bfs = createCountingBfs(adj);
      const plain = naiveAdjacency(g, mode);
      const simple = new Map([...plain].map(([u, vs]) => [u, [...new Set(vs)].filter((v) => v !== u)]));
      for (const s of g.nodes) {
        bfs.run(csr.keys.id(s));
        const want = naiveBfs(plain, s);
        const exact = exactPathCounts(bfs, adj);
        expect(bfs.exact).toBe(true);
        for (const t of g.nodes) {
          const v = csr.keys.id(t);
          expect(bfs.dist[v]).toBe(want.get(t) ?? -1);
          const count = want.has(t) ? bruteShortestPaths(simple, s, t).length : 0;
          expect(bfs.sigma[v]).toBe(count);
          expect(exact.get(v) ?? 0n).toBe(BigInt(count));
        }
      }
    },
  );

  test.prop([randomGraph({ maxNodes: 12, maxEdges: 30 }), modes])(
    'the DAG engine finds the oracle distance and a DAG of that depth',
    (g, mode) => {
      const csr = toCsr(toGraphology(g));
      const engine = createPathDagEngine(adjacency(csr, mode));
      const plain = naiveAdjacency(g, mode);
      for (const s of g.nodes) {
        const want = naiveBfs(plain, s);
        for (const t of g.nodes) {
          const d = engine.search(csr.keys.id(s), csr.keys.id(t));
          expect(d).toBe(want.get(t) ?? -1);
          if (d < 0) continue;
          const dag = engine.dag();
          expect(dag.distance).toBe(d);
          expect(dag.levelStarts.length).toBe(d + 2);
          expect(csr.keys.key(dag.nodes[0]!)).toBe(s);
          expect(csr.keys.key(dag.nodes[dag.nodes.length - 1]!)).toBe(t);
          expect(engine.visited).toBeLessThanOrEqual(2 * csr.order);
        }
      }
    },
  );
});
