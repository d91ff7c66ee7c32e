// The HyperBall step's broadword register max equals a byte-by-byte max over the changed
// out-neighbours (random registers < 128 on random graphs, any node range), and the counters of a
// finished run equal the union of the start counters over each node's reachable set (WebAssembly
// and JavaScript kernels).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { adjacency, createHyperBall, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';
import { hyperBallStep } from '../../src/traversal/hyperball-steps.js';

describe('HyperBall kernel', () => {
  test.prop([
    randomGraph({ maxNodes: 20, maxEdges: 50 }),
    fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    fc.nat(20),
    fc.nat(20),
  ])('one step is a byte-wise max over changed neighbours', (g, seed, a, b) => {
    const csr = toCsr(toGraphology(g));
    const n = csr.order;
    const words = 4; // 16 registers
    let x = seed | 1;
    const rand = () => (x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) ^ (x + 0x6d2b79f5)) >>> 0;
    const cur = new Int32Array(n * words).map(() => rand() & 0x7f7f7f7f);
    const was = new Uint8Array(n).map(() => rand() & 1);
    const next = new Int32Array(n * words);
    const now = new Uint8Array(n);
    const from = Math.min(a, b) % (n + 1);
    const to = Math.max(from, Math.max(a, b) % (n + 1));
    hyperBallStep(csr.offsets, csr.targets, words, cur, next, was, now, from, to);
    const bytes = new Uint8Array(cur.buffer);
    const out = new Uint8Array(next.buffer);
    for (let v = from; v < to; v++) {
      let grew = 0;
      for (let r = 0; r < 4 * words; r++) {
        let max = bytes[v * 16 + r]!;
        for (let j = csr.offsets[v]!; j < csr.offsets[v + 1]!; j++) {
          const u = csr.targets[j]!;
          if (was[u]) max = Math.max(max, bytes[u * 16 + r]!);
        }
        expect(out[v * 16 + r]).toBe(max);
        if (max !== bytes[v * 16 + r]) grew = 1;
      }
      expect(now[v]).toBe(grew);
    }
  });

  test.prop([
    randomGraph({ maxNodes: 20, maxEdges: 50 }),
    fc.integer({ min: 4, max: 6 }),
    fc.constantFrom('wasm' as const, 'js' as const),
  ])('a finished run holds the union over each reachable set', (g, log2m, kernel) => {
    const csr = toCsr(toGraphology(g));
    const m = 1 << log2m;
    const hb = createHyperBall(adjacency(csr), log2m, 9, { kernel });
    const start = hb.registers.slice();
    while (hb.step() > 0) hb.commit();
    const adj = naiveAdjacency(g);
    for (let v = 0; v < csr.order; v++) {
      const reach = [...naiveBfs(adj, csr.keys.key(v)).keys()].map((k) => csr.keys.id(k));
      for (let r = 0; r < m; r++)
        expect(hb.registers[v * m + r]).toBe(Math.max(...reach.map((u) => start[u * m + r]!)));
    }
  });
});
