// Seeded test graphs for the separation tests: preferential attachment (undirected or directed)
// and sparse Erdős–Rényi (disconnected), built straight into a Csr.
import { fromEdges, type Csr } from '../../src/index.js';
import { createRng as rng } from '../../src/random.js';

/** Preferential attachment: each new node links to k earlier ones, chosen by degree. */
export function preferentialAttachment(n: number, k: number, seed: number, directed = false): Csr {
  const r = rng(seed);
  const sources: number[] = [];
  const targets: number[] = [];
  const ends: number[] = [0];
  for (let v = 1; v < n; v++) {
    for (let j = 0; j < Math.min(k, v); j++) {
      const u = ends[Math.floor(r() * ends.length)]!;
      sources.push(v);
      targets.push(u);
      ends.push(u, v);
    }
  }
  return fromEdges({ sources, targets }, { nodes: n, directed });
}

/** G(n, m): m uniformly random edges (sparse ones leave many components). */
export function erdosRenyi(n: number, m: number, seed: number, directed = false): Csr {
  const r = rng(seed);
  const sources = Array.from({ length: m }, () => Math.floor(r() * n));
  const targets = Array.from({ length: m }, () => Math.floor(r() * n));
  return fromEdges({ sources, targets }, { nodes: n, directed });
}
