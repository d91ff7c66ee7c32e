// The 128-source WebAssembly multi-source BFS (ms-bfs-kernel.wat, table in ms-bfs-kernel.ts): one
// scratch slot per thread beside the index when it lives in a heap, else in a memory holding a
// copy of the adjacency. Slot 0 serves the calling thread; the Node pool (src/node/ms-bfs-pool.ts)
// lays out one slot per worker in a shared memory and posts it to them (node/ms-bfs-worker.ts).

import type { Adjacency } from '../../csr/adjacency.js';
import { layout } from '../../wasm/arena.js';
import { type BoundKernel, bindKernel } from '../../wasm/kernel-spec.js';
import type { WasmHeap } from '../../wasm/wasm-heap.js';
import type { MsBfsEngine } from '../create-ms-bfs.js';
import type { MsBfsOutputs } from '../ms-bfs.js';
import { adjacencyArena, kernelGraph } from './arena-adjacency.js';
import { MS_BFS_KERNEL, MS_BFS_LEVEL_CAP, type MsBfsSlot, msBfsScratch, WASM_MS_BFS_BATCH } from './ms-bfs-kernel.js';

export { MS_BFS_LEVEL_CAP, type MsBfsSlot, WASM_MS_BFS_BATCH };

/** The memory and addresses the kernel's `batch` takes: posted as is to the workers. */
export interface MsBfsMemory {
  readonly memory: WebAssembly.Memory;
  /** Whether the memory is shared (the kernel's shared variant). */
  readonly shared: boolean;
  readonly n: number;
  /** The adjacency's addresses, under the kernel's parameter names. */
  readonly graph: { offs: number; tgts: number; roffs: number; rtgts: number };
  readonly slots: readonly MsBfsSlot[];
  /** The heap block holding the slots (free it when done), or null for a memory of its own. */
  readonly block: { heap: WasmHeap; address: number } | null;
}

/**
 * Lays out `slots` scratch slots beside the index when it lives in a heap, else in a memory with a
 * copy of `adj`.
 *
 * @returns the memory and its addresses, or `null` when it would not fit in 4 GiB or WebAssembly is missing.
 * @remarks Time O(slots·n) beside a heap, O(n + m) more to copy otherwise; memory 56n bytes and
 * 0.5 MB per slot (plus 4(n + m) for a copy, twice m for a directed graph).
 */
export function msBfsMemory(adj: Adjacency, slots: number, shared: boolean): MsBfsMemory | null {
  const n = adj.order;
  const one = msBfsScratch(n);
  // One slot's regions at their offsets from the slot's start; slots follow one another.
  const [offsets, stride] = layout(one, 0);
  const placed = adjacencyArena(adj, { slots: stride * slots }, shared);
  if (placed === null) return null;
  const { arena } = placed;
  return {
    memory: arena.memory,
    shared: arena.shared,
    n,
    graph: kernelGraph(placed.graph),
    block: arena.block,
    slots: Array.from({ length: slots }, (_, k) => {
      const slot = { ...offsets };
      for (const name of Object.keys(slot) as (keyof typeof one)[]) slot[name] += arena.ptr.slots + k * stride;
      return slot;
    }),
  };
}

/** One thread's runner over a slot: the views it reads and a `batch` call with the table's names. */
export interface MsBfsSlotRunner {
  readonly sources: Int32Array;
  readonly hist: Float64Array;
  readonly ecc: Int32Array;
  readonly reached: Float64Array;
  readonly sums: Float64Array;
  /** Cumulative reach by level: `levels[d·128 + i]` for source i. */
  readonly levels: Float64Array;
  /**
   * Runs the kernel on the `count` sources in `sources`; fills ecc, reached and sums (zeroed first),
   * and levels, only when asked. Returns the deepest level.
   */
  batch(count: number, maxDistance: number, wantEcc: boolean, perSource: boolean, withLevels: boolean): number;
  /** Per-source counts by distance from `levels` after a batch of depth `depth` (null: deeper than the cap). */
  countsByDistance(count: number, depth: number): (Float64Array | null)[];
}

/**
 * Binds the kernel to slot `k` of `mem` (on the calling thread or in a worker).
 *
 * @param module - the kernel's variant for `mem`, compiled already (a worker is posted its pool's);
 * absent, compiled here once per thread.
 * @returns the runner, or `null` when WebAssembly refuses the kernel.
 * @remarks Time O(1); each batch O(L·(n + m)) for L levels, 128 sources at once.
 */
export function msBfsSlotRunner(mem: MsBfsMemory, k: number, module?: WebAssembly.Module): MsBfsSlotRunner | null {
  const kernel: BoundKernel<typeof MS_BFS_KERNEL.exports> | null = bindKernel(
    MS_BFS_KERNEL,
    mem.memory,
    mem.shared,
    module,
  );
  if (kernel === null) return null;
  const slot = mem.slots[k]!;
  const buffer = mem.memory.buffer;
  const B = WASM_MS_BFS_BATCH;
  // The addresses that never change are bound once (a literal spreading them per call cost tens of µs).
  const { seen, visit, next, srcs, hist, counters } = slot;
  const batch = kernel.batch.with(mem.graph, { n: mem.n, seen, visit, next, srcs, hist, counters });
  const runner: MsBfsSlotRunner = {
    sources: new Int32Array(buffer, slot.srcs, B),
    hist: new Float64Array(buffer, slot.hist, mem.n + 2),
    ecc: new Int32Array(buffer, slot.ecc, B),
    reached: new Float64Array(buffer, slot.reached, B),
    sums: new Float64Array(buffer, slot.sums, B),
    levels: new Float64Array(buffer, slot.levels, B * MS_BFS_LEVEL_CAP),
    batch(count, maxDistance, wantEcc, perSource, withLevels) {
      if (perSource) {
        runner.reached.fill(0, 0, count);
        runner.sums.fill(0, 0, count);
      }
      return batch({
        count,
        ecc: wantEcc ? slot.ecc : 0,
        reached: perSource ? slot.reached : 0,
        sums: perSource ? slot.sums : 0,
        maxDistance: Math.min(maxDistance, 0x7fffffff),
        levels: withLevels ? slot.levels : 0,
        levelCap: withLevels ? MS_BFS_LEVEL_CAP : 0,
      });
    },
    countsByDistance(count, depth) {
      return Array.from({ length: count }, (_, i) => {
        if (depth >= MS_BFS_LEVEL_CAP) return null;
        const counts = new Float64Array(depth + 1);
        let before = 0;
        for (let d = 1; d <= depth; d++) {
          const cumulative = runner.levels[d * B + i]!;
          counts[d] = cumulative - before;
          before = cumulative;
        }
        return counts;
      });
    },
  };
  return runner;
}

/** The WebAssembly engine: an `MsBfsEngine` that can also count each source's people by distance. */
export interface WasmMsBfsEngine extends MsBfsEngine {
  /**
   * Runs one batch and returns, for each of its sources, `counts[d]` = nodes at distance d
   * (index 0 is 0), or `null` when the batch goes deeper than the 512 levels a slot records.
   */
  perSourceLevels(ids: Int32Array, begin: number, count: number, maxDistance?: number): Float64Array[] | null;
}

/**
 * A 128-source multi-source BFS engine running the WebAssembly kernel on the calling thread, or
 * `null` when WebAssembly is missing or the graph does not fit (callers use the JavaScript kernel).
 *
 * @remarks Creating it takes O(n) beside an index built in a heap (the slot is freed when the
 * engine is collected), O(n + m) to copy the adjacency otherwise; each batch O(L·(n + m)) for L
 * levels, 128 sources at once.
 */
export function createWasmMsBfs(adj: Adjacency): WasmMsBfsEngine | null {
  const mem = msBfsMemory(adj, 1, false);
  if (mem === null) return null;
  const runner = msBfsSlotRunner(mem, 0);
  if (runner === null) return null;
  const { sources, hist, ecc, reached, sums } = runner;
  // One kernel pass over ids[begin, begin + count). Returns the deepest level.
  const batch = (
    ids: Int32Array,
    begin: number,
    count: number,
    maxDistance: number,
    wantEcc: boolean,
    perSource: boolean,
    withLevels: boolean,
  ): number => {
    sources.set(ids.subarray(begin, begin + count));
    return runner.batch(count, maxDistance, wantEcc, perSource, withLevels);
  };
  const engine: WasmMsBfsEngine = {
    batchSize: WASM_MS_BFS_BATCH,
    perSourceLevels(ids, begin, count, maxDistance = Infinity) {
      const depth = batch(ids, begin, count, maxDistance, false, true, true);
      hist.fill(0, 0, depth + 1);
      if (depth >= MS_BFS_LEVEL_CAP) return null;
      return runner.countsByDistance(count, depth) as Float64Array[];
    },
    run(ids: Int32Array, begin: number, count: number, out: MsBfsOutputs, maxDistance = Infinity): number {
      const perSource = out.reached !== null && out.sums !== null;
      const depth = batch(ids, begin, count, maxDistance, out.ecc !== null, perSource, false);
      for (let d = 1; d <= depth; d++) out.hist[d] = out.hist[d]! + hist[d]!;
      hist.fill(0, 0, depth + 1);
      if (out.ecc !== null) out.ecc.set(ecc.subarray(0, count));
      if (perSource) {
        for (let i = 0; i < count; i++) {
          out.reached![i] = out.reached![i]! + reached[i]!;
          out.sums![i] = out.sums![i]! + sums[i]!;
        }
      }
      return depth;
    },
  };
  mem.block?.heap.freeWhenCollected(mem.block.address, [engine]);
  return engine;
}
