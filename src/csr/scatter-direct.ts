// The row-by-row Csr build, C's way: count the entries of each row, turn the counts into bounds,
// then place every entry at its row's cursor (per-row order = edge order) and, when simplifying,
// drop repeated entries in place. Up to 2^21 rows the bounds and cursors stay in the last-level
// cache, which made it the build of every index of that size (scatter.ts says when).

import type { TrustedEdges } from './from-edges.js';
import {
  allocInt32,
  dropRepeats,
  entryStorage,
  exactRows,
  type IndexStorage,
  type ScatteredRows,
} from './scattered-rows.js';

/**
 * The row-by-row build (up to 2^21 rows, or few edges): counts the entries of each row, then
 * places each one directly; rows as `scatterRows` gives them.
 *
 * @remarks Time O(n + m); extra memory 4n bytes of cursors, n/8 of marks when simplifying.
 */
export function scatterDirect(
  n: number,
  e: TrustedEdges,
  directed: boolean,
  reverse: boolean,
  simplify: boolean,
  shared: IndexStorage,
): ScatteredRows {
  const { sources, targets, undirectedEdges } = e;
  const m = sources.length;
  const offsets = allocInt32(n + 1, shared);
  let selfLoops = 0;
  for (let i = 0; i < m; i++) {
    const a = sources[i]!;
    const b = targets[i]!;
    if (a === b) {
      selfLoops++;
      if (simplify) continue;
    }
    offsets[(reverse ? b : a) + 1]!++;
    if (a !== b && (!directed || (undirectedEdges !== undefined && undirectedEdges[i] === 1)))
      offsets[(reverse ? a : b) + 1]!++;
  }
  for (let u = 0; u < n; u++) offsets[u + 1]! += offsets[u]!;
  const total = offsets[n]!;
  const entries = allocInt32(total, entryStorage(simplify, shared));
  const cursor = offsets.slice(0, n);
  for (let i = 0; i < m; i++) {
    const a = sources[i]!;
    const b = targets[i]!;
    if (a === b && simplify) continue;
    const from = reverse ? b : a;
    const to = reverse ? a : b;
    entries[cursor[from]!++] = to;
    if (a !== b && (!directed || (undirectedEdges !== undefined && undirectedEdges[i] === 1)))
      entries[cursor[to]!++] = from;
  }
  const write =
    simplify && n > 0 ? dropRepeats(offsets, entries, 0, n, total, 0, new Int32Array((n + 31) >>> 5)) : total;
  offsets[n] = write;
  return exactRows(offsets, entries, write, selfLoops, shared);
}
