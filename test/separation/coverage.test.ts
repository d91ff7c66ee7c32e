// Coverage measured, not assumed: on graphs with very unequal connection counts, small side
// components and directed reachability, the 95% intervals of each approximate engine cover the
// exact figure in at least 90% of 100 seeds, for meanDistance, degreesOfSeparation,
// reachablePairs and effectiveDiameter. The measured table is in docs/separation.md.
import { describe, expect, it } from 'vitest';
import { separation } from '../../src/index.js';
import { COVERAGE_GRAPHS, FIGURES } from './coverage-graphs.js';

const TRIALS = 100;

describe('95% intervals cover the exact value in at least 90% of seeds', () => {
  for (const [name, make] of COVERAGE_GRAPHS) {
    for (const method of ['sample', 'hyperball'] as const) {
      it(`${method} on ${name}`, () => {
        const g = make();
        const exact = separation(g, { method: 'exact' });
        const covered = Object.fromEntries(FIGURES.map((f) => [f, 0])) as Record<(typeof FIGURES)[number], number>;
        for (let seed = 1; seed <= TRIALS; seed++) {
          const s = separation(g, { method, seed, samples: 64, log2m: 6 });
          expect(s.method).toBe(method);
          expect(s.errors!.meanDistance.value).toBe(s.meanDistance);
          for (const f of FIGURES) {
            const e = s.errors![f];
            expect(e.low).toBeLessThanOrEqual(e.value);
            expect(e.high).toBeGreaterThanOrEqual(e.value);
            if (e.low <= exact[f] && exact[f] <= e.high) covered[f]++;
          }
        }
        for (const f of FIGURES) expect(covered[f] / TRIALS, f).toBeGreaterThanOrEqual(0.9);
      });
    }
  }
});
