// Property tests of the pair queries under random constraints, against the oracles of
// naive-paths.ts: validity and minimality of every path, exact counts equal to a brute-force
// enumeration, avoid / edgeFilter / maxLength honoured, connection consistent with the rest.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  allShortestPaths,
  connection,
  countShortestPaths,
  distance,
  distancesFrom,
  shortestPath,
  toCsr,
} from '../../src/index.js';
import {
  bfs,
  bruteShortestPaths,
  caseGraph,
  caseOptions,
  constrainedCase,
  naiveNeighbours,
  type Case,
} from './naive-paths.js';

function expectValid(path: string[], adj: Map<string, string[]>, s: string, t: string, c: Case): void {
  expect(path[0]).toBe(s);
  expect(path[path.length - 1]).toBe(t);
  expect(new Set(path).size).toBe(path.length);
  for (let i = 0; i + 1 < path.length; i++) expect(adj.get(path[i]!)).toContain(path[i + 1]);
  for (const inner of path.slice(1, -1)) expect(c.avoid).not.toContain(inner);
}

function wanted(c: Case, s: string, t: string): number | undefined {
  const d = bfs(naiveNeighbours(c, [s, t]), s).get(t);
  return d !== undefined && d <= (c.maxLength ?? Infinity) ? d : undefined;
}

describe('pair queries under constraints', () => {
  test.prop([constrainedCase()])(
    'distance, shortestPath, allShortestPaths and countShortestPaths agree with the oracle',
    (c) => {
      const graph = caseGraph(c);
      const options = caseOptions(c);
      for (const s of c.g.nodes) {
        for (const t of c.g.nodes) {
          const adj = naiveNeighbours(c, [s, t]);
          const d = wanted(c, s, t);
          expect(distance(graph, s, t, options)).toBe(d ?? Infinity);
          const one = shortestPath(graph, s, t, options);
          const all = [...allShortestPaths(graph, s, t, options)];
          const count = countShortestPaths(graph, s, t, options);
          if (d === undefined) {
            expect(one).toBeNull();
            expect(all).toEqual([]);
            expect(count).toBe(0n);
            continue;
          }
          expect(one!.length - 1).toBe(d);
          expectValid(one!, adj, s, t, c);
          expect(BigInt(all.length)).toBe(count);
          expect(new Set(all.map((p) => JSON.stringify(p))).size).toBe(all.length);
          for (const p of all) {
            expect(p.length - 1).toBe(d);
            expectValid(p, adj, s, t, c);
          }
          expect(one).toEqual(all[0]);
        }
      }
    },
  );

  test.prop([constrainedCase(7, 16)])(
    'allShortestPaths equals a brute-force enumeration of simple paths, in node order',
    (c) => {
      const graph = caseGraph(c);
      const options = caseOptions(c);
      const rank = new Map(c.g.nodes.map((k, i) => [k, i]));
      const byNodeOrder = (a: string[], b: string[]): number => {
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return rank.get(a[i]!)! - rank.get(b[i]!)!;
        return 0;
      };
      for (const s of c.g.nodes) {
        for (const t of c.g.nodes) {
          const brute = bruteShortestPaths(naiveNeighbours(c, [s, t]), s, t, c.maxLength).sort(byNodeOrder);
          expect([...allShortestPaths(graph, s, t, options)]).toEqual(brute);
        }
      }
    },
  );

  test.prop([constrainedCase(), fc.nat({ max: 4 })])(
    'limit yields a prefix; a generator keeps its own state between queries',
    (c, limit) => {
      const graph = caseGraph(c);
      const options = caseOptions(c);
      const [s, t] = [c.g.nodes[0]!, c.g.nodes[c.g.nodes.length - 1]!];
      const all = [...allShortestPaths(graph, s, t, options)];
      const it = allShortestPaths(graph, s, t, { ...options, limit });
      const first = it.next();
      for (const u of c.g.nodes) countShortestPaths(graph, t, u, options); // other searches in between
      const rest = first.done ? [] : [first.value, ...it];
      expect(rest).toEqual(all.slice(0, limit));
    },
  );

  test.prop([constrainedCase(), fc.nat({ max: 3 })])(
    'connection is consistent with the other queries',
    (c, pathLimit) => {
      const graph = caseGraph(c);
      const options = caseOptions(c);
      for (const me of c.g.nodes.slice(0, 4)) {
        for (const target of c.g.nodes) {
          const r = connection(graph, me, target, { ...options, pathLimit });
          const d = wanted(c, me, target);
          expect(r.degree).toBe(d ?? null);
          expect(r.label).toBe(d === undefined || d === 0 ? null : d === 1 ? '1st' : d === 2 ? '2nd' : '3rd+');
          expect(r.pathCount).toBe(countShortestPaths(graph, me, target, options));
          expect(r.paths).toEqual([...allShortestPaths(graph, me, target, { ...options, limit: pathLimit })]);
          if (d === 2) {
            const adj = naiveNeighbours(c, [me, target]);
            const mutual = c.g.nodes.filter(
              (k) => k !== me && k !== target && adj.get(me)!.includes(k) && adj.get(k)!.includes(target),
            );
            expect(r.mutualConnections).toEqual(mutual);
          } else expect(r.mutualConnections).toEqual([]);
        }
      }
    },
  );

  test.prop([constrainedCase()])(
    'distancesFrom honours avoid and edgeFilter, and a Csr gives the same answers',
    (c) => {
      const graph = caseGraph(c);
      const options = caseOptions(c);
      const { maxLength, ...rest } = options;
      for (const s of c.g.nodes) {
        const want = bfs(naiveNeighbours(c, [s]), s);
        const got = distancesFrom(graph, s, {
          ...rest,
          ...(maxLength === undefined ? {} : { maxDistance: maxLength }),
        });
        expect(new Map([...got].sort())).toEqual(
          new Map([...want].filter(([, d]) => d <= (maxLength ?? Infinity)).sort()),
        );
      }
      if (!c.useFilter) {
        const csr = toCsr(graph);
        const [s, t] = [c.g.nodes[0]!, c.g.nodes[c.g.nodes.length - 1]!];
        expect(connection(csr, s, t, options)).toEqual(connection(graph, s, t, options));
      }
    },
  );
});
