// HyperBall's WebAssembly kernels on graphs whose adjacency does not fit beside the counters in one
// 4 GiB memory (10⁹ edges: 8 GB of entries): the memory holds the counters, flags and tables, and a
// window through which the rows are streamed, one segment of consecutive rows at a time. The kernel
// is unchanged: it gets the window's addresses shifted back by the segment's first row and entry
// (i32 arithmetic wraps modulo 2³², so the addresses it computes land inside the window).

import type { Adjacency } from '../../csr/adjacency.js';
import { allocateArena, type Arena } from '../../wasm/arena.js';
import { HYPERBALL_CHUNK, HYPERBALL_SLOT, hyperBallTables, hyperBallTablesLength } from '../hyperball-estimate.js';
import type { BoundKernel } from '../../wasm/kernel-spec.js';
import { type HYPERBALL_KERNEL, HYPERBALL_SCRATCH, type HyperBallRegion } from './hyperball-kernel.js';

/** HyperBall's kernel bound to a memory. */
type HyperBallKernel = BoundKernel<(typeof HYPERBALL_KERNEL)['exports']>;
/** The regions of a windowed memory: HyperBall's and the window. */
type WindowRegion = HyperBallRegion | 'offsets' | 'targets';

/**
 * Rows and entries per window (internal; tests lower them to stream small graphs in many
 * segments). 2²² entries = 16 MiB: copying a window costs far less than merging its counters.
 */
export const hyperBallWindow = { rows: 65536, entries: 1 << 22 };

/** A windowed HyperBall memory: the usual regions, `offsets` and `targets` being the window. */
export interface WindowedHyperBall {
  /** The memory; `offsets` and `targets` hold one segment at a time. */
  readonly arena: Arena<WindowRegion>;
  /** Runs one step over every segment; returns how many counters grew. */
  step(kernel: HyperBallKernel, current: 0 | 1, m: number): number;
}

/**
 * The regions of a windowed HyperBall memory.
 *
 * @param n - number of nodes.
 * @param log2m - log2 of the registers per counter.
 * @param rows - rows per window.
 * @param entries - adjacency entries per window.
 * @returns region name → bytes.
 * @remarks Time O(1).
 */
export function windowedHyperBallRegions(
  n: number,
  log2m: number,
  rows: number,
  entries: number,
): Record<WindowRegion, number> {
  const m = 1 << log2m;
  return {
    pad: 48, // the arena starts at byte 16: registers0 starts at byte 64
    registers0: n * m,
    registers1: n * m,
    offsets: 4 * (rows + 1),
    targets: 4 * entries,
    flags0: n,
    flags1: n,
    counted: n,
    sums: 8 * HYPERBALL_SLOT * Math.ceil(n / HYPERBALL_CHUNK),
    tables: 8 * hyperBallTablesLength(m),
    scratch: HYPERBALL_SCRATCH,
  };
}

/**
 * Lays out a windowed HyperBall memory for `adj` (no copy of the adjacency).
 *
 * @param adj - the adjacency, left where it is (a typed array of any length).
 * @param log2m - log2 of the registers per counter.
 * @param counted - 1 for the nodes whose balls are summed.
 * @returns the memory and its step, or null when the counters alone pass the limit.
 * @remarks Memory 2·2^log2m + 3 bytes per node and the window (16 MiB, or the largest row). Each
 * step copies the adjacency through the window once: O(n + m) more than the plain kernel.
 */
export function windowedHyperBall(adj: Adjacency, log2m: number, counted: Uint8Array): WindowedHyperBall | null {
  const n = adj.order;
  const m = 1 << log2m;
  const { offsets, targets } = adj;
  let widest = 0;
  for (let v = 0; v < n; v++) widest = Math.max(widest, offsets[v + 1]! - offsets[v]!);
  const rows = Math.max(1, Math.min(hyperBallWindow.rows, n));
  const entries = Math.max(1, widest, Math.min(hyperBallWindow.entries, targets.length));
  const arena = allocateArena<WindowRegion>(windowedHyperBallRegions(n, log2m, rows, entries));
  if (arena === null) return null;
  arena.uint8('flags0').fill(1);
  arena.uint8('counted').set(counted);
  hyperBallTables(m, arena.float64('tables'));
  const windowOffsets = arena.int32('offsets');
  const windowTargets = arena.int32('targets');
  const p = arena.ptr;
  return {
    arena,
    step(kernel: HyperBallKernel, current: 0 | 1, mm: number): number {
      let count = 0;
      for (let from = 0; from < n; ) {
        // The longest run of rows from `from` whose entries fit the window (each row fits alone).
        const first = offsets[from]!;
        let to = Math.min(n, from + rows);
        if (offsets[to]! - first > entries) {
          let lo = from + 1;
          let hi = to;
          while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (offsets[mid]! - first <= entries) lo = mid;
            else hi = mid - 1;
          }
          to = lo;
        }
        windowOffsets.set(offsets.subarray(from, to + 1));
        windowTargets.set(targets.subarray(first, offsets[to]!));
        count += kernel.step({
          offs: (p.offsets - 4 * from) | 0,
          tgts: (p.targets - 4 * first) | 0,
          cur: current === 0 ? p.registers0 : p.registers1,
          next: current === 0 ? p.registers1 : p.registers0,
          was: current === 0 ? p.flags0 : p.flags1,
          now: current === 0 ? p.flags1 : p.flags0,
          m: mm,
          from,
          to,
        });
        from = to;
      }
      return count;
    },
  };
}
