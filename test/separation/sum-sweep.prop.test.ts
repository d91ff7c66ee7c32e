// Directed diameter (ExactSumSweep, modes 'outbound' and 'inbound') against brute force: a plain
// BFS from every node over the arc list, on random uniform, DAG-like and block digraphs up to 200
// nodes with self-loops and parallel arcs. Also: the sweep alone (no multi-source fallback), BFS
// budgets, every per-node bound of the component step, and the strongly connected components.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjacency, barabasiAlbert } from '../../src/index.js';
import { diameterBounds, readEdgeList } from '../../src/node.js';
import { createSccScratch, sccUpperBounds } from '../../src/separation/scc-upper-bounds.js';
import { strongComponents } from '../../src/separation/strong-components.js';
import { sumSweepDiameter } from '../../src/separation/sum-sweep.js';
import { DATASETS, SHARED, datasetPath } from '../shared-data.js';
import { csrEccentricity, digraphCsr, oracleEccentricities, orient, randomDigraph, type Digraph } from './digraphs.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const);
const truthOf = (g: Digraph): number => Math.max(0, ...oracleEccentricities(g));
const sweep = (g: Digraph, mode: 'outbound' | 'inbound', budget: number) =>
  sumSweepDiameter(adjacency(digraphCsr(g), mode), budget, new Int32Array(g.n).fill(g.n - 1), {}, Infinity);

describe('directed diameter equals brute force', () => {
  test.prop([randomDigraph(), modes])('diameterBounds is exact, in both modes', (g, mode) => {
    const truth = truthOf(g);
    expect(Math.max(0, ...oracleEccentricities(g, true))).toBe(truth); // inbound distances are the reversed pairs
    expect(diameterBounds(digraphCsr(g), { mode })).toMatchObject({ value: truth, lowerBound: truth, upperBound: truth, exact: true, method: 'sumsweep' });
  });

  test.prop([randomDigraph(), modes])('the sweep alone (no multi-source fallback) is exact', (g, mode) => {
    const truth = truthOf(g);
    expect(sweep(g, mode, Infinity)).toMatchObject({ lower: truth, upper: truth });
  });

  test.prop([randomDigraph(), modes, fc.integer({ min: 0, max: 60 })])('a BFS budget brackets the truth', (g, mode, budget) => {
    const truth = truthOf(g);
    const b = diameterBounds(digraphCsr(g), { mode, maxBfs: budget });
    expect(b.lowerBound).toBeLessThanOrEqual(truth);
    expect(b.upperBound).toBeGreaterThanOrEqual(truth);
    expect(b.bfsCount).toBeLessThanOrEqual(budget);
    if (b.exact) expect(b.value).toBe(truth);
    const s = sweep(g, mode, budget);
    expect(s.lower).toBeLessThanOrEqual(truth);
    expect(s.upper).toBeGreaterThanOrEqual(truth);
    expect(s.bfsCount).toBeLessThanOrEqual(budget);
  });
});

describe('the component step and the components', () => {
  test.prop([randomDigraph(), fc.array(fc.nat({ max: 6 }), { minLength: 200, maxLength: 200 }), fc.array(fc.nat({ max: 9 }), { minLength: 200, maxLength: 200 })])(
    'every bound it writes holds, from any valid starting bounds',
    (g, slack, noise) => {
      const F = oracleEccentricities(g);
      const B = oracleEccentricities(g, true);
      const adj = adjacency(digraphCsr(g));
      const scc = strongComponents(adj);
      const bounds = {
        lowerF: new Int32Array(g.n),
        upperF: Int32Array.from(F, (f, v) => f + slack[v]!),
        lowerB: new Int32Array(g.n),
        upperB: Int32Array.from(B, (b, v) => b + slack[199 - v]!),
        totalF: Float64Array.from(F, (_, v) => noise[v]!),
        totalB: new Float64Array(g.n),
      };
      const scratch = createSccScratch(g.n, scc.count);
      for (let round = 0; round < 2; round++) {
        const measured = sccUpperBounds(adj, scc, bounds, scratch);
        expect(measured).toBeLessThanOrEqual(truthOf(g));
        for (let v = 0; v < g.n; v++) {
          expect(bounds.lowerF[v]).toBeLessThanOrEqual(F[v]!);
          expect(bounds.upperF[v]).toBeGreaterThanOrEqual(F[v]!);
          expect(bounds.lowerB[v]).toBeLessThanOrEqual(B[v]!);
          expect(bounds.upperB[v]).toBeGreaterThanOrEqual(B[v]!);
        }
      }
    },
  );

  test.prop([randomDigraph(60)])('strong components: same label iff mutually reachable; arcs point to lower labels', (g) => {
    const adj = adjacency(digraphCsr(g));
    const { labels, count, offsets, members } = strongComponents(adj);
    const reach = Array.from({ length: g.n }, (_, s) => reachable(g, s));
    for (let u = 0; u < g.n; u++) {
      for (let v = 0; v < g.n; v++) expect(labels[u] === labels[v]).toBe(reach[u]!.has(v) && reach[v]!.has(u));
    }
    for (const [a, b] of g.arcs) expect(labels[b]!).toBeLessThanOrEqual(labels[a]!);
    expect(offsets[count]).toBe(g.n);
    for (let c = 0; c < count; c++) for (let i = offsets[c]!; i < offsets[c + 1]!; i++) expect(labels[members[i]!]).toBe(c);
  });
});

function reachable(g: Digraph, s: number): Set<number> {
  const out: number[][] = Array.from({ length: g.n }, () => []);
  for (const [a, b] of g.arcs) out[a]!.push(b);
  const seen = new Set([s]);
  const queue = [s];
  for (let i = 0; i < queue.length; i++) for (const b of out[queue[i]!]!) if (!seen.has(b)) (seen.add(b), queue.push(b));
  return seen;
}

describe('directed diameter on larger graphs', () => {
  it('an oriented Barabási–Albert graph: exact with far fewer BFS than nodes', () => {
    const g = orient(barabasiAlbert({ people: 3000, attach: 2, seed: 5, output: 'csr' }), 0.3, 7);
    const brute = Math.max(...Array.from({ length: g.order }, (_, v) => csrEccentricity(g, v)));
    for (const mode of ['outbound', 'inbound'] as const) {
      const b = diameterBounds(g, { mode });
      expect(b).toMatchObject({ value: brute, exact: true, method: 'sumsweep' });
      expect(b.bfsCount).toBeLessThan(g.order / 20);
    }
  });

  it.skipIf(!SHARED)('email-Eu-core read as directed: exact, equal to brute force', async () => {
    const { name, file } = DATASETS.find((d) => d.name === 'email-Eu-core')!;
    const g = await readEdgeList(datasetPath(name, file), { directed: true });
    const brute = Math.max(...Array.from({ length: g.order }, (_, v) => csrEccentricity(g, v)));
    const b = diameterBounds(g);
    expect(b).toMatchObject({ value: brute, exact: true, method: 'sumsweep' });
    expect(b.bfsCount).toBeLessThan(g.order / 4);
  });
});
