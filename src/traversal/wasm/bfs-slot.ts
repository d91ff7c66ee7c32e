// One BFS scratch slot per worker thread beside an index in its shared heap, for workers that
// count the nodes at each distance from one source after another with the whole-BFS kernel
// (bfs-kernel.wat's levelCounts: one call a source, no cost per level): the long graphs' engine of
// exact and sampled distances, spread over threads without a copy of the graph per worker.

import type { Adjacency } from '../../csr/adjacency.js';
import { heapArena, layout } from '../../wasm/arena.js';
import { bindKernel } from '../../wasm/kernel-spec.js';
import type { WasmHeap } from '../../wasm/wasm-heap.js';
import { COUNT_LEVELS } from '../level-steps.js';
import { adjacencyHeap } from './arena-adjacency.js';
import { BFS_KERNEL, RUN_LEVELS } from './bfs-kernel.js';

/** Byte addresses of one slot: distances (all -1 between calls), queue, state, counts by distance. */
export interface BfsSlot {
  readonly dist: number;
  readonly queue: number;
  readonly st: number;
  readonly counts: number;
}

/** The heap's memory, the forward adjacency's addresses and the slots: posted as is to workers. */
export interface BfsSlotMemory {
  readonly memory: WebAssembly.Memory;
  readonly n: number;
  readonly offs: number;
  readonly tgts: number;
  /** Counts one call can keep in `counts` (deeper BFS leave them in `queue`). */
  readonly capacity: number;
  readonly slots: readonly BfsSlot[];
  /** The heap block holding the slots (free it once no worker uses them), or null in a worker. */
  readonly block: { heap: WasmHeap; address: number } | null;
}

/**
 * Lays out `count` slots beside the index when its forward arrays live in a heap, each `dist`
 * set to -1.
 *
 * @returns the slots, or `null` when the index is not in a heap or the heap cannot grow.
 * @remarks Time O(count·n); memory 8n bytes and 256 KiB per slot.
 */
export function bfsSlotMemory(adj: Adjacency, count: number): BfsSlotMemory | null {
  const heap = adjacencyHeap(adj, true);
  if (heap === null) return null;
  const n = adj.order;
  const capacity = Math.max(RUN_LEVELS, Math.min(COUNT_LEVELS, n + 1));
  const [offsets, stride] = layout({ dist: 4 * n, queue: 4 * Math.max(n, 1), st: 24, counts: 4 * capacity }, 0);
  const arena = heapArena(heap, { slots: stride * count });
  if (arena === null) return null;
  const slots = Array.from({ length: count }, (_, k) => {
    const at = arena.ptr.slots + k * stride;
    new Int32Array(heap.memory.buffer, at + offsets.dist, n).fill(-1);
    return { dist: at + offsets.dist, queue: at + offsets.queue, st: at + offsets.st, counts: at + offsets.counts };
  });
  return {
    memory: heap.memory,
    n,
    offs: adj.offsets.byteOffset,
    tgts: adj.targets.byteOffset,
    capacity,
    slots,
    block: arena.block,
  };
}

/**
 * Binds the kernel to slot `k` (on any thread): a function giving `counts[d]`, the nodes at
 * distance d from `source` (`counts[0]` = 1), by one top-down BFS in one kernel call.
 *
 * @param module - the kernel's shared variant, compiled already (a worker is posted its pool's);
 * absent, compiled here once per thread.
 * @returns the function, or `null` when WebAssembly refuses the kernel.
 * @remarks Time O(n_r + m_r) a call for the nodes and entries reached; the counts are a copy.
 */
export function bfsSlotRunner(
  mem: BfsSlotMemory,
  k: number,
  module?: WebAssembly.Module,
): ((source: number, maxDistance: number) => Int32Array) | null {
  const kernel = bindKernel(BFS_KERNEL, mem.memory, true, module);
  if (kernel === null) return null;
  const slot = mem.slots[k]!;
  return (source, maxDistance) => {
    const levels = kernel.levelCounts({
      n: mem.n,
      offs: mem.offs,
      tgts: mem.tgts,
      dist: slot.dist,
      queue: slot.queue,
      source,
      maxDistance: Math.min(maxDistance, 2 ** 31 - 1),
      counts: slot.counts,
      capacity: mem.capacity,
      st: slot.st,
    });
    return new Int32Array(mem.memory.buffer, levels <= mem.capacity ? slot.counts : slot.queue, levels).slice();
  };
}
