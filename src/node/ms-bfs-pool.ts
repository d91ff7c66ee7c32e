// The exact distance distribution on worker threads: the adjacency lives on SharedArrayBuffers
// (copied there once per array and cached), each worker rebuilds the self-contained kernels from
// their source text (an eval worker, so the same code runs from tsx, vitest and both dist builds),
// and the main thread deals batches of 64 sources on demand. Counts are integers summed in any
// order, so 1 and k workers give identical results.

import { Worker } from 'node:worker_threads';
import type { Adjacency } from '../csr/adjacency.js';
import { AbortError } from '../errors.js';
import { msBfsBatch64 } from '../traversal/ms-bfs-64.js';
import { createMsBfsScratch } from '../traversal/ms-bfs.js';
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

// The worker: builds its scratch, then answers { begin, count } with the histogram of that range.
const WORKER_SOURCE = `
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

/**
 * Counts ordered pairs (s, v), s in `sources`, by exact distance, on `workers` worker threads.
 *
 * @param adj - the adjacency (copied once to shared memory when it is not there already).
 * @param sources - source ids.
 * @param maxDistance - stop each BFS after this many hops.
 * @param workers - number of threads (≥ 1).
 * @param work - progress (sources done of total) and cancellation (terminates the workers).
 * @param where - the calling function's name, for the AbortError.
 * @returns `hist[d]` = ordered pairs at distance d.
 * @remarks Time O(⌈k/64⌉·L·(n + m) / workers) for k sources; memory 16 bytes per node per worker.
 */
export function parallelExactDistribution(adj: Adjacency, sources: Int32Array, maxDistance: number, workers: number, work: LongWorkOptions, where: string): Promise<Float64Array> {
  const n = adj.order;
  const total = sources.length;
  const hist = new Float64Array(n + 2);
  if (work.signal?.aborted) return Promise.reject(new AbortError(where));
  if (total === 0) return Promise.resolve(hist);
  const workerData = {
    n,
    offsets: shareArray(adj.offsets),
    targets: shareArray(adj.targets),
    reverseOffsets: shareArray(adj.reverseOffsets),
    reverseTargets: shareArray(adj.reverseTargets),
    sources: shareArray(sources),
    maxDistance,
  };
  // Enough batches per task to amortise a message on small graphs; one batch on large ones.
  const perTask = 64 * Math.max(1, Math.min(16, Math.floor(4e6 / (n + adj.offsets[n]! + 1))));
  const pool = Array.from({ length: Math.min(workers, Math.ceil(total / perTask)) }, () => new Worker(WORKER_SOURCE, { eval: true, workerData }));
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
