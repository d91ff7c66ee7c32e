// Multi-source BFS on worker threads (exact distributions; the sampled separation's per-source
// counts): one scratch slot per worker beside the index in its shared WebAssembly heap (or, for an
// index outside a heap, in a shared memory with one copy of the adjacency); each worker
// (ms-bfs-worker.ts) runs the 128-source kernel on its slot (without WebAssembly, the JavaScript
// kernel over SharedArrayBuffers, and for each source's counts one BFS per source), and the main
// thread deals ranges of sources on demand (start-ms-bfs-workers.ts sets them up; worker-pool.ts
// keeps them between calls). Counts are integers, put back by source index or summed: 1 and k
// workers give identical results.

import type { Worker } from 'node:worker_threads';
import type { Adjacency } from '../csr/adjacency.js';
import { AbortError } from '../errors.js';
import { adjacencyHeap } from '../traversal/wasm/arena-adjacency.js';
import type { LongWorkOptions } from '../types.js';
import { wasmAvailable } from '../wasm/arena.js';
import type { MsBfsTask, MsBfsTaskResult } from './ms-bfs-worker.js';
import type { CallMessage } from './serve-calls.js';
import { type MsBfsKernel, startMsBfsWorkers } from './start-ms-bfs-workers.js';
import { discardWorkers, returnWorkers } from './worker-pool.js';

export { shareArray } from './share-array.js';

// Deals ranges of sources to the workers on demand until every source is done; results are
// handed to `onResult` on the main thread in arrival order.
function runTasks(
  adj: Adjacency,
  sources: Int32Array,
  maxDistance: number,
  workers: number,
  work: LongWorkOptions,
  where: string,
  kernel: MsBfsKernel,
  perSource: boolean,
  phase: string,
  onResult: (r: MsBfsTaskResult) => void,
): Promise<void> {
  const n = adj.order;
  const total = sources.length;
  if (work.signal?.aborted) return Promise.reject(new AbortError(where));
  if (total === 0) return Promise.resolve();
  // Enough batches per task to amortise a message on small graphs; one batch on large ones.
  const batchesPerTask = Math.max(1, Math.min(16, Math.floor(4e6 / (n + adj.offsets[n]! + 1))));
  // JavaScript workers counting each source run one BFS per source: smaller tasks keep all busy.
  const jsPerSource = kernel === 'levels' || (perSource && !(kernel === 'auto' && wasmAvailable(true)));
  const unit = (jsPerSource ? 8 : 64) * batchesPerTask;
  const { pool, batch, release } = startMsBfsWorkers(
    adj,
    sources,
    maxDistance,
    Math.min(workers, Math.ceil(total / unit)),
    kernel,
  );
  const perTask = jsPerSource ? unit : batch * batchesPerTask;
  return new Promise<void>((resolve, reject) => {
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      work.signal?.removeEventListener('abort', onAbort);
      // The slots go back to the heap once no worker can write them any more: at once when every
      // task is answered (the workers go back to the pool), else once they are terminated (a
      // half-done worker never serves another call).
      if (error) void discardWorkers(pool).then(release);
      else void returnWorkers('ms-bfs-worker', pool).then(release);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = (): void => finish(new AbortError(where));
    work.signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (w: Worker): void => {
      if (next >= total) return;
      const begin = next;
      next = Math.min(total, next + perTask);
      w.postMessage({ kind: 'task', task: { begin, end: next, perSource } } satisfies CallMessage<never, MsBfsTask>);
    };
    for (const w of pool) {
      w.on('message', (result: MsBfsTaskResult) => {
        if (settled) return;
        onResult(result);
        done += result.done;
        try {
          work.onProgress?.({ done, total, phase });
        } catch (error) {
          finish(error);
          return;
        }
        if (done === total) finish();
        else feed(w);
      });
      w.on('error', (error) => finish(error));
      // Mid-call, any exit is a failure (a worker leaves only when terminated or crashed).
      w.on('exit', (code) => finish(new Error(`handshakes/${where}: a worker exited with code ${code}.`)));
      feed(w);
    }
  });
}

/**
 * Counts ordered pairs (s, v), s in `sources`, by exact distance, on `workers` worker threads.
 *
 * @param adj - the adjacency (read in place from its heap, or copied once to a shared memory).
 * @param sources - source ids.
 * @param maxDistance - stop each BFS after this many hops.
 * @param workers - number of threads (≥ 1).
 * @param work - progress (sources done of total) and cancellation (terminates the workers).
 * @param where - the calling function's name, for the AbortError.
 * @param kernel - `'auto'` (WebAssembly where available) or `'js'` (the JavaScript kernel, for tests).
 * @returns `hist[d]` = ordered pairs at distance d.
 * @remarks Time O(⌈k/128⌉·L·(n + m) / workers) for k sources; memory: 56 bytes per node per
 * worker (plus a 4(n + m)-byte copy of the adjacency when the index is not in a heap).
 */
export async function parallelExactDistribution(
  adj: Adjacency,
  sources: Int32Array,
  maxDistance: number,
  workers: number,
  work: LongWorkOptions,
  where: string,
  kernel: 'auto' | 'js' = 'auto',
): Promise<Float64Array> {
  const hist = new Float64Array(adj.order + 2);
  await runTasks(adj, sources, maxDistance, workers, work, where, kernel, false, 'exact distances', ({ counts }) => {
    for (let d = 1; d < counts.length; d++) hist[d]! += counts[d]!;
  });
  return hist;
}

/**
 * For each source, the number of nodes at each distance, on `workers` worker threads (the sampled
 * separation's BFS, 128 sources per pass). A source is `null` when its batch went deeper than the
 * kernel records (512 levels): the caller runs those on its own thread. Without WebAssembly (or
 * with `kernel: 'js'`) each worker runs one direction-optimising BFS per source in JavaScript.
 *
 * @returns `counts[i][d]` = nodes at distance d from `sources[i]`, or null.
 * @throws AbortError when `signal` aborts.
 * @remarks Time O(⌈k/128⌉·L·(n + m) / workers) with WebAssembly, O(k·(n + m) / workers) without.
 */
export async function parallelPerSourceCounts(
  adj: Adjacency,
  sources: Int32Array,
  maxDistance: number,
  workers: number,
  work: LongWorkOptions,
  where: string,
  kernel: 'auto' | 'js' = 'auto',
): Promise<(Float64Array | null)[]> {
  const out = new Array<Float64Array | null>(sources.length).fill(null);
  await runTasks(
    adj,
    sources,
    maxDistance,
    workers,
    work,
    where,
    kernel,
    true,
    'sampled distances',
    ({ lists, begin }) => {
      lists.forEach((c, i) => (out[begin + i] = c));
    },
  );
  return out;
}

/**
 * Whether `parallelLevelCounts` can run over `adj`: its forward arrays live in a WebAssembly heap
 * the workers can read in place.
 *
 * @remarks Time O(1).
 */
export function levelsAvailable(adj: Adjacency): boolean {
  return adjacencyHeap(adj, true) !== null;
}

/**
 * One whole BFS per source (one kernel call each, no cost per level: the engine of long graphs)
 * on `workers` worker threads, each with a BFS slot (8n bytes) beside the index in its heap,
 * reading the adjacency in place. Needs `levelsAvailable(adj)`.
 *
 * @param perSource - also return each source's counts by distance.
 * @returns `hist[d]` = ordered pairs at distance d, and, when asked, `lists[i][d]` = nodes at
 * distance d from `sources[i]` (index 0: 0); the same as one thread's, for any number of workers.
 * @throws AbortError when `signal` aborts (the workers are terminated).
 * @remarks Time O(k·(n + m + L) / workers) for k sources and L levels; memory 8n bytes per worker.
 */
export async function parallelLevelCounts(
  adj: Adjacency,
  sources: Int32Array,
  maxDistance: number,
  workers: number,
  work: LongWorkOptions,
  where: string,
  perSource: boolean,
): Promise<{ hist: Float64Array; lists: Float64Array[] }> {
  let hist = new Float64Array(2);
  const lists = new Array<Float64Array>(perSource ? sources.length : 0);
  const phase = perSource ? 'sampled distances' : 'exact distances';
  await runTasks(adj, sources, maxDistance, workers, work, where, 'levels', perSource, phase, (r) => {
    if (r.counts.length > hist.length) {
      const grown = new Float64Array(r.counts.length);
      grown.set(hist);
      hist = grown;
    }
    for (let d = 1; d < r.counts.length; d++) hist[d]! += r.counts[d]!;
    r.lists.forEach((c, i) => (lists[r.begin + i] = c!));
  });
  return { hist, lists };
}
