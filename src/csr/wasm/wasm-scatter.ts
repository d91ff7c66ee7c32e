// scatterRows' blocked counting sort in WebAssembly (scatter-kernel.wat): the edges are copied into
// a memory sized for the worst case (every edge giving two entries), sorted there, and the rows
// copied out into ordinary (or shared) arrays. Same output, byte for byte, as the JavaScript build.

import { allocateArena } from '../../wasm/arena.js';
import { instantiateKernel } from '../../wasm/kernel.js';
import type { TrustedEdges } from '../from-edges.js';
import { scatterKernelWasm } from './scatter-kernel-wasm.js';
import type { ScatteredRows } from '../scatter.js';

interface ScatterKernel {
  scatter(
    n: number,
    m: number,
    src: number,
    dst: number,
    flags: number,
    directed: number,
    reverse: number,
    simplify: number,
    shift: number,
    blockStart: number,
    cursor: number,
    entryOf: number,
    rowOf: number,
    local: number,
    bits: number,
    offsets: number,
    entries: number,
    st: number,
  ): number;
}

/**
 * The blocked scatter of `scatterRows` run in WebAssembly, or `null` when WebAssembly is missing
 * or the working memory (about 22 bytes per entry plus 4n) would pass 4 GiB.
 *
 * @param alloc - allocates the returned arrays (plain or shared), as the JavaScript build does.
 * @remarks Time O(n + m), like the JavaScript build, with copies in and out.
 */
export function wasmScatterRows(
  n: number,
  e: TrustedEdges,
  directed: boolean,
  reverse: boolean,
  simplify: boolean,
  shift: number,
  alloc: (length: number, shared: boolean) => Int32Array,
  shared: boolean,
): (Omit<ScatteredRows, 'duplicates'> & { kept: number; total: number }) | null {
  const m = e.sources.length;
  const flags = directed ? e.undirectedEdges : undefined;
  const most = directed && flags === undefined ? m : 2 * m;
  const blocks = Math.ceil(n / 2 ** shift);
  const arena = allocateArena({
    src: 4 * m,
    dst: 4 * m,
    flags: flags === undefined ? 0 : m,
    blockStart: 4 * (blocks + 1),
    cursor: 4 * blocks,
    entryOf: 4 * most,
    rowOf: 2 * most,
    local: 4 << shift,
    bits: 4 * ((n + 31) >>> 5),
    offsets: 4 * (n + 1),
    entries: 4 * most,
    state: 16,
  });
  if (arena === null) return null;
  const kernel = instantiateKernel<ScatterKernel>(scatterKernelWasm, arena.memory);
  if (kernel === null) return null;
  arena.int32('src').set(e.sources);
  arena.int32('dst').set(e.targets);
  if (flags !== undefined) arena.uint8('flags').set(flags);
  const p = arena.ptr;
  const kept = kernel.scatter(
    n,
    m,
    p.src,
    p.dst,
    flags === undefined ? 0 : p.flags,
    directed ? 1 : 0,
    reverse ? 1 : 0,
    simplify ? 1 : 0,
    shift,
    p.blockStart,
    p.cursor,
    p.entryOf,
    p.rowOf,
    p.local,
    p.bits,
    p.offsets,
    p.entries,
    p.state,
  );
  const total = arena.int32('blockStart')[blocks]!;
  const offsets = alloc(n + 1, shared);
  offsets.set(arena.int32('offsets').subarray(0, n + 1));
  const entries = alloc(kept, shared);
  entries.set(arena.int32('entries').subarray(0, kept));
  return { offsets, entries, selfLoops: arena.int32('state')[0]!, kept, total };
}
