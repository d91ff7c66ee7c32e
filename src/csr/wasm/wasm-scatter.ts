// scatterRows' blocked counting sort in WebAssembly (scatter-kernel.wat): in the index's heap when
// the edges already live there (read in place, rows written where the index stays, scratch freed
// after), else with the edges copied into a memory sized for the worst case (every edge giving two
// entries) and the rows copied out. Same output, byte for byte, as the JavaScript build.

import { allocateArena } from '../../wasm/arena.js';
import { bindKernel } from '../../wasm/kernel-spec.js';
import { heapOf, type WasmHeap } from '../../wasm/wasm-heap.js';
import type { TrustedEdges } from '../from-edges.js';
import type { IndexStorage, ScatteredRows } from '../scatter.js';
import { SCATTER_KERNEL, scatterRegions } from './scatter-kernel.js';

/**
 * The blocked scatter of `scatterRows` run in WebAssembly, or `null` when WebAssembly is missing
 * or the working memory (about 22 bytes per entry plus 4n) would pass 4 GiB.
 *
 * @param alloc - allocates the returned arrays (plain, shared or the caller's), as the JavaScript build does.
 * @remarks Time O(n + m), like the JavaScript build, with copies in and out.
 */
export function wasmScatterRows(
  n: number,
  e: TrustedEdges,
  directed: boolean,
  reverse: boolean,
  simplify: boolean,
  shift: number,
  alloc: (length: number, storage: IndexStorage) => Int32Array,
  shared: IndexStorage,
): (Omit<ScatteredRows, 'duplicates'> & { kept: number; total: number }) | null {
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
  return { offsets, entries, selfLoops: arena.int32('st')[0]!, kept, total };
}

/**
 * The scatter run in `heap` over edges that live there: rows written in place as the index's
 * arrays (the entries' unused end given back to the heap), scratch freed after. `null` when the
 * edges are elsewhere, carry per-edge flags, or the heap cannot hold the scratch.
 *
 * @param shift - rows per block of the blocked build (log2).
 * @param direct - count and place row by row instead (the kernel's `direct`), for row bounds
 * that stay in cache.
 * @remarks Time O(n + m), no copy; scratch 6 bytes per entry plus 4n blocked, 4n direct, freed
 * before returning.
 */
export function heapScatterRows(
  n: number,
  e: TrustedEdges,
  directed: boolean,
  reverse: boolean,
  simplify: boolean,
  shift: number,
  heap: WasmHeap,
  direct: boolean,
): (Omit<ScatteredRows, 'duplicates'> & { kept: number; total: number }) | null {
  if (e.undirectedEdges !== undefined || heapOf(e.sources, e.targets) !== heap) return null;
  const m = e.sources.length;
  const most = directed ? m : 2 * m;
  const blocks = Math.ceil(n / 2 ** shift);
  const blocked = scatterRegions(n, m, most, false, shift);
  const { src: _src, dst: _dst, flags: _flags, offsets: _o, entries: _e, ...rest } = blocked;
  const scratch: Record<string, number> = direct ? { cursor: 4 * n, bits: rest.bits, st: rest.st } : rest;
  const kernel = bindKernel(SCATTER_KERNEL, heap.memory, true);
  if (kernel === null) return null;
  // The index's arrays first, then the scratch above them (freed, the top goes back down).
  const held: number[] = [];
  const take = (bytes: number): number | null => {
    const at = heap.alloc(bytes);
    if (at !== null) held.push(at);
    return at;
  };
  const offsets = take(4 * (n + 1));
  const entries = take(4 * Math.max(most, 1));
  const ptr: Record<string, number> = {};
  let room = offsets !== null && entries !== null;
  for (const name of Object.keys(scratch)) {
    const at = room ? take(scratch[name]!) : null;
    if (at === null) room = false;
    else ptr[name] = at;
  }
  if (!room) {
    for (const at of held.reverse()) heap.free(at);
    return null;
  }
  const edges = {
    offsets: offsets!,
    entries: entries!,
    src: e.sources.byteOffset,
    dst: e.targets.byteOffset,
    n,
    m,
    directed: directed ? 1 : 0,
    reverse: reverse ? 1 : 0,
    simplify: simplify ? 1 : 0,
  };
  const kept = direct
    ? kernel.direct.with(edges)({ cursor: ptr.cursor!, bits: ptr.bits!, st: ptr.st! })
    : kernel.scatter.with(edges)({
        blockStart: ptr.blockStart!,
        cursor: ptr.cursor!,
        entryOf: ptr.entryOf!,
        rowOf: ptr.rowOf!,
        local: ptr.local!,
        bits: ptr.bits!,
        st: ptr.st!,
        flags: 0,
        shift,
      });
  const total = direct ? heap.int32(ptr.st!, 2)[1]! : heap.int32(ptr.blockStart!, blocks + 1)[blocks]!;
  const selfLoops = heap.int32(ptr.st!, 1)[0]!;
  for (const a of held.slice(2).reverse()) heap.free(a);
  heap.shrink(entries!, 4 * kept);
  return { offsets: heap.int32(offsets!, n + 1), entries: heap.int32(entries!, kept), selfLoops, kept, total };
}
