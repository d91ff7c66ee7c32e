// Where WebAssembly is missing, the JavaScript kernels answer, the same way: a child process runs
// under `node --no-expose-wasm` (no WebAssembly object at all), builds the index (in ordinary
// arrays: no heap), runs BFS, multi-source BFS and the worker pools (exact and HyperBall), and its
// answers must equal those of this process, where the WebAssembly kernels run over a heap.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjacency, createBfs, createMsBfs, fromEdges, separation } from '../../src/index.js';
import { separationParallel } from '../../src/node.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';
import { fallbackGraph } from './fallback-graph.js';

describe('without WebAssembly', () => {
  it('every engine falls back to JavaScript and gives the same answers', async () => {
    const out = execFileSync(
      process.execPath,
      ['--no-expose-wasm', '--import', 'tsx', join(import.meta.dirname, 'fallback-child.ts')],
      { encoding: 'utf8', cwd: join(import.meta.dirname, '..', '..') },
    );
    const child = JSON.parse(out.trim().split('\n').pop()!);
    expect(child.wasm).toBe(false);
    for (const directed of [false, true]) {
      const csr = fromEdges(fallbackGraph(directed), { directed, memory: 'wasm' });
      expect(heapOf(csr.offsets)).not.toBeNull();
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
      const got = child[directed ? 'directed' : 'undirected'];
      expect([got.inHeap, got.kernel, got.batchSize]).toEqual([false, 'js', 64]);
      expect(bfs.kernel).toBe('wasm');
      expect(got.dist).toEqual(Array.from(bfs.dist));
      expect(got.hist).toEqual(Array.from(hist));
      const exact = separation(csr, { method: 'exact' }).meanDistance;
      expect([got.exact, got.workers]).toEqual([exact, exact]);
      const hyperball = await separationParallel(csr, { workers: 2, method: 'hyperball' });
      expect(got.hyperball).toBe(hyperball.meanDistance);
    }
  });
});
