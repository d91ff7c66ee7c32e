// Random directed graphs for the directed-diameter tests, up to 200 nodes, in three families:
// uniform arcs (sparse ones leave many weak components), DAG-like (arcs point up in id order, a
// few point back) and blocks (cycles chained one way: a DAG of strongly connected components with
// tendrils). Self-loops and parallel arcs are kept (the Csr is built without simplification).
// The oracle is a plain BFS over the arc list, from every node, sharing nothing with src/.
import fc from 'fast-check';
import { fromEdges, type Csr } from '../../src/index.js';
import { createRng } from '../../src/random.js';

/** A directed graph as plain data: nodes 0 … n−1 and arcs [from, to]. */
export interface Digraph {
  n: number;
  family: 'uniform' | 'dag' | 'blocks';
  arcs: [number, number][];
}

/** Random directed graphs with up to `maxNodes` nodes and about 3 arcs per node. */
export function randomDigraph(maxNodes = 200): fc.Arbitrary<Digraph> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxNodes }),
      family: fc.constantFrom('uniform' as const, 'dag' as const, 'blocks' as const),
      block: fc.integer({ min: 1, max: 12 }),
      back: fc.integer({ min: 0, max: 20 }),
      raw: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 * maxNodes }),
    })
    .map(({ n, family, block, back, raw }) => {
      const arcs = raw.slice(0, 3 * n).map(([a, b]): [number, number] => [a % n, b % n]);
      if (family === 'dag') {
        // Upward arcs, except one in `back` (when back > 0) left pointing down.
        arcs.forEach((arc, i) => {
          if (back === 0 || i % back !== 0) arc.sort((x, y) => x - y);
        });
      } else if (family === 'blocks') {
        const of = (v: number): number => Math.floor(v / block);
        for (const arc of arcs) if (of(arc[0]) > of(arc[1])) arc.reverse();
        for (let v = 0; v < n; v++) {
          const first = of(v) * block;
          const last = Math.min(n, first + block) - 1;
          if (v % 3 !== 2 || back % 2 === 0) arcs.push([v, v === last ? first : v + 1]);
        }
      }
      return { n, family, arcs };
    });
}

/** The Csr of a digraph, self-loops and parallel arcs kept. */
export function digraphCsr(g: Digraph): Csr {
  return fromEdges(
    { sources: g.arcs.map((a) => a[0]), targets: g.arcs.map((a) => a[1]) },
    { nodes: g.n, directed: true, simplify: false },
  );
}

/** Largest finite distance from each node, along arcs (`reversed`: against them). */
export function oracleEccentricities(g: Digraph, reversed = false): number[] {
  const out: number[][] = Array.from({ length: g.n }, () => []);
  for (const [a, b] of g.arcs) (reversed ? out[b]! : out[a]!).push(reversed ? a : b);
  return out.map((_, s) => {
    const dist = new Map([[s, 0]]);
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      for (const v of out[queue[i]!]!) if (!dist.has(v)) dist.set(v, dist.get(queue[i]!)! + 1), queue.push(v);
    }
    return Math.max(...dist.values());
  });
}

/**
 * A follower-style digraph from an undirected Csr: each edge becomes reciprocal with probability
 * `reciprocity`, else one arc in a random direction (a giant strongly connected core, in- and
 * out-tendrils, as in real directed social graphs).
 */
export function orient(csr: Csr, reciprocity: number, seed: number): Csr {
  const r = createRng(seed);
  const sources: number[] = [];
  const targets: number[] = [];
  for (let u = 0; u < csr.order; u++) {
    for (let j = csr.offsets[u]!; j < csr.offsets[u + 1]!; j++) {
      const v = csr.targets[j]!;
      if (v < u) continue;
      const both = r() < reciprocity;
      const forward = r() < 0.5;
      if (both || forward) sources.push(u), targets.push(v);
      if (both || !forward) sources.push(v), targets.push(u);
    }
  }
  return fromEdges({ sources, targets }, { nodes: csr.order, directed: true });
}

/** Largest finite distance from v along a Csr's out-arcs: a plain BFS over its arrays. */
export function csrEccentricity(g: Csr, v: number): number {
  const dist = new Int32Array(g.order).fill(-1);
  const queue = [v];
  dist[v] = 0;
  let max = 0;
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i]!;
    for (let j = g.offsets[u]!; j < g.offsets[u + 1]!; j++) {
      const w = g.targets[j]!;
      if (dist[w] !== -1) continue;
      dist[w] = dist[u]! + 1;
      max = Math.max(max, dist[w]!);
      queue.push(w);
    }
  }
  return max;
}
