// The sampling engine's estimates, computed source by source for speed on long graphs (a
// 10⁷-level path), equal to the bit the plain column-by-column formulas: per-distance standard
// errors (plain and calibrated to known reachable pairs) and the bootstrap of the effective
// diameter, whose replicates are found by binary search over cumulative counts.

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { snapEffectiveDiameter } from '../../src/separation/effective-diameter.js';
import { standardDeviation } from '../../src/separation/estimate.js';
import { bootstrapEffectiveDiameter } from '../../src/separation/bootstrap-effective-diameter.js';
import { sampleEstimates } from '../../src/separation/sample-distribution.js';
import { createRng } from '../../src/random.js';

// BFS counts of k sources: positive from distance 1 to an eccentricity (no gaps), index 0 unused,
// some with trailing zeros (as the multi-source kernel returns them), some as Int32Array.
const perSourceCounts = fc
  .array(
    fc.record({
      counts: fc.array(fc.integer({ min: 1, max: 1000 }), { maxLength: 700 }),
      zeros: fc.integer({ min: 0, max: 3 }),
      int32: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((sources) =>
    sources.map(({ counts, zeros, int32 }) => {
      const values = [0, ...counts, ...new Array<number>(zeros).fill(0)];
      return int32 ? Int32Array.from(values) : Float64Array.from(values);
    }),
  );

// The bootstrap as written before: every replicate's summed distribution, then SNAP's scan.
function naiveBootstrap(perSource: ArrayLike<number>[], depth: number, fpc: number, seed: number): number {
  const k = perSource.length;
  if (k < 2 || fpc === 0) return 0;
  const rng = createRng(seed ^ 0x5bd1e995);
  const replicates = Math.max(20, Math.min(200, Math.floor(2e8 / (k * (256 + 32)))));
  const values: number[] = [];
  for (let b = 0; b < replicates; b++) {
    const replicate = new Float64Array(depth + 1);
    for (let i = 0; i < k; i++) {
      const counts = perSource[Math.floor(rng() * k)]!;
      for (let d = 1; d < counts.length; d++) replicate[d]! += counts[d]!;
    }
    const value = snapEffectiveDiameter(replicate, 0.9);
    if (!Number.isNaN(value)) values.push(value);
  }
  return standardDeviation(values) * Math.sqrt(fpc);
}

describe('sampling estimates', () => {
  test.prop([perSourceCounts, fc.integer({ min: 0, max: 1000 }), fc.integer()])(
    'bootstrap: the binary search over cumulative counts gives the summed replicates’ value, to the bit',
    (perSource, extra, seed) => {
      const depth = Math.max(0, ...perSource.map((c) => c.length - 1));
      const N = perSource.length + extra;
      const fpc = 1 - perSource.length / N;
      expect(bootstrapEffectiveDiameter(perSource, depth, fpc, seed)).toBe(naiveBootstrap(perSource, depth, fpc, seed));
    },
  );

  test.prop([perSourceCounts, fc.integer({ min: 1, max: 1000 }), fc.boolean()])(
    'per-distance standard errors summed source by source equal the column-by-column ones, to the bit',
    (perSource, extra, calibrate) => {
      const k = perSource.length;
      const N = k + extra;
      const depth = Math.max(0, ...perSource.map((c) => c.length - 1));
      const reached = perSource.map((c) => Array.from(c).reduce((a, b) => a + b, 0));
      const reachedTotal = reached.reduce((a, b) => a + b, 0);
      const known = calibrate ? reachedTotal * 1.5 : null;
      const frame = calibrate ? { knownReachablePairs: known, unseenPeople: 0, unseenPairs: 0 } : null;
      const got = sampleEstimates(perSource, N, 1, frame);
      const fpc = 1 - k / N;
      for (let d = 1; d <= depth; d++) {
        const column = perSource.map((c) => c[d] ?? 0);
        const total = column.reduce((a, b) => a + b, 0);
        let se: number;
        if (known !== null && reachedTotal > 0) {
          const share = total / reachedTotal;
          const residuals = column.map((c, i) => c - share * reached[i]!);
          se = (known * standardDeviation(residuals) * Math.sqrt(fpc / k)) / (reachedTotal / k);
        } else se = N * standardDeviation(column) * Math.sqrt(fpc / k);
        expect(got.errors.distribution[d]!.standardError).toBe(se);
      }
    },
  );
});
