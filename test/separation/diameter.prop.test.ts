// diameter (iFUB / ExactSumSweep) and eccentricity against brute force: the Map-based BFS oracle from
// every node, on random directed, undirected, mixed and disconnected graphs, every mode; bounds
// from a BFS budget always bracket the truth. Real graphs: reference.json, with few BFS runs.
import { fc, test } from '@fast-check/vitest';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { diameter, diameterBounds, eccentricity, readEdgeList } from '../../src/node.js';
import { InvalidArgumentError, NodeNotFoundError } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';
import { DATASETS, SHARED, datasetPath, reference } from '../shared-data.js';
import { csrEccentricity } from './digraphs.js';
import { erdosRenyi, preferentialAttachment } from './graphs.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

describe('diameter and eccentricity equal brute force', () => {
  test.prop([randomGraph({ maxNodes: 30, maxEdges: 60 }), modes, fc.integer({ min: 0, max: 40 })])(
    'on random graphs',
    (g, mode, budget) => {
      const graph = toGraphology(g);
      const adj = naiveAdjacency(g, g.directed ? mode : 'outbound');
      let truth = 0;
      for (const u of g.nodes) {
        const d = naiveBfs(adj, u);
        const max = Math.max(...d.values());
        truth = Math.max(truth, max);
        const want = d.size === g.nodes.length ? max : Infinity;
        expect(eccentricity(graph, u, { mode })).toBe(want);
        expect(eccentricity(graph, undefined, { mode }).get(u)).toBe(want);
      }
      expect(diameter(graph, { mode })).toBe(truth);
      const b = diameterBounds(graph, { mode, maxBfs: budget });
      expect(b.lowerBound).toBeLessThanOrEqual(truth);
      expect(b.upperBound).toBeGreaterThanOrEqual(truth);
      if (b.exact) expect(b.value).toBe(truth);
    },
  );

  it('on larger generated graphs, with fewer BFS than nodes when undirected', () => {
    for (const g of [
      preferentialAttachment(1500, 2, 1),
      erdosRenyi(1500, 1600, 2),
      preferentialAttachment(400, 2, 3, true),
    ]) {
      const brute = Math.max(...Array.from({ length: g.order }, (_, v) => csrEccentricity(g, v)));
      const b = diameterBounds(g);
      expect(b).toMatchObject({ value: brute, lowerBound: brute, upperBound: brute, exact: true });
      if (!g.directed) expect(b.bfsCount).toBeLessThan(g.order / 4);
    }
  });
});

describe('eccentricity.assign and errors', () => {
  it('writes node attributes', () => {
    const g = new Graph({ type: 'undirected' });
    g.mergeEdge('a', 'b');
    g.mergeEdge('b', 'c');
    eccentricity.assign(g);
    expect(g.mapNodes((_, a) => a.eccentricity)).toEqual([2, 1, 2]);
    eccentricity.assign(g, { attribute: 'ecc' });
    expect(g.getNodeAttribute('b', 'ecc')).toBe(1);
  });

  it.each([
    ['missing node', () => eccentricity(new Graph(), 'x'), NodeNotFoundError, 'NODE_NOT_FOUND'],
    ['bad mode', () => diameter(new Graph(), { mode: 'sideways' as never }), InvalidArgumentError, 'INVALID_ARGUMENT'],
    ['bad budget', () => diameterBounds(new Graph(), { maxBfs: -2 }), InvalidArgumentError, 'INVALID_ARGUMENT'],
    ['assign on a Csr', () => eccentricity.assign({ kind: 'csr' } as never), InvalidArgumentError, 'INVALID_ARGUMENT'],
  ] as const)('%s', (_, call, cls, code) => {
    expect(call).toThrow(cls);
    expect(call).toThrow(expect.objectContaining({ code }));
  });
});

describe.skipIf(!SHARED)('diameter on reference datasets', () => {
  for (const { name, file } of DATASETS) {
    it(`${name}: diameter and source eccentricities match reference.json`, async () => {
      const ref = reference(name);
      const csr = await readEdgeList(datasetPath(name, file));
      const b = diameterBounds(csr);
      expect(b).toMatchObject({ value: ref.whole_graph.diameter_over_all_components, exact: true, method: 'ifub' });
      expect(b.bfsCount).toBeLessThan(csr.order / 4);
      for (const src of ref.sources) {
        expect(eccentricity(csr, src.node)).toBe(src.unreachable === 0 ? src.eccentricity : Infinity);
      }
    });
  }
});
