// A worker of parallel-edge-list.ts: parses its range of the file (parse-file-range.ts), posting
// { progress: bytes } after each chunk, then { range } with the endpoints transferred, not copied.
// A read error ends the worker with that error.

import { parentPort, workerData } from 'node:worker_threads';
import type { EdgeListRange } from '../io/edge-list-range.js';
import { type EdgeListWorkerData, parseFileRange } from './parse-file-range.js';

/** A worker's messages: progress, then its range. */
export type EdgeListWorkerMessage = { progress: number } | { range: EdgeListRange };

if (parentPort !== null) {
  const port = parentPort;
  const range = parseFileRange(workerData as EdgeListWorkerData, (progress) => port.postMessage({ progress }));
  // Copies sized to the range (the growable arrays are up to twice as long), handed over whole.
  const sources = range.sources.slice();
  const targets = range.targets.slice();
  port.postMessage({ range: { ...range, sources, targets } }, [sources.buffer, targets.buffer]);
}
