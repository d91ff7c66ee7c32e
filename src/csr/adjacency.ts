// Picks the adjacency a traversal follows for a direction mode. `all` on a directed graph needs
// the symmetric closure, built once per Csr and cached (a WeakMap keyed by the frozen index).

import type { Mode } from '../types.js';
import type { Csr } from './csr.js';
import { fromEdges } from './from-edges.js';

/**
 * The arrays a traversal follows, and the in-adjacency of that direction (for bottom-up steps and
 * backward search): the same names as the index's (`inOffsets`, `inTargets`), relative to the
 * direction followed (for `inbound`, the in-arrays are the index's out-arrays).
 */
export interface Adjacency {
  /** Number of nodes. */
  readonly order: number;
  /** Forward bounds. */
  readonly offsets: Int32Array;
  /** Forward entries. */
  readonly targets: Int32Array;
  /** In-bounds in the direction followed (who reaches u in one step). */
  readonly inOffsets: Int32Array;
  /** In-entries in the direction followed. */
  readonly inTargets: Int32Array;
}

const symmetric = new WeakMap<Csr, Adjacency>();

function symmetrize(csr: Csr): Adjacency {
  const hit = symmetric.get(csr);
  if (hit) return hit;
  const m = csr.targets.length;
  const sources = new Int32Array(m);
  for (let u = 0; u < csr.order; u++) sources.fill(u, csr.offsets[u]!, csr.offsets[u + 1]!);
  const sym = fromEdges({ sources, targets: csr.targets }, { nodes: csr.keys, directed: false });
  const adj: Adjacency = {
    order: csr.order,
    offsets: sym.offsets,
    targets: sym.targets,
    inOffsets: sym.offsets,
    inTargets: sym.targets,
  };
  symmetric.set(csr, adj);
  return adj;
}

/**
 * The adjacency to follow for a direction mode.
 *
 * @param csr - the index.
 * @param mode - `outbound` (default), `inbound` or `all`; ignored on undirected graphs.
 * @returns the arrays to follow and their in-arrays.
 * @remarks Time O(1), or O(n + m) the first time `all` is asked of a directed graph.
 * @example
 * const bfs = createBfs(adjacency(csr, 'all'));
 */
export function adjacency(csr: Csr, mode: Mode = 'outbound'): Adjacency {
  const { directed } = csr;
  if (directed && mode !== 'outbound' && mode !== 'inbound') return symmetrize(csr);
  // Undirected: the reverse arrays are the forward ones, whatever the mode.
  const forward: Adjacency = {
    order: csr.order,
    offsets: csr.offsets,
    targets: csr.targets,
    inOffsets: directed ? csr.inOffsets : csr.offsets,
    inTargets: directed ? csr.inTargets : csr.targets,
  };
  return directed && mode === 'inbound' ? reverseAdjacency(forward) : forward;
}

/**
 * The same adjacency followed backwards: forward and reverse arrays swapped.
 *
 * @param adj - an adjacency.
 * @returns a view whose forward arrays are `adj`'s reverse ones (no copy).
 * @remarks Time O(1).
 */
export function reverseAdjacency(adj: Adjacency): Adjacency {
  return {
    order: adj.order,
    offsets: adj.inOffsets,
    targets: adj.inTargets,
    inOffsets: adj.offsets,
    inTargets: adj.targets,
  };
}
