// The graph fallback.test.ts and its child answer on (2,000 nodes, 8,000 pseudo-random edges), and
// the answers every engine gives on it: computed the same way in both processes, so the test
// compares like with like whichever kernels (WebAssembly or JavaScript) ran.

import { adjacency, createBfs, createMsBfs, fromEdges, separation } from '../../src/index.js';
import { separationParallel } from '../../src/node.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';

/** Edge arrays of the test graph (the same in every process). */
export function fallbackGraph(directed: boolean): { sources: Int32Array; targets: Int32Array } {
  const n = 2000;
  let x = directed ? 11 : 7;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
  return { sources: Int32Array.from({ length: 4 * n }, next), targets: Int32Array.from({ length: 4 * n }, next) };
}

/** What every engine answers on the test graph, and which kernels answered. */
export interface EngineAnswers {
  /** Whether the index landed in a WebAssembly heap. */
  inHeap: boolean;
  /** The BFS kernel that ran (`wasm` or `js`). */
  kernel: string;
  /** Sources per multi-source batch. */
  batchSize: number;
  /** BFS distances from node 0. */
  dist: number[];
  /** Distance histogram of the first 64 sources (multi-source BFS). */
  hist: number[];
  /** Exact mean distance, this thread. */
  exact: number;
  /** Exact mean distance, two workers. */
  workers: number;
  /** HyperBall mean distance, two workers. */
  hyperball: number;
}

/** Builds the test graph's index and answers with BFS, multi-source BFS and the worker pools. */
export async function engineAnswers(directed: boolean): Promise<EngineAnswers> {
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
  return {
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
