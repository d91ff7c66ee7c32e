// The index from shares built apart (scatter-task.ts): an undirected graph's row ranges laid end
// to end, or a directed graph's out and in adjacencies, copied where `buildCsr` would put them
// (a shared WebAssembly heap for large graphs, index-memory.ts), with the same drop counts.

import type { Csr } from './csr.js';
import type { FromEdgesOptions } from './from-edges.js';
import { indexStorage } from './index-memory.js';
import type { NodeKeys } from './node-keys.js';
import { allocInt32, type IndexStorage, type ScatteredRows } from './scatter.js';

// Row ranges [lo, hi) in order, each share's offsets local to its range (row lo at 0).
function lay(n: number, shares: readonly ScatteredRows[], bounds: readonly number[], storage: IndexStorage) {
  let total = 0;
  for (const s of shares) total += s.entries.length;
  const offsets = allocInt32(n + 1, storage);
  const targets = allocInt32(total, storage);
  let base = 0;
  shares.forEach((s, k) => {
    const lo = bounds[k]!;
    const hi = bounds[k + 1]!;
    for (let r = lo; r < hi; r++) offsets[r] = base + s.offsets[r - lo]!;
    targets.set(s.entries, base);
    base += s.entries.length;
  });
  offsets[n] = base;
  return { offsets, targets };
}

/**
 * Joins the shares of an index built on several threads into the `Csr` that `buildCsr` builds
 * from the same edges: undirected, `shares[k]` holds rows `[bounds[k], bounds[k + 1])`;
 * directed, `shares` is the out then the in adjacency.
 *
 * @param edges - the number of edges the shares were built from (sizes the heap as `buildCsr`).
 * @remarks Time O(n + m); the shares are copied once into the index's storage.
 * @example
 * const edges = { sources: Int32Array.of(0, 1), targets: Int32Array.of(1, 2) };
 * const shares = [scatterTask({ kind: 'rows', n: 3, edges, lo: 0, hi: 3, simplify: true })];
 * csrFromShares(integerKeys(3), false, shares, [0, 3], 2).size; // 2
 */
export function csrFromShares(
  keys: NodeKeys,
  directed: boolean,
  shares: readonly ScatteredRows[],
  bounds: readonly number[],
  edges: number,
  options: Pick<FromEdgesOptions, 'shared' | 'memory'> = {},
): Csr {
  const n = keys.size;
  const storage = indexStorage(options.memory ?? 'auto', n, 2 * edges, directed ? 2 : 1, options.shared ?? false);
  let selfLoops = 0;
  let duplicates = 0;
  for (const s of directed ? shares.slice(0, 1) : shares) {
    selfLoops += s.selfLoops;
    duplicates += s.duplicates;
  }
  const out = directed ? lay(n, shares.slice(0, 1), [0, n], storage) : lay(n, shares, bounds, storage);
  const inn = directed ? lay(n, shares.slice(1, 2), [0, n], storage) : out;
  return Object.freeze({
    kind: 'csr',
    directed,
    order: n,
    size: directed ? out.targets.length : out.targets.length / 2,
    offsets: out.offsets,
    targets: out.targets,
    inOffsets: inn.offsets,
    inTargets: inn.targets,
    keys,
    dropped: Object.freeze({ selfLoops, duplicates: directed ? duplicates : duplicates / 2 }),
  });
}
