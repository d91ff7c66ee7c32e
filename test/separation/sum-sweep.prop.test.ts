// Directed diameter (ExactSumSweep, modes 'outbound' and 'inbound') against brute force: a plain
// BFS from every node over the arc list, on random uniform, DAG-like and block digraphs up to 200
// nodes with self-loops and parallel arcs. Also: the sweep alone (no multi-source fallback), BFS
// budgets, every per-node bound of the component step, and the strongly connected components.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { AbortError, adjacency, barabasiAlbert } from '../../src/index.js';
import { diameterBounds, readEdgeList } from '../../src/node.js';
import {
  choosePivots,
  createSccScratch,
  sccUpperBounds,
  type EccentricityBounds,
} from '../../src/separation/scc-upper-bounds.js';
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
    expect(diameterBounds(digraphCsr(g), { mode })).toMatchObject({
      value: truth,
      lowerBound: truth,
      upperBound: truth,
      exact: true,
      method: 'sumsweep',
    });
  });

  test.prop([randomDigraph(), modes])(
    'the sweep alone (no multi-source fallback) is exact, every node bound holds',
    (g, mode) => {
      const truth = truthOf(g);
      const result = sweep(g, mode, Infinity);
      expect(result).toMatchObject({ lower: truth, upper: truth });
      expect(brokenBounds(g, mode, result.bounds)).toEqual([]);
    },
  );

  test.prop([randomDigraph(), modes, fc.integer({ min: 0, max: 60 })])(
    'a BFS budget brackets the truth',
    (g, mode, budget) => {
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
      expect(brokenBounds(g, mode, s.bounds)).toEqual([]);
    },
  );
});

// Every per-node bound against the true eccentricities (F along the mode's arcs, B against them).
function brokenBounds(g: Digraph, mode: 'outbound' | 'inbound', b: EccentricityBounds): string[] {
  const F = oracleEccentricities(g, mode === 'inbound');
  const B = oracleEccentricities(g, mode === 'outbound');
  const broken: string[] = [];
  for (let v = 0; v < g.n; v++) {
    if (!(b.lowerF[v]! <= F[v]! && F[v]! <= b.upperF[v]!))
      broken.push(`F(${v}) = ${F[v]} ∉ [${b.lowerF[v]}, ${b.upperF[v]}]`);
    if (!(b.lowerB[v]! <= B[v]! && B[v]! <= b.upperB[v]!))
      broken.push(`B(${v}) = ${B[v]} ∉ [${b.lowerB[v]}, ${b.upperB[v]}]`);
  }
  return broken;
}

describe('the component step and the components', () => {
  test.prop([
    randomDigraph(),
    fc.array(fc.nat({ max: 6 }), { minLength: 200, maxLength: 200 }),
    fc.array(fc.nat({ max: 9 }), { minLength: 200, maxLength: 200 }),
  ])('every bound it writes holds, from any valid starting bounds', (g, slack, noise) => {
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
    const scratch = createSccScratch(adj, scc);
    for (let round = 0; round < 2; round++) {
      choosePivots(scc, bounds, scratch.pivot);
      // Round 1: node 0's component comes with its pivot distances from the oracle's BFS.
      const known = round === 1 ? scc.labels[0]! : -1;
      if (known >= 0) {
        const p = scratch.pivot[known]!;
        for (let i = scc.offsets[known]!; i < scc.offsets[known + 1]!; i++) {
          const v = scc.members[i]!;
          scratch.fromPivot[v] = distance(g, p, v);
          scratch.toPivot[v] = distance(g, v, p);
        }
      }
      const measured = sccUpperBounds(adj, scc, bounds, scratch, known);
      expect(measured).toBeLessThanOrEqual(truthOf(g));
      expect(brokenBounds(g, 'outbound', bounds)).toEqual([]);
    }
  });

  test.prop([randomDigraph(60)])(
    'strong components: same label iff mutually reachable; arcs point to lower labels',
    (g) => {
      const adj = adjacency(digraphCsr(g));
      const { labels, count, offsets, members } = strongComponents(adj);
      const reach = Array.from({ length: g.n }, (_, s) => reachable(g, s));
      const broken: string[] = [];
      for (let u = 0; u < g.n; u++) {
        for (let v = 0; v < g.n; v++)
          if ((labels[u] === labels[v]) !== (reach[u]!.has(v) && reach[v]!.has(u))) broken.push(`${u}, ${v}`);
      }
      for (const [a, b] of g.arcs) if (labels[b]! > labels[a]!) broken.push(`arc ${a} → ${b}`);
      expect(broken).toEqual([]);
      expect(offsets[count]).toBe(g.n);
      const grouped: number[] = [];
      for (let c = 0; c < count; c++) for (let i = offsets[c]!; i < offsets[c + 1]!; i++) grouped.push(c);
      expect(Array.from(members, (v) => labels[v])).toEqual(grouped);
      expect(new Set(members).size).toBe(g.n);
    },
  );
});

function distance(g: Digraph, s: number, t: number): number {
  const out: number[][] = Array.from({ length: g.n }, () => []);
  for (const [a, b] of g.arcs) out[a]!.push(b);
  const dist = new Map([[s, 0]]);
  const queue = [s];
  for (let i = 0; i < queue.length; i++)
    for (const b of out[queue[i]!]!) if (!dist.has(b)) dist.set(b, dist.get(queue[i]!)! + 1), queue.push(b);
  return dist.get(t)!;
}

function reachable(g: Digraph, s: number): Set<number> {
  const out: number[][] = Array.from({ length: g.n }, () => []);
  for (const [a, b] of g.arcs) out[a]!.push(b);
  const seen = new Set([s]);
  const queue = [s];
  for (let i = 0; i < queue.length; i++) for (const b of out[queue[i]!]!) if (!seen.has(b)) seen.add(b), queue.push(b);
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

  it('reports progress, and an abort during the sweep or its fallback throws AbortError', () => {
    const g = orient(barabasiAlbert({ people: 2000, attach: 2, seed: 3, output: 'csr' }), 0.3, 9);
    const phases: string[] = [];
    diameterBounds(g, { onProgress: (p) => phases.push(p.phase!) });
    expect(phases.length).toBeGreaterThan(0);
    expect(phases.every((p) => /^diameter bounds \d+…\d+$/.test(p))).toBe(true);
    for (const after of [1, phases.length]) {
      const controller = new AbortController();
      let calls = 0;
      const run = () =>
        diameterBounds(g, { signal: controller.signal, onProgress: () => ++calls === after && controller.abort() });
      expect(run).toThrow(AbortError);
      expect(run).toThrow(expect.objectContaining({ code: 'ABORTED' }));
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
