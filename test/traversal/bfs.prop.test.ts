import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { adjacency, createBfs, createBidirectionalBfs, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

describe('BFS engines agree', () => {
  test.prop([
    randomGraph({ maxNodes: 30, maxEdges: 90 }),
    modes,
    fc.integer({ min: 1, max: 30 }),
    fc.integer({ min: 1, max: 30 }),
  ])(
    'direction-optimising (WebAssembly) equals top-down (JavaScript) for any α, β; bidirectional equals both',
    (g, mode, alpha, beta) => {
      const csr = toCsr(toGraphology(g));
      const adj = adjacency(csr, mode);
      const td = createBfs(adj, { kernel: 'js' });
      const dobfs = createBfs(adj, { kernel: 'wasm' });
      const bi = createBidirectionalBfs(adj);
      for (let s = 0; s < csr.order; s++) {
        td.run(s, { direction: 'top-down' });
        dobfs.run(s, { alpha, beta });
        expect(Array.from(dobfs.dist)).toEqual(Array.from(td.dist));
        expect(dobfs.levelEnds).toEqual(td.levelEnds);
        for (let t = 0; t < csr.order; t++) expect(bi.query(s, t).distance).toBe(td.dist[t]);
      }
    },
  );
});
