// introducers against a naive oracle: for each of my contacts, BFS (without me and the avoided)
// gives their distance to the target and a brute-force enumeration their number of shortest chains.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { countShortestPaths, introducers } from '../../src/index.js';
import { bfs, bruteShortestPaths, caseGraph, caseOptions, constrainedCase, naiveNeighbours } from './naive-paths.js';

describe('introducers', () => {
  test.prop([constrainedCase(8, 20), fc.option(fc.nat({ max: 4 }), { nil: undefined })])(
    'rank my contacts by distance, then chains, then node order',
    (c, limit) => {
      const graph = caseGraph(c);
      const options = caseOptions(c);
      const rank = new Map(c.g.nodes.map((k, i) => [k, i]));
      for (const me of c.g.nodes.slice(0, 4)) {
        for (const target of c.g.nodes) {
          const got = introducers(graph, me, target, limit === undefined ? options : { ...options, limit });
          if (me === target) {
            expect(got).toEqual([]);
            continue;
          }
          // Chains from a contact never pass through me: block me as if avoided.
          const withoutMe = { ...c, avoid: [...c.avoid, me] };
          const contacts = naiveNeighbours(c, [me, target])
            .get(me)!
            .filter((k) => k !== target);
          const want = contacts
            .map((k) => {
              const adj = naiveNeighbours(withoutMe, [k, target]);
              const d = bfs(adj, k).get(target);
              const bound = (c.maxLength ?? Infinity) - 1;
              if (d === undefined || d > bound) return null;
              return { contact: k, distance: d, paths: BigInt(bruteShortestPaths(adj, k, target).length) };
            })
            .filter((x) => x !== null)
            .sort(
              (x, y) =>
                x.distance - y.distance ||
                (x.paths === y.paths ? 0 : x.paths > y.paths ? -1 : 1) ||
                rank.get(x.contact)! - rank.get(y.contact)!,
            );
          expect(got).toEqual(want.slice(0, limit ?? Infinity));
          // A contact on a shortest chain of mine carries exactly my chains through them.
          const total = countShortestPaths(graph, me, target, options);
          const best = want[0]?.distance ?? Infinity;
          const through = want.filter((x) => x.distance === best).reduce((a, x) => a + x.paths, 0n);
          const direct = naiveNeighbours(c, [me, target]).get(me)!.includes(target);
          if (!direct && limit === undefined) expect(through).toBe(total);
        }
      }
    },
  );
});
