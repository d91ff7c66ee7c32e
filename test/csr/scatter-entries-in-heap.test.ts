// A simplifying build into the index's heap (fromEdges' path from 65,536 entries) writes its
// entries where the index stays and drops repeats there: no ordinary entries array filled, then
// copied into fresh heap pages (issue 18: the professional network's two layers touched 733 pages
// against 385 with ordinary arrays). Rows must equal the ordinary build's, blocked or row by row,
// and the room of the dropped repeats must go back to the heap.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { heapAllocator } from '../../src/csr/index-memory.js';
import { type IndexAllocator, scatterRows } from '../../src/csr/scatter.js';
import { ALIGN, createWasmHeap, heapOf } from '../../src/wasm/wasm-heap.js';

const input = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
      maxLength: 300,
    }),
    shift: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    directed: fc.boolean(),
    reverse: fc.boolean(),
    simplify: fc.boolean(),
  }),
);

/** An allocator over a fresh heap that records the length of every array asked of it. */
function recordingHeap() {
  const heap = createWasmHeap()!;
  const inner = heapAllocator(heap);
  const asked: number[] = [];
  const allocator: IndexAllocator = {
    ...inner,
    int32: (length) => {
      asked.push(length);
      return inner.int32(length);
    },
  };
  return { heap, asked, allocator };
}

describe('scatterRows into a heap allocator', () => {
  test.prop([input], { numRuns: 300 })(
    'equals the ordinary build, with the entries written once, in the heap, and the repeats’ room given back',
    ({ n, edges, shift, directed, reverse, simplify }) => {
      const sources = Int32Array.from(edges, (e) => e[0]);
      const targets = Int32Array.from(edges, (e) => e[1]);
      const want = scatterRows(n, { sources, targets }, directed, reverse, simplify, false, shift, 'js');
      const { heap, asked, allocator } = recordingHeap();
      const got = scatterRows(n, { sources, targets }, directed, reverse, simplify, allocator, shift, 'js');
      expect(Array.from(got.offsets)).toEqual(Array.from(want.offsets));
      expect(Array.from(got.entries)).toEqual(Array.from(want.entries));
      expect([got.selfLoops, got.duplicates]).toEqual([want.selfLoops, want.duplicates]);
      expect(heapOf(got.offsets, got.entries)).toBe(heap);
      // The bounds, then the entries at their length before repeats are dropped: no second array.
      expect(asked).toEqual([n + 1, got.entries.length + got.duplicates]);
      const end = got.entries.byteOffset + 4 * Math.max(got.entries.length, 1);
      expect(heap.alloc(4)).toBe(Math.ceil(end / ALIGN) * ALIGN);
    },
  );

  it('drops repeats in place: 0–1 three times and a self-loop keep two entries and ask one entries array', () => {
    //   0 ═══ 1   (three parallel edges)   2 ⟲
    const sources = Int32Array.of(0, 1, 0, 2);
    const targets = Int32Array.of(1, 0, 1, 2);
    const { heap, asked, allocator } = recordingHeap();
    const rows = scatterRows(3, { sources, targets }, false, false, true, allocator);
    expect(Array.from(rows.offsets)).toEqual([0, 1, 2, 2]);
    expect(Array.from(rows.entries)).toEqual([1, 0]);
    expect([rows.selfLoops, rows.duplicates]).toEqual([1, 4]);
    expect(asked).toEqual([4, 6]);
    expect(heapOf(rows.entries)).toBe(heap);
  });
});
