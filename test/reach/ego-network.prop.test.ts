// egoNetwork against a naive BFS ball and the induced edges of the generating edge list.
import { fc, test } from '@fast-check/vitest';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, NodeNotFoundError, egoNetwork, toCsr } from '../../src/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

const modes = fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const);

describe('egoNetwork', () => {
  test.prop([randomGraph(), modes, fc.option(fc.nat({ max: 3 }), { nil: undefined }), fc.nat()])(
    'keeps the ball and every edge among it, with attributes and keys',
    (g, mode, maxDegree, pick) => {
      const graph = toGraphology(g);
      graph.forEachNode((k) => graph.setNodeAttribute(k, 'label', `<${k}>`));
      graph.forEachEdge((e) => graph.setEdgeAttribute(e, 'id', e));
      const person = g.nodes[pick % g.nodes.length]!;
      const ball = new Set(
        [...naiveBfs(naiveAdjacency(g, mode), person)].filter(([, d]) => d <= (maxDegree ?? 1)).map(([k]) => k),
      );
      const ego = egoNetwork(graph, person, maxDegree === undefined ? { mode } : { mode, maxDegree });
      expect(ego.type).toBe(graph.type);
      expect(ego.multi).toBe(true);
      expect(ego.nodes()[0]).toBe(person);
      expect(new Set(ego.nodes())).toEqual(ball);
      ego.forEachNode((k, a) => expect(a).toEqual({ label: `<${k}>` }));
      const induced = g.edges.filter(([a, b]) => ball.has(a) && ball.has(b));
      expect(ego.size).toBe(induced.length);
      ego.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
        expect(a).toEqual({ id: e });
        expect([graph.source(e), graph.target(e), graph.isUndirected(e)]).toEqual([s, t, undirected]);
      });

      const fromCsr = egoNetwork(toCsr(graph), person, maxDegree === undefined ? { mode } : { mode, maxDegree });
      expect(new Set(fromCsr.nodes())).toEqual(ball);
      expect(fromCsr.type).toBe(g.directed ? 'directed' : 'undirected');
      const pairs = new Set<string>();
      for (const [a, b, undirected] of induced) {
        if (a === b) continue;
        const both = !g.directed || undirected;
        if (!g.directed) pairs.add(JSON.stringify([a, b].sort()));
        else {
          pairs.add(JSON.stringify([a, b]));
          if (both) pairs.add(JSON.stringify([b, a]));
        }
      }
      const got = fromCsr.mapEdges((_, __, s, t) => JSON.stringify(g.directed ? [s, t] : [s, t].sort()));
      expect(new Set(got)).toEqual(pairs);
      expect(got.length).toBe(pairs.size);
      fromCsr.forEachNode((_, a) => expect(a).toEqual({}));
    },
  );

  it('copies the graph attributes and leaves the input untouched', () => {
    const g = new Graph({ type: 'undirected' });
    g.setAttribute('name', 'team');
    g.mergeEdge('ada', 'bob');
    g.mergeEdge('bob', 'cy');
    const ego = egoNetwork(g, 'ada');
    expect(ego.getAttribute('name')).toBe('team');
    expect(ego.nodes()).toEqual(['ada', 'bob']);
    expect(g.order).toBe(3);
    expect(egoNetwork(g, 'ada', { maxDegree: Infinity }).order).toBe(3);
    expect(egoNetwork(g, 'ada', { maxDegree: 0 }).nodes()).toEqual(['ada']);
  });

  it.each([
    ['an unknown person', () => egoNetwork(new Graph(), 'x'), NodeNotFoundError, 'NODE_NOT_FOUND'],
    [
      'a negative maxDegree',
      () => egoNetwork(new Graph(), 'x', { maxDegree: -2 }),
      InvalidArgumentError,
      'INVALID_ARGUMENT',
    ],
  ] as const)('throws on %s', (_, call, type, code) => {
    expect(call).toThrow(type);
    expect(call).toThrow(/^handshakes\/egoNetwork: /);
    try {
      call();
    } catch (e) {
      expect((e as { code: string }).code).toBe(code);
    }
  });
});
