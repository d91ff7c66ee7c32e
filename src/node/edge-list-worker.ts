// A worker of parallel-edge-list.ts: parses its range of the file (parse-file-range.ts), posting
// { progress: bytes } after each chunk, then { range, placed }: placed, the endpoints are in the
// reader's heap already and only the counts travel; else they are transferred, not copied. Then
// it builds the share of the index it is sent (csr/scatter-task.ts) and answers { rows }.
// A read error ends the worker with that error.

import { parentPort, workerData } from 'node:worker_threads';
import type { ScatteredRows } from '../csr/scatter.js';
import { type ScatterTask, scatterTask } from '../csr/scatter-task.js';
import { type HeapShareResult, type HeapShareStep, heapShareStep } from '../csr/wasm/heap-row-share.js';
import type { EdgeListRange } from '../io/edge-list-range.js';
import { type EdgeListWorkerData, parseFileRange } from './parse-file-range.js';

/** A worker's messages: progress, its range, then its share of the index. */
export type EdgeListWorkerMessage =
  | { progress: number }
  | { range: EdgeListRange; placed: boolean }
  | { rows: ScatteredRows }
  | { share: HeapShareResult | null };

if (parentPort !== null) {
  const port = parentPort;
  port.on('message', (task: ScatterTask | HeapShareStep) => {
    if ('step' in task) {
      port.postMessage({ share: heapShareStep(task) });
      return;
    }
    const rows = scatterTask(task);
    port.postMessage({ rows }, [...new Set([rows.offsets.buffer, rows.entries.buffer])] as ArrayBuffer[]);
  });
  const { range, placed } = parseFileRange(workerData as EdgeListWorkerData, (progress) =>
    port.postMessage({ progress }),
  );
  if (placed) {
    const none = new Int32Array(0);
    port.postMessage({ range: { ...range, sources: none, targets: none }, placed });
  } else {
    // Copies sized to the range (the growable arrays are up to twice as long), handed over whole.
    const sources = range.sources.slice();
    const targets = range.targets.slice();
    port.postMessage({ range: { ...range, sources, targets }, placed }, [sources.buffer, targets.buffer]);
  }
}
