// Unit tests of the path queries on small drawn fixtures: the behaviour contract (from = to,
// unreachable, directions), the Suurballe trap, exact counts beyond 2^53, Object.prototype keys,
// and the error table (class and code).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  allShortestPaths,
  connection,
  countShortestPaths,
  disjointPaths,
  distance,
  distancesFrom,
  fromEdges,
  type HandshakesError,
  InvalidArgumentError,
  introducers,
  NodeNotFoundError,
  shortestPath,
  toCsr,
  UnsupportedGraphError,
  weightedPath,
} from '../../src/index.js';
import { keyTable } from '../../src/csr/node-keys.js';

function undirected(edges: [string, string, Record<string, unknown>?][]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [a, b, attr] of edges) g.mergeEdge(a, b, attr ?? {});
  return g;
}

//   bob ─── cy
//   │        │        ada ─ bob, ada ─ dee, ada ─ fay
//  ada ─── dee ─ eve  bob ─ cy, dee ─ cy, dee ─ eve, eve ─ cy
//   │               \ fay ─ gus ─ cy
//  fay ─── gus ─── cy
const team = (): Graph =>
  undirected([
    ['ada', 'bob', { known: true, cost: 2 }],
    ['ada', 'dee', { known: false, cost: 1 }],
    ['ada', 'fay', { known: true, cost: 1 }],
    ['bob', 'cy', { known: false, cost: 2 }],
    ['dee', 'cy', { known: true, cost: 5 }],
    ['dee', 'eve', { known: true, cost: 1 }],
    ['eve', 'cy', { known: true, cost: 1 }],
    ['fay', 'gus', { known: true, cost: 1 }],
    ['gus', 'cy', { known: true, cost: 1 }],
  ]);

describe('connection on the team fixture', () => {
  it('answers like LinkedIn: 2nd degree, mutual connections, chains and their count', () => {
    expect(connection(team(), 'ada', 'cy')).toEqual({
      me: 'ada',
      target: 'cy',
      degree: 2,
      label: '2nd',
      mutualConnections: ['bob', 'dee'],
      paths: [
        ['ada', 'bob', 'cy'],
        ['ada', 'dee', 'cy'],
      ],
      pathCount: 2n,
    });
  });
  it('gives degree 0 and the one-node chain for yourself, null when unreachable', () => {
    const g = team();
    g.addNode('zoe');
    expect(connection(g, 'ada', 'ada')).toMatchObject({ degree: 0, label: null, paths: [['ada']], pathCount: 1n });
    expect(connection(g, 'ada', 'zoe')).toEqual({
      me: 'ada',
      target: 'zoe',
      degree: null,
      label: null,
      mutualConnections: [],
      paths: [],
      pathCount: 0n,
    });
    expect(connection(g, 'ada', 'bob').label).toBe('1st');
    expect(connection(g, 'ada', 'cy', { avoid: ['bob', 'dee'] })).toMatchObject({
      degree: 3,
      label: '3rd+',
      mutualConnections: [],
      pathCount: 1n,
    });
  });
  it('honours the private-club view (edgeFilter) and maxLength', () => {
    const known = (_e: string, a: Record<string, unknown>): boolean => a.known === true;
    expect(shortestPath(team(), 'ada', 'cy', { edgeFilter: known })).toEqual(['ada', 'fay', 'gus', 'cy']);
    expect(countShortestPaths(team(), 'ada', 'cy', { edgeFilter: known, maxLength: 2 })).toBe(0n);
    expect(distance(team(), 'ada', 'cy', { maxLength: 1 })).toBe(Infinity);
  });
});

describe('introducers on the team fixture', () => {
  it('ranks my contacts by distance to the target, then chains, then node order', () => {
    expect(introducers(team(), 'ada', 'cy')).toEqual([
      { contact: 'bob', distance: 1, paths: 1n },
      { contact: 'dee', distance: 1, paths: 1n },
      { contact: 'fay', distance: 2, paths: 1n },
    ]);
    expect(introducers(team(), 'ada', 'cy', { limit: 1 })).toEqual([{ contact: 'bob', distance: 1, paths: 1n }]);
    expect(introducers(team(), 'ada', 'cy', { avoid: ['bob'], maxLength: 2 })).toEqual([
      { contact: 'dee', distance: 1, paths: 1n },
    ]);
    expect(introducers(team(), 'ada', 'ada')).toEqual([]);
  });
});

describe('disjointPaths', () => {
  // The Suurballe trap: the shortest chain s-a-b-t blocks the best pair s-a-d-t + s-c-b-t
  // (total 6); a greedy second chain would take the fresh s-x-y-z-t (total 7).
  //   s ─ a ─ b ─ t      s ─ c ─ b,  a ─ d ─ t,  s ─ x ─ y ─ z ─ t
  const trap = (): Graph =>
    undirected([
      ['s', 'a'],
      ['a', 'b'],
      ['b', 't'],
      ['s', 'c'],
      ['c', 'b'],
      ['a', 'd'],
      ['d', 't'],
      ['s', 'x'],
      ['x', 'y'],
      ['y', 'z'],
      ['z', 't'],
    ]);
  it('reroutes around the trap: minimum total length for k = 2', () => {
    expect(disjointPaths(trap(), 's', 't', { k: 2 })).toEqual([
      ['s', 'a', 'd', 't'],
      ['s', 'c', 'b', 't'],
    ]);
    expect(disjointPaths(trap(), 's', 't', { k: 1 })).toEqual([['s', 'a', 'b', 't']]);
    expect(disjointPaths(trap(), 's', 't')).toHaveLength(3);
    expect(disjointPaths(trap(), 's', 't', { maxLength: 3 })).toHaveLength(2);
  });
  it('reports progress after each chain and stops on an aborted signal, staying reusable', () => {
    const g = trap();
    const seen: number[] = [];
    expect(disjointPaths(g, 's', 't', { onProgress: (p) => seen.push(p.done) })).toHaveLength(3);
    expect(seen).toEqual([1, 2, 3]);
    const controller = new AbortController();
    const abortAfterOne = (): void => controller.abort();
    expect(() => disjointPaths(g, 's', 't', { signal: controller.signal, onProgress: abortAfterOne })).toThrow(
      AbortError,
    );
    expect(() => disjointPaths(g, 's', 't', { signal: controller.signal })).toThrow(
      'handshakes/disjointPaths: the operation was aborted.',
    );
    expect(disjointPaths(g, 's', 't', { k: 2 })).toEqual([
      ['s', 'a', 'd', 't'],
      ['s', 'c', 'b', 't'],
    ]);
  });
  it('counts a direct edge as one chain; from = to is one one-node chain', () => {
    expect(disjointPaths(team(), 'ada', 'bob')).toEqual([
      ['ada', 'bob'],
      ['ada', 'dee', 'cy', 'bob'],
    ]);
    expect(disjointPaths(team(), 'cy', 'cy')).toEqual([['cy']]);
    expect(disjointPaths(team(), 'ada', 'cy', { k: 0 })).toEqual([]);
  });
});

describe('exact counts', () => {
  // A chain of 60 diamonds: 2^60 shortest paths, far beyond 2^53.
  //   v0 ─ a0 ─ v1 ─ a1 ─ … ─ v60
  //    └── b0 ──┘└── b1 ──┘
  it('counts 2^60 shortest paths without overflow', () => {
    const g = new Graph({ type: 'undirected' });
    for (let i = 0; i < 60; i++) {
      g.mergeEdge(`v${i}`, `a${i}`);
      g.mergeEdge(`a${i}`, `v${i + 1}`);
      g.mergeEdge(`v${i}`, `b${i}`);
      g.mergeEdge(`b${i}`, `v${i + 1}`);
    }
    expect(countShortestPaths(g, 'v0', 'v60')).toBe(2n ** 60n);
    expect(connection(g, 'v0', 'v60', { pathLimit: 2 }).paths).toEqual([
      ['v0', 'a0', 'v1', 'a1', 'v2', ...Array.from({ length: 58 }, (_, i) => [`a${i + 2}`, `v${i + 3}`]).flat()].slice(
        0,
        121,
      ),
      ['v0', 'a0', 'v1', 'a1', 'v2', ...Array.from({ length: 58 }, (_, i) => [`a${i + 2}`, `v${i + 3}`]).flat()]
        .slice(0, 121)
        .map((k, i) => (i === 119 ? 'b59' : k)),
    ]);
    g.mergeEdge('me', 'v0');
    expect(introducers(g, 'me', 'v60')).toEqual([{ contact: 'v0', distance: 120, paths: 2n ** 60n }]);
  });
});

describe('directions and Object.prototype keys', () => {
  //  constructor → __proto__ → toString   (directed)
  const csr = fromEdges(
    { sources: [0, 1], targets: [1, 2] },
    { nodes: keyTable(['constructor', '__proto__', 'toString']), directed: true },
  );
  it('follows mode on a Csr with awkward keys', () => {
    expect(shortestPath(csr, 'constructor', 'toString', { avoid: [] })).toEqual([
      'constructor',
      '__proto__',
      'toString',
    ]);
    expect(countShortestPaths(csr, 'toString', 'constructor')).toBe(0n);
    expect([...allShortestPaths(csr, 'toString', 'constructor', { mode: 'inbound' })]).toEqual([
      ['toString', '__proto__', 'constructor'],
    ]);
    expect(connection(csr, 'constructor', 'toString', { mode: 'all' }).mutualConnections).toEqual(['__proto__']);
    expect(disjointPaths(csr, 'constructor', 'toString', { avoid: ['__proto__'] })).toEqual([]);
    expect(weightedPath(csr, 'constructor', 'toString')).toEqual({
      path: ['constructor', '__proto__', 'toString'],
      cost: 2,
    });
    expect(distancesFrom(csr, 'constructor', { avoid: ['__proto__'] })).toEqual(new Map([['constructor', 0]]));
  });
});

describe('weightedPath', () => {
  it('finds the cheapest chain, reads attributes or functions, honours maxLength', () => {
    expect(weightedPath(team(), 'ada', 'cy', { weight: 'cost' })).toEqual({
      path: ['ada', 'dee', 'eve', 'cy'],
      cost: 3,
    });
    expect(weightedPath(team(), 'ada', 'cy', { weight: () => 1 })?.cost).toBe(2);
    expect(weightedPath(team(), 'ada', 'cy', { weight: 'cost', maxLength: 2 })).toEqual({
      path: ['ada', 'bob', 'cy'],
      cost: 4,
    });
    expect(weightedPath(team(), 'ada', 'ada')).toEqual({ path: ['ada'], cost: 0 });
    expect(weightedPath(team(), 'ada', 'cy', { weight: 'cost', avoid: ['dee', 'bob', 'fay'] })).toBeNull();
  });
});

describe('errors', () => {
  const g = team();
  const csr = toCsr(g);
  const cases: [string, () => unknown, new (...args: never[]) => HandshakesError, string][] = [
    ['unknown source', () => shortestPath(g, 'nobody', 'cy', { avoid: [] }), NodeNotFoundError, 'NODE_NOT_FOUND'],
    ['unknown target', () => connection(g, 'ada', 'nobody'), NodeNotFoundError, 'NODE_NOT_FOUND'],
    [
      'unknown avoided',
      () => countShortestPaths(g, 'ada', 'cy', { avoid: ['ghost'] }),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
    ],
    ['unknown me', () => introducers(g, 'ghost', 'cy'), NodeNotFoundError, 'NODE_NOT_FOUND'],
    ['unknown in disjointPaths', () => disjointPaths(g, 'ada', 'ghost'), NodeNotFoundError, 'NODE_NOT_FOUND'],
    ['unknown in weightedPath', () => weightedPath(g, 'ghost', 'cy'), NodeNotFoundError, 'NODE_NOT_FOUND'],
    [
      'unknown in allShortestPaths (at the call)',
      () => allShortestPaths(g, 'ada', 'ghost'),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
    ],
    ['negative maxLength', () => distance(g, 'ada', 'cy', { maxLength: -1 }), InvalidArgumentError, 'INVALID_ARGUMENT'],
    ['fractional k', () => disjointPaths(g, 'ada', 'cy', { k: 1.5 }), InvalidArgumentError, 'INVALID_ARGUMENT'],
    ['bad limit', () => introducers(g, 'ada', 'cy', { limit: -2 }), InvalidArgumentError, 'INVALID_ARGUMENT'],
    ['bad pathLimit', () => connection(g, 'ada', 'cy', { pathLimit: NaN }), InvalidArgumentError, 'INVALID_ARGUMENT'],
    [
      'bad mode',
      () => countShortestPaths(g, 'ada', 'cy', { mode: 'sideways' as never }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'avoid as a string',
      () => shortestPath(g, 'ada', 'cy', { avoid: 'bob' as never }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'edgeFilter not a function',
      () => distance(g, 'ada', 'cy', { edgeFilter: 'known' as never }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'negative weight',
      () => weightedPath(g, 'ada', 'cy', { weight: () => -1 }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    ['NaN weight', () => weightedPath(g, 'ada', 'cy', { weight: () => NaN }), InvalidArgumentError, 'INVALID_ARGUMENT'],
    [
      'string weight',
      () => weightedPath(undirected([['a', 'b', { weight: '3' }]]), 'a', 'b'),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
    [
      'edgeFilter on a Csr',
      () => connection(csr, 'ada', 'cy', { edgeFilter: () => true }),
      UnsupportedGraphError,
      'UNSUPPORTED_GRAPH',
    ],
    [
      'weight on a Csr',
      () => weightedPath(csr, 'ada', 'cy', { weight: 'cost' }),
      UnsupportedGraphError,
      'UNSUPPORTED_GRAPH',
    ],
    ['not a graph', () => connection({} as never, 'ada', 'cy'), InvalidArgumentError, 'INVALID_ARGUMENT'],
  ];
  it.each(cases)('%s', (_name, call, kind, code) => {
    let caught: unknown;
    try {
      call();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(kind);
    expect((caught as HandshakesError).code).toBe(code);
    expect((caught as Error).message).toMatch(/^handshakes\/\w+: /);
  });
  it('names the missing person and their role', () => {
    expect(() => connection(g, 'ada', 'ghost')).toThrow(
      'handshakes/connection: target node "ghost" is not in the graph.',
    );
    expect(() => countShortestPaths(g, 'ada', 'cy', { avoid: ['ghost'] })).toThrow('avoided node "ghost"');
  });
});
