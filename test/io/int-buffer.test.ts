// The parser's growable endpoint arrays in a WebAssembly heap: moved in with their entries, grown
// and pre-sized there, trimmed and released back to the heap; a size the heap cannot hold (a damaged
// gzip trailer's) leaves them as they were instead of costing ordinary memory.
import { describe, expect, it } from 'vitest';
import { IntBuffer } from '../../src/io/edge-list-keys.js';
import { createWasmHeap, heapOf } from '../../src/wasm/wasm-heap.js';

describe('IntBuffer in a heap', () => {
  it('keeps its entries through moveTo, reserve, presize and trim', () => {
    const heap = createWasmHeap()!;
    const b = new IntBuffer(4);
    b.data.set([1, 2, 3]);
    b.length = 3;
    b.moveTo(heap, 8);
    expect(heapOf(b.data)).toBe(heap);
    expect(b.data.byteOffset).toBe(b.address);
    b.reserve(100);
    expect(b.data.length).toBeGreaterThanOrEqual(103);
    expect(b.presize(1000)).toBe(true);
    expect([b.data.length, Array.from(b.view())]).toEqual([1000, [1, 2, 3]]);
    expect(b.presize(10)).toBe(false); // never shrinks
    b.trim();
    expect(Array.from(b.data)).toEqual([1, 2, 3]);
    const top = heap.size;
    b.release();
    expect(heap.size).toBeLessThan(top);
  });

  it('refuses a size past the heap and stays as it was', () => {
    const heap = createWasmHeap()!;
    const b = new IntBuffer(4);
    b.data[0] = 7;
    b.length = 1;
    b.moveTo(heap, 4);
    const address = b.address;
    expect(b.presize(2 ** 31)).toBe(false); // 8 GiB: past any 32-bit memory
    expect([b.address, b.data.length, b.data[0]]).toEqual([address, 4, 7]);
    expect(new IntBuffer().presize(100)).toBe(false); // an ordinary array is not pre-sized
  });
});
