// Test helpers for generated graphs: plain edge lists out of a Csr, a naive clustering
// coefficient and a naive all-pairs mean distance, sharing nothing with src/ but the Csr arrays.

import type { Csr } from '../../src/index.js';

/** Each undirected edge once, as [u, v] with u < v, sorted. */
export function edgeList(csr: Csr): [number, number][] {
  const out: [number, number][] = [];
  for (let u = 0; u < csr.order; u++) {
    for (let j = csr.offsets[u]!; j < csr.offsets[u + 1]!; j++) if (csr.targets[j]! > u) out.push([u, csr.targets[j]!]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Neighbour sets, from a Csr. */
export function neighbourSets(csr: Csr): Set<number>[] {
  return Array.from(
    { length: csr.order },
    (_, u) => new Set(csr.targets.subarray(csr.offsets[u]!, csr.offsets[u + 1]!)),
  );
}

/** Average local clustering (0 for connection count < 2), by brute force over neighbour pairs. */
export function naiveAverageClustering(csr: Csr): number {
  const sets = neighbourSets(csr);
  let sum = 0;
  for (const s of sets) {
    const list = [...s];
    const d = list.length;
    if (d < 2) continue;
    let links = 0;
    for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) if (sets[list[i]!]!.has(list[j]!)) links++;
    sum += (2 * links) / (d * (d - 1));
  }
  return sum / csr.order;
}

/** Mean hops over all connected ordered pairs, by a Map-free array BFS from every node. */
export function naiveMeanDistance(csr: Csr): number {
  const sets = neighbourSets(csr).map((s) => [...s]);
  let total = 0;
  let pairs = 0;
  for (let s = 0; s < csr.order; s++) {
    const dist = new Array<number>(csr.order).fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      for (const v of sets[u]!)
        if (dist[v] === -1) (dist[v] = dist[u]! + 1), queue.push(v), (total += dist[v]!), pairs++;
    }
  }
  return total / pairs;
}
