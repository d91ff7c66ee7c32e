// Degree-preserving reference graphs by Maslov–Sneppen double-edge swaps (a–b, c–d → a–d, c–b), step
// for step as networkx 2.8's random_reference and lattice_reference: edges drawn as uniform
// adjacency slots, `swapsPerEdge·m` rounds of at most ⌊2m/(n − 1)⌋ tries, no self-loop or parallel
// edge, a swap undone when a and b end up disconnected. Invariants: every node keeps its
// connection count (slots never move between nodes), the graph stays simple, and no swap
// disconnects a pair that was connected.

import type { Csr } from '../csr/csr.js';
import { adjacency } from '../csr/adjacency.js';
import { fromEdges } from '../csr/from-edges.js';
import type { Rng } from '../random.js';

/** The two references networkx's sigma and omega use. */
export type DegreeReferenceKind = 'random' | 'lattice';

// Draws per try before a round gives up: networkx retries a draw of four non-distinct nodes
// forever (a star hangs it); we count those draws and stop after this many per allowed try.
const DRAWS_PER_TRY = 64;

/**
 * A degree-preserving reference of the undirected simple view of `csr`: randomised
 * (`'random'`, Maslov & Sneppen 2002) or latticised (`'lattice'`, Sporns & Zwi 2004, swaps kept
 * only when they bring edges closer to the diagonal of the node order, with networkx's test).
 *
 * @param csr - the graph (direction, self-loops and parallel edges ignored).
 * @param kind - `'random'` or `'lattice'`.
 * @param swapsPerEdge - rounds per edge (networkx's `niter`).
 * @param rng - the random source.
 * @returns the reference, same node ids and connection counts.
 * @remarks Time O(S·(Δ + n + m)) at worst for S = swapsPerEdge·m rounds, maximum connection count
 * Δ, n nodes and m edges (each accepted swap runs a bidirectional BFS, usually short); memory O(n + m).
 * @see Maslov, Sneppen, Science 296, 2002, doi:10.1126/science.1065103; Sporns, Zwi,
 * Neuroinformatics 2, 2004, doi:10.1385/NI:2:2:145
 */
export function degreeReference(csr: Csr, kind: DegreeReferenceKind, swapsPerEdge: number, rng: Rng): Csr {
  const { order: n, offsets } = adjacency(csr, 'all');
  const targets = adjacency(csr, 'all').targets.slice();
  const slots = targets.length;
  const m = slots / 2;
  const owner = new Int32Array(slots);
  for (let u = 0; u < n; u++) owner.fill(u, offsets[u]!, offsets[u + 1]!);
  const edges = new Set<number>();
  for (let j = 0; j < slots; j++) edges.add(owner[j]! * n + targets[j]!);
  const link = createLinkCheck(n, offsets, targets);
  const ring = (i: number, j: number): number => Math.min(Math.abs(i - j), n - Math.abs(i - j));
  const slotOf = (u: number, v: number): number => {
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) if (targets[j] === v) return j;
    return -1;
  };
  const rounds = swapsPerEdge * m;
  const tries = n > 1 ? Math.max(1, Math.floor((2 * m) / (n - 1))) : 0;
  for (let round = 0; round < rounds && m >= 2; round++) {
    for (let t = 0, draws = 0; t < tries && draws < DRAWS_PER_TRY * tries; draws++) {
      const ja = rng.int(slots);
      const jc = rng.int(slots);
      const a = owner[ja]!;
      const c = owner[jc]!;
      if (a === c) continue;
      const b = targets[ja]!;
      const d = targets[jc]!;
      if (b === c || b === d || d === a) continue;
      t++;
      if (edges.has(a * n + d) || edges.has(c * n + b)) continue;
      if (kind === 'lattice' && !(ring(a, b) + ring(c, d) >= ring(a, c) + ring(b, d))) continue;
      // a–b, c–d → a–d, c–b: four slots change hands, none moves between nodes
      const jb = slotOf(b, a);
      const jd = slotOf(d, c);
      targets[ja] = d;
      targets[jb] = c;
      targets[jc] = b;
      targets[jd] = a;
      if (!link(a, b)) {
        targets[ja] = b;
        targets[jb] = a;
        targets[jc] = d;
        targets[jd] = c;
        continue;
      }
      edges.delete(a * n + b);
      edges.delete(b * n + a);
      edges.delete(c * n + d);
      edges.delete(d * n + c);
      edges.add(a * n + d);
      edges.add(d * n + a);
      edges.add(c * n + b);
      edges.add(b * n + c);
      break;
    }
  }
  const sources: number[] = [];
  const ends: number[] = [];
  for (let j = 0; j < slots; j++) if (owner[j]! < targets[j]!) sources.push(owner[j]!), ends.push(targets[j]!);
  return fromEdges({ sources, targets: ends }, { nodes: csr.keys });
}

// Whether s and t are connected, by a bidirectional BFS that grows the smaller frontier; visit
// marks are generation stamps, so nothing is cleared between calls.
function createLinkCheck(n: number, offsets: Int32Array, targets: Int32Array): (s: number, t: number) => boolean {
  const side = new Int32Array(n); // +generation: reached from s; −generation: reached from t
  const queueS = new Int32Array(n);
  const queueT = new Int32Array(n);
  let generation = 0;
  return (s, t) => {
    generation++;
    side[s] = generation;
    side[t] = -generation;
    queueS[0] = s;
    queueT[0] = t;
    let headS = 0;
    let tailS = 1;
    let headT = 0;
    let tailT = 1;
    while (headS < tailS && headT < tailT) {
      const fromS = tailS - headS <= tailT - headT;
      const queue = fromS ? queueS : queueT;
      const mine = fromS ? generation : -generation;
      let head = fromS ? headS : headT;
      let tail = fromS ? tailS : tailT;
      const levelEnd = tail;
      for (; head < levelEnd; head++) {
        const u = queue[head]!;
        for (let j = offsets[u]!, end = offsets[u + 1]!; j < end; j++) {
          const v = targets[j]!;
          const mark = side[v]!;
          if (mark === -mine) return true;
          if (mark !== mine) {
            side[v] = mine;
            queue[tail++] = v;
          }
        }
      }
      if (fromS) (headS = head), (tailS = tail);
      else (headT = head), (tailT = tail);
    }
    return false;
  };
}
