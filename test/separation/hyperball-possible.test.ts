import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { fromEdges } from '../../src/csr/from-edges.js';
import { separation } from '../../src/index.js';

// HyperBall's counters can count more pairs than exist (a clique of 70 read as 5,140 of its 4,830
// ordered pairs); the estimate is scaled into the possible range, which keeps the mean distance
// and the effective diameter (they depend on the shape, not the total).
describe('HyperBall never estimates more pairs than exist', () => {
  test.prop(
    [fc.integer({ min: 8, max: 80 }), fc.double({ min: 0.3, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1e6 })],
    {
      numRuns: 60,
    },
  )('dense random graphs, log2m 4', (n, p, seed) => {
    let state = seed;
    const rnd = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const sources: number[] = [];
    const targets: number[] = [];
    for (let u = 0; u < n; u++)
      for (let v = u + 1; v < n; v++)
        if (rnd() < p) {
          sources.push(u);
          targets.push(v);
        }
    const csr = fromEdges({ sources, targets }, { nodes: n });
    const s = separation(csr, { method: 'hyperball', log2m: 4, seed });
    const pairs = n * (n - 1);
    const total = s.distribution.reduce((a, b) => a + b, 0);
    expect(s.reachablePairs).toBeLessThanOrEqual(pairs * (1 + 1e-12));
    expect(total).toBeLessThanOrEqual(pairs * (1 + 1e-12));
    expect(s.errors?.reachablePairs.high).toBeLessThanOrEqual(pairs * (1 + 1e-12));
  });
});
