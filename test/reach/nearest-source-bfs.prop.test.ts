// The multi-source BFS kernel against a min over naive BFSs: distances, exact owners up to
// ownerDistance (beyond it bottom-up steps may run), level ends, and reuse of one engine.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { UNREACHED, adjacency, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';
import { SHARED_OWNER, createNearestSourceBfs } from '../../src/traversal/nearest-source-bfs.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);
const graphAndSources = randomGraph().chain((g) =>
  fc.tuple(fc.constant(g), fc.uniqueArray(fc.constantFrom(...g.nodes), { minLength: 1, maxLength: 5 })),
);
const distanceOption = fc.option(fc.nat({ max: 4 }), { nil: undefined });

describe('createNearestSourceBfs against naive BFS', () => {
  test.prop([graphAndSources, modes, distanceOption, distanceOption, graphAndSources])(
    'dist, owners, levelEnds',
    ([g, sources], mode, maxDistance, ownerDistance, [, other]) => {
      const csr = toCsr(toGraphology(g));
      const adj = naiveAdjacency(g, mode);
      const engine = createNearestSourceBfs(adjacency(csr, mode));
      // A first run with other sources checks that the engine resets what it touched.
      engine.run(
        other.filter((k) => csr.keys.id(k) >= 0).map((k) => csr.keys.id(k)),
        { maxDistance: 4 },
      );
      const ids = sources.map((k) => csr.keys.id(k));
      engine.run(ids, {
        ...(maxDistance === undefined ? {} : { maxDistance }),
        ...(ownerDistance === undefined ? {} : { ownerDistance }),
      });
      const per = sources.map((s) => naiveBfs(adj, s));
      let visited = 0;
      for (const key of g.nodes) {
        const ds = per.map((m) => m.get(key) ?? Infinity);
        const d = Math.min(...ds);
        const v = csr.keys.id(key);
        if (d === Infinity || (maxDistance !== undefined && d > maxDistance)) {
          expect(engine.dist[v]).toBe(UNREACHED);
          continue;
        }
        visited++;
        expect(engine.dist[v]).toBe(d);
        const nearest = ds.flatMap((x, i) => (x === d ? [i] : []));
        if (ownerDistance === undefined || d <= ownerDistance)
          expect(engine.owner[v]).toBe(nearest.length === 1 ? nearest[0] : SHARED_OWNER);
        else expect(engine.owner[v]).toBe(UNREACHED);
      }
      expect(engine.count).toBe(visited);
      const levels = engine.levelEnds;
      for (let i = 0; i < engine.count; i++) {
        const d = engine.dist[engine.queue[i]!]!;
        expect(i).toBeLessThan(levels[d]!);
        if (d > 0) expect(i).toBeGreaterThanOrEqual(levels[d - 1]!);
      }
    },
  );
});
