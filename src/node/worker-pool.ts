// Kernel workers kept alive between calls: a call borrows idle workers of a kind (or starts them),
// posts each its graph's data, and gives them back only after a clean finish (every task answered,
// so no worker is still writing). An aborted or failed call terminates its workers instead. Idle
// workers are unref()ed (they never keep a process alive), hold no graph (their last call's data is
// dropped), and end after HANDSHAKES_WORKER_IDLE_MS (default 10 s; 0 = no pool) or closeWorkers().

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from './worker-file.js';

/** How long an idle worker waits for the next call before it ends, unless HANDSHAKES_WORKER_IDLE_MS says otherwise. */
export const DEFAULT_WORKER_IDLE_MS = 10_000;

/** An idle worker's timer and the listeners that drop it if it dies while idle. */
interface Idle {
  timer: ReturnType<typeof setTimeout>;
  onGone: () => void;
}

const idle = new Map<string, Map<Worker, Idle>>();

/**
 * How long idle workers are kept, in milliseconds: `HANDSHAKES_WORKER_IDLE_MS` when it is a
 * non-negative number (`0` turns the pool off: every call starts and ends its own workers), else
 * 10 000.
 *
 * @remarks Time O(1).
 */
export function workerIdleMs(): number {
  const set = Number(process.env.HANDSHAKES_WORKER_IDLE_MS ?? Number.NaN);
  return Number.isFinite(set) && set >= 0 ? set : DEFAULT_WORKER_IDLE_MS;
}

function kind(name: string): Map<Worker, Idle> {
  let workers = idle.get(name);
  if (workers === undefined) idle.set(name, (workers = new Map()));
  return workers;
}

function unpark(workers: Map<Worker, Idle>, w: Worker): void {
  const parked = workers.get(w);
  if (parked === undefined) return;
  workers.delete(w);
  clearTimeout(parked.timer);
  w.off('error', parked.onGone).off('exit', parked.onGone);
}

/**
 * `count` workers running `src/node/<name>`: idle ones of an earlier call first (the most recently
 * parked), fresh ones for the rest. They keep the process alive until given back.
 *
 * @remarks Time O(count), plus a thread start (tens of milliseconds, in the background) per fresh worker.
 * @example
 * const pool = borrowWorkers('ms-bfs-worker', 2);
 */
export function borrowWorkers(name: string, count: number): Worker[] {
  const workers = kind(name);
  const out: Worker[] = [];
  for (const w of [...workers.keys()].reverse()) {
    if (out.length === count) break;
    unpark(workers, w);
    w.ref();
    out.push(w);
  }
  while (out.length < count) out.push(startWorker(name, null));
  return out;
}

/**
 * Gives back workers whose every task has been answered: each is told to drop its call's data,
 * loses the call's listeners, is unref()ed and waits for the next call (up to `workerIdleMs()`;
 * at most the available parallelism, and at least 2, per kind). With the pool off they are terminated.
 *
 * @returns once the workers are parked (at once) or terminated.
 * @remarks Time O(workers).
 */
export async function returnWorkers(name: string, pool: Worker[]): Promise<void> {
  const ms = workerIdleMs();
  const workers = kind(name);
  const keep = ms > 0 ? Math.max(0, Math.max(2, availableParallelism()) - workers.size) : 0;
  for (const w of pool) w.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  // Parked before this returns its promise, so a call made right after the caller's await reuses them.
  for (const w of pool.slice(0, keep)) {
    w.postMessage({ kind: 'reset' });
    const onGone = (): void => {
      unpark(workers, w);
      void w.terminate();
    };
    const timer = setTimeout(onGone, ms);
    timer.unref();
    workers.set(w, { timer, onGone });
    w.on('error', onGone).on('exit', onGone);
    w.unref();
  }
  await discardWorkers(pool.slice(keep));
}

/**
 * Terminates workers that may still be running a task (an aborted or failed call): none of them
 * goes back to the pool.
 *
 * @remarks Time O(workers) plus their threads' exit.
 */
export async function discardWorkers(pool: Worker[]): Promise<void> {
  await Promise.all(pool.map((w) => w.terminate()));
}

/**
 * The number of idle workers kept for later calls (every kind, or one: `'ms-bfs-worker'`,
 * `'hyperball-worker'`).
 *
 * @remarks Time O(kinds).
 * @example
 * idleWorkers(); // 0 after closeWorkers()
 */
export function idleWorkers(name?: string): number {
  if (name !== undefined) return idle.get(name)?.size ?? 0;
  let count = 0;
  for (const workers of idle.values()) count += workers.size;
  return count;
}

/**
 * Ends every idle worker now (the public `closeWorkers` of workers.ts).
 *
 * @remarks Time O(idle workers) plus their threads' exit.
 */
export async function endIdleWorkers(): Promise<void> {
  const all: Worker[] = [];
  for (const workers of idle.values())
    for (const w of [...workers.keys()]) {
      unpark(workers, w);
      all.push(w);
    }
  await discardWorkers(all);
}
