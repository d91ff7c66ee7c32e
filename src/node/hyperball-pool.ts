// HyperBall on worker threads. Counters, changed flags (two of each, swapped every step), counted
// flags and chunk sums live in one shared WebAssembly memory (with a copy of the adjacency) that
// every worker runs the SIMD kernels on; without WebAssembly, on SharedArrayBuffers with the
// JavaScript kernels. Each worker steps a chunk-aligned range of about equal adjacency entries and
// writes its chunks' estimate sums; the main thread adds all chunks in order, so the results are
// bit-identical to the single-thread engine's for any number of workers. One message round a step.

import { Worker } from 'node:worker_threads';
import type { Adjacency } from '../csr/adjacency.js';
import { AbortError, InvalidArgumentError } from '../errors.js';
import { hyperBallSummary, type HyperBallCounts } from '../separation/hyperball-distribution.js';
import {
  addChunkSums,
  HYPERBALL_CHUNK,
  HYPERBALL_SLOT,
  hyperBallEstimateRange,
} from '../traversal/hyperball-estimate.js';
import { hyperBallSeed, hyperBallStep } from '../traversal/hyperball-steps.js';
import { KERNEL_CALL_NODES } from '../traversal/hyperball.js';
import { hyperballKernelWasmShared } from '../traversal/wasm/hyperball-kernel-wasm.js';
import { hyperBallArena, HYPERBALL_SCRATCH } from '../traversal/wasm/wasm-hyperball.js';
import type { LongWorkOptions } from '../types.js';
import { shareArray } from './ms-bfs-pool.js';

// A message { current, initial } runs the range's step from counters `current` (or, when initial,
// only the estimate of the start counters) and replies { changed }.
const WORKER_SOURCE = `
const { parentPort, workerData: d } = require('node:worker_threads');
let run;
if (d.wasm) {
  const k = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(d.wasm, 'base64')), { env: { mem: d.memory } }).exports;
  const p = d.ptr;
  const regs = [p.registers0, p.registers1];
  const flags = [p.flags0, p.flags1];
  run = (current, initial) => {
    const next = 1 - current;
    let changed = 0;
    for (let from = d.from; from < d.to; from += d.callNodes) {
      const to = Math.min(d.to, from + d.callNodes);
      if (initial) k.estimate(d.m, regs[current], 0, 0, p.counted, from, to, d.chunk, p.sums, p.tables, d.scratch);
      else {
        changed += k.step(p.offsets, p.targets, regs[current], regs[next], flags[current], flags[next], d.m, from, to);
        k.estimate(d.m, regs[current], regs[next], flags[next], p.counted, from, to, d.chunk, p.sums, p.tables, d.scratch);
      }
    }
    return changed;
  };
} else {
  const hyperBallStep = ${hyperBallStep.toString()};
  const hyperBallEstimateRange = ${hyperBallEstimateRange.toString()};
  const { offsets, targets, m, registers, flags, counted, sums, from, to, chunk } = d;
  const bytes = registers.map((r) => new Uint8Array(r.buffer, r.byteOffset, r.byteLength));
  run = (current, initial) => {
    const next = 1 - current;
    if (initial) {
      hyperBallEstimateRange(m, bytes[current], null, null, counted, from, to, chunk, sums);
      return 0;
    }
    const changed = hyperBallStep(offsets, targets, m >>> 2, registers[current], registers[next], flags[current], flags[next], from, to);
    hyperBallEstimateRange(m, bytes[current], bytes[next], flags[next], counted, from, to, chunk, sums);
    return changed;
  };
}
parentPort.on('message', ({ current, initial }) => parentPort.postMessage({ changed: run(current, initial) }));
`;

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
 * @remarks Time O(T·(n + m·2^log2m/16) / workers); memory 2^(log2m+1) + 3 shared bytes per node,
 * plus 4(n + m) for the WebAssembly kernels' copy of the adjacency.
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
  const n = adj.order;
  const m = 1 << log2m;
  const counted = new Uint8Array(new SharedArrayBuffer(n));
  for (let i = 0; i < people.length; i++) counted[people[i]!] = 1;
  const arena = kernel === 'js' ? null : hyperBallArena(adj, log2m, counted, workers, true);
  if (arena === null && kernel === 'wasm')
    throw new InvalidArgumentError(
      where,
      'kernel',
      "'auto' or 'js' here (shared WebAssembly memories are unavailable or the counters do not fit in 4 GiB)",
      'wasm',
    );
  let shared: Record<string, unknown>;
  let registers0: Int32Array;
  let sums: Float64Array;
  if (arena !== null) {
    shared = { wasm: hyperballKernelWasmShared, memory: arena.memory, ptr: arena.ptr, m };
    registers0 = arena.int32('registers0');
    sums = arena.float64('sums');
  } else {
    const sab = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(bytes);
    const registers = [new Int32Array(sab(n * m)), new Int32Array(sab(n * m))];
    sums = new Float64Array(sab(8 * HYPERBALL_SLOT * Math.ceil(n / HYPERBALL_CHUNK)));
    const flags = [new Uint8Array(sab(n)).fill(1), new Uint8Array(sab(n))];
    shared = { offsets: shareArray(adj.offsets), targets: shareArray(adj.targets), m, registers, flags, counted, sums };
    registers0 = registers[0]!;
  }
  hyperBallSeed(n, log2m, seed, registers0);
  const cuts = rangeCuts(adj, workers);
  const pool = cuts.slice(0, -1).map(
    (from, i) =>
      new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          ...shared,
          from,
          to: cuts[i + 1]!,
          chunk: HYPERBALL_CHUNK,
          callNodes: KERNEL_CALL_NODES,
          scratch: arena === null ? 0 : arena.ptr.scratch + i * HYPERBALL_SCRATCH,
        },
      }),
  );
  const totals = new Float64Array(HYPERBALL_SLOT);
  try {
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
    return hyperBallSummary(series, people.length);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
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
    const cleanup = (): void => {
      work.signal?.removeEventListener('abort', onAbort);
      for (const w of pool) w.removeAllListeners('message').removeAllListeners('error');
    };
    const onAbort = (): void => (cleanup(), reject(new AbortError(where)));
    work.signal?.addEventListener('abort', onAbort, { once: true });
    for (const w of pool) {
      w.once('message', (reply: { changed: number }) => {
        changed += reply.changed;
        if (--pending === 0) cleanup(), resolve(changed);
      });
      w.once('error', (error) => (cleanup(), reject(error)));
      w.postMessage({ current, initial });
    }
  });
}
