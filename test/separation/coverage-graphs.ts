// The graphs the coverage test measures the approximate engines on (test/separation/coverage.test.ts,
// table in docs/separation.md): very unequal connection counts, small side components beside a
// giant one, directed reachability, and many small components.
import { fromEdges, type Csr } from '../../src/index.js';
import { erdosRenyi, preferentialAttachment } from './graphs.js';

/** `g` plus side components: `pairs` two-person components, `triangles` three-person ones, `isolated` people alone. */
export function withSideComponents(g: Csr, pairs: number, triangles: number, isolated: number): Csr {
  const sources: number[] = [];
  const targets: number[] = [];
  for (let u = 0; u < g.order; u++)
    for (let j = g.offsets[u]!; j < g.offsets[u + 1]!; j++)
      if (g.directed || u <= g.targets[j]!) sources.push(u), targets.push(g.targets[j]!);
  let next = g.order;
  for (let i = 0; i < pairs; i++, next += 2) sources.push(next), targets.push(next + 1);
  for (let i = 0; i < triangles; i++, next += 3)
    sources.push(next, next + 1, next + 2), targets.push(next + 1, next + 2, next);
  return fromEdges({ sources, targets }, { nodes: next + isolated, directed: g.directed });
}

/** Name and builder of each coverage graph. */
export const COVERAGE_GRAPHS: [string, () => Csr][] = [
  [
    'preferential attachment 800 + 5 pairs, 3 triangles, 6 isolated',
    () => withSideComponents(preferentialAttachment(800, 2, 11), 5, 3, 6),
  ],
  [
    'directed preferential attachment 800 + side components',
    () => withSideComponents(preferentialAttachment(800, 3, 12, true), 5, 3, 6),
  ],
  ['sparse G(800, 750): many small components', () => erdosRenyi(800, 750, 13)],
];

/** The four figures whose 95% intervals are measured. */
export const FIGURES = ['meanDistance', 'degreesOfSeparation', 'reachablePairs', 'effectiveDiameter'] as const;
