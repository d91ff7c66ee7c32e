// HyperBall gives the same bits on this thread, on 1, 2 and 3 workers, with the WebAssembly or the
// JavaScript kernels (forced, or the fallback of a runtime without WebAssembly): estimate sums are
// added per chunk of nodes in chunk order, whatever the split.
// Graphs of 2000–3000 nodes span several chunks, so 2 and 3 workers each own some.
import { describe, expect, it } from 'vitest';
import { adjacency, createHyperBall, InvalidArgumentError } from '../../src/index.js';
import { separation, separationParallel } from '../../src/node.js';
import { parallelHyperBall } from '../../src/node/hyperball-pool.js';
import { hyperBallDistribution } from '../../src/separation/hyperball-distribution.js';
import { erdosRenyi, preferentialAttachment } from './graphs.js';

describe('HyperBall, bit for bit', () => {
  it('on this thread and on workers, with either kernel', async () => {
    for (const csr of [
      preferentialAttachment(3000, 2, 5),
      preferentialAttachment(2100, 3, 6, true),
      erdosRenyi(2500, 2000, 7),
    ]) {
      const adj = adjacency(csr, 'outbound');
      const people = Int32Array.from({ length: csr.order }, (_, i) => i).filter((v) => v % 5 !== 2);
      const single = hyperBallDistribution(adj, people, 5, 3, Infinity, {}, 'test', 'wasm');
      expect(single.iterations).toBeGreaterThan(2);
      expect(hyperBallDistribution(adj, people, 5, 3, Infinity, {}, 'test', 'js')).toEqual(single);
      for (const workers of [1, 2, 3]) {
        expect(await parallelHyperBall(adj, people, 5, 3, Infinity, workers, {}, 'test', 'wasm')).toEqual(single);
      }
      expect(await parallelHyperBall(adj, people, 5, 3, Infinity, 2, {}, 'test', 'js')).toEqual(single);
    }
  });

  it('without WebAssembly: the JavaScript kernels, on this thread and on workers', async () => {
    const g = preferentialAttachment(2200, 2, 8);
    const expected = separation(g, { method: 'hyperball', seed: 2 });
    const wasm = globalThis.WebAssembly;
    try {
      (globalThis as { WebAssembly?: unknown }).WebAssembly = undefined;
      expect(createHyperBall(adjacency(g), 6, 2).kernel).toBe('js');
      const error = (() => {
        try {
          createHyperBall(adjacency(g), 6, 2, { kernel: 'wasm' });
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', argument: 'kernel' });
      expect(separation(g, { method: 'hyperball', seed: 2 })).toEqual(expected);
      expect(await separationParallel(g, { method: 'hyperball', seed: 2, workers: 2 })).toEqual(expected);
    } finally {
      globalThis.WebAssembly = wasm;
    }
  });

  it('through separation and separationParallel, with maxDistance and a component', async () => {
    const g = preferentialAttachment(2500, 2, 9, true);
    for (const options of [
      { method: 'hyperball', seed: 4 },
      { method: 'hyperball', seed: 4, maxDistance: 2, mode: 'all', component: 'largest', log2m: 7 },
    ] as const) {
      const single = separation(g, options);
      expect(await separationParallel(g, { ...options, workers: 2 })).toEqual(single);
    }
  });
});
