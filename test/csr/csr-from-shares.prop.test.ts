// An index built in shares (scatter-task.ts: row ranges of an undirected graph, or the out and
// in adjacencies of a directed one) and joined (csr-from-shares.ts) equals buildCsr's on the same
// edges: same offsets, entries and drop counts, self-loops and repeated edges included, for any
// cut of the rows; and on 700,000 edges, where each share takes the blocked (WebAssembly) build.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Csr } from '../../src/csr/csr.js';
import { csrFromShares } from '../../src/csr/csr-from-shares.js';
import { buildCsr } from '../../src/csr/from-edges.js';
import { integerKeys } from '../../src/csr/node-keys.js';
import { scatterTask } from '../../src/csr/scatter-task.js';

function shares(
  n: number,
  sources: Int32Array,
  targets: Int32Array,
  directed: boolean,
  simplify: boolean,
  cuts: number[],
) {
  const edges = { sources, targets };
  const bounds = [0, ...cuts.map((c) => c % (n + 1)).sort((a, b) => a - b), n];
  const parts = directed
    ? [false, true].map((reverse) => scatterTask({ kind: 'adjacency', n, edges, reverse, simplify }))
    : bounds.slice(0, -1).map((lo, k) => scatterTask({ kind: 'rows', n, edges, lo, hi: bounds[k + 1]!, simplify }));
  return csrFromShares(integerKeys(n), directed, parts, bounds, sources.length);
}

const plain = (c: Csr) => ({
  size: c.size,
  offsets: Array.from(c.offsets),
  targets: Array.from(c.targets),
  inOffsets: Array.from(c.inOffsets),
  inTargets: Array.from(c.inTargets),
  dropped: c.dropped,
});

describe('csrFromShares(scatterTask …) = buildCsr', () => {
  test.prop([
    fc
      .integer({ min: 1, max: 30 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 80 }),
          fc.array(fc.nat(), { maxLength: 4 }),
        ),
      ),
    fc.boolean(),
    fc.boolean(),
  ])('same rows and counts for any edges and any cut of the rows', ([n, pairs, cuts], directed, simplify) => {
    const sources = Int32Array.from(pairs, (p) => p[0]);
    const targets = Int32Array.from(pairs, (p) => p[1]);
    const expected = buildCsr({ sources, targets }, integerKeys(n), { directed, simplify });
    expect(plain(shares(n, sources, targets, directed, simplify, cuts))).toEqual(plain(expected));
  });

  it('on 700,000 edges with repeats and self-loops (blocked build in each share)', () => {
    const n = 50_000;
    const m = 700_000;
    const sources = new Int32Array(m);
    const targets = new Int32Array(m);
    let x = 12345;
    for (let i = 0; i < m; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      sources[i] = x % n;
      targets[i] = i % 97 === 0 ? sources[i]! : (x >>> 7) % (i % 5 === 0 ? 300 : n);
    }
    for (const directed of [false, true]) {
      const expected = buildCsr({ sources, targets }, integerKeys(n), { directed });
      expect(expected.dropped.duplicates).toBeGreaterThan(0);
      expect(expected.dropped.selfLoops).toBeGreaterThan(0);
      const got = shares(n, sources, targets, directed, true, [Math.floor(n / 3), n / 2]);
      const same = (a: Int32Array, b: Int32Array) => a.length === b.length && a.every((x, i) => x === b[i]);
      expect(same(got.offsets, expected.offsets) && same(got.targets, expected.targets)).toBe(true);
      expect(same(got.inOffsets, expected.inOffsets) && same(got.inTargets, expected.inTargets)).toBe(true);
      expect([got.size, got.dropped]).toEqual([expected.size, expected.dropped]);
    }
  });
});
