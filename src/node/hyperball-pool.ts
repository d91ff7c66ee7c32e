// HyperBall on worker threads (hyperball-worker.ts). Counters, changed flags (two of each, swapped
// every step), counted flags and chunk sums live beside the index in its shared WebAssembly heap
// (or in a shared memory with a copy of the adjacency) that every worker runs the SIMD kernels on; without WebAssembly, on SharedArrayBuffers with the
// JavaScript kernels. Each worker steps a chunk-aligned range of about equal adjacency entries and
// writes its chunks' estimate sums; the main thread adds all chunks in order, so the results are
// bit-identical to the single-thread engine's for any number of workers. One message round a step.
// The workers are borrowed first (worker-pool.ts: idle ones of an earlier call, else fresh ones whose
// threads boot while this one lays out and seeds the memory and compiles the kernel once, posted to
// each with its data, bench/worker-start.bench.ts); they go back to the pool after a clean finish.

import type { Worker } from 'node:worker_threads';
import type { Adjacency } from '../csr/adjacency.js';
import { AbortError, InvalidArgumentError } from '../errors.js';
import { hyperBallSummary, type HyperBallCounts } from '../separation/hyperball-distribution.js';
import { addChunkSums, HYPERBALL_CHUNK, HYPERBALL_SLOT } from '../traversal/hyperball-estimate.js';
import { hyperBallSeed } from '../traversal/hyperball-steps.js';
import { KERNEL_CALL_NODES } from '../traversal/hyperball.js';
import {
  HYPERBALL_KERNEL,
  HYPERBALL_SCRATCH,
  type HyperBallArena,
  hyperBallArena,
} from '../traversal/wasm/wasm-hyperball.js';
import { compileKernel } from '../wasm/kernel.js';
import type { LongWorkOptions } from '../types.js';
import type { HyperBallJsWorkerData, HyperBallTask, HyperBallWasmWorkerData } from './hyperball-worker.js';
import type { CallMessage } from './serve-calls.js';
import { shareArray } from './share-array.js';
import { borrowWorkers, discardWorkers, returnWorkers } from './worker-pool.js';

type WorkerData = HyperBallWasmWorkerData | HyperBallJsWorkerData;

/**
 * Runs HyperBall over `adj` on `workers` threads and summarises it like the single-thread engine.
 *
 * @param adj - the adjacency (balls grow along forward arcs).
 * @param people - the nodes whose balls are summed.
 * @param log2m - log2 of the registers per counter.
 * @param seed - hash seed.
 * @param maxDistance - stop after this many steps.
 * @param workers - threads (≥ 1).
 * @param work - progress (one report per step) and cancellation (terminates the workers).
 * @param where - the calling function's name, for errors.
 * @param kernel - `'auto'` (WebAssembly where available), `'wasm'` or `'js'`.
 * @returns the distribution with jackknife error bars, bit-identical to `hyperBallDistribution`.
 * @remarks Time O(T·(n + m·2^log2m/16) / workers); memory 2^(log2m+1) + 3 shared bytes per node
 * beside the index's heap (plus 4(n + m) for a copy of the adjacency when the index is not in one).
 */
export async function parallelHyperBall(
  adj: Adjacency,
  people: Int32Array,
  log2m: number,
  seed: number,
  maxDistance: number,
  workers: number,
  work: LongWorkOptions,
  where: string,
  kernel: 'auto' | 'wasm' | 'js' = 'auto',
): Promise<HyperBallCounts> {
  if (work.signal?.aborted) throw new AbortError(where);
  const cuts = rangeCuts(adj, workers);
  const pool = borrowWorkers('hyperball-worker', cuts.length - 1);
  let placed: HyperBallArena | null = null;
  let clean = false;
  try {
    placed = kernel === 'js' ? null : hyperBallArena(adj, log2m, counted(adj.order, people), workers, true);
    const module = placed === null ? null : compileKernel(HYPERBALL_KERNEL.plain, true);
    if (module === null && kernel === 'wasm')
      throw new InvalidArgumentError(
        where,
        'kernel',
        "'auto' or 'js' here (shared WebAssembly memories are unavailable or the counters do not fit in 4 GiB)",
        'wasm',
      );
    const sums = post(pool, adj, people, log2m, seed, cuts, module === null ? null : placed);
    const result = await steps(pool, adj.order, people.length, sums, maxDistance, work, where);
    clean = true;
    return result;
  } finally {
    // Every step answered: the workers are idle and go back to the pool; else (abort, a failure)
    // they may still be writing the counters and are terminated. Then the counters' block is freed.
    await (clean ? returnWorkers('hyperball-worker', pool) : discardWorkers(pool));
    const block = placed?.arena.block;
    if (block) block.heap.free(block.address);
  }
}

// 1 for the nodes whose balls are summed, in shared memory (the JavaScript workers read it).
function counted(n: number, people: Int32Array): Uint8Array {
  const flags = new Uint8Array(new SharedArrayBuffer(n));
  for (let i = 0; i < people.length; i++) flags[people[i]!] = 1;
  return flags;
}

// Seeds the counters and posts each worker its data (with the compiled kernel when `placed`, else
// SharedArrayBuffers for the JavaScript kernels); returns the chunk sums the workers write.
function post(
  pool: Worker[],
  adj: Adjacency,
  people: Int32Array,
  log2m: number,
  seed: number,
  cuts: number[],
  placed: HyperBallArena | null,
): Float64Array {
  const n = adj.order;
  const m = 1 << log2m;
  const range = (i: number) => ({
    from: cuts[i]!,
    to: cuts[i + 1]!,
    chunk: HYPERBALL_CHUNK,
    callNodes: KERNEL_CALL_NODES,
    m,
  });
  let data: (i: number) => WorkerData;
  let registers0: Int32Array;
  let sums: Float64Array;
  if (placed !== null) {
    const { arena, graph } = placed;
    const module = compileKernel(HYPERBALL_KERNEL.plain, true)!;
    data = (i) => ({
      ...range(i),
      kind: 'wasm',
      memory: arena.memory,
      module,
      ptr: arena.ptr,
      graph,
      scratch: arena.ptr.scratch + i * HYPERBALL_SCRATCH,
    });
    registers0 = arena.int32('registers0');
    sums = arena.float64('sums');
  } else {
    const sab = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(bytes);
    const registers = [new Int32Array(sab(n * m)), new Int32Array(sab(n * m))];
    const flags = [new Uint8Array(sab(n)).fill(1), new Uint8Array(sab(n))];
    const chunkSums = new Float64Array(sab(8 * HYPERBALL_SLOT * Math.ceil(n / HYPERBALL_CHUNK)));
    const offsets = shareArray(adj.offsets);
    const targets = shareArray(adj.targets);
    const flagged = counted(n, people);
    data = (i) => ({ ...range(i), kind: 'js', offsets, targets, registers, flags, counted: flagged, sums: chunkSums });
    registers0 = registers[0]!;
    sums = chunkSums;
  }
  hyperBallSeed(n, log2m, seed, registers0);
  pool.forEach((w, i) => w.postMessage({ kind: 'setup', data: data(i) } satisfies CallMessage<WorkerData, never>));
  return sums;
}

// The initial estimate, then one step a round until no counter grows or maxDistance.
async function steps(
  pool: Worker[],
  n: number,
  people: number,
  sums: Float64Array,
  maxDistance: number,
  work: LongWorkOptions,
  where: string,
): Promise<HyperBallCounts> {
  const totals = new Float64Array(HYPERBALL_SLOT);
  await step(pool, 0, true, work, where);
  addChunkSums(sums, n, totals);
  const series: Float64Array[] = [totals.slice()];
  let current = 0;
  for (let radius = 0; radius < maxDistance; radius++) {
    const changed = await step(pool, current, false, work, where);
    if (changed === 0) break;
    addChunkSums(sums, n, totals);
    series.push(totals.slice());
    current = 1 - current; // every step rewrites all of the other flags, no clearing needed
    work.onProgress?.({
      done: radius + 1,
      total: radius + 2,
      phase: `HyperBall step ${radius + 1} (${changed} counters changed)`,
    });
    if (work.signal?.aborted) throw new AbortError(where);
  }
  return hyperBallSummary(series, people);
}

// Range bounds: multiples of the chunk size, about equal adjacency entries (plus one per node for
// the counter copy) per worker.
function rangeCuts(adj: Adjacency, workers: number): number[] {
  const n = adj.order;
  const cuts = [0];
  const total = adj.offsets[n]! + n;
  for (let v = 0, w = 1; v < n && w < workers; v++) {
    if (adj.offsets[v]! + v < (w * total) / workers) continue;
    cuts.push(Math.max(cuts.at(-1)!, Math.min(n, Math.round(v / HYPERBALL_CHUNK) * HYPERBALL_CHUNK)));
    w++;
  }
  while (cuts.length <= workers) cuts.push(n);
  cuts[workers] = n;
  return cuts;
}

// One step on every worker; resolves with how many counters grew.
function step(
  pool: Worker[],
  current: number,
  initial: boolean,
  work: LongWorkOptions,
  where: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let pending = pool.length;
    let changed = 0;
    const onMessage = (reply: { changed: number }): void => {
      changed += reply.changed;
      if (--pending === 0) cleanup(), resolve(changed);
    };
    const fail = (error: unknown): void => (cleanup(), reject(error));
    const onError = (error: Error): void => fail(error);
    const onExit = (code: number): void => fail(new Error(`handshakes/${where}: a worker exited with code ${code}.`));
    const onAbort = (): void => fail(new AbortError(where));
    const cleanup = (): void => {
      work.signal?.removeEventListener('abort', onAbort);
      for (const w of pool) w.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    work.signal?.addEventListener('abort', onAbort, { once: true });
    for (const w of pool) {
      w.once('message', onMessage).on('error', onError).on('exit', onExit);
      w.postMessage({ kind: 'task', task: { current, initial } } satisfies CallMessage<never, HyperBallTask>);
    }
  });
}
