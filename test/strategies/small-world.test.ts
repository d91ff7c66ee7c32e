import { test } from '@fast-check/vitest';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  barabasiAlbert,
  clustering,
  erdosRenyi,
  InvalidArgumentError,
  smallWorld,
  toCsr,
  wattsStrogatz,
} from '../../src/index.js';
import { readEdgeList } from '../../src/node.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';
import { DATASETS, SHARED, datasetPath, reference } from '../shared-data.js';

/** Average local clustering and transitivity of the undirected simple view, by brute force. */
function naiveClustering(adj: Map<string, string[]>): { average: number; transitivity: number; triangles: number } {
  const sets = new Map([...adj].map(([k, vs]) => [k, new Set(vs.filter((v) => v !== k))]));
  let sum = 0;
  let closed = 0;
  let triples = 0;
  for (const s of sets.values()) {
    const list = [...s];
    const d = list.length;
    if (d < 2) continue;
    let links = 0;
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) if (sets.get(list[i]!)!.has(list[j]!)) links++;
    sum += links / ((d * (d - 1)) / 2);
    closed += links;
    triples += (d * (d - 1)) / 2;
  }
  return {
    average: sets.size === 0 ? 0 : sum / sets.size,
    transitivity: triples === 0 ? 0 : closed / triples,
    triangles: closed / 3,
  };
}

describe('clustering', () => {
  test.prop([randomGraph({ maxNodes: 14, maxEdges: 60 })])(
    'matches a brute-force count on any graph, direction ignored',
    (g) => {
      const got = clustering(toGraphology(g));
      const want = naiveClustering(naiveAdjacency(g, 'all'));
      expect(got.triangles).toBe(want.triangles);
      expect(got.average).toBeCloseTo(want.average, 12);
      expect(got.transitivity).toBeCloseTo(want.transitivity, 12);
    },
  );

  it('gives 1 on a triangle and 0 on the empty graph', () => {
    // a — b — c — a
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    g.mergeEdge('c', 'a');
    expect(clustering(g)).toEqual({ average: 1, transitivity: 1, triangles: 1 });
    expect(clustering(new Graph())).toEqual({ average: 0, transitivity: 0, triangles: 0 });
  });
});

describe.skipIf(!SHARED)('clustering and mean distance on the reference datasets (networkx)', () => {
  for (const { name, file } of DATASETS) {
    it(`${name}: average clustering and transitivity`, async () => {
      const ref = reference(name);
      const c = clustering(await readEdgeList(datasetPath(name, file)));
      expect(c.average).toBeCloseTo(ref.clustering.average_clustering_zero_for_degree_lt_2, 10);
      expect(c.transitivity).toBeCloseTo(ref.clustering.transitivity_global, 10);
    });
  }
  it('karate and email-Eu-core: exact mean distance over connected pairs', async () => {
    for (const { name, file } of DATASETS.filter((d) => d.name === 'karate' || d.name === 'email-Eu-core')) {
      const r = smallWorld(await readEdgeList(datasetPath(name, file)), { references: 1 });
      expect(r.exactDistances).toBe(true);
      expect(r.meanDistance).toBeCloseTo(
        reference(name).whole_graph.average_shortest_path_length_over_connected_pairs,
        10,
      );
    }
  });
  it('ca-GrQc: the sampled mean distance is within 3% of the exact one', async () => {
    const csr = await readEdgeList(datasetPath('ca-GrQc', 'CA-GrQc.txt'));
    const r = smallWorld(csr, { references: 1, samples: 300 });
    expect(r.exactDistances).toBe(false);
    expect(r.sources).toBe(300);
    expect(
      Math.abs(r.meanDistance / reference('ca-GrQc').whole_graph.average_shortest_path_length_over_connected_pairs - 1),
    ).toBeLessThan(0.03);
  });
});

describe('smallWorld', () => {
  const ws = (p: number) => wattsStrogatz({ people: 600, neighbours: 10, rewiring: p, seed: 1, output: 'csr' });

  it('sees the small world of Watts–Strogatz at p = 0.05: σ ≫ 1, ω near 0', () => {
    const r = smallWorld(ws(0.05), { references: 2 });
    expect(r.people).toBe(600);
    expect(r.edges).toBe(3000);
    expect(r.lattice).toEqual({ neighbours: 10, clustering: expect.closeTo(2 / 3, 10) });
    expect(r.sigma!).toBeGreaterThan(5);
    expect(Math.abs(r.omega!)).toBeLessThan(0.35);
  });

  it('sees a lattice at p = 0 (ω ≈ −1) and a random graph at p = 1 (σ ≈ 1, ω ≈ 1)', () => {
    const lattice = smallWorld(ws(0), { references: 2 });
    expect(lattice.omega!).toBeLessThan(-0.85);
    const random = smallWorld(ws(1), { references: 2 });
    expect(Math.abs(random.sigma! - 1)).toBeLessThan(0.35);
    expect(random.omega!).toBeGreaterThan(0.85);
  });

  it('measures the graph itself exactly as an independent BFS and brute force do', () => {
    const g = erdosRenyi({ people: 120, edges: 400, seed: 9 });
    const r = smallWorld(g, { references: 1 });
    const adj = new Map<string, string[]>(g.nodes().map((k) => [k, []]));
    g.forEachEdge((_e, _a, s, t) => (adj.get(s)!.push(t), adj.get(t)!.push(s)));
    let hops = 0;
    let pairs = 0;
    for (const k of adj.keys()) for (const d of naiveBfs(adj, k).values()) if (d > 0) (hops += d), pairs++;
    expect(r.meanDistance).toBeCloseTo(hops / pairs, 12);
    expect(r.clustering).toBeCloseTo(naiveClustering(adj).average, 12);
    expect(r.sigma).toBeCloseTo(r.clustering / r.random.clustering / (r.meanDistance / r.random.meanDistance), 12);
    expect(r.omega).toBeCloseTo(r.random.meanDistance / r.meanDistance - r.clustering / r.lattice.clustering, 12);
  });

  it('repeats for a seed, accepts a graph or its Csr, and samples large graphs', () => {
    const g = barabasiAlbert({ people: 3000, attach: 3, seed: 2 });
    const a = smallWorld(g, { exactLimit: 1000, samples: 50 });
    expect(a.exactDistances).toBe(false);
    expect(a.sources).toBe(50);
    expect(smallWorld(toCsr(g), { exactLimit: 1000, samples: 50 })).toEqual(a);
    expect(smallWorld(g, { exactLimit: 1000, samples: 50, seed: 3 })).not.toEqual(a);
  });

  it('returns null σ and ω where they are undefined', () => {
    // a — b — c: C = Cr = 0 (σ undefined); its ring lattice is a triangle and G(3, 2) is always a path (ω = 1)
    const path3 = new Graph({ type: 'undirected' });
    path3.mergeEdge('a', 'b');
    path3.mergeEdge('b', 'c');
    const r3 = smallWorld(path3);
    expect(r3.clustering).toBe(0);
    expect(r3.sigma).toBeNull();
    expect(r3.omega).toBe(1);
    // a — b — c — d: the ring lattice of degree 2 on 4 people has no triangle, so C/Cl is undefined
    path3.mergeEdge('c', 'd');
    const r4 = smallWorld(path3);
    expect(r4.lattice.clustering).toBe(0);
    expect(r4.omega).toBeNull();
  });

  it.each([
    ['samples', { samples: 0 }],
    ['references', { references: 0 }],
    ['exactLimit', { exactLimit: -1 }],
  ])('rejects a bad %s', (argument, options) => {
    expect(() => smallWorld(ws(0.1), options)).toThrow(InvalidArgumentError);
    expect(() => smallWorld(ws(0.1), options)).toThrow(new RegExp(`^handshakes/smallWorld: Expected \`${argument}\``));
  });

  it('stops on abort', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => smallWorld(ws(0.1), { signal: controller.signal })).toThrow(
      expect.objectContaining({ code: 'ABORTED' }),
    );
  });
});
