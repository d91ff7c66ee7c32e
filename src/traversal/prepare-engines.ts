// Ahead of the first query over an index loaded into a heap: the scratch the first BFS,
// bidirectional BFS and multi-source BFS engines take beside it (the loader faults those pages in
// while it waits for the file, node/warm-heap.ts), and their kernels compiled (once a process).

import { arenaBytes, wasmAvailable } from '../wasm/arena.js';
import { compileKernel } from '../wasm/kernel.js';
import { BFS_KERNEL, bfsScratch } from './wasm/bfs-kernel.js';
import { MS_BFS_KERNEL, msBfsScratch } from './wasm/ms-bfs-kernel.js';

/**
 * Bytes of scratch one BFS engine, one bidirectional engine and one multi-source BFS engine take
 * beside an index of `n` nodes in a heap, block alignment included.
 *
 * @remarks Time O(1); about 80.4n bytes plus 0.5 MB.
 */
export function engineScratchBytes(n: number): number {
  const block = (bytes: number): number => Math.ceil(bytes / 64) * 64;
  return (
    block(arenaBytes(bfsScratch(n))) +
    block(arenaBytes({ parents: 8 * n, queues: 8 * n })) +
    block(arenaBytes({ slots: arenaBytes(msBfsScratch(n)) }))
  );
}

/**
 * Compiles the BFS and multi-source BFS kernels for a shared memory (an index's heap), so the
 * first engine over it only instantiates them. Does nothing where WebAssembly is missing.
 *
 * @remarks Time O(kernel bytes) once per process (a few milliseconds), then O(1).
 */
export function compileEngineKernels(): void {
  if (!wasmAvailable(true)) return;
  compileKernel(BFS_KERNEL.plain, true);
  compileKernel(MS_BFS_KERNEL.plain, true);
}
