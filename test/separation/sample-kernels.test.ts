// Sampling through the 128-source WebAssembly multi-source BFS gives exactly the estimates of one
// single-source BFS per sampled person (same sample, same per-source counts), directed or not,
// with and without maxDistance, for samples that fill several batches or part of one.
import { describe, expect, it } from 'vitest';
import { fromEdges } from '../../src/index.js';
import { sampleDistribution } from '../../src/separation/sample-distribution.js';
import { erdosRenyi, preferentialAttachment } from './graphs.js';

describe('sampled distances', () => {
  it('are the same through the multi-source kernel and through single-source BFS', () => {
    // The path is deeper than the 512 levels the kernel records: its batches fall back to single BFS.
    const path = fromEdges({
      sources: Array.from({ length: 699 }, (_, i) => i),
      targets: Array.from({ length: 699 }, (_, i) => i + 1),
    });
    const graphs = [
      preferentialAttachment(900, 2, 11),
      preferentialAttachment(600, 2, 12, true),
      erdosRenyi(700, 500, 13),
      path,
    ];
    for (const csr of graphs) {
      const people = Int32Array.from({ length: csr.order }, (_, i) => i);
      for (const [samples, maxDistance] of [
        [300, Infinity],
        [77, 3],
        [2, Infinity],
      ] as const) {
        const progress: number[] = [];
        const wasm = sampleDistribution(
          csr,
          'outbound',
          people,
          samples,
          5,
          maxDistance,
          { onProgress: (p) => progress.push(p.done) },
          'test',
        );
        const js = sampleDistribution(csr, 'outbound', people, samples, 5, maxDistance, {}, 'test', 'js');
        expect(wasm).toEqual(js);
        expect(wasm.distribution.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        expect(progress.at(-1)).toBe(samples);
      }
    }
  });
});
