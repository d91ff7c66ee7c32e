// A heap over a block of another heap's memory (wasm-heap.ts): a worker of the parallel edge-list
// reader allocates its read window and kernel scratch there without the owner's allocator; and
// whether arrays live in a given memory, whichever heap or thread handed them out. Kept apart from
// wasm-heap.ts so the browser core, which never runs those workers, does not carry it.

import { ALIGN, bufferOf, heapOf, type WasmHeap } from './wasm-heap.js';

/**
 * A heap over the block `[address, address + bytes)` of `memory`, which another heap (another
 * thread's) handed out: a worker allocates its windows there without the owner's allocator.
 * Blocks are bumped and freed from the top only; past the block, `alloc` returns `null`.
 *
 * @remarks Time O(1) per call. The memory must already hold the block (grown by its owner).
 */
export function heapRegion(memory: WebAssembly.Memory, address: number, bytes: number): WasmHeap {
  const start = Math.ceil(address / ALIGN) * ALIGN;
  const end = address + bytes;
  let top = start;
  const sizes = new Map<number, number>();
  const buffer = (): ArrayBufferLike => bufferOf(memory, region);
  const region: WasmHeap = {
    memory,
    get size() {
      return top - start;
    },
    alloc(size) {
      const need = Math.ceil(Math.max(size, 1) / ALIGN) * ALIGN;
      if (top + need > end) return null;
      const at = top;
      top += need;
      sizes.set(at, need);
      new Uint8Array(buffer(), at, need).fill(0);
      return at;
    },
    free(at) {
      const b = sizes.get(at);
      if (b === undefined) return;
      sizes.delete(at);
      if (at + b === top) top = at;
    },
    shrink() {},
    freeWhenCollected() {},
    int32: (at, length) => new Int32Array(buffer(), at, length),
    uint8: (at, length) => new Uint8Array(buffer(), at, length),
  };
  return region;
}

/**
 * Whether every one of `arrays` lives in `memory` (whichever heap, or thread, handed it out).
 *
 * @remarks Time O(arrays).
 */
export function inMemory(memory: WebAssembly.Memory, ...arrays: readonly ArrayBufferView[]): boolean {
  const buffer = memory.buffer;
  return arrays.every((a) => a.buffer === buffer || heapOf(a)?.memory === memory);
}
