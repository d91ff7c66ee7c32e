// An adjacency copied into an arena: the regions it needs (the reverse arrays only when they differ
// from the forward ones, as for directed graphs) and the byte addresses kernels take after the copy.

import type { Adjacency } from '../../csr/adjacency.js';
import type { Arena } from '../../wasm/arena.js';

/** Byte addresses of an adjacency's arrays in an arena (reverse = forward for undirected graphs). */
export interface ArenaAdjacency {
  offsets: number;
  targets: number;
  reverseOffsets: number;
  reverseTargets: number;
}

type Region = 'offsets' | 'targets' | 'reverseOffsets' | 'reverseTargets';

function sameReverse(adj: Adjacency): boolean {
  return adj.reverseOffsets === adj.offsets && adj.reverseTargets === adj.targets;
}

/** The regions (bytes) an adjacency needs; spread them into `allocateArena`'s argument. */
export function adjacencyRegions(adj: Adjacency): Record<Region, number> {
  const same = sameReverse(adj);
  return {
    offsets: 4 * (adj.order + 1),
    targets: 4 * adj.targets.length,
    reverseOffsets: same ? 0 : 4 * (adj.order + 1),
    reverseTargets: same ? 0 : 4 * adj.reverseTargets.length,
  };
}

/**
 * Copies the adjacency into the arena's regions and returns their addresses.
 *
 * @remarks Time O(n + m).
 */
export function writeAdjacency<K extends string>(arena: Arena<K | Region>, adj: Adjacency): ArenaAdjacency {
  const same = sameReverse(adj);
  arena.int32('offsets').set(adj.offsets);
  arena.int32('targets').set(adj.targets);
  if (!same) {
    arena.int32('reverseOffsets').set(adj.reverseOffsets);
    arena.int32('reverseTargets').set(adj.reverseTargets);
  }
  const p = arena.ptr;
  return {
    offsets: p.offsets,
    targets: p.targets,
    reverseOffsets: same ? p.offsets : p.reverseOffsets,
    reverseTargets: same ? p.targets : p.reverseTargets,
  };
}
