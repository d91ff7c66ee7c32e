// separation() and distanceDistribution() against an all-pairs oracle made of independent Map-based
// BFS runs (test/oracle.ts) on random directed, undirected, mixed and disconnected multigraphs:
// distribution, reachable pairs, mean, median, harmonic mean, diameter, components, for every mode
// and both components; plus the SNAP effective diameter recomputed by a literal port.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { distanceDistribution, separation, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology, type RandomGraph } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

// Weak components by repeated naive BFS over the undirected closure.
function naiveComponents(g: RandomGraph): string[][] {
  const adj = naiveAdjacency(g, 'all');
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const k of g.nodes) {
    if (seen.has(k)) continue;
    const c = [...naiveBfs(adj, k).keys()];
    c.forEach((x) => seen.add(x));
    out.push(c);
  }
  return out;
}

// Literal port of oracle.py's snap_calc_eff_diam over the positive bins.
function snapPort(dist: number[], q: number): number {
  const pdf = dist.map((c, d) => [d, c] as const).filter(([d, c]) => d > 0 && c > 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const [, c] of pdf) cdf.push((acc += c));
  const eff = q * cdf[cdf.length - 1]!;
  let i = 0;
  while (i < cdf.length && !(cdf[i]! > eff)) i++;
  if (i >= cdf.length) return pdf[pdf.length - 1]![0];
  if (i === 0) return 1;
  return pdf[i - 1]![0] + (eff - cdf[i - 1]!) / (cdf[i]! - cdf[i - 1]!);
}

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);
const components = fc.constantFrom('all' as const, 'largest' as const);

describe('separation (exact) equals the all-pairs oracle', () => {
  test.prop([randomGraph({ maxNodes: 25, maxEdges: 60 }), modes, components])('every figure', (g, mode, component) => {
    const graph = toGraphology(g);
    const s = separation(graph, { method: 'exact', mode, component });
    const comps = naiveComponents(g).sort((a, b) => b.length - a.length);
    const people = component === 'all' ? g.nodes : comps[0]!;
    const largestSize = comps[0]!.length;
    const adj = naiveAdjacency(g, g.directed ? mode : 'outbound');
    const dist: number[] = [0];
    for (const u of people) {
      for (const d of naiveBfs(adj, u).values()) {
        if (d === 0) continue;
        while (dist.length <= d) dist.push(0);
        dist[d]!++;
      }
    }
    const N = people.length;
    const reachable = dist.reduce((a, b) => a + b, 0);
    const sum = dist.reduce((a, c, d) => a + c * d, 0);
    expect(s.distribution).toEqual(dist);
    expect(s.people).toBe(N);
    expect(s.reachablePairs).toBe(reachable);
    expect(s.unreachablePairs).toBe(N * (N - 1) - reachable);
    expect(s.components).toEqual({ count: comps.length, largestSize });
    expect(s.diameter).toBe(dist.length - 1);
    if (reachable === 0) {
      expect(s.meanDistance).toBeNaN();
      expect(s.effectiveDiameter).toBeNaN();
      expect(s.harmonicMeanDistance).toBe(Infinity);
      return;
    }
    expect(s.meanDistance).toBeCloseTo(sum / reachable, 12);
    expect(s.degreesOfSeparation).toBeCloseTo(sum / reachable - 1, 12);
    expect(s.connectedFraction).toBeCloseTo(reachable / (N * (N - 1)), 12);
    expect(s.harmonicMeanDistance).toBeCloseTo((N * (N - 1)) / dist.reduce((a, c, d) => (d > 0 ? a + c / d : a), 0), 9);
    let cum = 0;
    const median = dist.findIndex((c) => (cum += c) >= reachable / 2);
    expect(s.medianDistance).toBe(median);
    expect(s.effectiveDiameter).toBe(snapPort(dist, 0.9));
    expect(distanceDistribution(toCsr(graph), { mode, component }).distribution).toEqual(dist);
  });

  test.prop([randomGraph({ maxNodes: 25, maxEdges: 60 }), fc.integer({ min: 0, max: 4 })])(
    'maxDistance counts farther pairs as unreachable',
    (g, maxDistance) => {
      const full = separation(toGraphology(g), { method: 'exact' });
      const cut = separation(toGraphology(g), { method: 'exact', maxDistance });
      const want = full.distribution.slice(0, maxDistance + 1);
      while (want.length > 1 && want[want.length - 1] === 0) want.pop();
      expect(cut.distribution).toEqual(want.length ? want : [0]);
      expect(cut.reachablePairs + cut.unreachablePairs).toBe(full.reachablePairs + full.unreachablePairs);
    },
  );
});
