// The WebAssembly HyperBall kernels (hyperball-kernel.wat) against the JavaScript ones, bit for
// bit: one step on random counters, changed flags and node ranges for every counter width; the
// chunked estimate sums with and without a step's delta; whole runs of createHyperBall. The
// estimate of a single counter also matches a textbook HyperLogLog written here.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjacency, createHyperBall, toCsr, type Csr } from '../../src/index.js';
import { hyperBallEstimateRange, HYPERBALL_SLOT } from '../../src/traversal/hyperball-estimate.js';
import { bindKernel } from '../../src/wasm/kernel-spec.js';
import { HYPERBALL_KERNEL, hyperBallArena } from '../../src/traversal/wasm/wasm-hyperball.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { hyperBallStep } from '../../src/traversal/hyperball-steps.js';

const log2ms = fc.integer({ min: 4, max: 8 });
const CHUNK = 4; // small chunks, so ranges cover several

// Random counters (registers < bound), changed flags and counted flags from one seed.
function fill(csr: Csr, m: number, seed: number, bound: number) {
  let x = seed | 1;
  const rand = () => (x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) ^ (x + 0x6d2b79f5)) >>> 0;
  const n = csr.order;
  return {
    cur: new Uint8Array(n * m).map(() => rand() % bound),
    next: new Uint8Array(n * m).map(() => rand() % bound),
    was: new Uint8Array(n).map(() => rand() & 1),
    counted: new Uint8Array(n).map(() => (rand() % 4 === 0 ? 0 : 1)),
  };
}

// The arena's sums region holds 1024-node chunks: with 4-node chunks the estimate test writes its
// sums past the first thread's scratch instead (8 threads' worth of scratch: 1024 bytes).
function kernelOn(csr: Csr, log2m: number, counted: Uint8Array) {
  const { arena, graph } = hyperBallArena(adjacency(csr), log2m, counted, 8, false)!;
  return { arena, graph, kernel: bindKernel(HYPERBALL_KERNEL, arena.memory, arena.shared)! };
}

describe('WebAssembly HyperBall kernels', () => {
  it('are the default kernels on Node', () => {
    const csr = toCsr(
      toGraphology({ type: 'undirected', directed: false, nodes: ['a', 'b'], edges: [['a', 'b', true]] }),
    );
    expect(createHyperBall(adjacency(csr), 4, 1).kernel).toBe('wasm');
    expect(createHyperBall(adjacency(csr), 4, 1, { kernel: 'js' }).kernel).toBe('js');
  });

  test.prop([randomGraph({ maxNodes: 20, maxEdges: 60 }), log2ms, fc.integer(), fc.nat(20), fc.nat(20)])(
    'one step writes the same counters and flags as the JavaScript step',
    (g, log2m, seed, a, b) => {
      const csr = toCsr(toGraphology(g));
      const n = csr.order;
      const m = 1 << log2m;
      const { cur, was, counted } = fill(csr, m, seed, 128);
      const { arena, graph, kernel } = kernelOn(csr, log2m, counted);
      const from = Math.min(a, b) % (n + 1);
      const to = Math.max(from, Math.max(a, b) % (n + 1));
      arena.uint8('registers0').set(cur);
      arena.uint8('flags0').set(was);
      const p = arena.ptr;
      const count = kernel.step({
        ...graph,
        cur: p.registers0,
        next: p.registers1,
        was: p.flags0,
        now: p.flags1,
        m,
        from,
        to,
      });
      const next = new Int32Array((n * m) / 4);
      const now = new Uint8Array(n);
      const expected = hyperBallStep(
        csr.offsets,
        csr.targets,
        m / 4,
        new Int32Array(cur.buffer),
        next,
        was,
        now,
        from,
        to,
      );
      expect(count).toBe(expected);
      expect(arena.uint8('registers1').subarray(from * m, to * m)).toEqual(
        new Uint8Array(next.buffer).subarray(from * m, to * m),
      );
      expect(arena.uint8('flags1').subarray(from, to)).toEqual(now.subarray(from, to));
    },
  );

  test.prop([randomGraph({ maxNodes: 20, maxEdges: 10 }), log2ms, fc.integer(), fc.nat(5), fc.nat(5), fc.boolean()])(
    'estimate sums equal the JavaScript ones bit for bit, per chunk',
    (g, log2m, seed, a, b, delta) => {
      const csr = toCsr(toGraphology(g));
      const n = csr.order;
      const m = 1 << log2m;
      const { cur, next, was, counted } = fill(csr, m, seed, 34);
      const { arena, kernel } = kernelOn(csr, log2m, counted);
      const chunks = Math.ceil(n / CHUNK);
      const from = Math.min(n, CHUNK * Math.min(a, b)); // chunk-aligned, possibly empty
      const to = Math.max(a, b) === 5 ? n : Math.min(n, Math.max(from, CHUNK * Math.max(a, b)));
      arena.uint8('registers0').set(cur);
      arena.uint8('registers1').set(next);
      arena.uint8('flags1').set(was);
      const sums = new Float64Array(HYPERBALL_SLOT * Math.max(1, chunks)).fill(7);
      const p = arena.ptr;
      const wasmSums = new Float64Array(arena.memory.buffer, p.scratch + 128, HYPERBALL_SLOT * chunks).fill(7);
      kernel.estimate({
        m,
        cur: p.registers0,
        next: delta ? p.registers1 : 0,
        changed: delta ? p.flags1 : 0,
        counted: p.counted,
        from,
        to,
        chunk: CHUNK,
        sums: p.scratch + 128,
        tables: p.tables,
        scratch: p.scratch,
      });
      hyperBallEstimateRange(m, cur, delta ? next : null, delta ? was : null, counted, from, to, CHUNK, sums);
      expect(Array.from(wasmSums)).toEqual(Array.from(sums.subarray(0, HYPERBALL_SLOT * chunks)));
    },
  );

  test.prop([fc.integer({ min: 4, max: 8 }), fc.integer(), fc.integer({ min: 0, max: 1000 })])(
    "a single counter's estimate is HyperLogLog's, with linear counting for small ones",
    (log2m, seed, fillPercent) => {
      const m = 1 << log2m;
      let x = seed | 1;
      const rand = () => (x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) ^ (x + 0x6d2b79f5)) >>> 0;
      const regs = new Uint8Array(m).map(() => (rand() % 1000 < fillPercent ? 1 + (rand() % 20) : 0));
      const sums = new Float64Array(HYPERBALL_SLOT);
      hyperBallEstimateRange(m, regs, null, null, new Uint8Array([1]), 0, 1, 1, sums);
      const alpha = { 16: 0.673, 32: 0.697, 64: 0.709 }[m] ?? 0.7213 / (1 + 1.079 / m);
      const raw = (alpha * m * m) / regs.reduce((s, r) => s + 1 / 2 ** r, 0);
      const zeros = regs.filter((r) => r === 0).length;
      expect(sums[0]).toBeCloseTo(raw <= 2.5 * m && zeros > 0 ? m * Math.log(m / zeros) : raw, 9);
    },
  );

  test.prop([randomGraph({ maxNodes: 30, maxEdges: 80 }), fc.integer({ min: 4, max: 7 }), fc.nat()])(
    'whole runs give the same counters, flags and estimates in both languages',
    (g, log2m, seed) => {
      const adj = adjacency(toCsr(toGraphology(g)));
      const counted = new Uint8Array(adj.order).map((_, v) => (v % 3 === 1 ? 0 : 1));
      const wasm = createHyperBall(adj, log2m, seed, { kernel: 'wasm', counted });
      const js = createHyperBall(adj, log2m, seed, { kernel: 'js', counted });
      const [tw, tj] = [new Float64Array(HYPERBALL_SLOT), new Float64Array(HYPERBALL_SLOT)];
      wasm.estimate(tw, 'current');
      js.estimate(tj, 'current');
      expect(tw).toEqual(tj);
      for (;;) {
        const count = wasm.step();
        expect(js.step()).toBe(count);
        expect(wasm.nextRegisters).toEqual(js.nextRegisters);
        expect(wasm.changed).toEqual(js.changed);
        if (count === 0) break;
        wasm.estimate(tw, 'delta');
        js.estimate(tj, 'delta');
        expect(tw).toEqual(tj);
        wasm.commit();
        js.commit();
        expect(wasm.registers).toEqual(js.registers);
      }
    },
  );
});
