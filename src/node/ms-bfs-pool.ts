// The exact distance distribution on worker threads: the adjacency is copied once into a shared
// WebAssembly memory with one scratch slot per worker, and each worker (an eval worker, so the same
// code runs from tsx, vitest and both dist builds) runs the 128-source kernel on its slot; without
// WebAssembly, workers rebuild the JavaScript kernel from its source text over SharedArrayBuffers.
// The main thread deals ranges of sources on demand. Counts are integers summed in any
// order, so 1 and k workers give identical results.

import { Worker } from 'node:worker_threads';
import type { Adjacency } from '../csr/adjacency.js';
import { AbortError } from '../errors.js';
import { msBfsBatch64 } from '../traversal/ms-bfs-64.js';
import { createMsBfsScratch } from '../traversal/ms-bfs.js';
import { wasmAvailable } from '../traversal/wasm/arena.js';
import { msBfsKernelBytes, msBfsMemory, WASM_MS_BFS_BATCH } from '../traversal/wasm/wasm-ms-bfs.js';
import type { LongWorkOptions } from '../types.js';

const sharedCopies = new WeakMap<Int32Array, Int32Array>();

/** The array itself when it already lives on a SharedArrayBuffer, else a cached shared copy. */
export function shareArray(array: Int32Array): Int32Array {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  let copy = sharedCopies.get(array);
  if (!copy) {
    copy = new Int32Array(new SharedArrayBuffer(array.length * 4));
    copy.set(array);
    sharedCopies.set(array, copy);
  }
  return copy;
}

// The JavaScript worker (when WebAssembly is unavailable): builds its scratch, then answers
// { begin, end } with the histogram of that range of sources.
const JS_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const createMsBfsScratch = ${createMsBfsScratch.toString()};
const msBfsBatch64 = ${msBfsBatch64.toString()};
const { n, offsets, targets, reverseOffsets, reverseTargets, sources, maxDistance } = workerData;
const scratch = createMsBfsScratch(n, 2);
const hist = new Float64Array(n + 2);
parentPort.on('message', ({ begin, end }) => {
  let depth = 0;
  for (let b = begin; b < end; b += 64) {
    const d = msBfsBatch64(n, offsets, targets, reverseOffsets, reverseTargets, sources, b, Math.min(64, end - b), scratch, { hist, ecc: null, reached: null, sums: null }, maxDistance);
    if (d > depth) depth = d;
  }
  const counts = hist.slice(0, depth + 1);
  hist.fill(0, 0, depth + 1);
  parentPort.postMessage({ counts, done: end - begin });
});
`;

// The WebAssembly worker: instantiates the shared-memory kernel on the posted memory (adjacency
// and one scratch slot per worker) and answers { begin, end } like the JavaScript one.
const WASM_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { memory, wasm, graph, slot, sources, maxDistance, batch } = workerData;
const kernel = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(wasm, 'base64')), { env: { mem: memory } }).exports;
const ids = new Int32Array(memory.buffer, slot.sources, batch);
const hist = new Float64Array(memory.buffer, slot.hist, graph.n + 2);
parentPort.on('message', ({ begin, end }) => {
  let depth = 0;
  for (let b = begin; b < end; b += batch) {
    const count = Math.min(batch, end - b);
    ids.set(sources.subarray(b, b + count));
    const d = kernel.batch(graph.n, graph.offsets, graph.targets, graph.reverseOffsets, graph.reverseTargets, slot.seen, slot.visit, slot.next, slot.sources, count, slot.hist, 0, 0, 0, maxDistance, 0, 0);
    if (d > depth) depth = d;
  }
  const counts = hist.slice(0, depth + 1);
  hist.fill(0, 0, depth + 1);
  parentPort.postMessage({ counts, done: end - begin });
});
`;

/** One worker per slot of a shared WebAssembly memory, or JavaScript workers when it cannot be had. */
function startWorkers(adj: Adjacency, sources: Int32Array, maxDistance: number, count: number, kernel: 'auto' | 'js'): { pool: Worker[]; batch: number } {
  const mem = kernel === 'auto' && wasmAvailable(true) ? msBfsMemory(adj, count, true) : null;
  if (mem !== null) {
    const graph = { n: mem.n, offsets: mem.offsets, targets: mem.targets, reverseOffsets: mem.reverseOffsets, reverseTargets: mem.reverseTargets };
    const common = { memory: mem.memory, wasm: msBfsKernelBytes(true), graph, sources: shareArray(sources), maxDistance: Math.min(maxDistance, 0x7fffffff), batch: WASM_MS_BFS_BATCH };
    return { pool: mem.slots.map((slot) => new Worker(WASM_WORKER_SOURCE, { eval: true, workerData: { ...common, slot } })), batch: WASM_MS_BFS_BATCH };
  }
  const workerData = {
    n: adj.order,
    offsets: shareArray(adj.offsets),
    targets: shareArray(adj.targets),
    reverseOffsets: shareArray(adj.reverseOffsets),
    reverseTargets: shareArray(adj.reverseTargets),
    sources: shareArray(sources),
    maxDistance,
  };
  return { pool: Array.from({ length: count }, () => new Worker(JS_WORKER_SOURCE, { eval: true, workerData })), batch: 64 };
}

/**
 * Counts ordered pairs (s, v), s in `sources`, by exact distance, on `workers` worker threads.
 *
 * @param adj - the adjacency (copied once to shared memory when it is not there already).
 * @param sources - source ids.
 * @param maxDistance - stop each BFS after this many hops.
 * @param workers - number of threads (≥ 1).
 * @param work - progress (sources done of total) and cancellation (terminates the workers).
 * @param where - the calling function's name, for the AbortError.
 * @param kernel - `'auto'` (WebAssembly where available) or `'js'` (the JavaScript kernel, for tests).
 * @returns `hist[d]` = ordered pairs at distance d.
 * @remarks Time O(⌈k/128⌉·L·(n + m) / workers) for k sources; memory: a copy of the adjacency
 * (4(n + m) bytes) and 56 bytes per node per worker.
 */
export function parallelExactDistribution(adj: Adjacency, sources: Int32Array, maxDistance: number, workers: number, work: LongWorkOptions, where: string, kernel: 'auto' | 'js' = 'auto'): Promise<Float64Array> {
  const n = adj.order;
  const total = sources.length;
  const hist = new Float64Array(n + 2);
  if (work.signal?.aborted) return Promise.reject(new AbortError(where));
  if (total === 0) return Promise.resolve(hist);
  // Enough batches per task to amortise a message on small graphs; one batch on large ones.
  const batchesPerTask = Math.max(1, Math.min(16, Math.floor(4e6 / (n + adj.offsets[n]! + 1))));
  const { pool, batch } = startWorkers(adj, sources, maxDistance, Math.min(workers, Math.ceil(total / (64 * batchesPerTask))), kernel);
  const perTask = batch * batchesPerTask;
  return new Promise<Float64Array>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      work.signal?.removeEventListener('abort', onAbort);
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(hist);
    };
    const onAbort = (): void => finish(new AbortError(where));
    work.signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (w: Worker): void => {
      if (next >= total) return;
      const begin = next;
      next = Math.min(total, next + perTask);
      w.postMessage({ begin, end: next });
    };
    for (const w of pool) {
      w.on('message', ({ counts, done: count }: { counts: Float64Array; done: number }) => {
        if (settled) return;
        for (let d = 1; d < counts.length; d++) hist[d]! += counts[d]!;
        done += count;
        try {
          work.onProgress?.({ done, total, phase: 'exact distances' });
        } catch (error) {
          finish(error);
          return;
        }
        if (done === total) finish();
        else feed(w);
      });
      w.on('error', (error) => finish(error));
      w.on('exit', (code) => code !== 0 && finish(new Error(`handshakes/${where}: a worker exited with code ${code}.`)));
      feed(w);
    }
  });
}
