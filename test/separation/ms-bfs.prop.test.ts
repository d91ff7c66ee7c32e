// The bit-parallel multi-source BFS equals the sum of independent single-source BFS (the Map-based
// oracle of test/oracle.ts) on random directed, undirected, mixed and disconnected graphs, for any
// word width, batch split and direction mode; per-source eccentricity, reach and distance sums too.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { adjacency, createMsBfs, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);
const kernels = fc.constantFrom(
  { kernel: 'js' as const, words: 1 },
  { kernel: 'js' as const, words: 2 },
  { kernel: 'js' as const, words: 3 },
  { kernel: 'wasm' as const },
);

describe('msBfsBatch', () => {
  test.prop([randomGraph({ maxNodes: 40, maxEdges: 120 }), modes, kernels, fc.integer({ min: 1, max: 70 })])(
    'histogram, eccentricity, reach and sums equal single-source BFS',
    (g, mode, kernel, batch) => {
      const csr = toCsr(toGraphology(g));
      const ms = createMsBfs(adjacency(csr, mode), kernel);
      const n = csr.order;
      const sources = Int32Array.from({ length: n }, (_, i) => n - 1 - i);
      const hist = new Float64Array(n + 1);
      const ecc = new Int32Array(ms.batchSize);
      const reached = new Float64Array(ms.batchSize);
      const sums = new Float64Array(ms.batchSize);
      const want = new Float64Array(n + 1);
      const adj = naiveAdjacency(g, csr.directed ? mode : 'outbound');
      const size = Math.min(batch, ms.batchSize);
      for (let begin = 0; begin < n; begin += size) {
        const count = Math.min(size, n - begin);
        reached.fill(0);
        sums.fill(0);
        ms.run(sources, begin, count, { hist, ecc, reached, sums });
        for (let i = 0; i < count; i++) {
          const d = naiveBfs(adj, csr.keys.key(sources[begin + i]!));
          let max = 0;
          let sum = 0;
          for (const x of d.values()) {
            if (x > 0) want[x]!++;
            max = Math.max(max, x);
            sum += x;
          }
          expect(ecc[i]).toBe(max);
          expect(reached[i]).toBe(d.size - 1);
          expect(sums[i]).toBe(sum);
        }
      }
      expect(Array.from(hist)).toEqual(Array.from(want));
    },
  );

  test.prop([randomGraph({ maxNodes: 30, maxEdges: 90 }), fc.integer({ min: 0, max: 4 })])(
    'maxDistance truncates the histogram',
    (g, maxDistance) => {
      const csr = toCsr(toGraphology(g));
      const ms = createMsBfs(adjacency(csr));
      const n = csr.order;
      const sources = Int32Array.from({ length: n }, (_, i) => i);
      const hist = new Float64Array(n + 1);
      const full = new Float64Array(n + 1);
      for (let b = 0; b < n; b += ms.batchSize) {
        ms.run(sources, b, Math.min(ms.batchSize, n - b), { hist, ecc: null, reached: null, sums: null }, maxDistance);
        ms.run(sources, b, Math.min(ms.batchSize, n - b), { hist: full, ecc: null, reached: null, sums: null });
      }
      expect(Array.from(hist)).toEqual(Array.from(full, (c, d) => (d <= maxDistance ? c : 0)));
    },
  );
});
