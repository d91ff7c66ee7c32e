// scatterRows in the index's heap (the path of the edge-list parser, whose edges already live
// there): the kernel reads the edges in place and writes the rows where the index stays, by blocks
// or row by row (`direct`), with its scratch freed after. Rows, their order and the self-loop and
// duplicate counts must match the JavaScript build, for any block size; nothing may leak.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { scatterRows } from '../../src/csr/scatter.js';
import { heapScatterAllocator, heapScatterRows } from '../../src/csr/wasm/heap-scatter.js';
import { createWasmHeap, heapOf, type WasmHeap } from '../../src/wasm/wasm-heap.js';

const input = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
      maxLength: 300,
    }),
    shift: fc.integer({ min: 0, max: 6 }),
    directed: fc.boolean(),
    reverse: fc.boolean(),
    simplify: fc.boolean(),
  }),
);

// The edges copied into `heap`, as the parser leaves them.
function inHeap(heap: WasmHeap, s: number[], t: number[]) {
  const a = heap.alloc(4 * s.length)!;
  const b = heap.alloc(4 * t.length)!;
  const sources = heap.int32(a, s.length);
  const targets = heap.int32(b, t.length);
  sources.set(s);
  targets.set(t);
  return { sources, targets };
}

describe('scatterRows in the heap', () => {
  test.prop([input, fc.boolean()], { numRuns: 300 })(
    'matches the JavaScript build, blocked or direct, and frees its scratch',
    ({ n, edges, shift, directed, reverse, simplify }, direct) => {
      const s = edges.map((e) => e[0]);
      const t = edges.map((e) => e[1]);
      const want = scatterRows(
        n,
        { sources: Int32Array.from(s), targets: Int32Array.from(t) },
        directed,
        reverse,
        simplify,
        false,
        shift,
        'js',
      );
      const heap = createWasmHeap()!;
      const trusted = inHeap(heap, s, t);
      const before = heap.size;
      const got = heapScatterRows({ n, edges: trusted, directed, reverse, simplify, shift }, heap, direct)!;
      expect(got).not.toBeNull();
      expect(Array.from(got.offsets)).toEqual(Array.from(want.offsets));
      expect(Array.from(got.entries)).toEqual(Array.from(want.entries));
      expect([got.selfLoops, got.duplicates]).toEqual([want.selfLoops, want.duplicates]);
      expect(heapOf(got.offsets, got.entries)).toBe(heap);
      // Only the rows stay: offsets then entries (trimmed to what was kept), right above the edges.
      const align = (x: number) => Math.ceil(Math.max(x, 1) / 64) * 64;
      expect(heap.size).toBe(before + align(4 * (n + 1)) + align(4 * got.entries.length));
    },
  );

  it('is what scatterRows runs when the storage is the heap the edges are in', () => {
    const n = 300_000;
    const m = 600_000; // past 2^19 edges: the blocked default, run in the heap without a copy
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
    const s = Array.from({ length: m }, next);
    const t = Array.from({ length: m }, next);
    const js = scatterRows(
      n,
      { sources: Int32Array.from(s), targets: Int32Array.from(t) },
      false,
      false,
      true,
      false,
      undefined,
      'js',
    );
    const heap = createWasmHeap()!;
    const got = scatterRows(n, inHeap(heap, s, t), false, false, true, heapScatterAllocator(heap));
    expect(heapOf(got.offsets, got.entries)).toBe(heap);
    const bytes = (a: Int32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(got.offsets).equals(bytes(js.offsets))).toBe(true);
    expect(bytes(got.entries).equals(bytes(js.entries))).toBe(true);
    expect([got.selfLoops, got.duplicates]).toEqual([js.selfLoops, js.duplicates]);
  });

  it('declines edges that live elsewhere', () => {
    const heap = createWasmHeap()!;
    const e = { sources: Int32Array.of(0, 1), targets: Int32Array.of(1, 2) };
    expect(
      heapScatterRows({ n: 3, edges: e, directed: false, reverse: false, simplify: true, shift: 3 }, heap, true),
    ).toBeNull();
  });
});
