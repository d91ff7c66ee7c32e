// One thread's share of an index build (the worker-parallel edge-list reader's): the rows
// [lo, hi) of an undirected adjacency, or one whole adjacency (out or in) of a directed graph.
// Rows keep edge order and the first of repeated entries, so the shares laid end to end are the
// single-thread build's rows (scatter.ts) and their drop counts add up to its counts.

import type { TrustedEdges } from './from-edges.js';
import { type ScatteredRows, scatterRows } from './scatter.js';

// The JavaScript build: on 2 cores shared with other jobs (load 10), a share of 10⁷ edges took
// 0.8–0.9 s of CPU against 1.2–1.5 s in WebAssembly, whose 22-byte-per-entry working memory
// costs page faults (system time) in every thread at once.
const SHARE_KERNEL = 'js';

/** A share of the build: rows `[lo, hi)` of an undirected graph, or a directed graph's out or in adjacency. */
export type ScatterTask =
  | { kind: 'rows'; n: number; edges: TrustedEdges; lo: number; hi: number; simplify: boolean }
  | { kind: 'adjacency'; n: number; edges: TrustedEdges; reverse: boolean; simplify: boolean };

/**
 * Builds one share of an index (see `ScatterTask`): offsets over all n rows (empty outside the
 * share), the share's entries, and the self-loops and repeated entries it dropped.
 *
 * @remarks Time O(n + m) for m edges; extra memory 8 bytes per entry of the share (its arcs, in
 * edge order), then the build's (scatter.ts).
 * @example
 * const edges = { sources: Int32Array.of(0, 1), targets: Int32Array.of(1, 2) };
 * scatterTask({ kind: 'rows', n: 3, edges, lo: 1, hi: 3, simplify: true }).entries; // [0, 2, 1]
 */
export function scatterTask(task: ScatterTask): ScatteredRows {
  const { n, edges, simplify } = task;
  if (task.kind === 'adjacency')
    return scatterRows(n, edges, true, task.reverse, simplify, false, undefined, SHARE_KERNEL);
  const { lo, hi } = task;
  const { sources, targets } = edges;
  const m = sources.length;
  // The share's entries as arcs row → entry, in edge order (a self-loop once, as one thread does);
  // sized for every entry, of which only the pages written are ever touched.
  const rows = new Int32Array(2 * m);
  const entries = new Int32Array(2 * m);
  let k = 0;
  for (let i = 0; i < m; i++) {
    const a = sources[i]!;
    const b = targets[i]!;
    if (a >= lo && a < hi) {
      rows[k] = a;
      entries[k++] = b;
    }
    if (a !== b && b >= lo && b < hi) {
      rows[k] = b;
      entries[k++] = a;
    }
  }
  const arcs = { sources: rows.subarray(0, k), targets: entries.subarray(0, k) };
  return scatterRows(n, arcs, true, false, simplify, false, undefined, SHARE_KERNEL);
}
