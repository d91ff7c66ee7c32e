// Kernel workers kept between calls (src/node/worker-pool.ts): calls that overlap, on different
// graphs (index in a WebAssembly heap or in arrays, WebAssembly or JavaScript kernels, the two
// worker kinds), each get their own workers and the right answer: exact distributions against a
// Map-free BFS over the raw edges, HyperBall against the single-thread engine (the same bits).
// Workers are reused from call to call here, so a stale graph or scratch would show.
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { adjacency, fromEdges } from '../../src/index.js';
import { closeWorkers } from '../../src/node.js';
import { parallelHyperBall } from '../../src/node/hyperball-pool.js';
import { parallelExactDistribution } from '../../src/node/ms-bfs-pool.js';
import { idleWorkers } from '../../src/node/worker-pool.js';
import { hyperBallDistribution } from '../../src/separation/hyperball-distribution.js';
import { type IdGraph, idGraph } from '../arbitraries.js';

// hist[d] = ordered pairs (s, v), s ≠ v, at distance d along the edges (both ways when undirected).
function oracleHistogram(g: IdGraph): number[] {
  const out: number[][] = Array.from({ length: g.n }, () => []);
  for (const [a, b] of g.edges) {
    out[a]!.push(b);
    if (!g.directed) out[b]!.push(a);
  }
  const hist: number[] = [0];
  for (let s = 0; s < g.n; s++) {
    const dist = new Array<number>(g.n).fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      for (const v of out[u]!)
        if (dist[v] === -1) {
          dist[v] = dist[u]! + 1;
          hist[dist[v]!] = (hist[dist[v]!] ?? 0) + 1;
          queue.push(v);
        }
    }
  }
  return hist;
}

const trimmed = (xs: ArrayLike<number>): number[] => {
  const a = Array.from(xs);
  a[0] = 0;
  while (a.length > 1 && a.at(-1) === 0) a.pop();
  return a;
};

const call = fc.record({
  graph: idGraph(60, 4),
  memory: fc.constantFrom('wasm' as const, 'js' as const),
  kernel: fc.constantFrom('auto' as const, 'js' as const),
  workers: fc.integer({ min: 1, max: 3 }),
});

describe('kernel workers kept between calls', () => {
  afterAll(() => closeWorkers());

  test.prop([call, call, call], { numRuns: 40 })(
    'overlapping calls on different graphs each get the right answer',
    async (a, b, c) => {
      const csr = (x: typeof a) =>
        fromEdges(
          { sources: x.graph.edges.map((e) => e[0]), targets: x.graph.edges.map((e) => e[1]) },
          { nodes: x.graph.n, directed: x.graph.directed, memory: x.memory },
        );
      const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
      const exact = (x: typeof a) =>
        parallelExactDistribution(adjacency(csr(x)), all(x.graph.n), Infinity, x.workers, {}, 'test', x.kernel);
      const hyperBallAdj = adjacency(csr(c));
      const people = all(c.graph.n);
      const hyperBall = parallelHyperBall(
        hyperBallAdj,
        people,
        4,
        7,
        Infinity,
        c.workers,
        {},
        'test',
        c.kernel === 'js' ? 'js' : 'auto',
      );
      const [ha, hb, hc] = await Promise.all([exact(a), exact(b), hyperBall]);
      expect(trimmed(ha)).toEqual(trimmed(oracleHistogram(a.graph)));
      expect(trimmed(hb)).toEqual(trimmed(oracleHistogram(b.graph)));
      expect(hc).toEqual(hyperBallDistribution(hyperBallAdj, people, 4, 7, Infinity, {}, 'test', 'js'));
      // Every worker went back to the pool (at most the machine's parallelism per kind).
      expect(idleWorkers('ms-bfs-worker')).toBeGreaterThan(0);
      expect(idleWorkers('hyperball-worker')).toBeGreaterThan(0);
    },
  );
});
