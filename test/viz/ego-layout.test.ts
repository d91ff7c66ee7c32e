import { fc, test } from '@fast-check/vitest';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, NodeNotFoundError, toCsr } from '../../src/index.js';
import { egoLayout, type EgoLayout } from '../../src/viz/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';
import { village } from './fixtures.js';

/** The ring nearest to a position (ties go to the lower ring). */
function nearestRing(layout: EgoLayout, x: number, y: number): number {
  const r = Math.hypot(x, y);
  let best = 0;
  layout.rings.forEach((radius, d) => {
    if (Math.abs(r - radius) < Math.abs(r - layout.rings[best]!)) best = d;
  });
  return best;
}

describe('egoLayout', () => {
  const g = village();

  it('gives the same positions for the same seed, other positions for another seed', () => {
    const a = egoLayout(g, '0', { seed: 7 });
    const b = egoLayout(g, '0', { seed: 7 });
    const c = egoLayout(g, '0', { seed: 8 });
    expect([...a]).toEqual([...b]);
    expect([...a].some(([k, p]) => p.x !== c.get(k)!.x)).toBe(true);
  });

  it('puts the person at the centre and everyone at distance d nearest ring d', () => {
    for (const maxDegree of [1, 2, 3]) {
      const layout = egoLayout(g, '5', { maxDegree, seed: 2 });
      expect(layout.get('5')).toEqual({ x: 0, y: 0, distance: 0 });
      expect(layout.rings.length).toBe(maxDegree + 1);
      for (const [, p] of layout) expect(nearestRing(layout, p.x, p.y)).toBe(p.distance);
    }
  });

  it('keeps rings increasing and at least ringGap apart', () => {
    const layout = egoLayout(g, '0', { maxDegree: 3, ringGap: 50 });
    for (let d = 1; d < layout.rings.length; d++)
      expect(layout.rings[d]! - layout.rings[d - 1]!).toBeGreaterThanOrEqual(50);
  });

  it('lists every link among the people drawn, once', () => {
    const layout = egoLayout(g, '0', { maxDegree: 2 });
    const want = g.edges().filter((e) => layout.has(g.source(e)) && layout.has(g.target(e))).length;
    expect(layout.links.length).toBe(want);
  });

  it('keeps the nearest people first under maxNodes and counts the rest as omitted', () => {
    const full = egoLayout(g, '0', { maxDegree: 3 });
    const cut = egoLayout(g, '0', { maxDegree: 3, maxNodes: 20 });
    expect(cut.size).toBe(20);
    expect(cut.omitted).toBe(full.size - 20);
    const dists = [...cut.values()].map((p) => p.distance);
    expect(dists).toEqual([...dists].sort((x, y) => x - y));
  });

  it('works on a Csr and on a directed graph (mode all by default)', () => {
    const csr = toCsr(g);
    expect([...egoLayout(csr, '0', { seed: 3 })]).toEqual([...egoLayout(g, '0', { seed: 3 })]);
    const d = new Graph({ type: 'directed' });
    d.mergeEdge('a', 'b');
    d.mergeEdge('c', 'a');
    expect([...egoLayout(d, 'a').keys()].sort()).toEqual(['a', 'b', 'c']);
    expect([...egoLayout(d, 'a', { mode: 'outbound' }).keys()].sort()).toEqual(['a', 'b']);
  });

  it('draws a lone person alone, and odd keys safely', () => {
    const lone = new Graph();
    lone.addNode('constructor');
    lone.addNode('__proto__');
    const layout = egoLayout(lone, 'constructor');
    expect([...layout]).toEqual([['constructor', { x: 0, y: 0, distance: 0 }]]);
    expect(layout.rings).toEqual([0]);
  });

  it('assign writes x, y and distance attributes', () => {
    const copy = g.copy();
    egoLayout.assign(copy, '0', { seed: 4, attributes: { x: 'ex' } });
    const layout = egoLayout(g, '0', { seed: 4 });
    for (const [k, p] of layout)
      expect(copy.getNodeAttributes(k)).toMatchObject({ ex: p.x, y: p.y, distance: p.distance });
  });

  it.each([
    [{ maxDegree: -1 }, InvalidArgumentError, 'INVALID_ARGUMENT'],
    [{ maxNodes: 0 }, InvalidArgumentError, 'INVALID_ARGUMENT'],
    [{ ringGap: 0 }, InvalidArgumentError, 'INVALID_ARGUMENT'],
    [{ seed: Number.NaN }, InvalidArgumentError, 'INVALID_ARGUMENT'],
    [{ mode: 'sideways' }, InvalidArgumentError, 'INVALID_ARGUMENT'],
  ])('rejects %o', (options, cls, code) => {
    expect(() => egoLayout(g, '0', options as never)).toThrow(cls);
    expect(() => egoLayout(g, '0', options as never)).toThrow(expect.objectContaining({ code }));
  });

  it('names a missing person', () => {
    expect(() => egoLayout(g, 'nobody')).toThrow(NodeNotFoundError);
    expect(() => egoLayout(g, 'nobody')).toThrow(/egoLayout: person node "nobody"/);
  });
});

describe('egoLayout on random graphs', () => {
  test.prop([randomGraph({ maxNodes: 12, maxEdges: 30 }), fc.integer({ min: 1, max: 3 }), fc.nat()], { numRuns: 40 })(
    'distances match a naive BFS (mode all) and each person sits nearest their ring',
    (rg, maxDegree, seed) => {
      const graph = toGraphology(rg);
      const source = rg.nodes[0]!;
      const want = [...naiveBfs(naiveAdjacency(rg, 'all'), source)].filter(([, d]) => d <= maxDegree);
      const layout = egoLayout(graph, source, { maxDegree, seed, ticks: 120 });
      expect(new Map([...layout].map(([k, p]) => [k, p.distance]))).toEqual(new Map(want));
      for (const [, p] of layout) expect(nearestRing(layout, p.x, p.y)).toBe(p.distance);
    },
  );
});
