// The approximate engines are honest: over seeded trials the exact mean distance falls inside the
// stated 95% interval in at least 90% of them (sampling and HyperBall), on undirected, directed
// and disconnected graphs; sampling every person gives the exact answer with zero error.
import { describe, expect, it } from 'vitest';
import { separation, type Csr } from '../../src/index.js';
import { erdosRenyi, preferentialAttachment } from './graphs.js';

const GRAPHS: [string, () => Csr][] = [
  ['undirected preferential attachment', () => preferentialAttachment(800, 2, 11)],
  ['directed preferential attachment', () => preferentialAttachment(800, 3, 12, true)],
  ['disconnected sparse G(n, m)', () => erdosRenyi(800, 750, 13)],
];
const TRIALS = 100;

describe('error bars cover the exact value', () => {
  for (const [name, make] of GRAPHS) {
    for (const method of ['sample', 'hyperball'] as const) {
      it(`${method} on a ${name}`, () => {
        const g = make();
        const exact = separation(g, { method: 'exact' });
        let covered = 0;
        for (let seed = 1; seed <= TRIALS; seed++) {
          const s = separation(g, { method, seed, samples: 64, log2m: 6 });
          expect(s.method).toBe(method);
          const e = s.errors!.meanDistance;
          expect(e.value).toBe(s.meanDistance);
          expect(e.standardError).toBeGreaterThan(0);
          if (e.low <= exact.meanDistance && exact.meanDistance <= e.high) covered++;
        }
        expect(covered / TRIALS).toBeGreaterThanOrEqual(0.9);
      });
    }
  }
});

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
