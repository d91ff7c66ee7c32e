// Sampling every person gives the exact answer with zero error, and a seed repeats a sample.
// (Coverage of the intervals over seeds: coverage.test.ts.)
import { describe, expect, it } from 'vitest';
import { separation } from '../../src/index.js';
import { erdosRenyi, preferentialAttachment } from './graphs.js';

describe('sampling', () => {
  it('with every person sampled equals the exact distribution, with zero error', () => {
    const g = erdosRenyi(300, 400, 5);
    const exact = separation(g, { method: 'exact' });
    const all = separation(g, { method: 'sample', samples: 10_000 });
    expect(all.samples).toBe(300);
    expect(all.distribution.map((c) => Math.round(c))).toEqual(exact.distribution);
    expect(all.meanDistance).toBeCloseTo(exact.meanDistance, 10);
    expect(all.errors!.meanDistance.standardError).toBe(0);
  });

  it('repeats with the same seed and differs with another', () => {
    const g = preferentialAttachment(500, 2, 3);
    const a = separation(g, { method: 'sample', samples: 20, seed: 4 });
    const b = separation(g, { method: 'sample', samples: 20, seed: 4 });
    const c = separation(g, { method: 'sample', samples: 20, seed: 5 });
    expect(a).toEqual(b);
    expect(c.distribution).not.toEqual(a.distribution);
  });
});
