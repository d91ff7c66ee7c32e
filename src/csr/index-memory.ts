// Where an index's arrays are built: in a shared WebAssembly heap (wasm/wasm-heap.ts) when the
// runtime has one and the graph is large enough for copies to matter, so every engine over it
// (BFS, multi-source BFS, HyperBall, their workers) reads it in place and allocates only scratch
// beside it; else ordinary arrays (or SharedArrayBuffers when asked), which engines copy.

import { createWasmHeap, heapOf, type WasmHeap } from '../wasm/wasm-heap.js';
import type { IndexAllocator, IndexStorage } from './scatter.js';

/** Adjacency entries from which `'auto'` builds the index in a heap (below, a copy costs microseconds). */
export const HEAP_MIN_ENTRIES = 1 << 16;

/** Where to build an index: `'auto'` (a heap from 65,536 entries), `'wasm'` (a heap), `'js'` (arrays). */
export type IndexMemory = 'auto' | 'wasm' | 'js';

/** Allocates an index's arrays from a heap; past 4 GiB, ordinary arrays (engines then copy). */
export function heapAllocator(heap: WasmHeap): IndexAllocator & Required<Pick<IndexAllocator, 'shrink'>> {
  return {
    int32(length) {
      const address = heap.alloc(4 * length);
      return address === null ? new Int32Array(length) : heap.int32(address, length);
    },
    holds: (array) => heapOf(array) === heap,
    shrink(array, length) {
      heap.shrink(array.byteOffset, 4 * length);
      return heap.int32(array.byteOffset, length);
    },
  };
}

/**
 * The storage for an index of about `entries` adjacency entries and `n` nodes (`rows` adjacencies:
 * 2 for a directed graph).
 *
 * @param memory - `'auto'`, `'wasm'` or `'js'`.
 * @param shared - without a heap, put the arrays on SharedArrayBuffers.
 * @returns an allocator over a new heap, or `shared` when no heap is wanted or available.
 * @remarks Time O(1): the heap's pages are reserved, not touched.
 */
export function indexStorage(
  memory: IndexMemory,
  n: number,
  entries: number,
  rows: number,
  shared: boolean,
): IndexStorage {
  if (memory === 'js' || (memory === 'auto' && entries < HEAP_MIN_ENTRIES)) return shared;
  const heap = createWasmHeap(4 * (rows * (n + 1) + entries) + 64 * rows);
  return heap === null ? shared : heapAllocator(heap);
}
