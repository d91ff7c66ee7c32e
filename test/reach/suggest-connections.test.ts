// suggestConnections and mutualConnections on a drawn fixture, progress and cancellation, errors.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  InvalidArgumentError,
  NodeNotFoundError,
  fromEdges,
  mutualConnections,
  suggestConnections,
  toCsr,
} from '../../src/index.js';

//   ada ── bob ── cy ── dee ── eve ── fay
//           │                   │
//          gus                 hal ── ivy
function fixture(): Graph {
  const g = new Graph({ type: 'undirected' });
  const edges = [
    ['ada', 'bob'],
    ['bob', 'cy'],
    ['cy', 'dee'],
    ['dee', 'eve'],
    ['eve', 'fay'],
    ['bob', 'gus'],
    ['eve', 'hal'],
    ['hal', 'ivy'],
  ];
  for (const [a, b] of edges) g.mergeEdge(a!, b!);
  g.forEachNode((k) => g.setNodeAttribute(k, 'sector', ['eve', 'dee'].includes(k) ? 'finance' : 'tech'));
  return g;
}

describe('suggestConnections', () => {
  it('suggests the connection that brings the most people within 2 degrees', () => {
    // ada already reaches bob, cy, gus. eve brings eve, dee, fay, hal (4); then hal brings ivy.
    expect(suggestConnections(fixture(), 'ada', { count: 3 })).toEqual([
      { key: 'eve', gain: 4, mutualConnections: [] },
      { key: 'hal', gain: 1, mutualConnections: [] },
    ]);
    // cy already reaches bob, dee, ada, gus, eve: eve brings fay and hal; hal (hal, ivy) ties, later.
    expect(suggestConnections(fixture(), 'cy', { count: 1 })).toEqual([
      { key: 'eve', gain: 2, mutualConnections: ['dee'] },
    ]);
    expect(suggestConnections(fixture(), 'ada', { count: 0 })).toEqual([]);
  });

  it('filters candidates by key and attributes; a Csr gives an empty attribute object', () => {
    const finance = suggestConnections(fixture(), 'ada', { count: 2, filter: (_, a) => a.sector === 'finance' });
    expect(finance.map((s) => s.key)).toEqual(['eve']);
    const seen: unknown[] = [];
    suggestConnections(toCsr(fixture()), 'ada', { count: 1, filter: (key, a) => (seen.push(a), key !== 'eve') });
    expect(seen.every((a) => typeof a === 'object' && a !== null && Object.keys(a).length === 0)).toBe(true);
    expect(suggestConnections(fixture(), 'ada', { count: 2, candidates: ['ada', 'dee', 'dee', 'bob'] })).toEqual([
      { key: 'dee', gain: 2, mutualConnections: [] },
    ]);
  });

  it('works with Object.prototype names as keys, reports progress, honours the signal', () => {
    const csr = fromEdges(
      { sources: [0, 1, 2], targets: [1, 2, 3] },
      { nodes: ['constructor', 'toString', '__proto__', 'valueOf'] },
    );
    // __proto__ (brings valueOf) and valueOf (itself) tie at 1: the earlier candidate wins.
    expect(suggestConnections(csr, 'constructor', { count: 2 })).toEqual([
      { key: '__proto__', gain: 1, mutualConnections: ['toString'] },
    ]);
    expect(mutualConnections(csr, 'constructor', '__proto__')).toEqual(['toString']);
    const done: number[] = [];
    suggestConnections(fixture(), 'ada', { count: 3, onProgress: (p) => done.push(p.done) });
    expect(done).toEqual([0, 1, 2]);
    const controller = new AbortController();
    controller.abort();
    expect(() => suggestConnections(fixture(), 'ada', { count: 1, signal: controller.signal })).toThrow(AbortError);
  });

  const errors: [string, () => unknown, abstract new (...args: never[]) => Error, string, string][] = [
    [
      'an unknown person',
      () => suggestConnections(fixture(), 'nobody', { count: 1 }),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
      '"nobody"',
    ],
    [
      'an unknown candidate',
      () => suggestConnections(fixture(), 'ada', { count: 1, candidates: ['zed'] }),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
      'candidate node "zed"',
    ],
    [
      'a missing count',
      () => suggestConnections(fixture(), 'ada', {} as never),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      '`count`',
    ],
    [
      'a fractional count',
      () => suggestConnections(fixture(), 'ada', { count: 1.5 }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      '`count`',
    ],
    [
      'no options',
      () => suggestConnections(fixture(), 'ada', undefined as never),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      '`options`',
    ],
    [
      'a filter that is not a function',
      () => suggestConnections(fixture(), 'ada', { count: 1, filter: 1 as never }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      '`filter`',
    ],
    [
      'a bad mode',
      () => suggestConnections(fixture(), 'ada', { count: 1, mode: 'x' as never }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
      'mode',
    ],
    [
      'mutualConnections with an unknown person',
      () => mutualConnections(fixture(), 'ada', 'zed'),
      NodeNotFoundError,
      'NODE_NOT_FOUND',
      'second person node "zed"',
    ],
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
    expect((error as Error).message).toMatch(/^handshakes\/(suggestConnections|mutualConnections): /);
    expect((error as Error).message).toContain(text);
  });
});
