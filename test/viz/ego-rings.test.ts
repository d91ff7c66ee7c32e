import Graph from 'graphology';
import { test as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, NodeNotFoundError, toCsr } from '../../src/index.js';
import { egoRings, renderEgoRingsSvg } from '../../src/viz/index.js';
import { randomGraph, toGraphology } from '../arbitraries.js';
import { naiveAdjacency, naiveBfs } from '../oracle.js';

//   companies: a, b at X; c at Y; d none        m — a, b, c, d
//   2nd degree: e (via a, b), f (via c), g (via a, c)     3rd: h (via e)     z: alone
function drawn(): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const [k, company] of [
    ['m'],
    ['a', 'X'],
    ['b', 'X'],
    ['c', 'Y'],
    ['d'],
    ['e'],
    ['f'],
    ['g'],
    ['h'],
    ['z'],
  ] as const)
    g.addNode(k, company ? { company, name: k.toUpperCase() } : { name: k.toUpperCase() });
  for (const [u, v] of [
    ['m', 'a'],
    ['m', 'b'],
    ['m', 'c'],
    ['m', 'd'],
    ['a', 'e'],
    ['b', 'e'],
    ['c', 'f'],
    ['a', 'g'],
    ['c', 'g'],
    ['e', 'h'],
  ])
    g.addEdge(u, v);
  return g;
}

describe('egoRings', () => {
  it('groups the 1st ring by company (singletons in "others"), attributes the 2nd degree, ranks introducers', () => {
    const r = egoRings(drawn(), 'm', { members: ['e', 'nobody'] });
    expect(r.groupedBy).toBe('company');
    expect(r.groups).toEqual([
      { label: 'X', person: false, first: ['a', 'b'], second: 2 },
      { label: 'others', person: false, first: ['c', 'd'], second: 1 },
    ]);
    expect(Object.fromEntries(r.secondGroup)).toEqual({ e: 0, f: 1, g: 0 });
    expect(r.introducers).toEqual([
      { key: 'c', brings: 2, unique: 1 },
      { key: 'a', brings: 2, unique: 0 },
      { key: 'b', brings: 1, unique: 0 },
    ]);
    expect(r.members).toEqual([{ key: 'e', distance: 2 }]);
    expect(r.counts).toEqual({ first: 4, second: 3, further: 1, unreachable: 1 });
  });

  it('groups by the linking contact on a Csr, by a function, and validates its options', () => {
    const g = drawn();
    g.addEdge('a', 'b');
    const r = egoRings(toCsr(g), 'm');
    expect(r.groupedBy).toBe('introducer');
    expect(r.groups[0]).toEqual({ label: 'a', person: true, first: ['a', 'b'], second: 2 });
    expect(egoRings(g, 'm', { groupBy: (k) => (k < 'c' ? 'early' : 'late') }).groups.map((x) => x.label)).toEqual([
      'early',
      'late',
    ]);
    expect(() => egoRings(g, 'nobody')).toThrow(NodeNotFoundError);
    for (const bad of [{ maxGroups: 0 }, { introducers: -1 }, { groupBy: 'age' }] as const)
      expect(() => egoRings(g, 'm', bad as never)).toThrow(InvalidArgumentError);
  });

  prop.prop([randomGraph({ maxNodes: 14, types: ['undirected'] })])(
    'groups cover each degree exactly; introducers bring their 2nd-degree neighbours (oracle BFS)',
    (data) => {
      const g = toGraphology(data);
      const me = data.nodes[0]!;
      const dist = naiveBfs(naiveAdjacency(data, 'all'), me);
      const r = egoRings(g, me, { introducers: 100 });
      const at = (d: number): number => [...dist.values()].filter((x) => x === d).length;
      expect(r.groups.reduce((s, x) => s + x.first.length, 0)).toBe(at(1));
      expect(r.groups.reduce((s, x) => s + x.second, 0)).toBe(at(2));
      expect(r.counts.further + r.counts.first + r.counts.second + 1).toBe(dist.size);
      for (const x of r.introducers)
        expect(x.brings).toBe(new Set(g.neighbors(x.key).filter((v) => dist.get(v) === 2)).size);
    },
  );
});

describe('renderEgoRingsSvg', () => {
  it('puts a title on every mark, escapes names, and draws 5,000 contacts as arcs', () => {
    const g = drawn();
    g.setNodeAttribute('a', 'name', 'Ann <b>&');
    const svg = renderEgoRingsSvg(g, 'm', { members: ['e'] });
    const marks = svg.match(/<(circle|path) [^>]*>(?!<title>)/g) ?? [];
    expect(marks).toEqual([]);
    expect(svg).toContain('Ann &lt;b&gt;&amp;');
    expect(svg).toContain('E (2nd)');
    const star = new Graph({ type: 'undirected' });
    star.addNode('me');
    for (let i = 0; i < 5000; i++) star.mergeEdge('me', `p${i}`, {});
    for (let i = 0; i < 5000; i++) star.setNodeAttribute(`p${i}`, 'company', `Company ${i % 37}`);
    const big = renderEgoRingsSvg(star, 'me');
    expect(big).toContain('5,000 direct contacts (1st degree) in 10 companies');
    expect(big.match(/class="hs-p1"/g) ?? []).toHaveLength(0);
    expect(big.length).toBeLessThan(30_000);
  });
});
