// 'auto' by estimated cost: long graphs (paths, cycles, grids) get one BFS per source and a source
// budget, small worlds the multi-source BFS; the result says which method ran and why. The exact
// one-BFS-per-source engine counts the same pairs as an independent BFS over every source.
import { fc, test } from '@fast-check/vitest';
import { cpus, loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fromEdges } from '../../src/csr/from-edges.js';
import { barabasiAlbert } from '../../src/generators/barabasi-albert.js';
import { AbortError } from '../../src/errors.js';
import { exactDistributionBfs } from '../../src/separation/exact-distribution-bfs.js';
import { AUTO_SAMPLE_WORK, LEVEL_COST, planDistribution } from '../../src/separation/plan-distribution.js';
import { resolveSeparationOptions } from '../../src/separation/separation-options.js';
import { distanceDistribution, separation } from '../../src/separation/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

/** 0 — 1 — 2 — … — (n − 1), closed into a cycle when asked. */
function path(n: number, cycle = false): ReturnType<typeof fromEdges> {
  const m = cycle ? n : n - 1;
  return fromEdges({
    sources: Int32Array.from({ length: m }, (_, i) => i),
    targets: Int32Array.from({ length: m }, (_, i) => (i + 1) % n),
  });
}

const plan = (graph: ReturnType<typeof fromEdges>, options = {}) =>
  planDistribution(resolveSeparationOptions(graph, options, 'test'));

describe('planDistribution', () => {
  it('small world: exact through the multi-source BFS, with the double-sweep bound in the reason', () => {
    const p = plan(barabasiAlbert({ people: 2000, attach: 3, seed: 1, output: 'csr' }));
    expect(p).toMatchObject({ method: 'exact', engine: 'multi-source' });
    expect(p.diameterLowerBound).toBeGreaterThanOrEqual(4);
    expect(p.reason).toMatch(
      /^exact: about .* steps, within the budget of 3\.0e9 \(2000 people, .* diameter ≥ \d+ by double sweep; multi-source BFS\)$/,
    );
  });

  it('a long path: one BFS per source, sampling within the budget; an explicit --samples is kept', () => {
    const p = plan(path(100_000));
    expect(p).toMatchObject({ method: 'sample', engine: 'single-source', diameterLowerBound: 99_999 });
    expect(p.samples).toBeLessThanOrEqual(256);
    expect(p.samples * (300_000 + LEVEL_COST * 100_000)).toBeLessThanOrEqual(AUTO_SAMPLE_WORK);
    expect(p.reason).toMatch(/^sampling: exact would take about .* over the budget .*; \d+ sources/);
    const long = path(1_000_000);
    expect(plan(long).samples).toBeLessThan(256); // the budget and 256 MB of counts bind
    expect(plan(long, { samples: 300 }).samples).toBe(300);
    expect(plan(path(100), { method: 'exact' })).toMatchObject({
      method: 'exact',
      reason: expect.stringMatching(/^exact, as asked/),
    });
  });

  it('picks the engine measured faster: one pass of 128 on small worlds and grids up to ~60 a side, one BFS per source beyond', () => {
    // bench/planner.bench.ts timed both engines on these shapes (CPU ms, multi-source / single):
    // grid 40² 7 / 21, grid 60² 81 / 155, 3-D grid 20³ 116 / 447, path 300 1.6 / 3.5 (the old
    // MULTI_STEP of 6 sent all four to one BFS per source); path 3000 569 / 138, grid 150² and 2-D
    // grids past the caches: one BFS per source.
    const grid = (dims: number[]): ReturnType<typeof fromEdges> => {
      const n = dims.reduce((a, b) => a * b, 1);
      const s: number[] = [];
      const t: number[] = [];
      for (let v = 0; v < n; v++)
        for (
          let i = 0, stride = 1, rest = v;
          i < dims.length;
          stride *= dims[i]!, rest = Math.floor(rest / dims[i]!), i++
        )
          if ((rest % dims[i]!) + 1 < dims[i]!) s.push(v), t.push(v + stride);
      return fromEdges({ sources: s, targets: t }, { nodes: n });
    };
    const engine = (g: ReturnType<typeof fromEdges>): string => plan(g, { method: 'exact' }).engine;
    expect(engine(barabasiAlbert({ people: 3000, attach: 5, seed: 1, output: 'csr' }))).toBe('multi-source');
    expect(engine(grid([40, 40]))).toBe('multi-source');
    expect(engine(grid([60, 60]))).toBe('multi-source');
    expect(engine(grid([20, 20, 20]))).toBe('multi-source');
    expect(engine(path(300))).toBe('multi-source');
    expect(engine(path(3000))).toBe('single-source');
    expect(engine(grid([150, 150]))).toBe('single-source');
    expect(engine(grid([700, 700]))).toBe('single-source');
  });

  it('the double sweep finds the diameter of paths, cycles and grids', () => {
    expect(plan(path(5000)).diameterLowerBound).toBe(4999);
    expect(plan(path(5000, true)).diameterLowerBound).toBe(2500);
    const side = 60;
    const s: number[] = [];
    const t: number[] = [];
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        if (c + 1 < side) s.push(r * side + c), t.push(r * side + c + 1);
        if (r + 1 < side) s.push(r * side + c), t.push((r + 1) * side + c);
      }
    expect(plan(fromEdges({ sources: s, targets: t })).diameterLowerBound).toBe(2 * (side - 1));
  });

  it('sweeps direction-optimising up to 256 levels, then whole: the same bound on either side', () => {
    // From the best-connected node (node 1, the first of degree 2), then from the far end.
    for (const n of [200, 256, 257, 258, 600]) {
      expect(plan(path(n)).diameterLowerBound).toBe(n - 1);
      for (const maxDistance of [3, 255, 256, 257])
        expect(plan(path(n), { maxDistance }).diameterLowerBound).toBe(Math.min(n - 1, maxDistance));
    }
  });

  it('separation says which method ran and why; a 3·10⁴-node path finishes in seconds', () => {
    const t0 = performance.now();
    const s = separation(path(30_000));
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(s.method).toBe('sample');
    expect(s.reason).toContain('single-source BFS');
    expect(s.meanDistance).toBeGreaterThan(6_000); // exactly (n + 1) / 3 ≈ 10,000 over all pairs
    expect(s.meanDistance).toBeLessThan(14_000);
    expect(
      separation(path(300))
        .distribution.slice(1)
        .every((c, i) => c === 2 * (300 - (i + 1))),
    ).toBe(true);
  });
});

describe('exactDistributionBfs', () => {
  test.prop([
    randomGraph({ maxNodes: 12, maxEdges: 30 }),
    fc.constantFrom<'outbound' | 'inbound' | 'all'>('outbound', 'inbound', 'all'),
  ])('counts the pairs an independent BFS counts', (g, mode) => {
    const graph = toGraphology(g);
    const r = resolveSeparationOptions(graph, { mode }, 'test');
    const { distribution } = exactDistributionBfs(r.csr, r.mode, r.people, Infinity, {}, 'test');
    const want: number[] = [0];
    const adj = naiveAdjacency(g, g.directed ? mode : 'all');
    for (const s of g.nodes) for (const [, d] of naiveBfs(adj, s)) if (d > 0) want[d] = (want[d] ?? 0) + 1;
    expect(Array.from(distribution.subarray(0, want.length))).toEqual(want.map((x) => x ?? 0));
    expect(distribution.subarray(want.length).every((x) => x === 0)).toBe(true);
    expect(distanceDistribution(graph, { mode, method: 'exact' }).distribution).toEqual(want.map((x) => x ?? 0));
  });

  it('stops at once when the signal is aborted from a progress report', () => {
    const controller = new AbortController();
    let aborted = 0;
    const run = (): unknown =>
      separation(path(20_000), {
        method: 'exact',
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done >= 64 && aborted === 0) (aborted = performance.now()), controller.abort();
        },
      });
    expect(run).toThrow(AbortError);
    expect(performance.now() - aborted).toBeLessThan(100 * Math.max(1, loadavg()[0]! / cpus().length)); // ~100 ms, stretched by load
  });
});
