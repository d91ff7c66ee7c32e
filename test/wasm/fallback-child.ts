// Run by fallback.test.ts under `node --no-expose-wasm` (a runtime without WebAssembly): builds a
// graph, answers with every engine and prints the answers as JSON for the test to compare.

import { adjacency, createBfs, createMsBfs, fromEdges, separation } from '../../src/index.js';
import { separationParallel } from '../../src/node.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';
import { fallbackGraph } from './fallback-graph.js';

const answers: Record<string, unknown> = { wasm: typeof WebAssembly !== 'undefined' };
for (const directed of [false, true]) {
  const csr = fromEdges(fallbackGraph(directed), { directed, memory: 'wasm' });
  const adj = adjacency(csr);
  const bfs = createBfs(adj);
  bfs.run(0);
  const ms = createMsBfs(adj);
  const hist = new Float64Array(csr.order + 2);
  ms.run(
    Int32Array.from({ length: 64 }, (_, i) => i),
    0,
    64,
    { hist, ecc: null, reached: null, sums: null },
  );
  const workers = await separationParallel(csr, { workers: 2, method: 'exact' });
  const hyperball = await separationParallel(csr, { workers: 2, method: 'hyperball' });
  answers[directed ? 'directed' : 'undirected'] = {
    inHeap: heapOf(csr.offsets) !== null,
    kernel: bfs.kernel,
    batchSize: ms.batchSize,
    dist: Array.from(bfs.dist),
    hist: Array.from(hist),
    exact: separation(csr, { method: 'exact' }).meanDistance,
    workers: workers.meanDistance,
    hyperball: hyperball.meanDistance,
  };
}
process.stdout.write(`${JSON.stringify(answers)}\n`);
