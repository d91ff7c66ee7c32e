// Independent oracles: a ten-line Map-based BFS over plain adjacency lists built straight from
// the edge list, sharing nothing with src/.

import type { RandomGraph } from './arbitraries.js';

/** Plain adjacency: key -> neighbour keys, for a direction mode. */
export function naiveAdjacency(
  g: RandomGraph,
  mode: 'outbound' | 'inbound' | 'all' = 'outbound',
): Map<string, string[]> {
  const adj = new Map<string, string[]>();
  for (const k of g.nodes) adj.set(k, []);
  for (const [a, b, undirected] of g.edges) {
    const both = !g.directed || undirected || mode === 'all';
    if (both || mode === 'outbound') adj.get(a)!.push(b);
    if (both || mode === 'inbound') adj.get(b)!.push(a);
  }
  return adj;
}

/** Hops from source to each reachable key. */
export function naiveBfs(adj: Map<string, string[]>, source: string): Map<string, number> {
  const dist = new Map([[source, 0]]);
  const queue = [source];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i]!;
    for (const v of adj.get(u)!) if (!dist.has(v)) dist.set(v, dist.get(u)! + 1), queue.push(v);
  }
  return dist;
}
