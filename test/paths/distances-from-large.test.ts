// distancesFrom returns a Map, and a V8 Map holds at most 2²⁴ entries: from a person who reaches
// more, it says so (UnsupportedGraphError, pointing at createBfs) instead of V8's bare RangeError
// after filling 16.7 million entries. A star of 2²⁴ + 1 people, built straight as an index:
//
//   1   2   3  …  2²⁴
//    \  |  /      /
//        0 ───────
import { describe, expect, it } from 'vitest';
import { adjacency, createBfs, distancesFrom, fromEdges, UnsupportedGraphError } from '../../src/index.js';

describe('distancesFrom past a Map', () => {
  it('throws UnsupportedGraphError when more than 2²⁴ people are reached; createBfs still answers', () => {
    const leaves = 2 ** 24;
    const sources = new Int32Array(leaves);
    const targets = Int32Array.from({ length: leaves }, (_, i) => i + 1);
    const csr = fromEdges({ sources, targets }, { nodes: leaves + 1, directed: false });
    let error: unknown;
    try {
      distancesFrom(csr, '0');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedGraphError);
    expect((error as UnsupportedGraphError).code).toBe('UNSUPPORTED_GRAPH');
    expect((error as Error).message).toMatch(/16777217 people are reachable.*createBfs/);
    expect(distancesFrom(csr, '0', { maxDistance: 0 })).toEqual(new Map([['0', 0]]));
    const bfs = createBfs(adjacency(csr));
    bfs.run(0);
    expect(bfs.count).toBe(leaves + 1);
    expect(bfs.dist[leaves]).toBe(1);
  }, 120_000);
});
