// Independent oracles for the path queries, sharing nothing with src/: constrained adjacency lists
// built straight from the edge list, a Map-based BFS that skips blocked people, a brute-force
// enumeration of simple paths, a brute-force minimum vertex cut, and Bellman–Ford costs.

import fc from 'fast-check';
import type Graph from 'graphology';
import { randomGraph, toGraphology, type RandomGraph } from '../arbitraries.js';

export type Mode = 'outbound' | 'inbound' | 'all';

/** A random graph with random constraints (edge `known` flags, avoided people, a hop bound). */
export interface Case {
  g: RandomGraph;
  mode: Mode;
  known: boolean[];
  useFilter: boolean;
  avoid: string[];
  maxLength: number | undefined;
}

/** Random constrained queries over small graphs (brute force stays cheap). */
export function constrainedCase(maxNodes = 9, maxEdges = 24): fc.Arbitrary<Case> {
  return fc
    .record({
      g: randomGraph({ maxNodes, maxEdges }),
      mode: fc.constantFrom<Mode>('outbound', 'inbound', 'all'),
      known: fc.array(fc.boolean(), { minLength: maxEdges, maxLength: maxEdges }),
      useFilter: fc.boolean(),
      avoidMask: fc.array(fc.boolean(), { minLength: maxNodes, maxLength: maxNodes }),
      maxLength: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
    })
    .map(({ g, mode, known, useFilter, avoidMask, maxLength }) => ({
      g,
      mode,
      known,
      useFilter,
      avoid: g.nodes.filter((_, i) => avoidMask[i] && i % 2 === 1),
      maxLength,
    }));
}

/** The graphology graph of a case, each edge i carrying `{ known: known[i], weight }`. */
export function caseGraph(c: Case, weights?: number[]): Graph {
  const graph = toGraphology(c.g);
  let i = 0;
  graph.forEachEdge((edge) => {
    graph.setEdgeAttribute(edge, 'known', c.known[i] ?? true);
    if (weights) graph.setEdgeAttribute(edge, 'weight', weights[i] ?? 1);
    i++;
  });
  return graph;
}

/** The library options of a case. */
export function caseOptions(c: Case): {
  mode: Mode;
  avoid: string[];
  maxLength?: number;
  edgeFilter?: (e: string, a: Record<string, unknown>) => boolean;
} {
  const o: ReturnType<typeof caseOptions> = { mode: c.mode, avoid: c.avoid };
  if (c.maxLength !== undefined) o.maxLength = c.maxLength;
  if (c.useFilter) o.edgeFilter = (_e, a) => a.known === true;
  return o;
}

/** Weighted adjacency lists honouring mode and the edge filter (no dedupe: a multigraph). */
export function naiveEdges(c: Case, weights: number[] = []): Map<string, [string, number][]> {
  const adj = new Map<string, [string, number][]>();
  for (const k of c.g.nodes) adj.set(k, []);
  c.g.edges.forEach(([a, b, undirected], i) => {
    if (c.useFilter && !(c.known[i] ?? true)) return;
    const w = weights[i] ?? 1;
    const both = !c.g.directed || undirected || c.mode === 'all';
    if (both || c.mode === 'outbound') adj.get(a)!.push([b, w]);
    if (both || c.mode === 'inbound') adj.get(b)!.push([a, w]);
  });
  return adj;
}

/** Distinct neighbours (no self-loops), skipping blocked people except the endpoints. */
export function naiveNeighbours(c: Case, endpoints: string[]): Map<string, string[]> {
  const blocked = new Set(c.avoid.filter((k) => !endpoints.includes(k)));
  const out = new Map<string, string[]>();
  for (const [u, list] of naiveEdges(c)) {
    out.set(u, blocked.has(u) ? [] : [...new Set(list.map(([v]) => v))].filter((v) => v !== u && !blocked.has(v)));
  }
  return out;
}

/** Map-based BFS hops from `source`. */
export function bfs(adj: Map<string, string[]>, source: string): Map<string, number> {
  const dist = new Map([[source, 0]]);
  const queue = [source];
  for (let i = 0; i < queue.length; i++)
    for (const v of adj.get(queue[i]!)!) if (!dist.has(v)) dist.set(v, dist.get(queue[i]!)! + 1), queue.push(v);
  return dist;
}

/** Every simple path from s to t, by exhaustive depth-first search (tiny graphs only). */
export function allSimplePaths(adj: Map<string, string[]>, s: string, t: string): string[][] {
  const out: string[][] = [];
  const path = [s];
  const on = new Set([s]);
  const go = (u: string): void => {
    if (u === t) return void out.push([...path]);
    for (const v of adj.get(u)!) {
      if (on.has(v)) continue;
      on.add(v);
      path.push(v);
      go(v);
      path.pop();
      on.delete(v);
    }
  };
  go(s);
  return out;
}

/** The shortest of the simple paths (all of them), by brute force. */
export function bruteShortestPaths(adj: Map<string, string[]>, s: string, t: string, maxLength = Infinity): string[][] {
  const all = allSimplePaths(adj, s, t).filter((p) => p.length - 1 <= maxLength);
  const best = Math.min(...all.map((p) => p.length));
  return all.filter((p) => p.length === best);
}

/** Fewest people (not s, t) whose removal leaves no s→t path; a direct edge adds one (Menger). */
export function bruteVertexCut(adj: Map<string, string[]>, s: string, t: string): number {
  const direct = adj.get(s)!.includes(t);
  const others = [...adj.keys()].filter((k) => k !== s && k !== t);
  let best = Infinity;
  for (let mask = 0; mask < 1 << others.length; mask++) {
    const removed = new Set(others.filter((_, i) => mask & (1 << i)));
    if (removed.size >= best) continue;
    const cut = new Map(
      [...adj].map(([u, vs]) => [u, removed.has(u) ? [] : vs.filter((v) => !removed.has(v) && !(u === s && v === t))]),
    );
    if (!bfs(cut, s).has(t)) best = removed.size;
  }
  return best + (direct ? 1 : 0);
}

/** Cheapest cost s → t with at most `maxHops` edges (Bellman–Ford by rounds), blocked skipped. */
export function bellmanFord(c: Case, weights: number[], s: string, t: string, maxHops = Infinity): number {
  const blocked = new Set(c.avoid.filter((k) => k !== s && k !== t));
  const edges = naiveEdges(c, weights);
  let cost = new Map([[s, 0]]);
  const rounds = Math.min(maxHops, c.g.nodes.length);
  for (let r = 0; r < rounds; r++) {
    const next = new Map(cost);
    for (const [u, cu] of cost) {
      if (blocked.has(u) && u !== s) continue;
      for (const [v, w] of edges.get(u)!) {
        if (v === u || blocked.has(v)) continue;
        if (cu + w < (next.get(v) ?? Infinity)) next.set(v, cu + w);
      }
    }
    cost = next;
  }
  return cost.get(t) ?? Infinity;
}

/**
 * Least total length of c internally disjoint s→t paths, for every c (index c; the last index is
 * the most paths there are), by DP over (set of inner nodes used, number of paths) over all simple paths.
 */
export function bruteDisjoint(adj: Map<string, string[]>, s: string, t: string): number[] {
  const others = [...adj.keys()].filter((k) => k !== s && k !== t);
  const bit = new Map(others.map((k, i) => [k, 1 << i]));
  const most = others.length + 1;
  // best[mask][c]: least total length of c paths whose inner nodes are exactly `mask`.
  const best = Array.from({ length: 1 << others.length }, () => new Array<number>(most + 1).fill(Infinity));
  best[0]![0] = 0;
  let direct = false;
  for (const p of allSimplePaths(adj, s, t)) {
    if (p.length === 2) {
      direct = true;
      continue;
    }
    const mp = p.slice(1, -1).reduce((m, k) => m | bit.get(k)!, 0);
    for (let m = best.length - 1; m >= 0; m--) {
      if (m & mp) continue;
      for (let c = most - 1; c >= 0; c--) {
        const from = best[m]![c]!;
        if (from + p.length - 1 < best[m | mp]![c + 1]!) best[m | mp]![c + 1] = from + p.length - 1;
      }
    }
  }
  const totals = new Array<number>(most + 1).fill(Infinity);
  for (const row of best) row.forEach((v, c) => (totals[c] = Math.min(totals[c]!, v)));
  // The direct edge (length 1) is disjoint from every other path, and swapping it for the longest
  // path of any set shortens the set: the best c paths are the direct one plus the best c − 1 others.
  const out = direct ? [0, ...totals.map((v) => v + 1)] : totals;
  while (out.length > 1 && out[out.length - 1] === Infinity) out.pop();
  return out;
}
