// On SNAP ego-Facebook (../shared/data): per-source reach matches reference.json (igraph/networkx),
// and two ten-person teams (the ego nodes; ten people spread over the graph) match an independent
// networkx computation stored in fixtures/ego-facebook-team.json (made by the .py beside it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupReach, readEdgeList, reachByDegree, type Csr } from '../../src/node.js';
import { SHARED, datasetPath, reference } from '../shared-data.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/ego-facebook-team.json', import.meta.url), 'utf8'));

describe.skipIf(!SHARED)('reach on ego-Facebook', () => {
  let csr: Csr;
  const load = async () => (csr ??= await readEdgeList(datasetPath('ego-Facebook', 'facebook_combined.txt')));

  it('per-source counts and LinkedIn buckets match reference.json', async () => {
    await load();
    const ref = reference('ego-Facebook');
    expect(ref.sources.length).toBeGreaterThan(0);
    for (const src of ref.sources) {
      const r = reachByDegree(csr, src.node);
      const want = [
        1,
        ...Object.keys(src.by_distance)
          .sort((a, b) => +a - +b)
          .map((d) => src.by_distance[d]),
      ];
      expect(r.byDegree).toEqual(want);
      expect([r.first, r.second, r.thirdPlus, r.outOfNetwork]).toEqual([
        src.at_distance_1,
        src.at_distance_2,
        src.at_distance_3 + src.at_distance_4_or_more,
        src.unreachable,
      ]);
      expect(r.byDegree.length - 1).toBe(src.eccentricity);
      const alone = groupReach(csr, [src.node], { overlaps: false });
      expect(alone.byDegree).toEqual(want);
      expect(alone.members.get(src.node)).toEqual({
        direct: src.at_distance_1,
        second: src.at_distance_2,
        uniqueDirect: src.at_distance_1,
        uniqueSecond: src.at_distance_2,
      });
      const within3 = reachByDegree(csr, src.node, { maxDegree: 3 });
      expect(within3.thirdPlus).toBe(src.at_distance_3);
      expect(within3.outOfNetwork).toBe(src.at_distance_4_or_more + src.unreachable);
    }
  });

  for (const name of Object.keys(fixture.teams)) {
    it(`team "${name}" matches networkx (by degree, per member, overlaps)`, async () => {
      await load();
      const want = fixture.teams[name];
      const r = groupReach(csr, want.team);
      expect(r.byDegree).toEqual(want.byDegree);
      expect(Object.fromEntries(r.members)).toEqual(want.members);
      expect(r.overlap.length).toBe(45);
      r.overlap.forEach((o, i) => {
        const w = want.overlap[i];
        expect([o.a, o.b, o.first.shared, o.second.shared]).toEqual([w.a, w.b, w.first.shared, w.second.shared]);
        expect(o.first.jaccard).toBeCloseTo(w.first.jaccard, 12);
        expect(o.second.jaccard).toBeCloseTo(w.second.jaccard, 12);
      });
    });
  }
});
