// A WebAssembly memory laid out once for one engine: named regions at 16-byte-aligned byte
// addresses, sized up front so the memory never grows (views stay valid, kernels take addresses).
// Shared memories (SharedArrayBuffer) let worker threads run kernels over the same regions. An
// arena may also be one block of an index's heap (wasm-heap.ts): the engine's scratch beside the
// index, in the memory that holds it.

import type { WasmHeap } from './wasm-heap.js';

import { wasmMemoryLimit } from './memory-limit.js';

/** Bytes in one WebAssembly page. */
const PAGE = 65536;

/** A memory and the byte address of each named region. */
export interface Arena<K extends string> {
  readonly memory: WebAssembly.Memory;
  /** Byte address of each region. */
  readonly ptr: Readonly<Record<K, number>>;
  /** Length in bytes of each region. */
  readonly bytes: Readonly<Record<K, number>>;
  /** An Int32Array view of a region. */
  int32(region: K): Int32Array;
  /** A Uint8Array view of a region. */
  uint8(region: K): Uint8Array;
  /** A Float64Array view of a region. */
  float64(region: K): Float64Array;
  /** Whether the memory is shared (pick the kernels' shared variant). */
  readonly shared: boolean;
  /** The heap and block address when the arena is a block of an index's heap, else null. */
  readonly block: { heap: WasmHeap; address: number } | null;
}

/**
 * Region addresses from `start`, each 16-byte aligned, in the order given; returns them and the
 * end address (so a group of regions can be repeated, one copy per thread, at a fixed stride).
 *
 * @remarks Time O(regions).
 */
export function layout<K extends string>(regions: Record<K, number>, start: number): [Record<K, number>, number] {
  const ptr = {} as Record<K, number>;
  let end = start;
  for (const name of Object.keys(regions) as K[]) {
    ptr[name] = end;
    end += Math.ceil(regions[name] / 16) * 16;
  }
  return [ptr, end];
}

function views<K extends string>(
  memory: WebAssembly.Memory,
  regions: Record<K, number>,
  ptr: Record<K, number>,
  shared: boolean,
  block: Arena<K>['block'],
): Arena<K> {
  const buffer = memory.buffer;
  return {
    memory,
    ptr,
    bytes: { ...regions },
    shared,
    block,
    int32: (r) => new Int32Array(buffer, ptr[r], regions[r] >>> 2),
    uint8: (r) => new Uint8Array(buffer, ptr[r], regions[r]),
    float64: (r) => new Float64Array(buffer, ptr[r], regions[r] >>> 3),
  };
}

/**
 * Lays out the regions in one block of `heap` (at the same offsets from the block's start as
 * `allocateArena` uses from address 0, so alignments carry over). Free it with
 * `heap.free(arena.block.address)` or `heap.freeWhenCollected`.
 *
 * @returns the arena, or `null` when the heap cannot grow by that much (4 GiB in all).
 * @remarks Time O(total bytes) when the block reuses freed memory (it is zeroed), else O(1).
 */
export function heapArena<K extends string>(heap: WasmHeap, regions: Record<K, number>): Arena<K> | null {
  const [offsets, end] = layout(regions, 16);
  const address = heap.alloc(end);
  if (address === null) return null;
  const ptr = {} as Record<K, number>;
  for (const name of Object.keys(regions) as K[]) ptr[name] = address + offsets[name];
  return views(heap.memory, regions, ptr, true, { heap, address });
}

/** Whether this runtime can run the kernels (WebAssembly present; shared memories need SharedArrayBuffer). */
export function wasmAvailable(shared = false): boolean {
  return typeof WebAssembly === 'object' && (!shared || typeof SharedArrayBuffer === 'function');
}

/**
 * Bytes a memory laid out for `regions` needs (before rounding up to whole pages).
 *
 * @param regions - region name → size in bytes.
 * @returns 16 bytes of unused head plus each region rounded up to 16 bytes.
 * @remarks Time O(regions).
 */
export function arenaBytes(regions: Record<string, number>): number {
  let end = 16;
  for (const size of Object.values(regions)) end += Math.ceil(size / 16) * 16;
  return end;
}

/**
 * Lays out and allocates a memory for the given regions.
 *
 * @param regions - region name → size in bytes.
 * @param shared - allocate a shared memory (for workers).
 * @returns the arena, or `null` when the regions do not fit in 4 GiB or the runtime refuses the
 * memory (then callers use their JavaScript kernels).
 * @remarks Time O(total bytes) for the operating system to hand out zeroed pages.
 */
export function allocateArena<K extends string>(regions: Record<K, number>, shared = false): Arena<K> | null {
  if (!wasmAvailable(shared)) return null;
  const [ptr, end] = layout(regions, 16); // address 0 stays unused
  if (end > wasmMemoryLimit()) return null; // 4 GiB, or lower in tests
  const pages = Math.ceil(end / PAGE);
  let memory: WebAssembly.Memory;
  try {
    memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared });
  } catch {
    return null;
  }
  return views(memory, regions, ptr, shared, null);
}
