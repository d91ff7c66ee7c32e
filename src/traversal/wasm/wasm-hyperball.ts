// The memory of the WebAssembly HyperBall kernels (hyperball-kernel.wat, table in
// hyperball-kernel.ts): counters, flags, chunk sums, tables and per-thread scratch beside the
// index when it lives in a heap, else in a memory with a copy of the forward adjacency. Plain for
// one thread, shared for workers (same layout).

import type { Adjacency } from '../../csr/adjacency.js';
import type { Arena } from '../../wasm/arena.js';
import { hyperBallTables } from '../hyperball-estimate.js';
import { adjacencyArena, kernelGraph } from './arena-adjacency.js';
import { HYPERBALL_KERNEL, HYPERBALL_SCRATCH, type HyperBallRegion, hyperBallRegions } from './hyperball-kernel.js';

export { HYPERBALL_KERNEL, HYPERBALL_SCRATCH, type HyperBallRegion };

/** A HyperBall memory: its regions and where the kernels find the forward adjacency. */
export interface HyperBallArena {
  readonly arena: Arena<HyperBallRegion>;
  /** Forward adjacency addresses, under the kernel's parameter names. */
  readonly graph: { offs: number; tgts: number };
}

/**
 * Allocates a HyperBall memory for `adj` and fills everything but the counters: the counted flags,
 * the tables (and the adjacency copy when the index is not in a heap); flags0 is all ones (every
 * node "changed" before the first step).
 *
 * @param adj - the adjacency (balls grow along forward arcs).
 * @param log2m - log2 of the registers per counter.
 * @param counted - 1 for the nodes whose balls are summed.
 * @param threads - threads that will run the kernels at once (one scratch block each).
 * @param shared - a shared memory, for workers (beside a heap it is always shared).
 * @returns the arena, or null when WebAssembly is missing or the memory would pass 4 GiB.
 * @remarks Time O(n) beside a heap, O(n + m) with a copy; memory 2·2^log2m + 3 bytes per node
 * (plus 4 per adjacency entry for a copy).
 */
export function hyperBallArena(
  adj: Adjacency,
  log2m: number,
  counted: Uint8Array,
  threads: number,
  shared: boolean,
): HyperBallArena | null {
  const placed = adjacencyArena(adj, hyperBallRegions(adj.order, log2m, threads), shared, true);
  if (placed === null) return null;
  const { arena } = placed;
  arena.uint8('flags0').fill(1);
  arena.uint8('counted').set(counted);
  hyperBallTables(1 << log2m, arena.float64('tables'));
  const { offs, tgts } = kernelGraph(placed.graph);
  return { arena, graph: { offs, tgts } };
}
