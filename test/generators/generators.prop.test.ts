import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  barabasiAlbert,
  createRng,
  erdosRenyi,
  InvalidArgumentError,
  professionalNetwork,
  toCsr,
  wattsStrogatz,
  type Csr,
} from '../../src/index.js';
import { edgeList } from './helpers.js';
import { barabasiAlbertSize } from '../../src/generators/barabasi-albert.js';

/** Exactly `expectedEdges` edges, no self-loop, no repeated neighbour, degree sum 2m (checked on the raw arrays). */
function checkSimple(csr: Csr, expectedEdges: number): void {
  expect(csr.size).toBe(expectedEdges);
  let degreeSum = 0;
  for (let u = 0; u < csr.order; u++) {
    const neighbours = [...csr.targets.subarray(csr.offsets[u]!, csr.offsets[u + 1]!)];
    expect(neighbours).not.toContain(u);
    expect(new Set(neighbours).size).toBe(neighbours.length);
    degreeSum += neighbours.length;
  }
  expect(degreeSum).toBe(2 * expectedEdges);
}

describe('erdosRenyi', () => {
  test.prop([fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer()])(
    'has exactly m distinct edges, no self-loops, and repeats for a seed',
    (n, fill, seed) => {
      const m = Math.floor(fill * ((n * (n - 1)) / 2)) || 0; // no -0
      const csr = erdosRenyi({ people: n, edges: m, seed, output: 'csr' });
      expect(csr.order).toBe(n);
      checkSimple(csr, m);
      expect(edgeList(erdosRenyi({ people: n, edges: m, seed, output: 'csr' }))).toEqual(edgeList(csr));
      const g = erdosRenyi({ people: n, edges: m, seed });
      expect(edgeList(toCsr(g))).toEqual(edgeList(csr));
    },
  );

  it('draws pairs close to uniformly (every pair of K5 about equally often in G(5, 3))', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++)
      for (const [u, v] of edgeList(erdosRenyi({ people: 5, edges: 3, seed, output: 'csr' })))
        counts.set(`${u}-${v}`, (counts.get(`${u}-${v}`) ?? 0) + 1);
    expect(counts.size).toBe(10);
    for (const c of counts.values()) expect(Math.abs(c - 600)).toBeLessThan(100); // mean 2000·3/10, sd ≈ 20
  });
});

describe('wattsStrogatz', () => {
  test.prop([
    fc.integer({ min: 1, max: 60 }),
    fc.integer({ min: 0, max: 6 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer(),
  ])('keeps n·k/2 edges, simple, repeatable', (n, halfK, p, seed) => {
    const k = Math.min(2 * halfK, n - 1 - ((n - 1) % 2));
    const csr = wattsStrogatz({ people: n, neighbours: k, rewiring: p, seed, output: 'csr' });
    checkSimple(csr, (n * k) / 2);
    expect(edgeList(wattsStrogatz({ people: n, neighbours: k, rewiring: p, seed, output: 'csr' }))).toEqual(
      edgeList(csr),
    );
  });

  it('is the ring lattice at p = 0', () => {
    // 0 — 1 — 2 — 3 — 4 — 5 — 0, plus chords to the second neighbour
    const csr = wattsStrogatz({ people: 6, neighbours: 4, rewiring: 0, output: 'csr' });
    for (let u = 0; u < 6; u++)
      expect([...csr.targets.subarray(csr.offsets[u]!, csr.offsets[u + 1]!)].sort()).toEqual(
        [(u + 1) % 6, (u + 2) % 6, (u + 4) % 6, (u + 5) % 6].sort(),
      );
  });
});

describe('barabasiAlbert', () => {
  test.prop([fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 80 }), fc.integer()])(
    'has k(k+1)/2 + (n−k−1)k edges, min degree k, connected, repeatable',
    (k, extra, seed) => {
      const n = k + extra;
      const csr = barabasiAlbert({ people: n, attach: k, seed, output: 'csr' });
      checkSimple(csr, barabasiAlbertSize(n, k));
      for (let u = 0; u < n; u++) expect(csr.offsets[u + 1]! - csr.offsets[u]!).toBeGreaterThanOrEqual(k);
      const seen = new Set([0]);
      const stack = [0];
      while (stack.length)
        for (const v of csr.targets.subarray(csr.offsets[stack.at(-1)!]!, csr.offsets[stack.pop()! + 1]!))
          if (!seen.has(v)) seen.add(v), stack.push(v);
      expect(seen.size).toBe(n);
      expect(edgeList(barabasiAlbert({ people: n, attach: k, seed, output: 'csr' }))).toEqual(edgeList(csr));
    },
  );
});

describe('createRng', () => {
  it('repeats for a seed, differs across seeds, and stays in range', () => {
    const a = createRng(5);
    const b = createRng(5);
    const c = createRng(6);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.03);
    const dice = new Array(6).fill(0);
    for (let i = 0; i < 6000; i++) dice[a.int(6)]++;
    for (const d of dice) expect(Math.abs(d - 1000)).toBeLessThan(120);
  });
});

describe('generator errors', () => {
  const cases: [string, () => unknown, string][] = [
    ['G(n, m) with too many edges', () => erdosRenyi({ people: 4, edges: 7 }), 'edges'],
    ['negative people', () => erdosRenyi({ people: -1, edges: 0 }), 'people'],
    ['odd lattice degree', () => wattsStrogatz({ people: 10, neighbours: 3 }), 'neighbours'],
    ['lattice degree ≥ n', () => wattsStrogatz({ people: 4, neighbours: 4 }), 'neighbours'],
    ['rewiring above 1', () => wattsStrogatz({ people: 10, rewiring: 1.5 }), 'rewiring'],
    ['attach 0', () => barabasiAlbert({ people: 10, attach: 0 }), 'attach'],
    ['people ≤ attach', () => barabasiAlbert({ people: 3, attach: 3 }), 'people'],
    ['unknown output', () => barabasiAlbert({ people: 10, output: 'svg' as 'csr' }), 'output'],
    ['non-finite seed', () => createRng(Number.NaN), 'seed'],
  ];
  it.each(cases)('%s', (_name, call, argument) => {
    expect(call).toThrow(InvalidArgumentError);
    try {
      call();
    } catch (error) {
      expect((error as InvalidArgumentError).code).toBe('INVALID_ARGUMENT');
      expect((error as InvalidArgumentError).argument).toBe(argument);
      expect((error as Error).message).toMatch(/^handshakes\/\w+: /);
    }
  });
});

describe('generator progress and cancellation', () => {
  it.each([
    ['barabasiAlbert', (o: object) => barabasiAlbert({ people: 200_000, attach: 2, output: 'csr', ...o })],
    ['erdosRenyi', (o: object) => erdosRenyi({ people: 100_000, edges: 200_000, output: 'csr', ...o })],
    ['wattsStrogatz', (o: object) => wattsStrogatz({ people: 100_000, neighbours: 4, output: 'csr', ...o })],
    ['professionalNetwork', (o: object) => professionalNetwork({ people: 10_000, output: 'csr', ...o })],
  ])('%s reports progress and stops on abort', (_name, generate) => {
    const seen: number[] = [];
    generate({ onProgress: (p: { done: number; total: number }) => seen.push(p.done / p.total) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
    const controller = new AbortController();
    expect(() => generate({ signal: controller.signal, onProgress: () => controller.abort() })).toThrow(
      expect.objectContaining({ code: 'ABORTED' }),
    );
  });
});
