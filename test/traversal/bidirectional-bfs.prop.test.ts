// The bidirectional engine against a ten-line Map-free BFS oracle, over an index in ordinary arrays
// and over one built in a WebAssembly heap (where the engine's scratch sits beside the index,
// starts zeroed and is never filled): distances equal, within maxDistance, paths valid, and the
// scratch reset between queries (one engine answers every pair in turn).

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjacency, type Adjacency, createBidirectionalBfs, fromEdges } from '../../src/index.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';
import { idGraph } from '../arbitraries.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

// Hops from s along adj's forward arrays (-1: unreached).
function oracle(adj: Adjacency, s: number): number[] {
  const dist = new Array<number>(adj.order).fill(-1);
  const queue = [s];
  dist[s] = 0;
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i]!;
    for (let j = adj.offsets[u]!; j < adj.offsets[u + 1]!; j++) {
      const v = adj.targets[j]!;
      if (dist[v] === -1) {
        dist[v] = dist[u]! + 1;
        queue.push(v);
      }
    }
  }
  return dist;
}

function isEdge(adj: Adjacency, u: number, v: number): boolean {
  for (let j = adj.offsets[u]!; j < adj.offsets[u + 1]!; j++) if (adj.targets[j] === v) return true;
  return false;
}

describe('createBidirectionalBfs', () => {
  test.prop([idGraph(40, 4), modes, fc.constantFrom('js' as const, 'wasm' as const), fc.nat(6)])(
    'equals a one-sided BFS, with a valid path, in arrays and in a heap, within maxDistance',
    (g, mode, memory, cap) => {
      const csr = fromEdges(
        { sources: g.edges.map((e) => e[0]), targets: g.edges.map((e) => e[1]) },
        { nodes: g.n, directed: g.directed, memory },
      );
      expect(heapOf(csr.offsets) !== null).toBe(memory === 'wasm');
      const adj = adjacency(csr, mode);
      const engine = createBidirectionalBfs(adj);
      for (let s = 0; s < g.n; s++) {
        const dist = oracle(adj, s);
        for (let t = 0; t < g.n; t++) {
          const maxDistance = cap === 0 ? Infinity : cap;
          const { distance, path } = engine.query(s, t, maxDistance);
          const expected = dist[t]! > maxDistance ? -1 : dist[t]!;
          expect(distance).toBe(expected);
          if (expected < 0) {
            expect(path).toBeNull();
            continue;
          }
          expect(path!.length).toBe(expected + 1);
          expect([path![0], path![expected]]).toEqual([s, t]);
          for (let i = 0; i < expected; i++) expect(isEdge(adj, path![i]!, path![i + 1]!)).toBe(true);
        }
      }
    },
  );

  it('keeps its scratch beside an index built in a heap (16 bytes a node, no copy of the graph)', () => {
    const n = 1000;
    const sources = Array.from({ length: n }, (_, i) => i);
    const targets = Array.from({ length: n }, (_, i) => (i + 1) % n);
    const csr = fromEdges({ sources, targets }, { nodes: n, memory: 'wasm' });
    const heap = heapOf(csr.offsets)!;
    const before = heap.size;
    const engine = createBidirectionalBfs(adjacency(csr));
    expect(heap.size - before).toBeGreaterThanOrEqual(16 * n);
    expect(heap.size - before).toBeLessThan(16 * n + 256);
    // A cycle of 1000: the far side is 500 hops either way.
    expect(engine.query(0, 500).distance).toBe(500);
    expect(engine.query(1, 0).distance).toBe(1);
  });
});
