// Sets up the workers of ms-bfs-pool.ts for one call (borrowed from worker-pool.ts, idle ones of
// an earlier call first): one per scratch slot of a shared WebAssembly memory (the 128-source
// kernel, or for long graphs the whole-BFS kernel, beside the index in its heap), each posted the
// slot memory and the kernel's module compiled once here (no worker unpacks or compiles it: a fresh
// thread's first unpack and compile cost ~13 ms CPU); else JavaScript workers over SharedArrayBuffers.

import type { Worker } from 'node:worker_threads';
import type { Adjacency } from '../csr/adjacency.js';
import { BFS_KERNEL } from '../traversal/wasm/bfs-kernel.js';
import { bfsSlotMemory } from '../traversal/wasm/bfs-slot.js';
import { MS_BFS_KERNEL } from '../traversal/wasm/ms-bfs-kernel.js';
import { msBfsMemory, WASM_MS_BFS_BATCH } from '../traversal/wasm/wasm-ms-bfs.js';
import { wasmAvailable } from '../wasm/arena.js';
import { compileKernel } from '../wasm/kernel.js';
import type { MsBfsJsWorkerData, SlotMemories, SlotWorkerData } from './ms-bfs-worker.js';
import type { CallMessage } from './serve-calls.js';
import { shareArray } from './share-array.js';
import { borrowWorkers } from './worker-pool.js';

/** Which kernel the workers run: 128-source passes (WebAssembly, or JavaScript), or one whole BFS per source. */
export type MsBfsKernel = 'auto' | 'js' | 'levels';

/** Set-up workers, the sources per kernel pass, and what to free once no worker can write the slots. */
export interface MsBfsPool {
  pool: Worker[];
  batch: number;
  release: () => void;
}

// `count` workers (idle ones first), each posted its call's data.
function setUp(count: number, data: (i: number) => SlotWorkerData<keyof SlotMemories> | MsBfsJsWorkerData): Worker[] {
  const pool = borrowWorkers('ms-bfs-worker', count);
  pool.forEach((w, i) => w.postMessage({ kind: 'setup', data: data(i) } satisfies CallMessage<unknown, never>));
  return pool;
}

// One worker per slot of `mem`, each binding the `kind` kernel (compiled here once) to its slot;
// the slots' heap block goes back once no worker can write it (the workers get the memory without it).
function slotPool<K extends keyof SlotMemories>(
  kind: K,
  mem: SlotMemories[K],
  sources: Int32Array,
  maxDistance: number,
  batch: number,
): MsBfsPool {
  const { block } = mem;
  const posted = { ...mem, block: null };
  const shared = shareArray(sources);
  const module = compileKernel((kind === 'wasm' ? MS_BFS_KERNEL : BFS_KERNEL).plain, true) ?? undefined;
  const data = (slot: number): SlotWorkerData<K> => ({ kind, mem: posted, module, slot, sources: shared, maxDistance });
  return {
    pool: setUp(mem.slots.length, data),
    batch,
    release: () => block?.heap.free(block.address),
  };
}

/**
 * Sets up `count` workers (idle ones of an earlier call first, else fresh) for `kernel` over `adj`: one per slot of a shared WebAssembly memory, or
 * JavaScript workers when it cannot be had (or for `'js'`).
 *
 * @param sources - the sources the tasks will name ranges of (shared with the workers).
 * @param maxDistance - stop each BFS after this many hops.
 * @param kernel - `'levels'` needs the index in a heap (the caller checks `levelsAvailable`).
 * @returns the workers, the sources per kernel pass, and the release of their slots.
 * @throws Error when `'levels'` finds no room beside the index for the BFS slots.
 * @remarks Time O(n·count) for the slots (plus O(n + m) for a shared copy of an adjacency outside
 * a heap); each fresh worker's thread starts in the background.
 * @example
 * const { pool, batch, release } = startMsBfsWorkers(adj, sources, Infinity, 2, 'auto');
 */
export function startMsBfsWorkers(
  adj: Adjacency,
  sources: Int32Array,
  maxDistance: number,
  count: number,
  kernel: MsBfsKernel,
): MsBfsPool {
  if (kernel === 'levels') {
    const mem = bfsSlotMemory(adj, count);
    if (mem === null) throw new Error('handshakes: no room beside the index for the BFS slots');
    return slotPool('levels', mem, sources, maxDistance, 1);
  }
  const mem = kernel === 'auto' && wasmAvailable(true) ? msBfsMemory(adj, count, true) : null;
  if (mem !== null) return slotPool('wasm', mem, sources, maxDistance, WASM_MS_BFS_BATCH);
  const workerData: MsBfsJsWorkerData = {
    kind: 'js',
    n: adj.order,
    offsets: shareArray(adj.offsets),
    targets: shareArray(adj.targets),
    inOffsets: shareArray(adj.inOffsets),
    inTargets: shareArray(adj.inTargets),
    sources: shareArray(sources),
    maxDistance,
  };
  return {
    pool: setUp(count, () => workerData),
    batch: 64,
    release: () => {},
  };
}
