// The threads of the worker-parallel edge-list reader (parallel-edge-list.ts): this thread
// parses the file's first range and one worker per other range (edge-list-worker.ts) parses it,
// then each builds the share of the index it is sent (one thread start fewer, and this thread
// works instead of waiting). Abort, a worker's error or a non-zero exit fail every pending step; `close` terminates
// every worker and resolves once they have stopped. An in-thread twin runs the same steps on the
// calling thread, one after the other (tests).

import type { Worker } from 'node:worker_threads';
import type { ScatteredRows } from '../csr/scatter.js';
import { type ScatterTask, scatterTask } from '../csr/scatter-task.js';
import { type HeapShareResult, type HeapShareStep, heapShareStep } from '../csr/wasm/heap-row-share.js';
import { AbortError, HandshakesError } from '../errors.js';
import type { EdgeListWorkerMessage } from './edge-list-worker.js';
import { type EdgeListWorkerData, type ParsedRange, parseFileRange } from './parse-file-range.js';
import { readError } from './read-error.js';
import { startWorker } from './worker-file.js';

const WHERE = 'readEdgeList';

/** The ranges' threads: their parsed ranges, then their shares of the index. */
export interface EdgeListPool {
  /** Each job's range, in job order. */
  ranges(): Promise<ParsedRange[]>;
  /** Runs `tasks[k]` on thread k (here past the number of threads); the shares in task order. */
  build(tasks: ScatterTask[]): Promise<ScatteredRows[]>;
  /** Runs `steps[k]` on thread k (here past the number of threads); the answers in step order. */
  steps(steps: HeapShareStep[]): Promise<(HeapShareResult | null)[]>;
  /** Terminates the threads; resolves once they have stopped. */
  close(): Promise<void>;
}

/**
 * The first job on this thread and one worker per other job, or (`inThread`) every step run here,
 * one after the other. Thread k runs job k, then `tasks[k]` / `steps[k]`; this thread is thread
 * 0: it posts the workers theirs, then runs its own while they run theirs.
 *
 * @param onBytes - called with the bytes of each chunk parsed.
 * @remarks Time: a thread start per job but the first (tens of milliseconds), then the work.
 */
export function startEdgeListPool(
  jobs: EdgeListWorkerData[],
  signal: AbortSignal | undefined,
  onBytes: (bytes: number) => void,
  inThread: boolean,
): EdgeListPool {
  if (inThread)
    return {
      ranges: async () => jobs.map((job) => parseFileRange(job, onBytes)),
      build: async (tasks) => tasks.map(scatterTask),
      steps: async (steps) => steps.map(heapShareStep),
      close: async () => {},
    };
  let fail: (error: unknown) => void = () => {};
  let stopped = false;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => (stopped = true)); // also observed through the races below
  const onAbort = (): void => fail(new AbortError(WHERE));
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  const waiting: (((m: EdgeListWorkerMessage) => void) | undefined)[] = [];
  const pool: Worker[] = jobs.slice(1).map((job, k) => {
    const w = startWorker('edge-list-worker', job);
    w.on('message', (m: EdgeListWorkerMessage) => {
      try {
        if ('progress' in m) onBytes(m.progress);
        else waiting[k]?.(m);
      } catch (error) {
        fail(error);
      }
    });
    w.on('error', (error) => fail(readError(WHERE, job.path, error)));
    w.on('exit', (code) => {
      if (code !== 0)
        fail(new HandshakesError('READ_ERROR', `handshakes/${WHERE}: a worker exited with code ${code}.`));
    });
    return w;
  });
  // The next answer of worker k (after posting `task`, if any), or the pool's failure.
  const next = (k: number, task?: ScatterTask | HeapShareStep): Promise<EdgeListWorkerMessage> => {
    const answer = new Promise<EdgeListWorkerMessage>((resolve) => (waiting[k] = resolve));
    if (task !== undefined) pool[k]!.postMessage(task);
    return Promise.race([answer, failed]);
  };
  // `run` on this thread a turn of the event loop later (the workers start meanwhile), unless
  // the pool has failed (aborted) by then.
  const here = <T>(run: () => T): Promise<T> =>
    Promise.race([
      new Promise<T>((resolve, reject) =>
        setImmediate(() => {
          try {
            if (stopped || signal?.aborted) throw new AbortError(WHERE);
            resolve(run());
          } catch (error) {
            reject(error);
          }
        }),
      ),
      failed,
    ]);
  const parseFirst = (): ParsedRange => {
    try {
      return parseFileRange(jobs[0]!, onBytes);
    } catch (error) {
      throw readError(WHERE, jobs[0]!.path, error);
    }
  };
  const mine = jobs.length === 0 ? [] : [here(parseFirst)];
  const rangesDone = Promise.all([...mine, ...pool.map((_, k) => next(k).then((m) => m as ParsedRange))]);
  rangesDone.catch(() => {}); // observed by `ranges`
  // Task k on thread k: 0 here, 1 … pool.length on the workers, any past them here after.
  async function spread<T extends ScatterTask | HeapShareStep, R>(
    tasks: T[],
    run: (task: T) => R,
    answer: (m: EdgeListWorkerMessage) => R,
  ): Promise<R[]> {
    const posted = tasks.slice(1, pool.length + 1).map((t, k) => next(k, t));
    const first = tasks.length === 0 ? [] : [await here(() => run(tasks[0]!))];
    const rest = tasks.slice(pool.length + 1).map(run);
    return [...first, ...(await Promise.all(posted)).map(answer), ...rest];
  }
  return {
    ranges: () => rangesDone,
    build: (tasks) => spread(tasks, scatterTask, (m) => (m as { rows: ScatteredRows }).rows),
    steps: (steps) => spread(steps, heapShareStep, (m) => (m as { share: HeapShareResult | null }).share),
    close: async () => {
      signal?.removeEventListener('abort', onAbort);
      fail(new AbortError(WHERE)); // anything still pending has lost its threads
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
