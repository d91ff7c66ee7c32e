// HyperBall on worker threads: counters and changed flags live on SharedArrayBuffers (two of
// each, swapped every step), nodes are split into ranges of equal adjacency entries, and each
// worker steps its range and returns that range's estimate deltas in the same message, so a step
// costs one round of messages. Sums of deltas are added in range order: results do not depend on
// timing, and equal the single-thread engine's up to floating-point summation order.

import { Worker } from 'node:worker_threads';
import type { Adjacency } from '../csr/adjacency.js';
import { AbortError } from '../errors.js';
import { HYPERBALL_BLOCKS, hyperBallEstimateRange } from '../separation/hyperball-estimate.js';
import { hyperBallSummary, type HyperBallCounts } from '../separation/hyperball-distribution.js';
import { hyperBallSeed, hyperBallStep } from '../traversal/hyperball.js';
import type { LongWorkOptions } from '../types.js';
import { shareArray } from './ms-bfs-pool.js';

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const hyperBallStep = ${hyperBallStep.toString()};
const hyperBallEstimateRange = ${hyperBallEstimateRange.toString()};
const { offsets, targets, words, m, registers, flags, counted, from, to } = workerData;
const bytes = registers.map((r) => new Uint8Array(r.buffer));
parentPort.on('message', ({ current }) => {
  const next = 1 - current;
  const changed = hyperBallStep(offsets, targets, words, registers[current], registers[next], flags[current], flags[next], from, to);
  const totals = new Float64Array(${1 + HYPERBALL_BLOCKS});
  hyperBallEstimateRange(m, bytes[current], bytes[next], flags[next], counted, from, to, totals);
  parentPort.postMessage({ changed, totals });
});
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
 * @param where - the calling function's name, for the AbortError.
 * @returns the distribution with jackknife error bars.
 * @remarks Time O(T·(n + m·2^log2m/4) / workers); memory 2^(log2m+1) + 2 shared bytes per node.
 */
export async function parallelHyperBall(adj: Adjacency, people: Int32Array, log2m: number, seed: number, maxDistance: number, workers: number, work: LongWorkOptions, where: string): Promise<HyperBallCounts> {
  if (work.signal?.aborted) throw new AbortError(where);
  const n = adj.order;
  const m = 1 << log2m;
  const words = m >>> 2;
  const registers = [new Int32Array(new SharedArrayBuffer(n * m)), new Int32Array(new SharedArrayBuffer(n * m))] as const;
  const flags = [new Uint8Array(new SharedArrayBuffer(n)).fill(1), new Uint8Array(new SharedArrayBuffer(n))] as const;
  const counted = new Uint8Array(new SharedArrayBuffer(n));
  for (let i = 0; i < people.length; i++) counted[people[i]!] = 1;
  hyperBallSeed(n, log2m, seed, registers[0]);
  const totals = new Float64Array(1 + HYPERBALL_BLOCKS);
  hyperBallEstimateRange(m, new Uint8Array(registers[0].buffer), null, null, counted, 0, n, totals);
  const series: Float64Array[] = [totals.slice()];
  // Ranges of about equal adjacency entries (plus one per node for the copy).
  const cuts = [0];
  const total = adj.offsets[n]! + n;
  for (let v = 0, w = 1; v < n && w < workers; v++) if (adj.offsets[v]! + v >= (w * total) / workers) (cuts.push(v), w++);
  cuts.push(n);
  const shared = { offsets: shareArray(adj.offsets), targets: shareArray(adj.targets), words, m, registers, flags, counted };
  const pool = cuts.slice(0, -1).map((from, i) => new Worker(WORKER_SOURCE, { eval: true, workerData: { ...shared, from, to: cuts[i + 1]! } }));
  try {
    let current = 0;
    for (let radius = 0; radius < maxDistance; radius++) {
      const replies = await step(pool, current, work, where);
      const changed = replies.reduce((a, r) => a + r.changed, 0);
      if (changed === 0) break;
      for (const r of replies) for (let i = 0; i < totals.length; i++) totals[i]! += r.totals[i]!;
      series.push(totals.slice());
      current = 1 - current; // every step rewrites all of the other flags, no clearing needed
      work.onProgress?.({ done: radius + 1, total: radius + 2, phase: `HyperBall step ${radius + 1} (${changed} counters changed)` });
      if (work.signal?.aborted) throw new AbortError(where);
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return hyperBallSummary(series, people.length);
}

type Reply = { changed: number; totals: Float64Array };

// One step on every worker; resolves with the replies in range order.
function step(pool: Worker[], current: number, work: LongWorkOptions, where: string): Promise<Reply[]> {
  return new Promise((resolve, reject) => {
    const replies: (Reply | undefined)[] = new Array(pool.length);
    let pending = pool.length;
    const cleanup = (): void => {
      work.signal?.removeEventListener('abort', onAbort);
      for (const w of pool) w.removeAllListeners('message').removeAllListeners('error');
    };
    const onAbort = (): void => (cleanup(), reject(new AbortError(where)));
    work.signal?.addEventListener('abort', onAbort, { once: true });
    pool.forEach((w, i) => {
      w.once('message', (reply: Reply) => {
        replies[i] = reply;
        if (--pending === 0) (cleanup(), resolve(replies as Reply[]));
      });
      w.once('error', (error) => (cleanup(), reject(error)));
      w.postMessage({ current });
    });
  });
}
