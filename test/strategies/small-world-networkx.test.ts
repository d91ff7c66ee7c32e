// smallWorld with degree-preserving references against networkx 2.8's sigma and omega, on three
// graphs that ship with networkx (test/fixtures/small-world.json, made by small-world.py): the mean
// of our σ and ω over 4 seeds lies within 3 standard errors of networkx's mean over 12 seeds, the
// spread measured on networkx's own runs. The G(n, m) references answer another question: their σ
// falls far outside that spread, which shows the check can fail.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromEdges, smallWorld } from '../../src/index.js';

interface Spread {
  values: number[];
  mean: number;
  sd: number;
}
interface Fixture {
  graphs: {
    name: string;
    nodes: string[];
    edges: [number, number][];
    averageClustering: number;
    transitivity: number;
    averageShortestPathLength: number;
    sigma: Spread;
    omega: Spread;
  }[];
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/small-world.json', import.meta.url), 'utf8')) as Fixture;
const OUR_SEEDS = [1, 2, 3, 4];

describe('smallWorld against networkx sigma and omega', () => {
  for (const g of fixture.graphs) {
    it(`${g.name}: C, T and L equal networkx's; σ and ω within networkx's sampling spread`, () => {
      const csr = fromEdges(
        { sources: g.edges.map((e) => e[0]), targets: g.edges.map((e) => e[1]) },
        { nodes: g.nodes },
      );
      const runs = OUR_SEEDS.map((seed) => smallWorld(csr, { reference: 'degree-preserving', references: 10, seed }));
      expect(runs[0]!.reference).toBe('degree-preserving');
      expect(runs[0]!.clustering).toBeCloseTo(g.averageClustering, 12);
      expect(runs[0]!.transitivity).toBeCloseTo(g.transitivity, 12);
      expect(runs[0]!.meanDistance).toBeCloseTo(g.averageShortestPathLength, 12);
      for (const figure of ['sigma', 'omega'] as const) {
        const ours = runs.reduce((a, r) => a + r[figure]!, 0) / runs.length;
        const { mean, sd, values } = g[figure];
        const margin = 3 * sd * Math.sqrt(1 / OUR_SEEDS.length + 1 / values.length);
        expect(Math.abs(ours - mean), `${figure}: ours ${ours}, networkx ${mean} ± ${sd}`).toBeLessThanOrEqual(margin);
      }
      const gnm = smallWorld(csr, { reference: 'gnm', references: 10 });
      expect(gnm.reference).toBe('gnm');
      if (g.name === 'karate') expect(Math.abs(gnm.sigma! - g.sigma.mean)).toBeGreaterThan(10 * g.sigma.sd);
    });
  }
});
