// reachByDegree's LinkedIn buckets and reach curve against a naive BFS, with and without maxDegree.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { reachByDegree, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

describe('reachByDegree buckets and reach curve', () => {
  test.prop([randomGraph(), modes, fc.option(fc.nat({ max: 4 }), { nil: undefined })])(
    'match the oracle',
    (g, mode, maxDegree) => {
      const graph = toGraphology(g);
      const adj = naiveAdjacency(g, mode);
      const csr = toCsr(graph);
      for (const s of g.nodes) {
        const dists = [...naiveBfs(adj, s).values()].filter((d) => maxDegree === undefined || d <= maxDegree);
        const count = (p: (d: number) => boolean) => dists.filter(p).length;
        const r = reachByDegree(csr, s, maxDegree === undefined ? { mode } : { mode, maxDegree });
        expect(r.first).toBe(count((d) => d === 1));
        expect(r.second).toBe(count((d) => d === 2));
        expect(r.thirdPlus).toBe(count((d) => d >= 3));
        expect(r.outOfNetwork).toBe(g.nodes.length - dists.length);
        expect(r.first + r.second + r.thirdPlus + r.outOfNetwork).toBe(g.nodes.length - 1);
        expect(r.byDegree.length - 1).toBe(Math.max(...dists));
        r.reachCurve.forEach((p, d) => {
          expect(p.degree).toBe(d);
          expect(p.people).toBe(count((x) => x >= 1 && x <= d));
          expect(p.share).toBe(g.nodes.length > 1 ? p.people / (g.nodes.length - 1) : 0);
        });
      }
    },
  );
});
