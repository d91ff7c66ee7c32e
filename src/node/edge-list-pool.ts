// The threads of the worker-parallel edge-list reader (parallel-edge-list.ts): one worker per
// range of the file (edge-list-worker.ts) parses it, then builds the share of the index it is
// sent. Abort, a worker's error or a non-zero exit fail every pending step; `close` terminates
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
 * One worker per job, or (`inThread`) the same steps run here.
 *
 * @param onBytes - called with the bytes of each chunk parsed.
 * @remarks Time: a thread start per job (tens of milliseconds), then the work.
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
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {}); // observed through the races below
  const onAbort = (): void => fail(new AbortError(WHERE));
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) onAbort();
  const waiting: (((m: EdgeListWorkerMessage) => void) | undefined)[] = [];
  const pool: Worker[] = jobs.map((job, k) => {
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
  const rangesDone = Promise.all(pool.map((_, k) => next(k)));
  rangesDone.catch(() => {}); // observed by `ranges`
  return {
    ranges: async () => (await rangesDone).map((m) => m as ParsedRange),
    build: async (tasks) => {
      const posted = tasks.slice(0, pool.length).map((t, k) => next(k, t));
      const here = tasks.slice(pool.length).map(scatterTask);
      return [...(await Promise.all(posted)).map((m) => (m as { rows: ScatteredRows }).rows), ...here];
    },
    steps: async (steps) => {
      const posted = steps.slice(0, pool.length).map((t, k) => next(k, t));
      const here = steps.slice(pool.length).map(heapShareStep);
      return [...(await Promise.all(posted)).map((m) => (m as { share: HeapShareResult | null }).share), ...here];
    },
    close: async () => {
      signal?.removeEventListener('abort', onAbort);
      fail(new AbortError(WHERE)); // anything still pending has lost its threads
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
