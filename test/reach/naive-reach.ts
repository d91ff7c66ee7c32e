// Naive reach oracles for test/reach: per-member BFS (test/oracle.ts) and plain Set operations,
// sharing nothing with src/.

import { naiveBfs } from '../oracle.js';

/** Keys at distance exactly d from `source` alone. */
export function ring(adj: Map<string, string[]>, source: string, d: number): Set<string> {
  return new Set([...naiveBfs(adj, source)].filter(([, x]) => x === d).map(([k]) => k));
}

/** Distance from each key to the nearest member (a multi-source BFS done as a min of BFSs). */
export function nearest(adj: Map<string, string[]>, members: string[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const m of members) {
    for (const [k, d] of naiveBfs(adj, m)) if (!best.has(k) || best.get(k)! > d) best.set(k, d);
  }
  return best;
}

/** |A ∩ B|. */
export function intersection(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Jaccard index, 0 for two empty sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = intersection(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Keys within ≤ 2 hops of `source` in `adj` (source excluded). */
export function withinTwo(adj: Map<string, string[]>, source: string): Set<string> {
  return new Set([...naiveBfs(adj, source)].filter(([k, d]) => d <= 2 && k !== source).map(([k]) => k));
}
