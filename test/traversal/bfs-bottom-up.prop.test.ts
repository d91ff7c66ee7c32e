// Bottom-up levels use 32-bit word bitmaps: graphs of 1–200 nodes cross word boundaries (n = 32,
// 33, 64…), and small α forces bottom-up early, so every path of the direction switch is taken.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { adjacency, createBfs, fromEdges } from '../../src/index.js';
import { idGraph } from '../arbitraries.js';

const graph = idGraph(200, 6);

describe('direction-optimising BFS across bitmap words', () => {
  test.prop([
    graph,
    fc.double({ min: 0.01, max: 30, noNaN: true }),
    fc.double({ min: 0.5, max: 400, noNaN: true }),
    fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const),
    fc.constantFrom('wasm' as const, 'js' as const),
  ])(
    'equals top-down distances, levels and visit count from several sources (both kernels)',
    ({ n, directed, edges }, alpha, beta, mode, kernel) => {
      const csr = fromEdges(
        { sources: edges.map((e) => e[0]), targets: edges.map((e) => e[1]) },
        { nodes: n, directed },
      );
      const adj = adjacency(csr, mode);
      const td = createBfs(adj, { kernel: 'js' });
      const dobfs = createBfs(adj, { kernel });
      for (const s of [0, n >> 1, n - 1]) {
        td.run(s, { direction: 'top-down' });
        dobfs.run(s, { alpha, beta });
        expect(dobfs.kernel).toBe(kernel);
        expect(dobfs.count).toBe(td.count);
        expect(dobfs.levelEnds).toEqual(td.levelEnds);
        expect(Array.from(dobfs.dist)).toEqual(Array.from(td.dist));
        const level = Array.from(dobfs.queue.subarray(0, dobfs.count), (v) => dobfs.dist[v]);
        expect(level).toEqual([...level].sort((a, b) => a! - b!)); // queue in BFS order
      }
    },
  );
});
