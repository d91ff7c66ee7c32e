// groupReach on a drawn fixture, keys named after Object.prototype members, and its error table.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  InvalidArgumentError,
  NodeNotFoundError,
  fromEdges,
  groupReach,
  reachByDegree,
} from '../../src/index.js';
import { bfsEngine } from '../../src/traversal/engines.js';
import { nearestSourceEngine } from '../../src/traversal/nearest-source-bfs.js';

//   ada ── bob ── cy ── dee ── eve        zed (alone)
//    │            │
//   fay ─────────-┘
function fixture(): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const k of ['ada', 'bob', 'cy', 'dee', 'eve', 'fay', 'zed']) g.addNode(k);
  for (const [a, b] of [
    ['ada', 'bob'],
    ['bob', 'cy'],
    ['cy', 'dee'],
    ['dee', 'eve'],
    ['ada', 'fay'],
    ['fay', 'cy'],
  ])
    g.addEdge(a!, b!);
  return g;
}

describe('groupReach', () => {
  it('counts the team once per person, at the nearest member', () => {
    const r = groupReach(fixture(), ['ada', 'dee']);
    // ada: bob, fay at 1; dee: cy, eve at 1. Nobody at 2; zed unreachable.
    expect(r.byDegree).toEqual([2, 4]);
    expect([r.first, r.second, r.thirdPlus, r.outOfNetwork]).toEqual([4, 0, 0, 1]);
    expect(r.members.get('ada')).toEqual({ direct: 2, second: 1, uniqueDirect: 2, uniqueSecond: 0 });
    // dee's 2nd-degree set: bob and fay (via cy); ada is at 1 of both, so none is unique.
    expect(r.members.get('dee')).toEqual({ direct: 2, second: 2, uniqueDirect: 2, uniqueSecond: 0 });
    expect(r.overlap).toEqual([
      { a: 'ada', b: 'dee', first: { shared: 0, jaccard: 0 }, second: { shared: 0, jaccard: 0 } },
    ]);
  });

  it('a fellow member counts in direct but never in uniqueDirect', () => {
    const r = groupReach(fixture(), ['bob', 'cy']);
    expect(r.members.get('bob')).toEqual({ direct: 2, second: 2, uniqueDirect: 1, uniqueSecond: 0 });
    expect(r.overlap[0]!.first).toEqual({ shared: 0, jaccard: 0 });
    // bob's 2nd-degree set {dee, fay}; cy's {ada, eve}: disjoint.
    expect(r.overlap[0]!.second).toEqual({ shared: 0, jaccard: 0 });
  });

  it('maxDegree truncates the team reach, not the per-member figures', () => {
    const full = groupReach(fixture(), ['eve']);
    const cut = groupReach(fixture(), ['eve'], { maxDegree: 1 });
    expect(full.byDegree).toEqual([1, 1, 1, 2, 1]);
    expect(cut.byDegree).toEqual([1, 1]);
    expect(cut.outOfNetwork).toBe(5);
    expect(cut.members).toEqual(full.members);
    expect(reachByDegree(fixture(), 'eve').byDegree).toEqual(full.byDegree);
  });

  it('handles keys named after Object.prototype members, duplicates and numbers', () => {
    // constructor → toString → __proto__ ← 7 (graphology cannot store these edges: a Csr can)
    const g = fromEdges(
      { sources: [0, 1, 3], targets: [1, 2, 2] },
      { nodes: ['constructor', 'toString', '__proto__', '7'], directed: true },
    );
    const r = groupReach(g, ['constructor', 7, 'constructor']);
    expect([...r.members.keys()]).toEqual(['constructor', '7']);
    expect(r.byDegree).toEqual([2, 2]);
    expect(r.members.get('constructor')).toEqual({ direct: 1, second: 1, uniqueDirect: 1, uniqueSecond: 0 });
    expect(groupReach(g, ['__proto__'], { mode: 'inbound' }).byDegree).toEqual([1, 2, 1]);
  });

  it('reports progress and stops on an aborted signal', () => {
    const phases: string[] = [];
    groupReach(fixture(), ['ada'], { onProgress: (p) => phases.push(p.phase ?? '') });
    expect(phases).toEqual(['team BFS', '2nd-degree sets', '1st-degree overlaps', '2nd-degree overlaps']);
    const controller = new AbortController();
    controller.abort();
    expect(() => groupReach(fixture(), ['ada'], { signal: controller.signal })).toThrow(AbortError);
  });

  const errors: [string, () => unknown, abstract new (...args: never[]) => Error, string, string][] = [
    ['an empty team', () => groupReach(fixture(), []), InvalidArgumentError, 'INVALID_ARGUMENT', 'members'],
    [
      'a team that is not iterable',
      () => groupReach(fixture(), 3 as never),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      'members',
    ],
    [
      'an unknown member',
      () => groupReach(fixture(), ['ada', 'nobody']),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
      '"nobody"',
    ],
    [
      'several unknown members',
      () => groupReach(fixture(), ['x', 'ada', 'y']),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
      '"x", "y" are not',
    ],
    [
      'a member that is not a key',
      () => groupReach(fixture(), [{}] as never),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      'member',
    ],
    [
      'a negative maxDegree',
      () => groupReach(fixture(), ['ada'], { maxDegree: -1 }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      'maxDegree',
    ],
    [
      'a bad mode',
      () => groupReach(fixture(), ['ada'], { mode: 'up' as never }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      'mode',
    ],
    ['not a graph', () => groupReach({} as never, ['ada']), InvalidArgumentError, 'INVALID_ARGUMENT', 'graph'],
  ];
  it.each(errors)('throws on %s', (_, call, type, code, text) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(type);
    expect((error as { code: string }).code).toBe(code);
    expect((error as Error).message).toMatch(/^handshakes\/groupReach: /);
    expect((error as Error).message).toContain(text);
  });
});

describe('maxDegree bounds the work', () => {
  // Node 0 with contacts 1–5, then a path 5 – 6 – 7 – … – 100,004.
  const n = 100_005;
  const sources = [1, 2, 3, 4, ...Array.from({ length: n - 5 }, (_, i) => 4 + i)];
  const targets = [0, 0, 0, 0, ...Array.from({ length: n - 5 }, (_, i) => 5 + i)];
  sources[4] = 0;
  const csr = fromEdges({ sources, targets }, { nodes: n });

  it('groupReach and reachByDegree scan only the ball', () => {
    const team = groupReach(csr, [1, 2], { maxDegree: 2 });
    expect(team.byDegree).toEqual([2, 1, 3]);
    expect(nearestSourceEngine(csr).scanned).toBeLessThan(20);
    expect(reachByDegree(csr, 0, { maxDegree: 3 }).byDegree).toEqual([1, 5, 1, 1]);
    expect(bfsEngine(csr).scanned).toBeLessThan(20);
    expect(groupReach(csr, [0], { maxDegree: 3 }).byDegree).toEqual([1, 5, 1, 1]);
    expect(nearestSourceEngine(csr).scanned).toBeLessThan(20);
  });
});
