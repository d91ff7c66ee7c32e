// A worker of parallel-edge-list.ts: parses its range of the file (parse-file-range.ts), posting
// { progress: bytes } after each chunk, then { range } with the endpoints transferred, not copied;
// then builds the share of the index it is sent (csr/scatter-task.ts) and answers { rows }.
// A read error ends the worker with that error.

import { parentPort, workerData } from 'node:worker_threads';
import type { ScatteredRows } from '../csr/scatter.js';
import { type ScatterTask, scatterTask } from '../csr/scatter-task.js';
import type { EdgeListRange } from '../io/edge-list-range.js';
import { type EdgeListWorkerData, parseFileRange } from './parse-file-range.js';

/** A worker's messages: progress, its range, then its share of the index. */
export type EdgeListWorkerMessage = { progress: number } | { range: EdgeListRange } | { rows: ScatteredRows };

if (parentPort !== null) {
  const port = parentPort;
  port.on('message', (task: ScatterTask) => {
    const rows = scatterTask(task);
    port.postMessage({ rows }, [...new Set([rows.offsets.buffer, rows.entries.buffer])] as ArrayBuffer[]);
  });
  const range = parseFileRange(workerData as EdgeListWorkerData, (progress) => port.postMessage({ progress }));
  // Copies sized to the range (the growable arrays are up to twice as long), handed over whole.
  const sources = range.sources.slice();
  const targets = range.targets.slice();
  port.postMessage({ range: { ...range, sources, targets } }, [sources.buffer, targets.buffer]);
}
