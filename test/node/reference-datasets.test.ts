// The five shared graphs load with readEdgeList and reproduce reference.json (igraph/networkx):
// node and edge counts of the undirected simple graph, and by-distance counts of listed sources.
import { describe, expect, it } from 'vitest';
import { readEdgeList, reachByDegree } from '../../src/node.js';
import { DATASETS, SHARED, datasetPath, reference } from '../shared-data.js';

describe.skipIf(!SHARED)('reference datasets (../shared/data)', () => {
  for (const { name, file } of DATASETS) {
    it(`${name}: counts and per-source distances match reference.json`, async () => {
      const ref = reference(name);
      const csr = await readEdgeList(datasetPath(name, file));
      expect(csr.order).toBe(ref.nodes);
      expect(csr.size).toBe(ref.edges);
      expect(csr.report.edges).toBe(ref.input.edge_lines);
      for (const src of ref.sources) {
        const r = reachByDegree(csr, src.node);
        const want = [
          1,
          ...Object.keys(src.by_distance)
            .sort((a, b) => +a - +b)
            .map((d) => src.by_distance[d]),
        ];
        expect(r.byDegree).toEqual(want);
        expect(r.unreachable).toBe(src.unreachable);
      }
    });
  }
});
