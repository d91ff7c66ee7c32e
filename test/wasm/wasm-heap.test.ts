// One copy of the graph: an index built in a shared WebAssembly heap is read in place by every
// engine (BFS, multi-source BFS, HyperBall, the worker pools), which allocate only their scratch
// beside it, and every answer equals the one over the same index in ordinary arrays (whose engines
// copy it). The heap itself: aligned blocks, never address 0, zeroed when reused, views that
// survive growth.

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { heapAllocator } from '../../src/csr/index-memory.js';
import {
  adjacency,
  createBfs,
  createHyperBall,
  createMsBfs,
  fromEdges,
  separation,
  type Csr,
} from '../../src/index.js';
import { parallelHyperBall } from '../../src/node/hyperball-pool.js';
import { parallelExactDistribution } from '../../src/node/ms-bfs-pool.js';
import { HYPERBALL_SLOT } from '../../src/traversal/hyperball-estimate.js';
import { heapRegion, inMemory } from '../../src/wasm/heap-region.js';
import { createWasmHeap, heapOf } from '../../src/wasm/wasm-heap.js';
import { idGraph } from '../arbitraries.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

function both(g: { n: number; directed: boolean; edges: [number, number][] }): [Csr, Csr] {
  const edges = { sources: g.edges.map((e) => e[0]), targets: g.edges.map((e) => e[1]) };
  const options = { nodes: g.n, directed: g.directed };
  return [fromEdges(edges, { ...options, memory: 'wasm' }), fromEdges(edges, { ...options, memory: 'js' })];
}

describe('a WebAssembly heap', () => {
  it('hands out 64-byte aligned blocks, never address 0, zeroed when reused', () => {
    const heap = createWasmHeap()!;
    const a = heap.alloc(100)!;
    const b = heap.alloc(1)!;
    expect(a).toBeGreaterThan(0);
    expect([a % 64, b % 64]).toEqual([0, 0]);
    expect(b).toBeGreaterThanOrEqual(a + 100);
    heap.int32(a, 25).fill(-1);
    heap.free(a);
    const c = heap.alloc(100)!;
    expect(c).toBe(a);
    expect(Array.from(heap.int32(c, 25))).toEqual(new Array(25).fill(0));
    heap.int32(b, 1)[0] = 7;
    heap.free(b); // the top block: the next one starts there again, zeroed
    expect(heap.alloc(16)).toBe(b);
    expect(heap.int32(b, 1)[0]).toBe(0);
  });

  it('serves a small request from the front of a large freed block and shrinks blocks in place', () => {
    const heap = createWasmHeap()!;
    const big = heap.alloc(64 * 100)!;
    const above = heap.alloc(64)!;
    heap.int32(big, 1600).fill(-1);
    heap.free(big);
    // Two small blocks out of the freed one, each zeroed, the rest still free for a third.
    const x = heap.alloc(64)!;
    const y = heap.alloc(64)!;
    expect([x, y]).toEqual([big, big + 64]);
    expect(Array.from(heap.int32(y, 16))).toEqual(new Array(16).fill(0));
    expect(heap.int32(big + 128, 1)[0]).toBe(-1); // untouched until handed out
    expect(heap.alloc(64 * 98)).toBe(big + 128);
    // Shrinking the top block lowers the top; shrinking another frees its end for reuse.
    heap.shrink(above, 1);
    expect(heap.size).toBe(above + 64);
    const top = heap.alloc(64 * 10)!;
    heap.free(x);
    heap.free(y);
    const z = heap.alloc(64 * 10)!;
    heap.shrink(top, 64 * 4);
    expect(heap.alloc(64 * 6)).toBe(top + 64 * 4);
    expect(z).not.toBe(top);
  });

  it('keeps earlier views valid when it grows (a shared memory is never detached)', () => {
    const heap = createWasmHeap()!;
    const view = heap.int32(heap.alloc(16)!, 4).fill(5);
    const far = heap.alloc(3 << 20)!; // several pages more
    heap.int32(far, 4).fill(9);
    expect(Array.from(view)).toEqual([5, 5, 5, 5]);
    expect(heapOf(view, heap.int32(far, 4))).toBe(heap);
    expect(heapOf(view, new Int32Array(4))).toBeNull();
  });

  it('refuses blocks past 4 GiB instead of throwing (callers fall back)', () => {
    const heap = createWasmHeap()!;
    expect(heap.alloc(2 ** 32)).toBeNull();
    const fallback = heapAllocator(heap).int32(2 ** 30);
    expect(heapOf(fallback)).toBeNull(); // an ordinary array: engines copy it
  });
});

describe('an index in a heap', () => {
  it('is where fromEdges builds large graphs by default, and engines allocate only scratch beside it', () => {
    const n = 5000;
    let x = 7;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
    const m = 400_000;
    const edges = { sources: Int32Array.from({ length: m }, next), targets: Int32Array.from({ length: m }, next) };
    const csr = fromEdges(edges, { nodes: n });
    const heap = heapOf(csr.offsets, csr.targets)!;
    expect(heap).not.toBeNull();
    expect(heapOf(fromEdges(edges, { nodes: n, memory: 'js' }).offsets)).toBeNull();
    expect(heapOf(fromEdges({ sources: [0], targets: [1] }).offsets)).toBeNull(); // small: arrays
    const before = heap.size;
    const bfs = createBfs(adjacency(csr));
    const ms = createMsBfs(adjacency(csr));
    const hb = createHyperBall(adjacency(csr), 4, 1);
    expect([bfs.kernel, hb.kernel, ms.batchSize]).toEqual(['wasm', 'wasm', 128]);
    expect(heapOf(bfs.dist)).toBe(heap); // dist lives in the heap
    const scratch = 8 * n + 3 * (n / 8) + 4096 + 56 * n + 2 ** 19 + 2 * 16 * n + 3 * n + 8 * n + 1024;
    expect(heap.size - before).toBeLessThan(scratch + 2 ** 16);
    expect(heap.size - before).toBeLessThan(csr.targets.byteLength); // no copy of the adjacency
  });

  it('does not grow when a synchronous loop creates and drops engines (their scratch is freed at once)', () => {
    const n = 3000;
    const g = {
      n,
      directed: false,
      edges: Array.from({ length: 12 * n }, (_, i) => [i % n, (i * 7919 + 13) % n] as [number, number]),
    };
    const csr = both(g)[0];
    const heap = heapOf(csr.offsets)!;
    const answers: number[] = [];
    let size = 0;
    for (let i = 0; i < 4; i++) {
      answers.push(separation(csr, { method: 'exact' }).meanDistance);
      answers.push(separation(csr, { method: 'sample', samples: 300, seed: i }).meanDistance);
      answers.push(separation(csr, { method: 'hyperball' }).meanDistance);
      if (i === 0) size = heap.size;
    }
    expect(heap.size).toBe(size);
    expect(new Set(answers.filter((_, k) => k % 3 === 0)).size).toBe(1);
  });

  test.prop([idGraph(90, 4), modes, fc.nat()])(
    'gives the same BFS, multi-source BFS and HyperBall answers as an index in arrays',
    (g, mode, seed) => {
      const [inHeap, inArrays] = both(g);
      expect(heapOf(inHeap.offsets, inHeap.targets, inHeap.inOffsets, inHeap.inTargets)).not.toBeNull();
      const [a, b] = [adjacency(inHeap, mode), adjacency(inArrays, mode)];
      const [bfsA, bfsB] = [createBfs(a), createBfs(b)];
      for (const source of [0, seed % g.n, g.n - 1]) {
        bfsA.run(source);
        bfsB.run(source);
        expect(Array.from(bfsA.dist)).toEqual(Array.from(bfsB.dist));
        expect(Array.from(bfsA.queue.subarray(0, bfsA.count))).toEqual(Array.from(bfsB.queue.subarray(0, bfsB.count)));
        expect(bfsA.scanned).toBe(bfsB.scanned);
      }
      const sources = Int32Array.from({ length: Math.min(g.n, 130) }, (_, i) => i);
      const hist = [new Float64Array(g.n + 2), new Float64Array(g.n + 2)];
      for (const [i, adj] of [a, b].entries()) {
        const ms = createMsBfs(adj);
        for (let begin = 0; begin < sources.length; begin += ms.batchSize)
          ms.run(sources, begin, Math.min(ms.batchSize, sources.length - begin), {
            hist: hist[i]!,
            ecc: null,
            reached: null,
            sums: null,
          });
      }
      expect(hist[0]).toEqual(hist[1]);
      const [hA, hB] = [createHyperBall(a, 4, seed), createHyperBall(b, 4, seed)];
      const [tA, tB] = [new Float64Array(HYPERBALL_SLOT), new Float64Array(HYPERBALL_SLOT)];
      for (;;) {
        const changed = hA.step();
        expect(hB.step()).toBe(changed);
        if (changed === 0) break;
        hA.estimate(tA, 'delta');
        hB.estimate(tB, 'delta');
        hA.commit();
        hB.commit();
      }
      expect(tA).toEqual(tB);
      expect(hA.registers).toEqual(hB.registers);
    },
  );

  it('is shared with the workers in place: same exact distribution and HyperBall as arrays', async () => {
    const n = 3000;
    const g = {
      n,
      directed: true,
      edges: Array.from({ length: 4 * n }, (_, i) => [i % n, (i * 7919 + 13) % n] as [number, number]),
    };
    const [inHeap, inArrays] = both(g);
    const sources = Int32Array.from({ length: n }, (_, i) => i);
    const work = {};
    const [hA, hB] = await Promise.all([
      parallelExactDistribution(adjacency(inHeap), sources, Infinity, 2, work, 'test'),
      parallelExactDistribution(adjacency(inArrays), sources, Infinity, 2, work, 'test'),
    ]);
    expect(hA).toEqual(hB);
    const [bA, bB] = [
      await parallelHyperBall(adjacency(inHeap), sources, 5, 3, Infinity, 2, work, 'test'),
      await parallelHyperBall(adjacency(inArrays), sources, 5, 3, Infinity, 2, work, 'test'),
    ];
    expect(bA).toEqual(bB);
    // The pools give their slots back (the multi-source ones once the workers are terminated):
    // running again reuses them instead of growing the heap.
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
    const heap = heapOf(inHeap.offsets)!;
    await settle();
    const size = heap.size;
    for (let i = 0; i < 2; i++) {
      await parallelHyperBall(adjacency(inHeap), sources, 5, 3, Infinity, 2, work, 'test');
      await parallelExactDistribution(adjacency(inHeap), sources, Infinity, 2, work, 'test');
      await settle();
      expect(heap.size).toBeLessThanOrEqual(size);
    }
  });
});

describe('a region of a heap (a worker allocating inside a block it was given)', () => {
  it('hands out aligned blocks inside the region only, and takes them back from the top', () => {
    const heap = createWasmHeap()!;
    const block = heap.alloc(1000)!;
    const region = heapRegion(heap.memory, block, 1000);
    const a = region.alloc(500)!;
    expect(a % 64).toBe(0);
    expect(a).toBeGreaterThanOrEqual(block);
    expect(region.alloc(500)).toBeNull(); // 512 more would pass the block's end
    region.free(a);
    const b = region.alloc(900)!;
    expect(b).toBe(a);
    expect(b + 900).toBeLessThanOrEqual(block + 1000);
    region.uint8(b, 900).fill(7);
    expect(heap.uint8(b, 900).every((x) => x === 7)).toBe(true); // the same memory
    expect(inMemory(heap.memory, region.int32(b, 4), heap.int32(block, 4))).toBe(true);
    expect(inMemory(heap.memory, new Int32Array(4))).toBe(false);
  });
});
