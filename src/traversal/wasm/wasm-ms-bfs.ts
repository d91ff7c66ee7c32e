// The 128-source WebAssembly multi-source BFS (ms-bfs-kernel.wat): a memory holding a copy of the
// adjacency and one scratch slot per thread (seen, visit, next: 16 bytes per node each; sources,
// hist, ecc, reached, sums). Slot 0 serves the calling thread; the Node pool (src/node/
// ms-bfs-pool.ts) allocates one slot per worker in a shared memory and posts it to them.

import type { Adjacency } from '../../csr/adjacency.js';
import type { MsBfsEngine } from '../create-ms-bfs.js';
import type { MsBfsOutputs } from '../ms-bfs.js';
import { allocateArena, type Arena } from '../../wasm/arena.js';
import { adjacencyRegions, writeAdjacency } from './arena-adjacency.js';
import { instantiateKernel } from '../../wasm/kernel.js';
import { msBfsKernelWasm, msBfsKernelWasmShared } from './ms-bfs-kernel-wasm.js';

/** Sources per pass of the WebAssembly kernel. */
export const WASM_MS_BFS_BATCH = 128;
/** Levels whose per-source reach a slot records (`perSourceLevels`); deeper batches fall back. */
export const MS_BFS_LEVEL_CAP = 512;

/** Byte addresses of one thread's scratch. */
export interface MsBfsSlot {
  seen: number;
  visit: number;
  next: number;
  sources: number;
  hist: number;
  ecc: number;
  reached: number;
  sums: number;
  levels: number;
  counters: number;
}

/** The memory and addresses the kernel's `batch` takes. */
export interface MsBfsMemory {
  readonly memory: WebAssembly.Memory;
  readonly n: number;
  readonly offsets: number;
  readonly targets: number;
  readonly reverseOffsets: number;
  readonly reverseTargets: number;
  readonly slots: readonly MsBfsSlot[];
}

/** The kernel's export. */
export interface MsBfsKernel {
  batch(
    n: number,
    offs: number,
    tgts: number,
    roffs: number,
    rtgts: number,
    seen: number,
    visit: number,
    next: number,
    srcs: number,
    count: number,
    hist: number,
    ecc: number,
    reached: number,
    sums: number,
    maxDistance: number,
    levels: number,
    levelCap: number,
    counters: number,
  ): number;
}

/**
 * Lays out a memory with a copy of `adj` and `slots` scratch slots.
 *
 * @returns the memory and its addresses, or `null` when it would not fit in 4 GiB or WebAssembly is missing.
 * @remarks Time O(n + m) to copy; memory 4(n + m) bytes (twice m for a directed graph) plus 56n
 * bytes and 0.5 MB per slot.
 */
export function msBfsMemory(adj: Adjacency, slots: number, shared: boolean): MsBfsMemory | null {
  const n = adj.order;
  const regions: Record<string, number> = adjacencyRegions(adj);
  const B = WASM_MS_BFS_BATCH;
  for (let k = 0; k < slots; k++) {
    Object.assign(regions, {
      [`seen${k}`]: 16 * n,
      [`visit${k}`]: 16 * n,
      [`next${k}`]: 16 * n,
      [`sources${k}`]: 4 * B,
      [`hist${k}`]: 8 * (n + 2),
      [`ecc${k}`]: 4 * B,
      [`reached${k}`]: 8 * B,
      [`sums${k}`]: 8 * B,
      [`levels${k}`]: 8 * B * MS_BFS_LEVEL_CAP,
      [`counters${k}`]: 256,
    });
  }
  const arena: Arena<string> | null = allocateArena(regions, shared);
  if (arena === null) return null;
  const graph = writeAdjacency(arena, adj);
  const p = arena.ptr;
  return {
    memory: arena.memory,
    n,
    ...graph,
    slots: Array.from({ length: slots }, (_, k) => ({
      seen: p[`seen${k}`]!,
      visit: p[`visit${k}`]!,
      next: p[`next${k}`]!,
      sources: p[`sources${k}`]!,
      hist: p[`hist${k}`]!,
      ecc: p[`ecc${k}`]!,
      reached: p[`reached${k}`]!,
      sums: p[`sums${k}`]!,
      levels: p[`levels${k}`]!,
      counters: p[`counters${k}`]!,
    })),
  };
}

/** The kernel bytes (base64) for a plain or a shared memory. */
export function msBfsKernelBytes(shared: boolean): string {
  return shared ? msBfsKernelWasmShared : msBfsKernelWasm;
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
 * @remarks Creating it takes O(n + m); each batch O(L·(n + m)) for L levels, 128 sources at once.
 */
export function createWasmMsBfs(adj: Adjacency): WasmMsBfsEngine | null {
  const mem = msBfsMemory(adj, 1, false);
  if (mem === null) return null;
  const kernel = instantiateKernel<MsBfsKernel>(msBfsKernelBytes(false), mem.memory);
  if (kernel === null) return null;
  const slot = mem.slots[0]!;
  const buffer = mem.memory.buffer;
  const n = adj.order;
  const sources = new Int32Array(buffer, slot.sources, WASM_MS_BFS_BATCH);
  const hist = new Float64Array(buffer, slot.hist, n + 2);
  const ecc = new Int32Array(buffer, slot.ecc, WASM_MS_BFS_BATCH);
  const reached = new Float64Array(buffer, slot.reached, WASM_MS_BFS_BATCH);
  const sums = new Float64Array(buffer, slot.sums, WASM_MS_BFS_BATCH);
  const levels = new Float64Array(buffer, slot.levels, WASM_MS_BFS_BATCH * MS_BFS_LEVEL_CAP);
  // One kernel pass over ids[begin, begin + count); per-source reach and sums when asked (and,
  // with `withLevels`, their cumulative rows by level). Returns the deepest level.
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
    if (perSource) {
      reached.fill(0, 0, count);
      sums.fill(0, 0, count);
    }
    const limit = Math.min(maxDistance, 0x7fffffff);
    return kernel.batch(
      n,
      mem.offsets,
      mem.targets,
      mem.reverseOffsets,
      mem.reverseTargets,
      slot.seen,
      slot.visit,
      slot.next,
      slot.sources,
      count,
      slot.hist,
      wantEcc ? slot.ecc : 0,
      perSource ? slot.reached : 0,
      perSource ? slot.sums : 0,
      limit,
      withLevels ? slot.levels : 0,
      withLevels ? MS_BFS_LEVEL_CAP : 0,
      slot.counters,
    );
  };
  return {
    batchSize: WASM_MS_BFS_BATCH,
    perSourceLevels(ids, begin, count, maxDistance = Infinity) {
      const depth = batch(ids, begin, count, maxDistance, false, true, true);
      hist.fill(0, 0, depth + 1);
      if (depth >= MS_BFS_LEVEL_CAP) return null;
      const B = WASM_MS_BFS_BATCH;
      return Array.from({ length: count }, (_, i) => {
        const counts = new Float64Array(depth + 1);
        let before = 0;
        for (let d = 1; d <= depth; d++) {
          const cumulative = levels[d * B + i]!;
          counts[d] = cumulative - before;
          before = cumulative;
        }
        return counts;
      });
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
}
