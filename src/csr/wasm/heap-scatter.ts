// The index built in its WebAssembly heap from edges that already live there (the edge-list
// parser's path): the kernels read the edges in place and write the rows where the index stays,
// by blocks (scatter-kernel.wat) or row by row (direct-scatter-kernel.wat), scratch freed after.
// Reached through the allocator's `scatter` (heapScatterAllocator), so the core's index build
// (fromEdges, toCsr), whose edges never live in a heap, does not carry this code.

import { bindKernel } from '../../wasm/kernel-spec.js';
import { heapOf, type WasmHeap } from '../../wasm/wasm-heap.js';
import { heapAllocator } from '../index-memory.js';
import type { IndexAllocator, ScatteredRows } from '../scatter.js';
import { DIRECT_SCATTER_KERNEL } from './direct-scatter-kernel.js';
import { SCATTER_KERNEL, scatterRegions } from './scatter-kernel.js';
import type { ScatterInput } from './wasm-scatter.js';

/**
 * The scatter run in `heap` over edges that live there: rows written in place as the index's
 * arrays (the entries' unused end given back to the heap), scratch freed after. `null` when the
 * edges are elsewhere, carry per-edge flags, or the heap cannot hold the scratch.
 *
 * @param direct - count and place row by row instead (the kernel's `direct`), for row bounds
 * that stay in cache.
 * @remarks Time O(n + m), no copy; scratch 6 bytes per entry plus 4n blocked, 4n direct, freed
 * before returning.
 */
export function heapScatterRows(input: ScatterInput, heap: WasmHeap, direct: boolean): ScatteredRows | null {
  const { n, edges: e, directed, reverse, simplify, shift } = input;
  if (e.undirectedEdges !== undefined || heapOf(e.sources, e.targets) !== heap) return null;
  const m = e.sources.length;
  const most = directed ? m : 2 * m;
  const blocks = Math.ceil(n / 2 ** shift);
  const regions = scatterRegions(n, m, most, false, shift);
  const { src: _src, dst: _dst, flags: _flags, offsets: _o, entries: _e, ...rest } = regions;
  const scratch: Record<string, number> = direct ? { cursor: 4 * n, bits: rest.bits, st: rest.st } : rest;
  const rowByRow = direct ? bindKernel(DIRECT_SCATTER_KERNEL, heap.memory, true) : null;
  const blocked = direct ? null : bindKernel(SCATTER_KERNEL, heap.memory, true);
  if (rowByRow === null && blocked === null) return null;
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
  const kept =
    rowByRow !== null
      ? rowByRow.direct.with(edges)({ cursor: ptr.cursor!, bits: ptr.bits!, st: ptr.st! })
      : blocked!.scatter.with(edges)({
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
  return {
    offsets: heap.int32(offsets!, n + 1),
    entries: heap.int32(entries!, kept),
    selfLoops,
    duplicates: total - kept,
  };
}

/**
 * An allocator of the index's arrays in `heap` (as `heapAllocator`) whose `scatter` builds the
 * rows in place when the edges live in `heap` too: what the edge-list parser builds its index with.
 *
 * @remarks Time O(1).
 */
export function heapScatterAllocator(heap: WasmHeap): IndexAllocator {
  const { int32, holds, shrink } = heapAllocator(heap);
  return { int32, holds, shrink, scatter: (input, direct) => heapScatterRows(input, heap, direct) };
}
