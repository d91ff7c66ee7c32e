// scatterRows' blocked counting sort in WebAssembly (scatter-kernel.wat): the edges are copied into
// a memory sized for the worst case (every edge giving two entries), sorted there, and the rows
// copied out into ordinary (or shared) arrays. Same output, byte for byte, as the JavaScript build.
// (Edges that already live in the index's heap are sorted in place: heap-scatter.ts.)

import { allocateArena } from '../../wasm/arena.js';
import { bindKernel } from '../../wasm/kernel-spec.js';
import type { TrustedEdges } from '../from-edges.js';
import type { IndexStorage, ScatteredRows } from '../scatter.js';
import { SCATTER_KERNEL, scatterRegions } from './scatter-kernel.js';

/** What both WebAssembly builds scatter (this one and heap-scatter.ts): n rows from `edges`, as `scatterRows` takes them. */
export interface ScatterInput {
  /** Rows (nodes). */
  n: number;
  /** The edges (dense ids). */
  edges: TrustedEdges;
  /** Whether an edge gives one entry (unless flagged undirected) or two. */
  directed: boolean;
  /** Entries go in the target's row (the in-adjacency). */
  reverse: boolean;
  /** Self-loops and repeated entries are left out. */
  simplify: boolean;
  /** Rows per block of the blocked build (log2). */
  shift: number;
}

/**
 * The blocked scatter of `scatterRows` run in WebAssembly, or `null` when WebAssembly is missing
 * or the working memory (about 22 bytes per entry plus 4n) would pass 4 GiB.
 *
 * @param alloc - allocates the returned arrays (plain, shared or the caller's), as the JavaScript build does.
 * @remarks Time O(n + m), like the JavaScript build, with copies in and out.
 */
export function wasmScatterRows(
  input: ScatterInput,
  alloc: (length: number, storage: IndexStorage) => Int32Array,
  shared: IndexStorage,
): ScatteredRows | null {
  const { n, edges: e, directed, reverse, simplify, shift } = input;
  const m = e.sources.length;
  const flags = directed ? e.undirectedEdges : undefined;
  const most = directed && flags === undefined ? m : 2 * m;
  const blocks = Math.ceil(n / 2 ** shift);
  const arena = allocateArena(scatterRegions(n, m, most, flags !== undefined, shift));
  if (arena === null) return null;
  const kernel = bindKernel(SCATTER_KERNEL, arena.memory, false);
  if (kernel === null) return null;
  arena.int32('src').set(e.sources);
  arena.int32('dst').set(e.targets);
  if (flags !== undefined) arena.uint8('flags').set(flags);
  const kept = kernel.scatter.with(arena.ptr, {
    n,
    m,
    flags: flags === undefined ? 0 : arena.ptr.flags,
    directed: directed ? 1 : 0,
    reverse: reverse ? 1 : 0,
    simplify: simplify ? 1 : 0,
    shift,
  })({});
  const total = arena.int32('blockStart')[blocks]!;
  const offsets = alloc(n + 1, shared);
  offsets.set(arena.int32('offsets').subarray(0, n + 1));
  const entries = alloc(kept, shared);
  entries.set(arena.int32('entries').subarray(0, kept));
  return { offsets, entries, selfLoops: arena.int32('st')[0]!, duplicates: total - kept };
}
