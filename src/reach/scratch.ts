// Per-index scratch for the reach kernels, allocated on first use and kept as long as the Csr
// lives, so a query on a big graph does not allocate O(n) each call. Invariants between calls:
// `count` is all zeros; `stamp` holds only generations below `generation` (generation stamps, so
// no reset is needed between uses). Kernels call no user code while they hold the scratch.

import type { Csr } from '../csr/csr.js';

/** Scratch arrays of size n for one index. */
export interface ReachScratch {
  /** Generation stamps (see `nextGenerations`). */
  readonly stamp: Int32Array;
  /** Per-node counters, all zero between calls. */
  readonly count: Int32Array;
  /** Per-node positions, free for any use during a call. */
  readonly position: Int32Array;
  /** The last generation handed out. */
  generation: number;
}

const cache = new WeakMap<Csr, ReachScratch>();
const GENERATION_LIMIT = 0x7fff0000;

/** The scratch of `csr`, allocated on first use. @remarks Time O(1), or O(n) the first time. */
export function reachScratch(csr: Csr): ReachScratch {
  let scratch = cache.get(csr);
  if (!scratch) {
    const n = csr.order;
    scratch = { stamp: new Int32Array(n), count: new Int32Array(n), position: new Int32Array(n), generation: 0 };
    cache.set(csr, scratch);
  }
  return scratch;
}

/**
 * Reserves `k` fresh generations and returns the first; stamps are cleared when they would
 * overflow. @remarks Time O(1), or O(n) once every ~2³¹ generations.
 */
export function nextGenerations(scratch: ReachScratch, k: number): number {
  if (scratch.generation + k >= GENERATION_LIMIT) {
    scratch.stamp.fill(0);
    scratch.generation = 0;
  }
  const first = scratch.generation + 1;
  scratch.generation += k;
  return first;
}
