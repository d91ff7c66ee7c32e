// BfsEngine.levelCounts: one whole top-down BFS in one kernel call. Its counts per distance equal
// the naive BFS's on random graphs of every kind and mode, through the WebAssembly and the
// JavaScript kernels, with and without maxDistance, both for shallow BFS (counted as it goes) and
// for BFS deeper than COUNT_LEVELS (counted in place over the queue); dist is left all UNREACHED.

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjacency, createBfs, fromEdges, toCsr } from '../../src/index.js';
import { COUNT_LEVELS } from '../../src/traversal/level-steps.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);
const kernels = ['wasm', 'js'] as const;

/** counts[d] = nodes at distance d (≤ maxDistance) in a naive BFS's distances. */
function naiveCounts(distances: Map<string, number>, maxDistance: number): number[] {
  const counts: number[] = [];
  for (const d of distances.values()) if (d <= maxDistance) counts[d] = (counts[d] ?? 0) + 1;
  return counts;
}

describe('BfsEngine.levelCounts', () => {
  test.prop([randomGraph({ maxNodes: 40, maxEdges: 120 }), modes, fc.option(fc.integer({ min: 0, max: 4 }))])(
    'counts the naive BFS levels, ends at a farthest node and leaves no distances (WebAssembly and JavaScript)',
    (g, mode, limit) => {
      const csr = toCsr(toGraphology(g));
      const adj = adjacency(csr, mode);
      const naive = naiveAdjacency(g, mode);
      const maxDistance = limit ?? Infinity;
      for (const kernel of kernels) {
        const bfs = createBfs(adj, { kernel });
        for (let s = 0; s < csr.order; s++) {
          if (s % 2 === 1) bfs.run((s * 7) % csr.order); // a run before: its distances are undone
          const { counts, last } = bfs.levelCounts(s, { maxDistance });
          const expected = naiveCounts(naiveBfs(naive, csr.keys.key(s)), maxDistance);
          expect(Array.from(counts)).toEqual(expected);
          expect(Math.min(naiveBfs(naive, csr.keys.key(s)).get(csr.keys.key(last))!, maxDistance)).toBe(
            expected.length - 1,
          );
          expect(bfs.count).toBe(0);
          expect(bfs.dist.every((d) => d === -1)).toBe(true);
          // The engine still runs ordinary BFS afterwards.
          bfs.run(s, { maxDistance });
          expect(bfs.levelEnds.map((e, d) => e - (bfs.levelEnds[d - 1] ?? 0))).toEqual(expected);
        }
      }
    },
  );

  it(`counts BFS deeper than ${COUNT_LEVELS} levels, in place over the queue (a broom: a long path, a star at its end)`, () => {
    const n = COUNT_LEVELS + 5000;
    const centre = n - 101;
    const sources: number[] = [];
    const targets: number[] = [];
    for (let v = 0; v < centre; v++) sources.push(v), targets.push(v + 1);
    for (let v = centre + 1; v < n; v++) sources.push(centre), targets.push(v);
    const csr = fromEdges({ sources, targets });
    // Hops from s to v: along the path, or to the centre and one more for a leaf.
    const hops = (s: number, v: number): number => {
      if (s === v) return 0;
      const toCentre = s <= centre ? centre - s : 1;
      if (v > centre) return toCentre + 1;
      return s <= centre ? Math.abs(v - s) : 1 + centre - v;
    };
    for (const kernel of kernels) {
      const bfs = createBfs(adjacency(csr), { kernel });
      // From 0, the centre and a leaf: over 65536 levels; from 12,345: under (counted as it goes).
      for (const s of [0, 12_345, centre, n - 1]) {
        const expected: number[] = [];
        for (let v = 0; v < n; v++) expected[hops(s, v)] = (expected[hops(s, v)] ?? 0) + 1;
        const { counts, last } = bfs.levelCounts(s);
        expect(Array.from(counts)).toEqual(expected);
        expect(hops(s, last)).toBe(expected.length - 1);
        expect(bfs.dist.every((d) => d === -1)).toBe(true);
      }
    }
  });
});
