// Path counts on real graphs against networkx (test/fixtures/path-counts.json, written by
// test/fixtures/path-counts.py): distance, number of shortest paths and number of node-disjoint
// paths between fixed pairs of ca-GrQc and ego-Facebook. Skipped when ../shared is absent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allShortestPaths, connection, countShortestPaths, disjointPaths, distance } from '../../src/index.js';
import { readEdgeList } from '../../src/node.js';
import { SHARED, datasetPath } from '../shared-data.js';

interface Pair {
  source: string;
  target: string;
  distance: number | null;
  count: string;
  disjoint: number;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/path-counts.json', import.meta.url), 'utf8')) as {
  graphs: Record<string, { file: string; nodes: number; edges: number; pairs: Pair[] }>;
};

describe.skipIf(!SHARED)('path counts against networkx on the shared graphs', () => {
  for (const [name, data] of Object.entries(fixture.graphs)) {
    it(`${name}: ${data.pairs.length} fixed pairs`, async () => {
      const csr = await readEdgeList(datasetPath(name, data.file));
      expect([csr.order, csr.size]).toEqual([data.nodes, data.edges]);
      for (const p of data.pairs) {
        const count = countShortestPaths(csr, p.source, p.target);
        expect({ pair: p, count: String(count), distance: distance(csr, p.source, p.target) }).toEqual({
          pair: p,
          count: p.count,
          distance: p.distance ?? Infinity,
        });
        expect(disjointPaths(csr, p.source, p.target).length).toBe(p.disjoint);
        const c = connection(csr, p.source, p.target, { pathLimit: 3 });
        expect(c.pathCount).toBe(count);
        expect(c.degree).toBe(p.distance);
        if (count < 10_000n) expect(BigInt([...allShortestPaths(csr, p.source, p.target)].length)).toBe(count);
      }
    });
  }
});
