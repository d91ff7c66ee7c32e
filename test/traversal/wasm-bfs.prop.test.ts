// The WebAssembly BFS kernels: distances equal a naive BFS on random graphs of every kind; the
// WebAssembly and JavaScript kernels visit the same nodes in the same order and scan the same
// entries (same algorithm, two languages). The kernels' bytes and tables: test/wasm/.

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjacency, createBfs, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

describe('WebAssembly BFS kernels', () => {
  it('are the default kernels on Node', () => {
    const csr = toCsr(
      toGraphology({ type: 'undirected', directed: false, nodes: ['a', 'b'], edges: [['a', 'b', true]] }),
    );
    expect(createBfs(adjacency(csr)).kernel).toBe('wasm');
  });

  test.prop([randomGraph({ maxNodes: 40, maxEdges: 120 }), modes, fc.integer({ min: 1, max: 20 })])(
    'give the naive BFS distances, and the same queue, levels and scanned entries as the JavaScript kernels',
    (g, mode, alpha) => {
      const csr = toCsr(toGraphology(g));
      const adj = adjacency(csr, mode);
      const naive = naiveAdjacency(g, mode);
      const wasm = createBfs(adj, { kernel: 'wasm' });
      const js = createBfs(adj, { kernel: 'js' });
      for (let s = 0; s < csr.order; s++) {
        for (const direction of ['auto', 'top-down'] as const) {
          wasm.run(s, { direction, alpha });
          js.run(s, { direction, alpha });
          const expected = naiveBfs(naive, csr.keys.key(s));
          const got = new Map(
            Array.from(wasm.queue.subarray(0, wasm.count), (v) => [csr.keys.key(v), wasm.dist[v]!] as const),
          );
          expect(got).toEqual(expected);
          for (let v = 0; v < csr.order; v++) if (!expected.has(csr.keys.key(v))) expect(wasm.dist[v]).toBe(-1);
          expect(Array.from(wasm.queue.subarray(0, wasm.count))).toEqual(Array.from(js.queue.subarray(0, js.count)));
          expect(wasm.levelEnds).toEqual(js.levelEnds);
          expect(wasm.scanned).toBe(js.scanned);
        }
      }
    },
  );
});
