// Weakly connected components of a Csr by union-find over the out-adjacency (path halving, union
// by size): on a directed graph two nodes share a component when an edge joins them either way,
// so every BFS from a node stays inside its component. Labels are 0 … count−1, in id order.

import type { Csr } from '../csr/csr.js';

/** Components of the whole graph. */
export interface Components {
  /** Number of components (isolated nodes count, one each). */
  count: number;
  /** `labels[v]`: component of node v, numbered by first appearance in id order. */
  labels: Int32Array;
  /** `sizes[c]`: nodes in component c. */
  sizes: Int32Array;
  /** Label of the largest component (the first one among equals), −1 for the empty graph. */
  largest: number;
  /** Nodes in the largest component (0 for the empty graph). */
  largestSize: number;
}

const cache = new WeakMap<Csr, Components>();

/**
 * Labels the weakly connected components of a Csr (cached per index).
 *
 * @param csr - the index.
 * @returns labels, sizes and the largest component.
 * @remarks Time O(n + m·α(n)), memory O(n), where n is the number of nodes and m the number of
 * adjacency entries.
 */
export function weakComponents(csr: Csr): Components {
  const hit = cache.get(csr);
  if (hit) return hit;
  const n = csr.order;
  const { offsets, targets } = csr;
  const parent = new Int32Array(n);
  const weight = new Int32Array(n).fill(1);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const up = parent[parent[x]!]!;
      parent[x] = up;
      x = up;
    }
    return x;
  };
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1]!;
    for (let j = offsets[u]!; j < end; j++) {
      let a = find(u);
      let b = find(targets[j]!);
      if (a === b) continue;
      if (weight[a]! < weight[b]!) [a, b] = [b, a];
      parent[b] = a;
      weight[a]! += weight[b]!;
    }
  }
  const labels = new Int32Array(n).fill(-1);
  const rootLabel = new Int32Array(n).fill(-1);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const r = find(v);
    if (rootLabel[r] === -1) rootLabel[r] = count++;
    labels[v] = rootLabel[r]!;
  }
  const sizes = new Int32Array(count);
  for (let v = 0; v < n; v++) sizes[labels[v]!]!++;
  let largest = -1;
  let largestSize = 0;
  for (let c = 0; c < count; c++) {
    if (sizes[c]! > largestSize) {
      largestSize = sizes[c]!;
      largest = c;
    }
  }
  const result = { count, labels, sizes, largest, largestSize };
  cache.set(csr, result);
  return result;
}
