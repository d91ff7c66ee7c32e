import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  distancesFrom,
  fromEdges,
  InvalidArgumentError,
  NodeNotFoundError,
  reachByDegree,
  shortestPath,
  toCsr,
  type Csr,
} from '../../src/index.js';

function checkInvariants(csr: Csr): void {
  for (const [offsets, targets] of [
    [csr.offsets, csr.targets],
    [csr.inOffsets, csr.inTargets],
  ] as const) {
    expect(offsets.length).toBe(csr.order + 1);
    expect(offsets[0]).toBe(0);
    expect(offsets[csr.order]).toBe(targets.length);
    for (const v of targets) expect(v).toBeLessThan(csr.order);
  }
}

describe('csr', () => {
  it('keeps Object.prototype names and the empty string as ordinary keys', () => {
    //  constructor — __proto__ — '' — toString
    const g = new Graph({ multi: true }); // a simple graph's edge-exists check trips on these keys (graphology 0.26)
    for (const k of ['constructor', '__proto__', '', 'toString']) g.addNode(k);
    g.addEdge('constructor', '__proto__');
    g.addEdge('__proto__', '');
    g.addEdge('', 'toString');
    const csr = toCsr(g);
    checkInvariants(csr);
    expect(shortestPath(g, 'constructor', 'toString')).toEqual(['constructor', '__proto__', '', 'toString']);
    expect(distancesFrom(g, '__proto__').get('toString')).toBe(2);
    expect(() => distancesFrom(g, 'hasOwnProperty')).toThrow(NodeNotFoundError);
  });

  it('drops self-loops and parallel edges and counts them', () => {
    // 0 = 1 (twice), 1 — 2, 2 ⟲
    const csr = fromEdges({ sources: [0, 0, 1, 2, 1], targets: [1, 1, 2, 2, 0] });
    checkInvariants(csr);
    expect(csr.size).toBe(2);
    expect(csr.dropped).toEqual({ selfLoops: 1, duplicates: 2 });
  });

  it('is cached per graph and dropped when the graph changes', () => {
    const g = new Graph();
    g.mergeEdge('a', 'b');
    const first = toCsr(g);
    expect(toCsr(g)).toBe(first);
    g.mergeEdge('b', 'c');
    const second = toCsr(g);
    expect(second).not.toBe(first);
    expect(reachByDegree(g, 'a').byDegree).toEqual([1, 1, 1]);
  });

  it('builds in- and out-adjacency for directed and mixed graphs', () => {
    // a → b → c, c — d (undirected)
    const g = new Graph({ type: 'mixed' });
    g.mergeDirectedEdge('a', 'b');
    g.mergeDirectedEdge('b', 'c');
    g.mergeUndirectedEdge('c', 'd');
    const csr = toCsr(g);
    checkInvariants(csr);
    expect(distancesFrom(g, 'a').get('d')).toBe(3);
    expect(distancesFrom(g, 'd', { mode: 'inbound' }).get('a')).toBe(3);
    expect(distancesFrom(g, 'd').has('a')).toBe(false);
  });

  it.each([
    [
      'maxDistance',
      () => distancesFrom(fromEdges({ sources: [0], targets: [1] }), '0', { maxDistance: -1 }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'mode',
      () => distancesFrom(fromEdges({ sources: [0], targets: [1] }), '0', { mode: 'up' as never }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'unknown source',
      () => distancesFrom(fromEdges({ sources: [0], targets: [1] }), '7'),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
    ],
    [
      'non-canonical integer key',
      () => distancesFrom(fromEdges({ sources: [0], targets: [1] }), '01'),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
    ],
    [
      'ids out of range',
      () => fromEdges({ sources: [0], targets: [5] }, { nodes: 2 }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    ['not a graph', () => distancesFrom({} as never, 'a'), InvalidArgumentError, 'INVALID_ARGUMENT'],
  ])('rejects %s', (_name, run, cls, code) => {
    expect(run).toThrow(cls);
    try {
      run();
    } catch (error) {
      expect((error as { code: string }).code).toBe(code);
      expect((error as Error).message).toMatch(/^handshakes\//);
    }
  });
});
