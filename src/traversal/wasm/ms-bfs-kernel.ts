// The table of ms-bfs-kernel.wat (wasm/kernel-spec.ts): the 128-source multi-source BFS pass and
// the scratch one thread needs beside the adjacency. The engine (wasm-ms-bfs.ts) and the workers
// (node/ms-bfs-worker.ts) both call it through this table.

import { defineKernel } from '../../wasm/kernel-spec.js';
import { msBfsKernelWasm } from './ms-bfs-kernel-wasm.js';

/** Sources per pass of the WebAssembly kernel. */
export const WASM_MS_BFS_BATCH = 128;
/** Levels whose per-source reach a slot records (`perSourceLevels`); deeper batches fall back. */
export const MS_BFS_LEVEL_CAP = 512;

/** ms-bfs-kernel.wat: the parameters of `batch` (byte addresses, 0 = output not wanted). */
export const MS_BFS_KERNEL = defineKernel({
  plain: msBfsKernelWasm,
  exports: {
    batch:
      'n offs tgts roffs rtgts seen visit next srcs count hist ecc reached sums maxDistance levels levelCap counters',
  },
});

/**
 * One thread's scratch over n nodes (bytes per region, named as `batch`'s parameters): seen, visit,
 * next (16 bytes a node), the sources, hist by level, ecc, reached and sums by source, the
 * cumulative reach of every level below the cap, and the bit-sliced counters.
 *
 * @remarks Time O(1); 56n bytes and about 0.5 MB.
 */
export function msBfsScratch(n: number) {
  const B = WASM_MS_BFS_BATCH;
  return {
    seen: 16 * n,
    visit: 16 * n,
    next: 16 * n,
    srcs: 4 * B,
    hist: 8 * (n + 2),
    ecc: 4 * B,
    reached: 8 * B,
    sums: 8 * B,
    levels: 8 * B * MS_BFS_LEVEL_CAP,
    counters: 256,
  };
}

/** Byte addresses of one thread's scratch. */
export type MsBfsSlot = { readonly [K in keyof ReturnType<typeof msBfsScratch>]: number };
