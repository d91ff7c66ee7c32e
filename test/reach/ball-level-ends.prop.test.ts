// ballLevelEnds (reachByDegree up to degree 2, without a BFS engine) against a naive BFS over the
// edge list, on indexes built with and without simplification (repeated edges and self-loops
// kept), every mode; and reachByDegree's answers for maxDegree 0–2 equal the engine's.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { adjacency, fromEdges, reachByDegree } from '../../src/index.js';
import { ballLevelEnds } from '../../src/reach/ball-level-ends.js';
import { bfsEngine } from '../../src/traversal/engines.js';
import { idGraph } from '../arbitraries.js';

type Mode = 'outbound' | 'inbound' | 'all';

// Level ends of a plain BFS over the edges, stopped at maxDegree; empty levels not listed.
function naiveLevelEnds(
  n: number,
  edges: [number, number][],
  directed: boolean,
  mode: Mode,
  s: number,
  maxDegree: number,
): number[] {
  const next: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    if (!directed || mode !== 'inbound') next[a]!.push(b);
    if (!directed || mode !== 'outbound') next[b]!.push(a);
  }
  const dist = new Map([[s, 0]]);
  let frontier = [s];
  const ends = [1];
  for (let d = 1; d <= maxDegree && frontier.length > 0; d++) {
    frontier = frontier.flatMap((u) => next[u]!).filter((v) => !dist.has(v) && dist.set(v, d));
    frontier = [...new Set(frontier)];
    if (frontier.length > 0) ends.push(dist.size);
  }
  return ends;
}

describe('reach within degree 2 without a BFS engine', () => {
  test.prop([idGraph(70, 4), fc.constantFrom<Mode>('outbound', 'inbound', 'all'), fc.boolean()])(
    'matches a naive BFS',
    ({ n, directed, edges }, mode, simplify) => {
      const csr = fromEdges(
        { sources: edges.map((e) => e[0]), targets: edges.map((e) => e[1]) },
        { nodes: n, directed, simplify },
      );
      for (let s = 0; s < n; s++) {
        for (const maxDegree of [0, 1, 2]) {
          expect(ballLevelEnds(adjacency(csr, mode), s, maxDegree)).toEqual(
            naiveLevelEnds(n, edges, directed, mode, s, maxDegree),
          );
          const engine = bfsEngine(csr, mode);
          engine.run(s, { maxDistance: maxDegree });
          expect(reachByDegree(csr, s, { mode, maxDegree }).byDegree).toEqual(
            engine.levelEnds.map((e, d) => e - (engine.levelEnds[d - 1] ?? 0)),
          );
        }
      }
    },
  );
});
