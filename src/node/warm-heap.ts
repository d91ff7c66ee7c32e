// Faults in, ahead of time, the pages past a heap's top that its next blocks will take (loadGraph
// does it while libuv's threads read the file), so the first engine's scratch does not pay a page
// fault per 4 KiB inside its first query (bench/memory.bench.ts). readEdgeList does not call it:
// its engines' scratch reuses the endpoint blocks its parse faulted in, and its thread is parsing,
// not waiting (the bench's readEdgeList rows). Kept out of wasm-heap.ts so the browser-safe core,
// which never loads a file, does not carry it.

import type { WasmHeap } from '../wasm/wasm-heap.js';

/** Bytes in one WebAssembly page. */
const PAGE = 65536;
/** The most bytes a 32-bit memory may have (4 GiB). */
const MAX_BYTES = 65536 * PAGE;
/** Bytes of an operating-system page (the unit of a page fault; 4 KiB on the machines we run). */
const OS_PAGE = 4096;

/** How far each heap has been warmed (an address). */
const warmed = new WeakMap<WasmHeap, number>();

/**
 * Grows `heap`'s memory to `bytes` past its top and faults in those pages (one zero byte written
 * per 4 KiB page, at or above the top, where no live block is), so the blocks allocated there next
 * start without page faults. Calls may raise the target step by step.
 *
 * @returns the bytes past the top now warm (less than asked when the memory cannot grow).
 * @remarks Time O(bytes / 4096) the first time, O(1) for bytes already warm.
 * @example
 * warmHeap(heap, engineScratchBytes(n)); // while the file is being read
 */
export function warmHeap(heap: WasmHeap, bytes: number): number {
  const top = heap.size;
  const done = Math.max(warmed.get(heap) ?? 0, top);
  const end = Math.min(top + Math.max(0, bytes), MAX_BYTES);
  const pages = Math.ceil(end / PAGE) - heap.memory.buffer.byteLength / PAGE;
  if (pages > 0) {
    try {
      heap.memory.grow(pages);
    } catch {
      return done - top;
    }
  }
  const from = Math.ceil(done / OS_PAGE) * OS_PAGE;
  if (end > from) {
    const view = heap.uint8(from, end - from);
    for (let at = 0; at < view.length; at += OS_PAGE) view[at] = 0;
  }
  warmed.set(heap, Math.max(done, end));
  return Math.max(done, end) - top;
}
