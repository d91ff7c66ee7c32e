// One thread's share of an index build (the worker-parallel edge-list reader's): the rows
// [lo, hi) of an undirected adjacency, or one whole adjacency (out or in) of a directed graph.
// Rows keep edge order and the first of repeated entries, so the shares laid end to end are the
// single-thread build's rows (scatter.ts) and their drop counts add up to its counts.

import type { TrustedEdges } from './from-edges.js';
import { blockShift, placeBlocks, type ScatteredRows, scatterRows } from './scatter.js';

// The JavaScript build: on 2 cores shared with other jobs (load 10), a share of 10⁷ edges took
// 0.8–0.9 s of CPU against 1.2–1.5 s in WebAssembly, whose 22-byte-per-entry working memory
// costs page faults (system time) in every thread at once.
const SHARE_KERNEL = 'js';

/** A share of the build: rows `[lo, hi)` of an undirected graph, or a directed graph's out or in adjacency. */
export type ScatterTask =
  | { kind: 'rows'; n: number; edges: TrustedEdges; lo: number; hi: number; simplify: boolean }
  | { kind: 'adjacency'; n: number; edges: TrustedEdges; reverse: boolean; simplify: boolean };

/**
 * Builds one share of an index (see `ScatterTask`): the offsets of its rows (`offsets[r − lo]`;
 * a whole adjacency has lo = 0), its entries, and the self-loops and repeated entries it dropped.
 *
 * @remarks Time O(n + m) for m edges (every edge is read; only the share's entries are placed);
 * extra memory 6 bytes per entry of the share while partitioning.
 * @example
 * const edges = { sources: Int32Array.of(0, 1), targets: Int32Array.of(1, 2) };
 * scatterTask({ kind: 'rows', n: 3, edges, lo: 1, hi: 3, simplify: true }).entries; // [0, 2, 1]
 */
export function scatterTask(task: ScatterTask): ScatteredRows {
  const { n, edges, simplify } = task;
  if (task.kind === 'adjacency')
    return scatterRows(n, edges, true, task.reverse, simplify, false, undefined, SHARE_KERNEL);
  return scatterRowRange(n, edges, task.lo, task.hi, simplify);
}

// The blocked counting sort of scatter.ts (JavaScript build) over the rows [lo, hi) of an
// undirected graph, straight from the edges: per edge, the forward entry and then the backward
// one, so each row keeps edge order. Offsets are local (row lo is offsets[0]). Picking the share's
// arcs first and scattering them cost 0.3–0.4 s more CPU per 10⁷-edge share (load 10).
function scatterRowRange(n: number, edges: TrustedEdges, lo: number, hi: number, simplify: boolean): ScatteredRows {
  const { sources, targets } = edges;
  const m = sources.length;
  const span = hi - lo;
  const shift = blockShift(span);
  const blocks = Math.ceil(span / 2 ** shift);
  const mask = (1 << shift) - 1;
  // 1. Entries per block.
  const blockStart = new Int32Array(blocks + 1);
  let selfLoops = 0;
  for (let i = 0; i < m; i++) {
    const a = sources[i]! - lo;
    const b = targets[i]! - lo;
    const inA = a >= 0 && a < span;
    if (a === b) {
      if (inA) {
        selfLoops++;
        if (!simplify) blockStart[(a >>> shift) + 1]!++;
      }
      continue;
    }
    if (inA) blockStart[(a >>> shift) + 1]!++;
    if (b >= 0 && b < span) blockStart[(b >>> shift) + 1]!++;
  }
  for (let k = 0; k < blocks; k++) blockStart[k + 1]! += blockStart[k]!;
  const total = blockStart[blocks]!;
  // 2. Partition by block, in edge order, with the row within the block.
  const cursor = blockStart.slice(0, blocks);
  const entryOf = new Int32Array(total);
  const rowOf = new Uint16Array(total);
  for (let i = 0; i < m; i++) {
    const a = sources[i]! - lo;
    const b = targets[i]! - lo;
    const inA = a >= 0 && a < span;
    if (a === b && (simplify || !inA)) continue;
    if (inA) {
      const p = cursor[a >>> shift]!++;
      entryOf[p] = b + lo;
      rowOf[p] = a & mask;
      if (a === b) continue;
    }
    if (b >= 0 && b < span) {
      const p = cursor[b >>> shift]!++;
      entryOf[p] = a + lo;
      rowOf[p] = b & mask;
    }
  }
  // 3. Each block: count its rows, place its entries, drop repeats (scatter.ts).
  const offsets = new Int32Array(span + 1);
  let entries = new Int32Array(total);
  const write = placeBlocks(blockStart, entryOf, rowOf, shift, offsets, entries, simplify ? n : 0);
  if (write < total) entries = entries.slice(0, write);
  return { offsets, entries, selfLoops, duplicates: total - write };
}
