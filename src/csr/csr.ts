// The compressed-sparse-row index every hot algorithm runs on.
// Invariants (tested in test/csr): offsets.length === order + 1, offsets[0] === 0,
// offsets[order] === targets.length (the real count), every target < order; the same for the
// in-adjacency. Undirected graphs store each edge in both directions and share one adjacency
// for out and in. Built simple by default: no self-loops, no parallel entries.

import type { NodeKeys } from './node-keys.js';

/** A frozen compressed-sparse-row graph index. */
export interface Csr {
  /** Brand, to tell a `Csr` from a graphology graph. */
  readonly kind: 'csr';
  /** `true` when edges have a direction (mixed graphs count as directed). */
  readonly directed: boolean;
  /** Number of nodes, n. */
  readonly order: number;
  /** Number of edges: undirected edges once, directed arcs once (after simplification). */
  readonly size: number;
  /** Out-adjacency bounds: the neighbours of u are `targets[offsets[u] … offsets[u+1])`. */
  readonly offsets: Int32Array;
  /** Out-adjacency entries (dense ids). */
  readonly targets: Int32Array;
  /** In-adjacency bounds (the same array as `offsets` when undirected). */
  readonly inOffsets: Int32Array;
  /** In-adjacency entries (the same array as `targets` when undirected). */
  readonly inTargets: Int32Array;
  /** Node keys ↔ dense ids. */
  readonly keys: NodeKeys;
  /** What building dropped: self-loops and repeated edges (neither changes a hop distance). */
  readonly dropped: {
    /** Self-loops left out. */
    readonly selfLoops: number;
    /** Repeated edges left out (each counted once per extra copy). */
    readonly duplicates: number;
  };
}

/**
 * Tells a `Csr` from any other value.
 *
 * @param value - anything.
 * @returns `true` for a `Csr`.
 * @remarks Time O(1).
 * @example
 * isCsr(fromEdges({ sources: [0], targets: [1] })); // true
 * isCsr(createPeopleGraph()); // false
 */
export function isCsr(value: unknown): value is Csr {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'csr';
}
