// Kernels behind groupReach's per-member figures: each member's 1st- and 2nd-degree sets as
// lists (member i's entries are nodes[offsets[i] … offsets[i+1])), and pairwise shared counts by
// an inverted index (node → members holding it), costing Σ_v c_v² for c_v members per node.
// Relies on the Csr being simple (no self-loops, no repeated neighbours) and members distinct.

import type { Adjacency } from '../csr/adjacency.js';
import { nextGenerations, type ReachScratch } from './scratch.js';

/** One list of nodes per member, packed. */
export interface MemberLists {
  /** `offsets[i] … offsets[i+1]` bound member i's entries; length k + 1. */
  readonly offsets: Int32Array;
  /** The nodes, member after member. */
  readonly nodes: Int32Array;
}

/** Each member's 1st-degree set: its neighbours in the adjacency. @remarks Time O(k + Σ deg). */
export function firstDegreeLists(adj: Adjacency, members: Int32Array): MemberLists {
  const k = members.length;
  const offsets = new Int32Array(k + 1);
  for (let i = 0; i < k; i++) {
    const m = members[i]!;
    offsets[i + 1] = offsets[i]! + adj.offsets[m + 1]! - adj.offsets[m]!;
  }
  const nodes = new Int32Array(offsets[k]!);
  for (let i = 0; i < k; i++) {
    const m = members[i]!;
    nodes.set(adj.targets.subarray(adj.offsets[m]!, adj.offsets[m + 1]!), offsets[i]!);
  }
  return { offsets, nodes };
}

/**
 * Each member's 2nd-degree set: nodes at distance exactly 2 from that member alone (neither the
 * member nor one of its neighbours, but a neighbour of a neighbour).
 *
 * @remarks Time O(Σ_i Σ_{u ∈ N(i)} deg u), extra memory O(output).
 */
export function secondDegreeLists(
  adj: Adjacency,
  members: Int32Array,
  scratch: ReachScratch,
  shouldStop?: () => boolean,
): MemberLists {
  const { offsets: off, targets } = adj;
  const { stamp } = scratch;
  const k = members.length;
  const offsets = new Int32Array(k + 1);
  let nodes = new Int32Array(1024);
  let size = 0;
  const first = nextGenerations(scratch, k);
  for (let i = 0; i < k; i++) {
    if (shouldStop?.()) break;
    const g = first + i;
    const m = members[i]!;
    const start = off[m]!;
    const end = off[m + 1]!;
    stamp[m] = g;
    for (let j = start; j < end; j++) stamp[targets[j]!] = g;
    for (let j = start; j < end; j++) {
      const u = targets[j]!;
      const uEnd = off[u + 1]!;
      for (let x = off[u]!; x < uEnd; x++) {
        const w = targets[x]!;
        if (stamp[w] === g) continue;
        stamp[w] = g;
        if (size === nodes.length) {
          const grown = new Int32Array(size * 2);
          grown.set(nodes);
          nodes = grown;
        }
        nodes[size++] = w;
      }
    }
    offsets[i + 1] = size;
  }
  return { offsets, nodes: nodes.subarray(0, size) };
}

/**
 * Pairwise shared counts: `shared[a * k + b]` (a < b) = nodes in both lists a and b.
 *
 * @remarks Time O(Σ_v c_v²) for c_v the lists holding v, extra memory O(k² + Σ c_v).
 */
export function pairwiseShared(lists: MemberLists, scratch: ReachScratch): Int32Array {
  const { offsets, nodes } = lists;
  const { count, position } = scratch;
  const k = offsets.length - 1;
  const touched = new Int32Array(nodes.length);
  let t = 0;
  for (let j = 0; j < nodes.length; j++) {
    const v = nodes[j]!;
    if (count[v]!++ === 0) touched[t++] = v;
  }
  let acc = 0;
  for (let x = 0; x < t; x++) {
    const v = touched[x]!;
    position[v] = acc;
    acc += count[v]!;
  }
  // Members are visited in increasing order, so each node's group lists them ascending.
  const grouped = new Int32Array(acc);
  for (let i = 0; i < k; i++) {
    const end = offsets[i + 1]!;
    for (let j = offsets[i]!; j < end; j++) grouped[position[nodes[j]!]!++] = i;
  }
  const shared = new Int32Array(k * k);
  for (let x = 0; x < t; x++) {
    const v = touched[x]!;
    const c = count[v]!;
    count[v] = 0;
    if (c < 2) continue;
    const end = position[v]!;
    for (let a = end - c; a < end; a++) {
      const row = grouped[a]! * k;
      for (let b = a + 1; b < end; b++) shared[row + grouped[b]!]!++;
    }
  }
  return shared;
}
