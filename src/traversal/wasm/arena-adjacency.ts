// Where an engine's kernels find the adjacency: in place, when the index was built in a heap
// (wasm/wasm-heap.ts: the engine's scratch goes beside it, nothing is copied), or else copied into
// the engine's own memory after its scratch (the reverse arrays only when they differ from the
// forward ones, as for directed graphs). Either way the kernels take byte addresses.

import type { Adjacency } from '../../csr/adjacency.js';
import { allocateArena, type Arena, heapArena } from '../../wasm/arena.js';
import { heapOf, type WasmHeap } from '../../wasm/wasm-heap.js';

/** Byte addresses of an adjacency's arrays in an arena (reverse = forward for undirected graphs). */
export interface ArenaAdjacency {
  offsets: number;
  targets: number;
  inOffsets: number;
  inTargets: number;
}

type Region = 'offsets' | 'targets' | 'inOffsets' | 'inTargets';

function sameReverse(adj: Adjacency): boolean {
  return adj.inOffsets === adj.offsets && adj.inTargets === adj.targets;
}

/** The heap holding every array of `adj` (only the forward ones when `forwardOnly`), or null. */
export function adjacencyHeap(adj: Adjacency, forwardOnly = false): WasmHeap | null {
  return forwardOnly
    ? heapOf(adj.offsets, adj.targets)
    : heapOf(adj.offsets, adj.targets, adj.inOffsets, adj.inTargets);
}

/** An engine's scratch and the addresses of the adjacency its kernels read. */
export interface AdjacencyArena<K extends string> {
  readonly arena: Arena<K>;
  readonly graph: ArenaAdjacency;
}

/**
 * Allocates `scratch` beside the index when it lives in a heap (no copy), else a memory holding
 * the scratch and a copy of the adjacency.
 *
 * @param forwardOnly - the kernels read only the forward arrays (the reverse ones are not copied).
 * @param shared - a shared memory for workers (a heap is always shared: read `arena.shared`).
 * @returns the arena and the adjacency's addresses, or null when WebAssembly is missing or the
 * memory would pass 4 GiB.
 * @remarks Time O(scratch) beside a heap; O(n + m) more to copy otherwise (4(n + m) bytes, twice m
 * for a directed graph's reverse arrays).
 */
export function adjacencyArena<K extends string>(
  adj: Adjacency,
  scratch: Record<K, number>,
  shared: boolean,
  forwardOnly = false,
): AdjacencyArena<K> | null {
  const heap = adjacencyHeap(adj, forwardOnly);
  const beside = heap === null ? null : heapArena(heap, scratch);
  if (beside !== null) {
    const at = (a: Int32Array): number => a.byteOffset;
    return {
      arena: beside,
      graph: {
        offsets: at(adj.offsets),
        targets: at(adj.targets),
        inOffsets: at(adj.inOffsets),
        inTargets: at(adj.inTargets),
      },
    };
  }
  const same = forwardOnly || sameReverse(adj);
  const regions = {
    ...scratch,
    offsets: 4 * (adj.order + 1),
    targets: 4 * adj.targets.length,
    inOffsets: same ? 0 : 4 * (adj.order + 1),
    inTargets: same ? 0 : 4 * adj.inTargets.length,
  } as Record<K | Region, number>;
  const arena = allocateArena(regions, shared);
  if (arena === null) return null;
  arena.int32('offsets').set(adj.offsets);
  arena.int32('targets').set(adj.targets);
  if (!same) {
    arena.int32('inOffsets').set(adj.inOffsets);
    arena.int32('inTargets').set(adj.inTargets);
  }
  const p = arena.ptr;
  return {
    arena: arena as Arena<K | Region> as unknown as Arena<K>,
    graph: {
      offsets: p.offsets,
      targets: p.targets,
      inOffsets: same ? p.offsets : p.inOffsets,
      inTargets: same ? p.targets : p.inTargets,
    },
  };
}

/** The adjacency's addresses under the kernels' parameter names (`offs`, `tgts`, `roffs`, `rtgts`). */
export function kernelGraph(graph: ArenaAdjacency): { offs: number; tgts: number; roffs: number; rtgts: number } {
  return { offs: graph.offsets, tgts: graph.targets, roffs: graph.inOffsets, rtgts: graph.inTargets };
}
