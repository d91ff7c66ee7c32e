// The one source sampler: a uniform sample without replacement, repeatable per random source.
// Checked as properties (distinct, drawn from the population, min(k, N) of them, the input left
// as it was), plus uniformity of the first draw by a chi-square bound.

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createRng } from '../src/random.js';
import { sampleWithoutReplacement } from '../src/random.js';

describe('sampleWithoutReplacement', () => {
  test.prop([fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 60 }), fc.nat(80), fc.integer()])(
    'min(k, N) distinct items of the population, the population untouched, the same for the same seed',
    (values, k, seed) => {
      const items = Int32Array.from(new Set(values));
      const before = items.slice();
      const drawn = sampleWithoutReplacement(items, k, createRng(seed));
      expect(drawn.length).toBe(Math.min(k, items.length));
      expect(new Set(drawn).size).toBe(drawn.length);
      for (const v of drawn) expect(items.includes(v)).toBe(true);
      expect(items).toEqual(before);
      expect(sampleWithoutReplacement(items, k, createRng(seed))).toEqual(drawn);
    },
  );

  it('draws each item first about equally often (chi-square, 9 degrees of freedom, p > 0.001)', () => {
    const items = Int32Array.from({ length: 10 }, (_, i) => i);
    const rng = createRng(3);
    const counts = new Array(10).fill(0);
    const trials = 20_000;
    for (let t = 0; t < trials; t++) counts[sampleWithoutReplacement(items, 3, rng)[0]!]++;
    const expected = trials / 10;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88);
  });
});
