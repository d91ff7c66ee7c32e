// The intervals of the approximate engines mean what they say: degrees of separation is the mean
// distance's interval shifted by one hop (same Student t), reachable pairs under sampling cover
// the people the sample never reached, and no interval of a count goes below what is certain.
import { describe, expect, it } from 'vitest';
import { fromEdges, separation, type Csr } from '../../src/index.js';
import { withSideComponents } from './coverage-graphs.js';
import { preferentialAttachment } from './graphs.js';
import { readEdgeList } from '../../src/node.js';
import { SHARED, datasetPath } from '../shared-data.js';

/** A cycle 0 → 1 → … → n−1 → 0 (both ways when undirected) plus `isolated` people with no contact. */
function cycleWithIsolated(n: number, isolated: number, directed = false): Csr {
  const sources = Array.from({ length: n }, (_, i) => i);
  const targets = sources.map((i) => (i + 1) % n);
  return fromEdges({ sources, targets }, { nodes: n + isolated, directed });
}

/** Seeds 1…`seeds` whose sampled `reachablePairs` interval holds the exact count. */
function reachCoverage(g: Csr, samples: number, seeds: number): number {
  const truth = separation(g, { method: 'exact' }).reachablePairs;
  let covered = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const e = separation(g, { method: 'sample', samples, seed }).errors!.reachablePairs;
    if (e.low <= truth && truth <= e.high) covered++;
  }
  return covered;
}

describe('degreesOfSeparation', () => {
  it.each(['sample', 'hyperball'] as const)('is the meanDistance interval shifted by one hop (%s)', (method) => {
    const s = separation(preferentialAttachment(400, 2, 3), { method, samples: 16 });
    const mean = s.errors!.meanDistance;
    const degrees = s.errors!.degreesOfSeparation;
    expect(degrees.value).toBeCloseTo(mean.value - 1, 12);
    expect(degrees.standardError).toBe(mean.standardError);
    expect(degrees.low).toBeCloseTo(mean.low - 1, 12);
    expect(degrees.high).toBeCloseTo(mean.high - 1, 12);
  });
});

describe('reachablePairs with sampling', () => {
  it('covers the truth when the sample misses two isolated people (issue 20 reproducer)', () => {
    // 0 — 1 — … — 199 — 0, and 200, 201 alone: 200·199 = 39,800 ordered pairs
    const g = cycleWithIsolated(200, 2);
    const s = separation(g, { method: 'sample', samples: 32, seed: 2 });
    const e = s.errors!.reachablePairs;
    expect(e.low).toBeLessThanOrEqual(39_800);
    expect(e.high).toBeGreaterThanOrEqual(39_800);
  });

  it.each([false, true])(
    'covers the truth in at least 90 of 100 seeds beside isolated people (directed: %s)',
    (directed) => {
      expect(reachCoverage(cycleWithIsolated(200, 2, directed), 32, 100)).toBeGreaterThanOrEqual(90);
    },
  );

  it('covers the truth on preferential attachment plus 7 isolated people', () => {
    expect(
      reachCoverage(withSideComponents(preferentialAttachment(3000, 2, 5), 0, 0, 7), 64, 40),
    ).toBeGreaterThanOrEqual(36);
  });
});

describe('intervals of counts', () => {
  it.each(['sample', 'hyperball'] as const)('never go below what is certain (%s)', (method) => {
    // a preferential-attachment core with a path of 30 people hanging off it: a long thin tail
    const core = preferentialAttachment(600, 2, 7);
    const sources: number[] = [];
    const targets: number[] = [];
    for (let u = 0; u < core.order; u++)
      for (let j = core.offsets[u]!; j < core.offsets[u + 1]!; j++)
        if (u < core.targets[j]!) sources.push(u), targets.push(core.targets[j]!);
    for (let i = 0; i < 30; i++) sources.push(i === 0 ? 0 : 599 + i), targets.push(600 + i);
    const g = fromEdges({ sources, targets }, { nodes: 630 });
    for (let seed = 1; seed <= 10; seed++) {
      const e = separation(g, { method, seed, samples: 24, log2m: 4 }).errors!;
      for (const d of e.distribution) expect(d.low).toBeGreaterThanOrEqual(0);
      expect(e.reachablePairs.low).toBeGreaterThanOrEqual(0);
      expect(e.meanDistance.low).toBeGreaterThanOrEqual(1);
      expect(e.degreesOfSeparation.low).toBeGreaterThanOrEqual(0);
      expect(e.effectiveDiameter.low).toBeGreaterThanOrEqual(1);
    }
  });
});

describe.skipIf(!SHARED)('intervals of counts on ego-Facebook (issue 20: distribution[8].low was −4317)', () => {
  it('HyperBall never gives a negative low', async () => {
    const s = separation(await readEdgeList(datasetPath('ego-Facebook', 'facebook_combined.txt')), {
      method: 'hyperball',
    });
    for (const d of s.errors!.distribution) expect(d.low).toBeGreaterThanOrEqual(0);
  });
});
