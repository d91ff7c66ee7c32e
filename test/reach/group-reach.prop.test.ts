// groupReach against naive per-member BFS and Set operations on random directed, undirected and
// mixed graphs (multi-edges, self-loops, isolated nodes, odd keys), for every mode and maxDegree.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { groupReach, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology, type RandomGraph } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';
import { jaccard, intersection, nearest, ring } from './naive-reach.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

/** A graph with a team drawn from its nodes (duplicates allowed). */
const graphAndTeam = randomGraph().chain((g) =>
  fc.tuple(fc.constant(g), fc.array(fc.constantFrom(...g.nodes), { minLength: 1, maxLength: 6 })),
);

function distinct(team: string[]): string[] {
  return [...new Set(team)];
}

describe('groupReach against per-member BFS and set operations', () => {
  test.prop([graphAndTeam, modes, fc.option(fc.nat({ max: 4 }), { nil: undefined })])(
    'byDegree counts each person once at the distance to the nearest member',
    ([g, team], mode, maxDegree) => {
      const adj = naiveAdjacency(g, mode);
      const members = distinct(team);
      const hist: number[] = [];
      for (const d of nearest(adj, members).values())
        if (maxDegree === undefined || d <= maxDegree) hist[d] = (hist[d] ?? 0) + 1;
      const r = groupReach(toGraphology(g), team, maxDegree === undefined ? { mode } : { mode, maxDegree });
      expect(r.byDegree).toEqual(Array.from(hist, (x) => x ?? 0));
      expect(r.byDegree[0]).toBe(members.length);
      const reached = hist.reduce((a, b) => a + b, 0) - members.length;
      expect(r.reached).toBe(reached);
      expect(r.first + r.second + r.thirdPlus + r.outOfNetwork).toBe(g.nodes.length - members.length);
      expect(r.outOfNetwork).toBe(g.nodes.length - members.length - reached);
      expect(r.cumulative[r.cumulative.length - 1]).toBe(reached + members.length);
      expect(r.reachCurve.map((p) => p.people)).toEqual(r.cumulative.map((c) => c - members.length));
    },
  );

  test.prop([graphAndTeam, modes])('per-member direct, second, uniqueDirect and uniqueSecond', ([g, team], mode) => {
    const adj = naiveAdjacency(g, mode);
    const members = distinct(team);
    const dists = new Map(members.map((m) => [m, naiveBfs(adj, m)]));
    const within = (m: string, v: string, d: number) => (dists.get(m)!.get(v) ?? Infinity) <= d;
    const r = groupReach(toGraphology(g), team, { mode, maxDegree: 1 });
    expect([...r.members.keys()]).toEqual(members);
    for (const m of members) {
      const first = ring(adj, m, 1);
      const second = ring(adj, m, 2);
      const others = members.filter((x) => x !== m);
      const uniqueDirect = [...first].filter((v) => others.every((o) => !within(o, v, 1))).length;
      const uniqueSecond = [...second].filter((v) => others.every((o) => !within(o, v, 2))).length;
      expect(r.members.get(m)).toEqual({ direct: first.size, second: second.size, uniqueDirect, uniqueSecond });
    }
  });

  test.prop([graphAndTeam, modes])(
    'overlap: shared counts and Jaccard of 1st- and 2nd-degree sets',
    ([g, team], mode) => {
      const adj = naiveAdjacency(g, mode);
      const members = distinct(team);
      const r = groupReach(toCsr(toGraphology(g)), team, { mode });
      const want = [];
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          const [a, b] = [members[i]!, members[j]!];
          const [a1, b1, a2, b2] = [ring(adj, a, 1), ring(adj, b, 1), ring(adj, a, 2), ring(adj, b, 2)];
          want.push({
            a,
            b,
            first: { shared: intersection(a1, b1), jaccard: jaccard(a1, b1) },
            second: { shared: intersection(a2, b2), jaccard: jaccard(a2, b2) },
          });
        }
      }
      expect(r.overlap).toEqual(want);
      expect(groupReach(toCsr(toGraphology(g)), team, { mode, overlaps: false }).overlap).toEqual([]);
    },
  );

  test.prop([randomGraph(), modes])('a one-member team reaches what reachByDegree says', (g: RandomGraph, mode) => {
    const adj = naiveAdjacency(g, mode);
    const s = g.nodes[g.nodes.length - 1]!;
    const hist: number[] = [];
    for (const d of naiveBfs(adj, s).values()) hist[d] = (hist[d] ?? 0) + 1;
    const r = groupReach(toGraphology(g), [s], { mode });
    expect(r.byDegree).toEqual(hist);
    expect(r.members.get(s)!.uniqueDirect).toBe(r.members.get(s)!.direct);
    expect(r.members.get(s)!.uniqueSecond).toBe(r.members.get(s)!.second);
  });
});
