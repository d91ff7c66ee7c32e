// The memory of the WebAssembly HyperBall kernels (hyperball-kernel.wat): two counter arrays
// (64-byte aligned, so one counter of 64 registers is one cache line), a copy of the forward
// adjacency, two changed-flag arrays, the counted flags, the chunk sums, the estimator's tables and
// 128 bytes of scratch per thread. Plain for one thread, shared for workers (same layout).

import type { Adjacency } from '../../csr/adjacency.js';
import { HYPERBALL_CHUNK, HYPERBALL_SLOT, hyperBallTables, hyperBallTablesLength } from '../hyperball-estimate.js';
import { allocateArena, type Arena } from '../../wasm/arena.js';

/** The kernel's exports (byte addresses; see hyperball-kernel.wat). */
export interface HyperBallKernel {
  step(
    offs: number,
    tgts: number,
    cur: number,
    next: number,
    was: number,
    now: number,
    m: number,
    from: number,
    to: number,
  ): number;
  estimate(
    m: number,
    cur: number,
    next: number,
    changed: number,
    counted: number,
    from: number,
    to: number,
    chunk: number,
    sums: number,
    tables: number,
    scratch: number,
  ): void;
}

/** Named regions of a HyperBall memory. */
export type HyperBallRegion =
  | 'pad'
  | 'registers0'
  | 'registers1'
  | 'offsets'
  | 'targets'
  | 'flags0'
  | 'flags1'
  | 'counted'
  | 'sums'
  | 'tables'
  | 'scratch';

/** Scratch bytes per thread (8 f64 block sums, 8 i32 block zero counts). */
export const HYPERBALL_SCRATCH = 128;

/**
 * Allocates a HyperBall memory for `adj` and fills everything but the counters: the adjacency copy,
 * the counted flags, the tables; flags0 is all ones (every node "changed" before the first step).
 *
 * @param adj - the adjacency (forward arrays are copied).
 * @param log2m - log2 of the registers per counter.
 * @param counted - 1 for the nodes whose balls are summed.
 * @param threads - threads that will run the kernels at once (one scratch block each).
 * @param shared - a shared memory, for workers.
 * @returns the arena, or null when WebAssembly is missing or the memory would pass 4 GiB.
 * @remarks Time O(n + m); memory 2·2^log2m + 4 bytes per node and 4 per adjacency entry.
 */
export function hyperBallArena(
  adj: Adjacency,
  log2m: number,
  counted: Uint8Array,
  threads: number,
  shared: boolean,
): Arena<HyperBallRegion> | null {
  const n = adj.order;
  const m = 1 << log2m;
  const arena = allocateArena<HyperBallRegion>(
    {
      pad: 48, // the arena starts at byte 16: registers0 starts at byte 64
      registers0: n * m,
      registers1: n * m,
      offsets: 4 * (n + 1),
      targets: 4 * adj.targets.length,
      flags0: n,
      flags1: n,
      counted: n,
      sums: 8 * HYPERBALL_SLOT * Math.ceil(n / HYPERBALL_CHUNK),
      tables: 8 * hyperBallTablesLength(m),
      scratch: HYPERBALL_SCRATCH * threads,
    },
    shared,
  );
  if (arena === null) return null;
  arena.int32('offsets').set(adj.offsets);
  arena.int32('targets').set(adj.targets);
  arena.uint8('flags0').fill(1);
  arena.uint8('counted').set(counted);
  hyperBallTables(m, arena.float64('tables'));
  return arena;
}
