// Where WebAssembly is missing, the JavaScript kernels answer, the same way: a child process runs
// under `node --no-expose-wasm` (no WebAssembly object at all), builds the index (in ordinary
// arrays: no heap), runs BFS, multi-source BFS and the worker pools (exact and HyperBall), and its
// answers must equal those of this process, where the WebAssembly kernels run over a heap.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineAnswers } from './fallback-graph.js';

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
      const { inHeap, kernel, batchSize, ...answers } = await engineAnswers(directed);
      expect([inHeap, kernel]).toEqual([true, 'wasm']);
      const {
        inHeap: childHeap,
        kernel: childKernel,
        batchSize: childBatch,
        ...childAnswers
      } = child[directed ? 'directed' : 'undirected'];
      expect([childHeap, childKernel, childBatch]).toEqual([false, 'js', 64]);
      expect(batchSize).toBeGreaterThanOrEqual(64);
      expect(answers.workers).toBe(answers.exact);
      expect(childAnswers).toEqual(answers);
    }
  });
});
