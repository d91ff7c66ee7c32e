// The source text of the multi-source BFS workers (eval workers, so the same code runs from tsx,
// vitest and both dist builds). Both answer { begin, end, perSource } with the histogram of that
// range of sources and, when asked, each source's counts by distance (null: left to the caller).

import { createMsBfsScratch } from '../traversal/ms-bfs.js';
import { msBfsBatch64 } from '../traversal/ms-bfs-64.js';

// The JavaScript worker (when WebAssembly is unavailable): builds its scratch, then answers
// { begin, end } with the histogram of that range of sources.
export const JS_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const createMsBfsScratch = ${createMsBfsScratch.toString()};
const msBfsBatch64 = ${msBfsBatch64.toString()};
const { n, offsets, targets, reverseOffsets, reverseTargets, sources, maxDistance } = workerData;
const scratch = createMsBfsScratch(n, 2);
const hist = new Float64Array(n + 2);
parentPort.on('message', ({ begin, end, perSource }) => {
  let depth = 0;
  for (let b = begin; b < end && !perSource; b += 64) {
    const d = msBfsBatch64(n, offsets, targets, reverseOffsets, reverseTargets, sources, b, Math.min(64, end - b), scratch, { hist, ecc: null, reached: null, sums: null }, maxDistance);
    if (d > depth) depth = d;
  }
  const counts = hist.slice(0, depth + 1);
  hist.fill(0, 0, depth + 1);
  // Per-source counts are the WebAssembly kernel's: here every source is left to the caller.
  parentPort.postMessage({ counts, lists: perSource ? new Array(end - begin).fill(null) : [], begin, done: end - begin });
});
`;

// The WebAssembly worker: instantiates the shared-memory kernel on the posted memory (adjacency
// and one scratch slot per worker) and answers { begin, end } like the JavaScript one.
export const WASM_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { memory, wasm, graph, slot, sources, maxDistance, batch, levelCap } = workerData;
const kernel = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(wasm, 'base64')), { env: { mem: memory } }).exports;
const ids = new Int32Array(memory.buffer, slot.sources, batch);
const hist = new Float64Array(memory.buffer, slot.hist, graph.n + 2);
const reached = new Float64Array(memory.buffer, slot.reached, batch);
const sums = new Float64Array(memory.buffer, slot.sums, batch);
const levels = new Float64Array(memory.buffer, slot.levels, batch * levelCap);
parentPort.on('message', ({ begin, end, perSource }) => {
  let depth = 0;
  const lists = [];
  for (let b = begin; b < end; b += batch) {
    const count = Math.min(batch, end - b);
    ids.set(sources.subarray(b, b + count));
    if (perSource) { reached.fill(0, 0, count); sums.fill(0, 0, count); }
    const d = kernel.batch(graph.n, graph.offsets, graph.targets, graph.reverseOffsets, graph.reverseTargets, slot.seen, slot.visit, slot.next, slot.sources, count, slot.hist, 0,
      perSource ? slot.reached : 0, perSource ? slot.sums : 0, maxDistance, perSource ? slot.levels : 0, perSource ? levelCap : 0, slot.counters);
    if (d > depth) depth = d;
    if (!perSource) continue;
    for (let i = 0; i < count; i++) {
      if (d >= levelCap) { lists.push(null); continue; }
      const counts = new Float64Array(d + 1);
      let before = 0;
      for (let l = 1; l <= d; l++) { const c = levels[l * batch + i]; counts[l] = c - before; before = c; }
      lists.push(counts);
    }
  }
  const counts = hist.slice(0, depth + 1);
  hist.fill(0, 0, depth + 1);
  parentPort.postMessage({ counts, lists, begin, done: end - begin });
});
`;
