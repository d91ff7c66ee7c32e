// The worker-parallel exact engine gives results identical to one worker, to no worker and to the
// core function on the shared real graphs; it reports progress, and aborting terminates it.
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  distanceDistributionParallel,
  readEdgeList,
  separation,
  separationParallel,
} from '../../src/node.js';
import { adjacency, createBfs, fromEdges } from '../../src/index.js';
import { exactDistributionBfs } from '../../src/separation/exact-distribution-bfs.js';
import {
  levelsAvailable,
  parallelExactDistribution,
  parallelLevelCounts,
  parallelPerSourceCounts,
} from '../../src/node/ms-bfs-pool.js';
import { DATASETS, SHARED, datasetPath, reference } from '../shared-data.js';
import { preferentialAttachment } from './graphs.js';

describe.skipIf(!SHARED)('separationParallel on reference datasets', () => {
  for (const { name, file } of DATASETS) {
    it(`${name}: 1 worker = 2 workers = reference.json`, async () => {
      const csr = await readEdgeList(datasetPath(name, file));
      const one = await separationParallel(csr, { workers: 1, method: 'exact' });
      const two = await separationParallel(csr, { workers: 2, method: 'exact' });
      expect(two).toEqual(one);
      const wg = reference(name).whole_graph;
      expect(two.meanDistance).toBe(wg.average_shortest_path_length_over_connected_pairs);
      expect(two.reachablePairs).toBe(2 * wg.connected_pairs_distance_distribution.total_connected_pairs);
    });
  }
});

describe('separationParallel', () => {
  it('samples on workers with the same estimates as on this thread, for 1 and 2 workers, deep graphs included', async () => {
    // The path goes deeper than the 512 levels the kernel records: its sources fall back to this thread.
    const path = fromEdges({
      sources: Array.from({ length: 699 }, (_, i) => i),
      targets: Array.from({ length: 699 }, (_, i) => i + 1),
    });
    for (const g of [preferentialAttachment(1500, 3, 21), preferentialAttachment(900, 2, 22, true), path]) {
      for (const options of [
        { method: 'sample' as const, samples: 300, seed: 4 },
        { method: 'sample' as const, samples: 50, maxDistance: 3, mode: 'inbound' as const },
      ]) {
        const single = separation(g, options);
        for (const workers of [1, 2]) expect(await separationParallel(g, { ...options, workers })).toEqual(single);
      }
    }
  });

  it('falls back to this thread with workers: 0 and for approximate methods', async () => {
    const g = preferentialAttachment(300, 2, 1, true);
    expect(await separationParallel(g, { workers: 0, mode: 'inbound' })).toEqual(separation(g, { mode: 'inbound' }));
    expect(await separationParallel(g, { workers: 2, mode: 'all', component: 'largest' })).toEqual(
      separation(g, { mode: 'all', component: 'largest' }),
    );
    expect(await separationParallel(g, { workers: 2, method: 'sample', samples: 10 })).toEqual(
      separation(g, { method: 'sample', samples: 10 }),
    );
    expect((await distanceDistributionParallel(g, { workers: 2, maxDistance: 2 })).distribution).toEqual(
      separation(g, { maxDistance: 2 }).distribution,
    );
  });

  it('reports progress up to every source, and aborts', async () => {
    const g = preferentialAttachment(3000, 3, 2);
    const done: number[] = [];
    await separationParallel(g, { workers: 2, onProgress: (p) => done.push(p.done) });
    expect(done.at(-1)).toBe(3000);
    expect([...done].sort((a, b) => a - b)).toEqual(done);
    const controller = new AbortController();
    const run = separationParallel(g, { workers: 2, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toBeInstanceOf(AbortError);
    await expect(separationParallel(g, { signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('gives the same counts with the WebAssembly and the JavaScript worker kernels, directed or not', async () => {
    for (const g of [preferentialAttachment(700, 3, 7), preferentialAttachment(500, 2, 8, true)]) {
      const adj = adjacency(g);
      const sources = Int32Array.from({ length: g.order }, (_, i) => g.order - 1 - i);
      const wasm = await parallelExactDistribution(adj, sources, Infinity, 2, {}, 'test');
      const js = await parallelExactDistribution(adj, sources, Infinity, 2, {}, 'test', 'js');
      expect(Array.from(wasm)).toEqual(Array.from(js));
      expect(wasm.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
      const capped = await parallelExactDistribution(adj, sources, 2, 1, {}, 'test');
      expect(Array.from(capped)).toEqual(Array.from(js, (c, d) => (d <= 2 ? c : 0)));
    }
  });

  it("counts each sampled source's people by distance on JavaScript workers too (no source left to this thread)", async () => {
    for (const g of [preferentialAttachment(700, 3, 9), preferentialAttachment(500, 2, 10, true)]) {
      const adj = adjacency(g);
      const sources = Int32Array.from({ length: 150 }, (_, i) => (i * 37) % g.order);
      const wasm = await parallelPerSourceCounts(adj, sources, Infinity, 2, {}, 'test');
      for (const maxDistance of [Infinity, 2]) {
        const js = await parallelPerSourceCounts(adj, sources, maxDistance, 2, {}, 'test', 'js');
        expect(js.every((c) => c !== null)).toBe(true);
        // The 128-source kernel pads each source's counts to its batch's depth: compare without the zeros.
        const trim = (c: Float64Array | null) => {
          const a = Array.from(c!).slice(0, maxDistance + 1);
          while (a.length > 1 && a.at(-1) === 0) a.pop();
          return a;
        };
        expect(js.map(trim)).toEqual(wasm.map(trim));
        expect(js.every((c) => c!.length === 1 || c!.at(-1)! > 0)).toBe(true);
      }
    }
  });

  it('runs long graphs (one whole BFS per source) on workers beside an index in a heap: the same as one thread', async () => {
    // Drawn small: a path 0 — 1 — … — 2999 (sampled: 'auto' plans one BFS per source), a 10 × 400
    // grid (exact, one BFS per source), a directed cycle with chords, read inbound; all in a heap.
    const path = fromEdges(
      {
        sources: Int32Array.from({ length: 2999 }, (_, i) => i),
        targets: Int32Array.from({ length: 2999 }, (_, i) => i + 1),
      },
      { memory: 'wasm' },
    );
    const [side, rows] = [10, 400];
    const gs: number[] = [];
    const gt: number[] = [];
    for (let v = 0; v < side * rows; v++) {
      if ((v % side) + 1 < side) gs.push(v), gt.push(v + 1);
      if (v + side < side * rows) gs.push(v), gt.push(v + side);
    }
    const grid = fromEdges({ sources: gs, targets: gt }, { memory: 'wasm' });
    const n = 4000;
    const cycle = fromEdges(
      {
        sources: Array.from({ length: n + 40 }, (_, i) => (i < n ? i : (i - n) * 97)),
        targets: Array.from({ length: n + 40 }, (_, i) => (i < n ? (i + 1) % n : ((i - n) * 97 + 1500) % n)),
      },
      { directed: true, memory: 'wasm' },
    );
    for (const [g, options] of [
      [path, { samples: 200, seed: 3 }],
      [path, { method: 'exact' as const, maxDistance: 700 }],
      [grid, {}],
      [cycle, { mode: 'inbound' as const, samples: 64 }],
    ] as const) {
      const adj = adjacency(g, 'mode' in options ? options.mode : 'outbound');
      expect(levelsAvailable(adj)).toBe(true);
      const here = separation(g, options);
      expect(here.reason).toContain('single-source BFS');
      for (const workers of [1, 2]) expect(await separationParallel(g, { ...options, workers })).toEqual(here);
    }
    // The pool itself against one thread's BFS per source, with each source's counts.
    const adj = adjacency(grid);
    const sources = Int32Array.from({ length: 300 }, (_, i) => (i * 37) % (side * rows));
    const { hist, lists } = await parallelLevelCounts(adj, sources, Infinity, 2, {}, 'test', true);
    const want = exactDistributionBfs(grid, 'outbound', sources, Infinity, {}, 'test').distribution;
    expect(Array.from(hist)).toEqual(Array.from(want.subarray(0, hist.length)));
    expect(want.subarray(hist.length).every((x) => x === 0)).toBe(true);
    const bfs = createBfs(adj);
    for (const i of [0, 150, 299]) {
      bfs.run(sources[i]!);
      const ends = bfs.levelEnds;
      expect(Array.from(lists[i]!)).toEqual([0, ...ends.slice(1).map((e, d) => e - ends[d]!)]);
    }
    // An index in arrays: not for the workers (one thread runs those plans).
    expect(levelsAvailable(adjacency(fromEdges({ sources: [0, 1], targets: [1, 2] }, { memory: 'js' })))).toBe(false);
  });

  it('rejects a bad worker count', async () => {
    await expect(separationParallel(preferentialAttachment(10, 1, 1), { workers: -1 })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      argument: 'workers',
    });
  });
});

describe('HyperBall on workers', () => {
  it('equals the single-thread engine up to summation order, for 1 and 2 workers', async () => {
    for (const g of [preferentialAttachment(2000, 2, 5), preferentialAttachment(800, 3, 6, true)]) {
      const single = separation(g, { method: 'hyperball', seed: 3 });
      for (const workers of [1, 2]) {
        const par = await separationParallel(g, { method: 'hyperball', seed: 3, workers });
        expect(par.steps).toBe(single.steps);
        expect(par.distribution.length).toBe(single.distribution.length);
        par.distribution.forEach((c, d) => expect(c).toBeCloseTo(single.distribution[d]!, 6));
        expect(par.meanDistance).toBeCloseTo(single.meanDistance, 10);
        expect(par.errors!.meanDistance.standardError).toBeCloseTo(single.errors!.meanDistance.standardError, 10);
      }
    }
  });

  it('aborts', async () => {
    const controller = new AbortController();
    const run = separationParallel(preferentialAttachment(2000, 2, 5), {
      method: 'hyperball',
      workers: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(AbortError);
  });
});
