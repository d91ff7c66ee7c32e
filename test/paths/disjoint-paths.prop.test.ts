// disjointPaths against Menger's theorem on tiny random graphs: the chains are valid, share no
// intermediary, come shortest first, and their number equals the brute-force minimum vertex cut.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { disjointPaths, distance } from '../../src/index.js';
import {
  bruteDisjoint,
  bruteVertexCut,
  caseGraph,
  caseOptions,
  constrainedCase,
  naiveNeighbours,
} from './naive-paths.js';

describe('disjointPaths', () => {
  test.prop([constrainedCase(7, 18)])(
    'are valid, disjoint, shortest first, and as many as the minimum vertex cut',
    (c) => {
      const graph = caseGraph(c);
      const { maxLength, ...options } = caseOptions(c);
      for (const s of c.g.nodes) {
        for (const t of c.g.nodes) {
          const paths = disjointPaths(graph, s, t, options);
          if (s === t) {
            expect(paths).toEqual([[s]]);
            continue;
          }
          const adj = naiveNeighbours(c, [s, t]);
          const inner = new Set<string>();
          for (const p of paths) {
            expect(p[0]).toBe(s);
            expect(p[p.length - 1]).toBe(t);
            for (let i = 0; i + 1 < p.length; i++) expect(adj.get(p[i]!)).toContain(p[i + 1]);
            for (const v of p.slice(1, -1)) {
              expect(inner.has(v)).toBe(false);
              inner.add(v);
              expect(c.avoid).not.toContain(v);
            }
          }
          for (let i = 0; i + 1 < paths.length; i++) expect(paths[i]!.length).toBeLessThanOrEqual(paths[i + 1]!.length);
          const cut = bruteVertexCut(adj, s, t);
          expect(paths.length).toBe(cut);
          // Minimum total length among the largest disjoint sets (brute force over simple paths).
          const totals = bruteDisjoint(adj, s, t);
          expect(paths.length).toBe(totals.length - 1);
          expect(paths.reduce((a, p) => a + p.length - 1, 0)).toBe(totals[totals.length - 1]);
          // Every k (from the first node, to keep the suite fast): the least total length of k chains.
          for (let k = 1; k < totals.length && s === c.g.nodes[0]; k++) {
            expect(disjointPaths(graph, s, t, { ...options, k }).reduce((a, p) => a + p.length - 1, 0)).toBe(totals[k]);
          }
          // k = 1 is a shortest path; maxLength only drops the longer chains.
          const one = disjointPaths(graph, s, t, { ...options, k: 1 });
          expect(one.length).toBe(Math.min(1, cut));
          if (one.length) expect(one[0]!.length - 1).toBe(distance(graph, s, t, options));
          if (maxLength !== undefined)
            expect(disjointPaths(graph, s, t, { ...options, maxLength })).toEqual(
              paths.filter((p) => p.length - 1 <= maxLength),
            );
        }
      }
    },
  );

  test.prop([constrainedCase(8, 24), fc.integer({ min: 1, max: 4 })])(
    'k bounds the number of chains and keeps them disjoint',
    (c, k) => {
      const graph = caseGraph(c);
      const { maxLength: _ignored, ...options } = caseOptions(c);
      const [s, t] = [c.g.nodes[0]!, c.g.nodes[c.g.nodes.length - 1]!];
      const all = disjointPaths(graph, s, t, options);
      const some = disjointPaths(graph, s, t, { ...options, k });
      expect(some.length).toBe(s === t ? 1 : Math.min(k, all.length));
      const inner = some.flatMap((p) => p.slice(1, -1));
      expect(new Set(inner).size).toBe(inner.length);
    },
  );
});
